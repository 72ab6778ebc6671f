import { rememberLanguage } from '../../services/language-choice';
import { sessionIdInAddress } from '../classroom/classroom-route';
import { mountOverlay } from '../dom/dom-overlay';
import { levelFilesView } from '../dom/level-files-view';
import { openSettingsDialog } from '../dom/settings-dialog';
import { touchFirst } from '../input-kind';
import { languageNameInItself } from '../language-name';
import { LIVE_SCENES } from '../live/live-scene-keys';
import { navigatorOf } from '../navigator';
import { markFirstFrame } from '../perf-marks';
import { parseRoute, showRoute } from '../router';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import { MIN_TOUCH_TARGET } from '../ui/button';
import { SoundControls } from '../ui/sound-controls';
import { MenuScene } from './menu-scene';

/** Long enough for the title's first frames to be drawn before anything else is fetched. */
const PREFETCH_DELAY_MS = 300;

/** The first screen: play, language, sound and the display settings. */
export class TitleScene extends MenuScene {
  /** Set while the settings dialog redraws this screen, so the focus comes back to its button. */
  private returnToSettings = false;

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
    const least = touchFirst() ? MIN_TOUCH_TARGET : 0;
    const tall = (asked: number) => Math.max(asked, least);
    const gap = 12 * u;
    const margin = Math.max(12, 20 * u);
    const i18n = this.services.i18n;
    // The settings may have just switched the palette.
    this.cameras.main.setBackgroundColor(colours.background);

    // Measured first: how tall the title and tagline are, and how wide the sound controls, decide the layout.
    const title = this.add
      .text(0, 0, 'Qantar', {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('title', u * 1.3),
        fontStyle: 'bold',
        color: colours.accentText,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5, 0);
    const tagline = this.add
      .text(0, 0, this.t('ui:title.tagline'), {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize('body', u),
        color: colours.text,
        align: 'center',
        wordWrap: { width: Math.min(width - 2 * margin, 900 * u) },
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5, 0);
    const sound = new SoundControls(this, { x: 0, y: 0, unit: u, i18n, audio: this.services.audio });
    const soundHeight = Math.max(sound.height, least);

    const big = tall(64 * u);
    const small = tall(52 * u);
    const withFiles = this.services.levels.storedFiles().length > 0;
    const menuHeights = [small, small, ...(withFiles ? [small] : []), small];
    const menuHeight = sum(menuHeights) + gap * (menuHeights.length - 1) + 24 * u + soundHeight;
    const heroHeight = () => title.height + 8 * u + tagline.height + 24 * u + big + gap + big;
    // One column when everything fits the height; on a short screen (a phone on its side, 200 % zoom)
    // the title and its two main buttons on the left, the rest on the right, so nothing overlaps.
    const oneColumn = heroHeight() + gap + menuHeight + 2 * margin <= height;
    const columnWidth = Math.min(width - 2 * margin, 380 * u);
    const rightWidth = oneColumn ? columnWidth : Math.max(Math.min(width * 0.4, 380 * u), sound.width);
    const leftWidth = oneColumn ? columnWidth : width - 3 * margin - rightWidth;
    if (!oneColumn) tagline.setWordWrapWidth(leftWidth);
    const heroX = oneColumn ? width / 2 : margin + leftWidth / 2;
    const menuX = oneColumn ? width / 2 : width - margin - rightWidth / 2;
    const total = oneColumn ? heroHeight() + gap + menuHeight : Math.max(heroHeight(), menuHeight);
    let heroY = Math.max(margin, (height - total) / 2);
    let menuY = oneColumn ? heroY + heroHeight() + gap : Math.max(margin, (height - menuHeight) / 2);

    title.setPosition(heroX, heroY);
    heroY += title.height + 8 * u;
    tagline.setPosition(heroX, heroY);
    heroY += tagline.height + 24 * u;
    const play = this.addButton('title.play', {
      x: heroX,
      y: heroY + big / 2,
      width: leftWidth,
      height: big,
      label: this.t('ui:title.play'),
      fontSize: fontSize('heading', u),
      variant: 'primary',
      onPress: () => navigatorOf(this).go('level-select'),
    });
    heroY += big + gap;
    // Same size as Play; secondary, so Play stays the one obvious next action.
    this.addButton('title.leaderboard', {
      x: heroX,
      y: heroY + big / 2,
      width: leftWidth,
      height: big,
      label: this.t('ui:title.leaderboard'),
      fontSize: fontSize('heading', u),
      onPress: () => navigatorOf(this).go('leaderboard'),
    });

    const menuButton = (id: string, label: string, onPress: () => void) => {
      const button = this.addButton(id, {
        x: menuX,
        y: menuY + small / 2,
        width: rightWidth,
        height: small,
        label,
        fontSize: fontSize('body', u),
        onPress,
      });
      menuY += small + gap;
      return button;
    };
    menuButton('title.classroom', this.t('ui:title.classroom'), () => navigatorOf(this).go('classroom'));
    menuButton('title.studio', this.t('ui:title.studio'), () => navigatorOf(this).go('studio'));
    const settings = menuButton('title.settings', this.t('a11y:settings.open'), () => this.openSettings());
    // Only when there are some: a file that stalls the level select can be forgotten from here.
    if (withFiles) menuButton('title.level-files', this.t('ui:levelFiles.open'), () => this.openLevelFiles());
    menuY += 24 * u - gap;

    const languages = i18n.languages;
    const switchWidth = Math.min(200 * u, (rightWidth + 12) / languages.length - 12);
    const rowWidth = languages.length * (switchWidth + 12) - 12;
    languages.forEach((language, index) => {
      this.addButton(`title.language.${language}`, {
        x: menuX - rowWidth / 2 + switchWidth / 2 + index * (switchWidth + 12),
        y: menuY + small / 2,
        width: switchWidth,
        height: small,
        label: languageNameInItself(language),
        lang: language,
        fontSize: fontSize('small', u),
        pressed: language === i18n.language,
        onPress: () => {
          rememberLanguage(this.services.settings, language);
          void i18n.setLanguage(language);
        },
      });
    });
    menuY += small + gap;
    sound.setPosition(menuX - sound.width / 2, menuY + (soundHeight - sound.height) / 2);
    for (const button of [sound.toggle, sound.quieter, sound.louder]) this.focus.add(button);
    this.services.probe?.register(this, 'title.sound', sound.toggle, () => sound.toggleLabel);

    // Back from the settings, the focus returns to the button that opened them.
    this.focus.focus(this.returnToSettings ? settings : play);
    this.returnToSettings = false;
  }

  /** The display settings, over this screen; each change redraws it at once with the new look. */
  private openSettings(): void {
    openSettingsDialog({
      i18n: this.services.i18n,
      settings: this.services.settings,
      onChange: () => {
        this.returnToSettings = true;
        this.rebuild();
      },
      onClose: () => {
        this.returnToSettings = true;
        this.rebuild();
      },
    });
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

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
