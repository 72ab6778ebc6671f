import { rememberLanguage } from '../../services/language-choice';
import { sessionIdInAddress } from '../classroom/classroom-route';
import { mountOverlay } from '../dom/dom-overlay';
import { levelFilesView } from '../dom/level-files-view';
import { languageNameInItself } from '../language-name';
import { LIVE_SCENES } from '../live/live-scene-keys';
import { navigatorOf } from '../navigator';
import { markFirstFrame } from '../perf-marks';
import { parseRoute, showRoute } from '../router';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import { SoundControls } from '../ui/sound-controls';
import { MenuScene } from './menu-scene';

/** Long enough for the title's first frames to be drawn before anything else is fetched. */
const PREFETCH_DELAY_MS = 300;

/** The first screen: play, language and sound. */
export class TitleScene extends MenuScene {
  constructor() {
    super('title');
  }

  override create(): void {
    // A reload during a classroom session comes back into it rather than to this screen.
    const session = sessionIdInAddress(window.location.hash);
    if (session) {
      navigatorOf(this).go('classroom', { resume: session });
      return;
    }
    // A pupil's link to a live room, or the projector's address after a reload (src/game/live/).
    const route = parseRoute(window.location.hash);
    if (route.screen === 'live' || route.screen === 'liveHost') {
      navigatorOf(this).go(route.screen === 'live' ? LIVE_SCENES.pupil : LIVE_SCENES.host, {
        code: route.code,
      });
      return;
    }
    const wantsLevelFiles = parseRoute(window.location.hash).screen === 'levelFiles';
    super.create(undefined);
    showRoute({ screen: 'title' });
    if (wantsLevelFiles) this.openLevelFiles();
    markFirstFrame(this.game, this.scene.key, 'qantar:title-first-frame');
    // Play is the likely next press: its screen downloads while the player reads this one.
    this.time.delayedCall(PREFETCH_DELAY_MS, () => navigatorOf(this).prefetch('level-select'));
  }

  protected build(width: number, height: number): void {
    const u = this.unit;
    const centreX = width / 2;
    this.add
      .text(centreX, height * 0.2, 'Qantar', {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('title', u * 1.3),
        fontStyle: 'bold',
        color: colours.accentText,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    this.add
      .text(centreX, height * 0.2 + 70 * u, this.t('ui:title.tagline'), {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('body', u),
        color: colours.text,
        align: 'center',
        wordWrap: { width: Math.min(width - 40, 900 * u) },
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5, 0);

    const buttonWidth = Math.min(width - 40, 380 * u);
    const buttonHeight = 64 * u;
    const play = this.addButton('title.play', {
      x: centreX,
      y: height * 0.5,
      width: buttonWidth,
      height: buttonHeight,
      label: this.t('ui:title.play'),
      fontSize: fontSize('heading', u),
      variant: 'primary',
      onPress: () => navigatorOf(this).go('level-select'),
    });
    this.focus.focus(play);
    // Same size as Play; secondary, so Play stays the one obvious next action.
    this.addButton('title.leaderboard', {
      x: centreX,
      y: height * 0.5 + buttonHeight + 16 * u,
      width: buttonWidth,
      height: buttonHeight,
      label: this.t('ui:title.leaderboard'),
      fontSize: fontSize('heading', u),
      onPress: () => navigatorOf(this).go('leaderboard'),
    });
    const classroomHeight = 52 * u;
    this.addButton('title.classroom', {
      x: centreX,
      y: height * 0.5 + buttonHeight * 1.5 + 28 * u + classroomHeight / 2,
      width: buttonWidth,
      height: classroomHeight,
      label: this.t('ui:title.classroom'),
      fontSize: fontSize('body', u),
      onPress: () => navigatorOf(this).go('classroom'),
    });

    // Only when there are some: a file that stalls the level select can be forgotten from here.
    if (this.services.levels.storedFiles().length > 0) {
      const filesWidth = Math.min(width - 40, 300 * u);
      this.addButton('title.level-files', {
        x: width - 20 - filesWidth / 2,
        y: 20 + 26 * u,
        width: filesWidth,
        height: 52 * u,
        label: this.t('ui:levelFiles.open'),
        fontSize: fontSize('small', u),
        onPress: () => this.openLevelFiles(),
      });
    }

    const i18n = this.services.i18n;
    const languages = i18n.languages;
    const switchWidth = Math.min(200 * u, (width - 40) / languages.length - 12);
    const rowY = height - 130 * u;
    const rowWidth = languages.length * (switchWidth + 12) - 12;
    languages.forEach((language, index) => {
      this.addButton(`title.language.${language}`, {
        x: centreX - rowWidth / 2 + switchWidth / 2 + index * (switchWidth + 12),
        y: rowY,
        width: switchWidth,
        height: 52 * u,
        label: languageNameInItself(language),
        fontSize: fontSize('small', u),
        pressed: language === i18n.language,
        onPress: () => {
          rememberLanguage(this.services.settings, language);
          void i18n.setLanguage(language).then(() => {
            document.documentElement.lang = language;
          });
        },
      });
    });
    const controls = new SoundControls(this, { x: 0, y: 0, unit: u, i18n, audio: this.services.audio });
    controls.setPosition(centreX - controls.width / 2, rowY + 40 * u);
    for (const button of [controls.toggle, controls.quieter, controls.louder]) this.focus.add(button);
    this.services.probe?.register(this, 'title.sound', controls.toggle, () => controls.toggleLabel);
  }

  /** The stored level files, over this screen: nothing else is opened, no level is checked or drawn. */
  private openLevelFiles(): void {
    showRoute({ screen: 'levelFiles' });
    const overlay = mountOverlay(this, () => close());
    const close = () => {
      overlay.remove();
      showRoute({ screen: 'title' });
      this.scene.restart();
    };
    overlay.append(levelFilesView(this.services.i18n, this.services.levels, { back: close }));
    overlay.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    overlay.querySelector<HTMLElement>('h1')?.focus();
  }
}
