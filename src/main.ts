import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import Phaser from 'phaser';
import type { GameServices } from './game/game-services';
import { describeLevelProblem } from './game/level-problem-text';
import { Probe } from './game/probe';
import { parseRoute } from './game/router';
import { LevelSelectScene } from './game/scenes/level-select-scene';
import { PreloaderScene } from './game/scenes/preloader-scene';
import { ResultsScene } from './game/scenes/results-scene';
import { TitleScene } from './game/scenes/title-scene';
import { colours } from './game/theme';
import { createBrowserKeyValueStore } from './services/browser-key-value-store';
import { HowlerAudioPlayer } from './services/howler-audio-player';
import { createI18nService, SUPPORTED_LANGUAGES } from './services/i18n-service';
import { chooseLanguage } from './services/language-choice';
import { createLevelLibrary } from './services/level-library';

const probe = Probe.isWanted() ? new Probe() : null;

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
  const settings = createBrowserKeyValueStore();
  const language = chooseLanguage(settings, navigator.languages ?? [navigator.language], SUPPORTED_LANGUAGES);
  document.documentElement.lang = language;
  let done = 0;
  const step = <T>(promise: Promise<T>) =>
    promise.then((value) => {
      done += 1;
      onProgress(done / 2);
      return value;
    });
  const [i18n] = await Promise.all([step(createI18nService(language)), step(loadFont())]);
  const levels = createLevelLibrary(
    (key) => i18n.exists(`content:${key}`),
    (problem) => describeLevelProblem(i18n, problem),
  );
  // A link to a level (#/level/<id>) is the one case where the levels are needed before the first screen.
  if (parseRoute(window.location.hash).screen === 'level') void levels.catalog();
  return { i18n, settings, levels, probe, audio: new HowlerAudioPlayer(settings) };
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: colours.background,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  input: { activePointers: 3 },
  banner: false,
  scene: [new PreloaderScene(loadServices), new TitleScene(), new LevelSelectScene(), new ResultsScene()],
});
probe?.attach(game, () => document.documentElement.lang);

window.addEventListener('hashchange', () => {
  const route = parseRoute(window.location.hash);
  const active = game.scene.getScenes(true)[0];
  if (!active || active.scene.key === 'preloader') return;
  if (route.screen === 'level') active.scene.start('level-select', { openLevel: route.id });
  else if (route.screen === 'levels' && active.scene.key !== 'level-select')
    active.scene.start('level-select');
  else if (route.screen === 'title' && active.scene.key !== 'title') active.scene.start('title');
});
