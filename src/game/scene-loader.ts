import type Phaser from 'phaser';
import type { I18nService } from '../services/i18n-service';
import { CLASSROOM_SCENES } from './classroom/classroom-scene-keys';
import { servicesOf } from './game-services';
import { colours, FONT_FAMILY, fontSize, uiUnit } from './theme';

type SceneClass = new () => Phaser.Scene;

/**
 * Screens the title does not need arrive in chunks of their own, with the texts they show, the first
 * time a player opens one: the title then starts from Phaser plus its own small code.
 */
interface SceneGroup {
  readonly keys: readonly string[];
  readonly load: () => Promise<readonly SceneClass[]>;
  readonly namespaces: readonly string[];
  /** Groups whose screens this group's screens open without going through startScene. */
  readonly needs: readonly SceneGroupName[];
}

type SceneGroupName = 'levelSelect' | 'challenges' | 'leaderboard' | 'classroom';

const GROUPS: Record<SceneGroupName, SceneGroup> = {
  levelSelect: {
    keys: ['level-select'],
    load: async () => [(await import('./scenes/level-select-scene')).LevelSelectScene],
    namespaces: ['content', 'leaderboard'],
    needs: [],
  },
  challenges: {
    keys: ['place', 'timeline', 'match', 'results'],
    load: async () => {
      const [place, timeline, match, results] = await Promise.all([
        import('./scenes/place-scene'),
        import('./scenes/timeline-scene'),
        import('./scenes/match-scene'),
        import('./scenes/results-scene'),
      ]);
      return [place.PlaceScene, timeline.TimelineScene, match.MatchScene, results.ResultsScene];
    },
    namespaces: ['content', 'place', 'timeline', 'match', 'leaderboard'],
    // Escape in a challenge goes back to the level select.
    needs: ['levelSelect'],
  },
  leaderboard: {
    keys: ['leaderboard'],
    load: async () => [(await import('./scenes/leaderboard-scene')).LeaderboardScene],
    namespaces: ['leaderboard', 'content'],
    needs: [],
  },
  classroom: {
    keys: Object.values(CLASSROOM_SCENES),
    load: async () => {
      const [lobby, turn, classMap, results] = await Promise.all([
        import('./classroom/classroom-lobby-scene'),
        import('./classroom/classroom-turn-scene'),
        import('./classroom/class-map-scene'),
        import('./classroom/classroom-results-scene'),
      ]);
      return [
        lobby.ClassroomLobbyScene,
        turn.ClassroomTurnScene,
        classMap.ClassMapScene,
        results.ClassroomResultsScene,
      ];
    },
    namespaces: ['classroom', 'content', 'leaderboard'],
    // A turn is played in the challenge scenes; the results open the leaderboard.
    needs: ['challenges', 'leaderboard', 'levelSelect'],
  },
};

function groupOf(key: string): SceneGroupName | null {
  const entry = Object.entries(GROUPS).find(([, group]) => group.keys.includes(key));
  return entry ? (entry[0] as SceneGroupName) : null;
}

/** The text namespaces a screen shows, with those of the screens it opens directly. */
export function namespacesOf(key: string): string[] {
  const name = groupOf(key);
  const collect = (group: SceneGroupName): string[] => [
    ...GROUPS[group].namespaces,
    ...GROUPS[group].needs.flatMap(collect),
  ];
  return name ? [...new Set(collect(name))] : [];
}

/** Each group's scene classes, once its code, its texts and the groups it needs have all arrived. */
const groupsLoading = new Map<SceneGroupName, Promise<readonly SceneClass[]>>();
const groupsLoaded = new Map<SceneGroupName, readonly SceneClass[]>();

type TextLoader = Pick<I18nService, 'loadNamespaces'>;

function loadGroup(i18n: TextLoader, name: SceneGroupName): Promise<unknown> {
  const started = groupsLoading.get(name);
  if (started) return started;
  const group = GROUPS[name];
  const loading = Promise.all([
    group.load(),
    i18n.loadNamespaces(group.namespaces),
    ...group.needs.map((needed) => loadGroup(i18n, needed)),
  ]).then(([classes]) => {
    groupsLoaded.set(name, classes);
    return classes;
  });
  // A failed download can be tried again from the same button.
  loading.catch(() => groupsLoading.delete(name));
  groupsLoading.set(name, loading);
  return loading;
}

/** Adds the scenes of a loaded group, and of the groups it needs, to the game, once each. */
function register(game: Phaser.Game, name: SceneGroupName): void {
  const group = GROUPS[name];
  for (const needed of group.needs) register(game, needed);
  if (group.keys.every((key) => game.scene.getScene(key))) return;
  for (const SceneOfGroup of groupsLoaded.get(name) ?? []) {
    const scene = new SceneOfGroup();
    const key = scene.sys.settings.key;
    if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
  }
  const missing = group.keys.filter((key) => !game.scene.getScene(key));
  if (missing.length > 0) throw new Error(`no scene is registered as ${missing.join(', ')}`);
}

/**
 * Starts fetching a screen's code and texts before it is opened: the challenges when the address
 * names a level, the level select while the title is read.
 */
export function prefetchScene(i18n: TextLoader, key: string): void {
  const name = groupOf(key);
  if (!name) return;
  loadGroup(i18n, name).catch((error: unknown) =>
    console.error(`Qantar: the "${key}" screen could not be loaded`, error),
  );
}

/** Scenes waiting for a screen to load: a second press while the first is loading changes nothing. */
const leaving = new WeakSet<Phaser.Scene>();

/**
 * Leaves `from` for the scene `key`, loading it first if it is not there yet. If the download fails,
 * `from` stays on screen and says so, and the player can try again. `beforeStart` runs once the scene
 * exists, just before it starts.
 */
export function startScene(from: Phaser.Scene, key: string, data?: object, beforeStart?: () => void): void {
  const start = () => {
    beforeStart?.();
    from.scene.start(key, data);
  };
  if (from.game.scene.getScene(key)) {
    start();
    return;
  }
  const name = groupOf(key);
  if (name === null) {
    // Phaser would stop this scene and start nothing, leaving a blank canvas: stay, and say so.
    console.error(`Qantar: no screen is registered as "${key}"`);
    showLoadFailure(from);
    return;
  }
  if (leaving.has(from)) return;
  leaving.add(from);
  loadGroup(servicesOf(from).i18n, name)
    .then(() => {
      leaving.delete(from);
      if (!from.sys.isActive()) return;
      register(from.game, name);
      start();
    })
    .catch((error: unknown) => {
      leaving.delete(from);
      console.error(`Qantar: the "${key}" screen could not be loaded`, error);
      if (from.sys.isActive()) showLoadFailure(from);
    });
}

/** A line at the foot of the screen the player is still on, in the language already loaded. */
function showLoadFailure(scene: Phaser.Scene): void {
  const { width, height } = scene.scale;
  const unit = uiUnit(width, height);
  const services = servicesOf(scene);
  const message = services.i18n.t('ui:common.screenNotLoaded');
  services.probe?.setInfo(scene, 'screenNotLoaded', () => message);
  scene.add
    .text(width / 2, height - 24 * unit, message, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('body', unit),
      color: colours.text,
      backgroundColor: colours.errorBackground,
      align: 'center',
      padding: { x: 16, y: 10 },
      wordWrap: { width: width - 40 },
      resolution: window.devicePixelRatio || 1,
    })
    .setOrigin(0.5, 1)
    .setDepth(1000);
}
