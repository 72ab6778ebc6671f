import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import Phaser from 'phaser';
import { PlayerProfiles } from './core/player/player-profile';
import type { Clock } from './core/ports/clock';
import { ReviewDeck } from './core/review/review-deck';
import { createAnnouncer } from './game/a11y/announcer';
import { applyDisplaySettings } from './game/a11y/apply-display-settings';
import { readDisplaySettings } from './game/a11y/display-settings';
import { DomMirror } from './game/a11y/dom-mirror';
import { challengeScreens } from './game/challenges/challenge-views';
import { CLASSROOM_SCENES } from './game/classroom/classroom-scene-keys';
import type { GameServices } from './game/game-services';
import { describeLevelProblem } from './game/level-problem-text';
import { LIVE_SCENES } from './game/live/live-scene-keys';
import { lazyScene, Navigator, provideNavigator, type SceneTable } from './game/navigator';
import { Probe } from './game/probe';
import { parseRoute } from './game/router';
import { PreloaderScene } from './game/scenes/preloader-scene';
import { TitleScene } from './game/scenes/title-scene';
import { showLoadFailure } from './game/screen-load-failure';
import { colours } from './game/theme';
import { createBrowserKeyValueStore } from './services/browser-key-value-store';
import { createIdbClassroomStore } from './services/classroom-store';
import { importAgain } from './services/fresh-import';
import { HowlerAudioPlayer } from './services/howler-audio-player';
import {
  createI18nService,
  FIRST_SCREEN_NAMESPACES,
  type I18nService,
  SUPPORTED_LANGUAGES,
} from './services/i18n-service';
import { chooseLanguage } from './services/language-choice';
import { createLevelLibrary } from './services/level-library';
import { startOffline } from './services/pwa-updates';
import { createIdbReviewStore } from './services/storage/idb-review-store';
import { createIdbScoreStore } from './services/storage/idb-score-store';
import { QantarDatabase } from './services/storage/qantar-database';
import { randomId } from './services/storage/random-id';

const probe = Probe.isWanted() ? new Probe() : null;

/**
 * Every screen but the preloader and the title, by group: a group's code and texts are downloaded
 * the first time one of its screens is opened. A new group of screens is one more entry here.
 */
const SCREENS: SceneTable = {
  levelSelect: {
    keys: ['level-select'],
    scenes: [lazyScene(() => import('./game/scenes/level-select-scene'), 'LevelSelectScene')],
    namespaces: ['content', 'leaderboard'],
    needs: [],
  },
  studio: {
    keys: ['studio'],
    scenes: [lazyScene(() => import('./game/studio/studio-scene'), 'StudioScene')],
    namespaces: ['studio', 'ui', 'content'],
    // Play this level opens the real challenge screens.
    needs: ['challenges'],
  },
  // Every kind of challenge, from src/game/challenges/challenge-views.ts, and the results.
  challenges: {
    keys: [...challengeScreens.keys, 'results'],
    scenes: [
      ...challengeScreens.scenes,
      lazyScene(() => import('./game/scenes/results-scene'), 'ResultsScene'),
    ],
    namespaces: ['content', ...challengeScreens.namespaces, 'leaderboard', 'feedback'],
    // Escape in a challenge goes back to the level select.
    needs: ['levelSelect'],
  },
  leaderboard: {
    keys: ['leaderboard'],
    scenes: [lazyScene(() => import('./game/scenes/leaderboard-scene'), 'LeaderboardScene')],
    namespaces: ['leaderboard', 'content'],
    needs: [],
  },
  classroom: {
    keys: Object.values(CLASSROOM_SCENES),
    scenes: [
      lazyScene(() => import('./game/classroom/classroom-lobby-scene'), 'ClassroomLobbyScene'),
      lazyScene(() => import('./game/classroom/classroom-turn-scene'), 'ClassroomTurnScene'),
      lazyScene(() => import('./game/classroom/class-map-scene'), 'ClassMapScene'),
      lazyScene(() => import('./game/classroom/classroom-results-scene'), 'ClassroomResultsScene'),
    ],
    // 'live': the lobby offers a live session beside the one-device ones.
    namespaces: ['classroom', 'content', 'leaderboard', 'live', 'feedback'],
    // A turn is played in the challenge scenes; the results open the leaderboard.
    needs: ['challenges', 'leaderboard', 'levelSelect'],
  },
  live: {
    keys: Object.values(LIVE_SCENES),
    scenes: [
      lazyScene(() => import('./game/live/live-host-scene'), 'LiveHostScene'),
      lazyScene(() => import('./game/live/live-pupil-scene'), 'LivePupilScene'),
    ],
    namespaces: ['live', 'classroom', 'content', 'leaderboard', 'ui'],
    // The projector shows today's class map and results; a pupil plays in the challenge scenes.
    needs: ['classroom', 'challenges'],
  },
};

const settings = createBrowserKeyValueStore();
const language = chooseLanguage(settings, navigator.languages ?? [navigator.language], SUPPORTED_LANGUAGES);
document.documentElement.lang = language;
// Less motion, larger text and high contrast hold from the first frame (src/game/a11y/).
applyDisplaySettings(readDisplaySettings(settings));
const announce = createAnnouncer();
const route = parseRoute(window.location.hash);

