import Phaser from 'phaser';
import { type GameServices, servicesOf } from '../game-services';
import { colours, uiUnit } from '../theme';
import type { Button, ButtonOptions } from '../ui/button';
import { addControlButton } from '../ui/control-button';
import { FocusGroup } from '../ui/focus-group';
import { oncePerKeyEvent } from '../ui/once-per-key-event';

/**
 * A screen made of text and buttons that is simply drawn again when the window is resized or the
 * language changes, so every string follows the current language at once.
 */
export abstract class MenuScene<Data = undefined> extends Phaser.Scene {
  protected services!: GameServices;
  protected focus!: FocusGroup;
  protected unit = 1;
  protected sceneData!: Data;
  /** The menus play their music; a challenge drawn as a menu (the timeline) wants the player's attention instead. */
  protected readonly menuMusic: boolean = true;

  create(data: Data): void {
    this.sceneData = data;
    this.services = servicesOf(this);
    this.focus = new FocusGroup(this);
    this.cameras.main.setBackgroundColor(colours.background);
    const onResize = () => this.rebuild();
    this.scale.on('resize', onResize);
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.rebuild());
    const keyboard = this.input.keyboard;
    const onEscape = oncePerKeyEvent(() => {
      this.back();
      return true;
    });
    keyboard?.on('keydown-ESC', onEscape);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      offLanguage();
      keyboard?.off('keydown-ESC', onEscape);
    });
    if (this.menuMusic) this.services.audio.startMusic();
    this.services.probe?.setInfo(this, 'musicWanted', () => this.services.audio.musicWanted);
    this.rebuild();
  }

  protected rebuild(): void {
    // List.removeAll's argument only skips callbacks: the objects would stay alive and, though no
    // longer drawn, keep taking clicks where they were. Destroying them frees their input too.
    for (const child of [...this.children.list]) child.destroy();
    this.focus.clear();
    const { width, height } = this.scale;
    this.unit = uiUnit(width, height);
    this.build(width, height);
  }

  protected abstract build(width: number, height: number): void;

  /** Escape and the Back button; the title screen has nowhere to go back to. */
  protected back(): void {}

  protected t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  /** A button that is also reachable by keyboard and visible to the test probe. */
  protected addButton(id: string, options: ButtonOptions): Button {
    return addControlButton(this, this.services, this.focus, id, options);
  }
}
