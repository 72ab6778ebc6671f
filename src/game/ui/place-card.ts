import Phaser from 'phaser';
import type { PlaceKind } from '../../core/level/level-types';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import type { Focusable } from './focus-group';
import { drawPlaceKindIcon } from './place-kind-icon';

export interface PlaceCardOptions {
  readonly width: number;
  readonly unit: number;
  /** The place's name, already translated. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Enter, Space, or a click without a drag: pick the card up to place it by keyboard or tap. */
  readonly onPick: () => void;
  /** The card took the keyboard focus. */
  readonly onFocus?: () => void;
}

/**
 * An index card for one place in the tray: its name and the icon of its kind, nothing that gives
 * the answer away. Its (x, y) is its top-left corner; the scene drags it onto the map.
 */
export class PlaceCard extends Phaser.GameObjects.Container implements Focusable {
  readonly cardHeight: number;
  private readonly background: Phaser.GameObjects.Graphics;
  private focused = false;
  private hovered = false;
  private picked = false;
  private enabled = true;

  constructor(
    scene: Phaser.Scene,
    private readonly options: PlaceCardOptions,
  ) {
    super(scene, 0, 0);
    const { width, unit } = options;
    const pad = Math.round(12 * unit);
    const iconSize = Math.round(26 * unit);
    const text = new Phaser.GameObjects.Text(scene, pad * 2 + iconSize, pad, options.name, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', unit),
      fontStyle: 'bold',
      color: colours.cardText,
      wordWrap: { width: width - pad * 3 - iconSize, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });
    this.cardHeight = Math.max(Math.round(52 * unit), text.height + pad * 2);
    text.setY((this.cardHeight - text.height) / 2);
    this.background = new Phaser.GameObjects.Graphics(scene);
    const icon = drawPlaceKindIcon(
      scene,
      options.kind,
      pad + iconSize / 2,
      this.cardHeight / 2,
      iconSize,
      0x35505f,
    );
    this.add([this.background, icon, text]);
    this.setSize(width, this.cardHeight);
    // Phaser adds a container's half size to the local point before testing its hit area (it takes
    // the container's position as its centre); the card is laid out from its top-left corner.
    this.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(width / 2, this.cardHeight / 2, width, this.cardHeight),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      useHandCursor: true,
      draggable: true,
    });
    this.on('pointerover', () => this.setLook({ hovered: true }));
    this.on('pointerout', () => this.setLook({ hovered: false }));
    this.redraw();
    scene.add.existing(this);
  }

  get label(): string {
    return this.options.name;
  }

  activate(): void {
    if (this.enabled) this.options.onPick();
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): this {
    this.enabled = enabled;
    if (this.input) this.input.enabled = enabled;
    this.redraw();
    return this;
  }

  setFocused(focused: boolean): void {
    this.setLook({ focused });
    if (focused) this.options.onFocus?.();
  }

  /** Lifted: being dragged, or waiting to be placed by keyboard or tap. */
  setPicked(picked: boolean): void {
    this.setLook({ picked });
  }

  private setLook(look: { focused?: boolean; hovered?: boolean; picked?: boolean }): void {
    this.focused = look.focused ?? this.focused;
    this.hovered = look.hovered ?? this.hovered;
    this.picked = look.picked ?? this.picked;
    this.redraw();
  }

  private redraw(): void {
    const { width } = this.options;
    const height = this.cardHeight;
    const radius = Math.round(8 * this.options.unit);
    const g = this.background;
    g.clear();
    if (this.picked) {
      // A soft shadow: the card is off the table.
      g.fillStyle(0x000000, 0.35);
      g.fillRoundedRect(4, 6, width, height, radius);
    }
    g.fillStyle(this.enabled ? colours.card : 0xb9b4aa, 1);
    g.fillRoundedRect(0, 0, width, height, radius);
    g.lineStyle(1, 0xd8d0c0, 1);
    g.strokeRoundedRect(0, 0, width, height, radius);
    if (this.picked || this.hovered) {
      g.lineStyle(3, colours.accent, 1);
      g.strokeRoundedRect(0, 0, width, height, radius);
    }
    if (this.focused) {
      g.lineStyle(4, colours.focus, 1);
      g.strokeRoundedRect(-4, -4, width + 8, height + 8, radius + 3);
    }
  }
}