const screens = new Navigator({
  table: SCREENS,
  texts: { loadNamespaces: async (namespaces) => (await i18nLoading).loadNamespaces(namespaces) },
  // The table's import()s are written in this file and in challenge-views.ts, which is bundled with it:
  // their chunks' addresses are relative to the entry chunk's own.
  importAgain: (load, attempt) => importAgain(load, attempt, import.meta.url),
  showFailure: showLoadFailure,
  reportError: (message, error) => console.error(message, error),
});

// A link to a level skips the title: the texts of the challenges come with the first ones.
const i18nLoading: Promise<I18nService> = createI18nService(
  language,
  route.screen === 'level' ? [...FIRST_SCREEN_NAMESPACES, ...screens.namespacesOf('place')] : undefined,
);

/** Waits for the font in both scripts the game writes, so no text is drawn in a fallback face. */
async function loadFont(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load('400 24px "Noto Sans"', 'Qantar Алматы'),
      document.fonts.load('700 24px "Noto Sans"', 'Qantar Алматы'),
    ]);
  } catch (error) {
    console.warn('Qantar: the game font could not be loaded; a system font is used instead.', error);
  }
}

async function loadServices(onProgress: (share: number) => void): Promise<GameServices> {
  let done = 0;
  const step = <T>(promise: Promise<T>) =>
    promise.then((value) => {
      done += 1;
      onProgress(done / 2);
      return value;
    });
  const textsLoading = step(i18nLoading);
  const fontLoading = step(loadFont());
  const levels = createLevelLibrary({
    loadTexts: async () => {
      const i18n = await textsLoading;
      await i18n.loadNamespaces(['content']);
      return {
        hasText: (key) => i18n.exists(`content:${key}`),
        describeProblem: (problem) => describeLevelProblem(i18n, problem),
        addLevelTexts: (texts) => i18n.addLevelTexts(texts),
      };
    },
    store: settings,
  });
  if (route.screen === 'level') {
    // Phaser has not even booted: the linked level is checked and the challenge screens fetched meanwhile.
    screens.prefetch('place');
    // The preloader asks for this level again, gets the same answer at once, and reports any failure.
    levels.level(route.id).catch(() => undefined);
    // Every challenge opens on a map: its atlas and the country names in the player's language come now too.
    Promise.all([
      import('./services/geometry-source').then(({ loadCountryAtlas }) => loadCountryAtlas()),
      import('./services/country-names').then(({ loadCountryNames }) => loadCountryNames(language)),
    ]).catch((error: unknown) =>
      console.warn('Qantar: the map could not be fetched early; it is asked for again when shown.', error),
    );
  }
  // 'a11y': the title's settings dialog.
  const [i18n] = await Promise.all([
    textsLoading,
    fontLoading,
    textsLoading.then((texts) => texts.loadNamespaces(['a11y'])),
  ]);
  // Screen readers pronounce the page in its language: it follows every switch.
  i18n.onLanguageChanged((current) => {
    document.documentElement.lang = current;
  });
  const clock: Clock = { now: () => Date.now() };
  const database = new QantarDatabase();
  return {
    i18n,
    settings,
    levels,
    probe,
    audio: new HowlerAudioPlayer(settings),
    clock,
    newId: randomId,
    player: new PlayerProfiles(settings, randomId),
    scores: createIdbScoreStore(database),
    review: new ReviewDeck(createIdbReviewStore(database), settings, clock),
    classroom: createIdbClassroomStore(),
    announce,
  };
}

// The texts, the font and the levels start loading now, while Phaser boots, not after.
let reportProgress: (share: number) => void = () => {};
let progressSoFar = 0;
const services = loadServices((share) => {
  progressSoFar = share;
  reportProgress(share);
});

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: colours.background,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  input: { activePointers: 3 },
  banner: false,
  // Every other screen is added by the navigator (src/game/navigator.ts) the first time it is opened.
  scene: [
    new PreloaderScene((onProgress) => {
      reportProgress = onProgress;
      onProgress(progressSoFar);
      return services;
    }),
    new TitleScene(),
  ],
});
provideNavigator(game, screens);
probe?.attach(game, () => document.documentElement.lang);
// Every canvas control as a real, named button for screen readers and switches (src/game/a11y/).
new DomMirror(game, announce);
startOffline({
  texts: i18nLoading,
  activeScreens: () => game.scene.getScenes(true).map((scene) => scene.scene.key),
});

window.addEventListener('hashchange', () => {
  const route = parseRoute(window.location.hash);
  const active = game.scene.getScenes(true)[0];
  if (!active || active.scene.key === 'preloader') return;
  if (route.screen === 'level') screens.go(active, 'level-select', { openLevel: route.id });
  else if (route.screen === 'levels' && active.scene.key !== 'level-select')
    screens.go(active, 'level-select');
  else if (route.screen === 'title' && active.scene.key !== 'title') screens.go(active, 'title');
  // The title opens the stored level files over itself when the address asks for them.
  else if (route.screen === 'levelFiles') screens.go(active, 'title');
  // A pupil who types a room's address into a tab already showing the game.
  else if (route.screen === 'live' && active.scene.key !== LIVE_SCENES.pupil)
    screens.go(active, LIVE_SCENES.pupil, { code: route.code });
});
