import type Phaser from 'phaser';
import { CLASSROOM_SCENES } from './classroom/classroom-scene-keys';
import { servicesOf } from './game-services';
import { colours, FONT_FAMILY, fontSize, uiUnit } from './theme';

/**
 * Screens the title does not need arrive in chunks of their own, with the texts they show, the first
 * time a player opens one: the title then starts from Phaser plus its own small code.
 */
interface SceneGroup {
  readonly keys: readonly string[];
  readonly create: () => Promise<readonly Phaser.Scene[]>;
  readonly namespaces: readonly string[];
  /** Groups whose screens this group's screens open without going through startScene. */
  readonly needs: readonly SceneGroupName[];
}

type SceneGroupName = 'levelSelect' | 'challenges' | 'leaderboard' | 'classroom';

const GROUPS: Record<SceneGroupName, SceneGroup> = {
  levelSelect: {
    keys: ['level-select'],
    create: async () => {
      const { LevelSelectScene } = await import('./scenes/level-select-scene');
      return [new LevelSelectScene()];
    },
    namespaces: ['content', 'leaderboard'],
    needs: [],
  },
  challenges: {
    keys: ['place', 'timeline', 'match', 'results'],
    create: async () => {
      const [{ PlaceScene }, { TimelineScene }, { MatchScene }, { ResultsScene }] = await Promise.all([
        import('./scenes/place-scene'),
        import('./scenes/timeline-scene'),
        import('./scenes/match-scene'),
        import('./scenes/results-scene'),
      ]);
      return [new PlaceScene(), new TimelineScene(), new MatchScene(), new ResultsScene()];
    },
    namespaces: ['content', 'place', 'timeline', 'match', 'leaderboard'],
    // Escape in a challenge goes back to the level select.
    needs: ['levelSelect'],
  },
  leaderboard: {
    keys: ['leaderboard'],
    create: async () => {
      const { LeaderboardScene } = await import('./scenes/leaderboard-scene');
      return [new LeaderboardScene()];
    },
    namespaces: ['leaderboard', 'content'],
    needs: [],
  },
  classroom: {
    keys: Object.values(CLASSROOM_SCENES),
    create: async () => {
      const [{ ClassroomLobbyScene }, { ClassroomTurnScene }, { ClassMapScene }, { ClassroomResultsScene }] =
        await Promise.all([
          import('./classroom/classroom-lobby-scene'),
          import('./classroom/classroom-turn-scene'),
          import('./classroom/class-map-scene'),
          import('./classroom/classroom-results-scene'),
        ]);
      return [
        new ClassroomLobbyScene(),
        new ClassroomTurnScene(),
        new ClassMapScene(),
        new ClassroomResultsScene(),
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

const groupsLoading = new Map<SceneGroupName, Promise<void>>();
const groupsReady = new Set<SceneGroupName>();

function loadGroup(scene: Phaser.Scene, name: SceneGroupName): Promise<void> {
  const started = groupsLoading.get(name);
  if (started) return started;
  const group = GROUPS[name];
  const { game } = scene;
  const loading = Promise.all([
    group.create(),
    servicesOf(scene).i18n.loadNamespaces(group.namespaces),
    ...group.needs.map((needed) => loadGroup(scene, needed)),
  ]).then(([scenes]) => {
    for (const created of scenes) {
      const key = created.sys.settings.key;
      if (!game.scene.getScene(key)) game.scene.add(key, created, false);
    }
    const missing = group.keys.filter((key) => !game.scene.getScene(key));
    if (missing.length > 0) throw new Error(`no scene is registered as ${missing.join(', ')}`);
    groupsReady.add(name);
  });
  // A failed download can be tried again from the same button.
  loading.catch(() => groupsLoading.delete(name));
  groupsLoading.set(name, loading);
  return loading;
}

/** Starts fetching a screen's code and texts early, e.g. the challenges when the address names a level. */
export function prefetchScene(scene: Phaser.Scene, key: string): void {
  const name = groupOf(key);
  if (!name) return;
  loadGroup(scene, name).catch((error: unknown) =>
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
  const name = groupOf(key);
  if (name === null || groupsReady.has(name)) {
    beforeStart?.();
    from.scene.start(key, data);
    return;
  }
  if (leaving.has(from)) return;
  leaving.add(from);
  loadGroup(from, name)
    .then(() => {
      leaving.delete(from);
      if (!from.sys.isActive()) return;
      beforeStart?.();
      from.scene.start(key, data);
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
