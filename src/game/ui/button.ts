import Phaser from 'phaser';
import { touchFirst } from '../input-kind';
import { colours, FONT_FAMILY } from '../theme';
import type { Focusable } from './focus-group';

export interface ButtonOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly fontSize: string;
  readonly onPress: () => void;
  readonly variant?: 'primary' | 'secondary';
  /** Pressed state for toggles (sound on/off, language), shown by a mark as well as colour. */
  readonly pressed?: boolean;
  readonly enabled?: boolean;
  /** What a screen reader calls it when the label is a sign ("+", "−") or empty; the label otherwise. */
  readonly accessibleName?: string;
  /** The label's language when it is not the page's (a language's name in itself). */
  readonly lang?: string;
}

/** WCAG 2.5.5: a finger needs a target at least 44×44 CSS pixels (one game pixel is one CSS pixel). */
export const MIN_TOUCH_TARGET = 44;

/**
 * A rounded, focusable button; its (x, y) is its centre. On a touch-first device it is never
 * smaller than a fingertip, whatever size its screen asked for.
 */
export class Button extends Phaser.GameObjects.Container implements Focusable {
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private hovered = false;
  private focused = false;
  private enabled: boolean;
  private readonly options: ButtonOptions;

  constructor(scene: Phaser.Scene, asked: ButtonOptions) {
    super(scene, asked.x, asked.y);
    const minimum = touchFirst() ? MIN_TOUCH_TARGET : 0;
    const options = {
      ...asked,
      width: Math.max(asked.width, minimum),
      height: Math.max(asked.height, minimum),
    };
    this.options = options;
    this.enabled = options.enabled ?? true;
    this.background = scene.add.graphics();
    this.text = scene.add
      .text(0, 0, options.label, {
        fontFamily: FONT_FAMILY,
        fontSize: options.fontSize,
        color: '#ffffff',
        align: 'center',
        wordWrap: { width: options.width - 16 },
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    this.add([this.background, this.text]);
    this.setSize(options.width, options.height);
    this.setInteractive({ useHandCursor: true });
    this.on('pointerover', () => this.setHover(true));
    this.on('pointerout', () => this.setHover(false));
    this.on('pointerup', () => this.activate());
    this.redraw();
    scene.add.existing(this);
  }

  get label(): string {
    return this.options.label;
  }

  accessibleName(): string {
    return this.options.accessibleName ?? this.options.label;
  }

  accessiblePressed(): boolean | undefined {
    return this.options.pressed;
  }

  accessibleLang(): string | undefined {
    return this.options.lang;
  }

  activate(): void {
    if (this.enabled) this.options.onPress();
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    this.redraw();
    return this;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  private setHover(hovered: boolean): void {
    this.hovered = hovered;
    this.redraw();
  }

  private redraw(): void {
    const { width, height, variant, pressed } = this.options;
    const fill = !this.enabled
      ? colours.buttonDisabled
      : variant === 'primary'
        ? colours.accent
        : this.hovered
          ? colours.buttonHover
          : colours.button;
    const g = this.background;
    g.clear();
    g.fillStyle(fill, 1);
    g.fillRoundedRect(-width / 2, -height / 2, width, height, Math.min(12, height / 4));
    if (pressed) {
      g.lineStyle(3, 0xffffff, 1);
      g.strokeRoundedRect(-width / 2 + 4, -height / 2 + 4, width - 8, height - 8, Math.min(10, height / 4));
    }
    if (this.focused || (this.hovered && variant === 'primary')) {
      g.lineStyle(4, colours.focus, 1);
      g.strokeRoundedRect(
        -width / 2 - 4,
        -height / 2 - 4,
        width + 8,
        height + 8,
        Math.min(14, height / 4 + 2),
      );
    }
    this.text.setColor(
      variant === 'primary' && this.enabled ? colours.cardText : this.enabled ? '#ffffff' : '#8a98a2',
    );
  }
}
