import { rememberLanguage } from '../../services/language-choice';
import { sessionIdInAddress } from '../classroom/classroom-route';
import { languageNameInItself } from '../language-name';
import { navigatorOf } from '../navigator';
import { markFirstFrame } from '../perf-marks';
import { showRoute } from '../router';
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
    super.create(undefined);
    showRoute({ screen: 'title' });
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
}
