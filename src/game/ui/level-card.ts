import Phaser from 'phaser';
import type { ChallengeKind } from '../../core/level/level-types';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import type { Focusable } from './focus-group';
import { drawKindIcon } from './kind-icon';

export interface LevelCardOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly unit: number;
  readonly title: string;
  readonly summary: string;
  readonly kinds: readonly ChallengeKind[];
  readonly kindLabels: string;
  /** The player's best on this level ("Best: 1 234 ★★☆"), under the summary; absent before a first score. */
  readonly progress?: string;
  readonly onPress: () => void;
}

/** An index card for one level in the level select; (x, y) is its top-left corner. */
export class LevelCard extends Phaser.GameObjects.Container implements Focusable {
  private readonly background: Phaser.GameObjects.Graphics;
  private focused = false;
  private hovered = false;
  readonly cardHeight: number;

  constructor(
    scene: Phaser.Scene,
    private readonly options: LevelCardOptions,
  ) {
    super(scene, options.x, options.y);
    const { width, unit } = options;
    const pad = 16 * unit;
    const iconSize = 30 * unit;
    const iconsWidth = options.kinds.length * (iconSize + 8 * unit);
    const textWidth = width - pad * 3 - iconsWidth;
    const title = scene.add.text(pad, pad, options.title, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('body', unit),
      fontStyle: 'bold',
      color: colours.cardText,
      wordWrap: { width: textWidth, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });
    const summary = scene.add.text(pad, pad + title.height + 6 * unit, options.summary, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', unit),
      color: '#3b4a55',
      wordWrap: { width: textWidth, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });
    const progressTop = summary.y + summary.height + 6 * unit;
    const progress = options.progress
      ? scene.add.text(pad, progressTop, options.progress, {
          fontFamily: FONT_FAMILY,
          fontSize: fontSize('small', unit),
          fontStyle: 'bold',
          color: colours.cardText,
          wordWrap: { width: textWidth, useAdvancedWrap: true },
          resolution: window.devicePixelRatio || 1,
        })
      : null;
    const textBottom = progress ? progress.y + progress.height : summary.y + summary.height;
    this.cardHeight = Math.max(textBottom + pad, 72 * unit);
    this.background = scene.add.graphics();
    const icons = options.kinds.map((kind, index) =>
      drawKindIcon(
        scene,
        kind,
        width - pad - iconSize / 2 - index * (iconSize + 8 * unit),
        this.cardHeight / 2,
        iconSize,
        0x35505f,
      ),
    );
    this.add([this.background, title, summary, ...(progress ? [progress] : []), ...icons]);
    this.setSize(width, this.cardHeight);
    // Phaser adds half a container's size to the local point before testing its hit area (it
    // centres containers); the card is laid out from its top-left corner, so its area starts there.
    this.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(width / 2, this.cardHeight / 2, width, this.cardHeight),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      useHandCursor: true,
    });
    this.on('pointerover', () => this.setLook(true, this.focused));
    this.on('pointerout', () => this.setLook(false, this.focused));
    this.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() < 12) this.activate();
    });
    this.redraw();
    scene.add.existing(this);
  }

  get label(): string {
    return `${this.options.title} (${this.options.kindLabels})`;
  }

  activate(): void {
    this.options.onPress();
  }

  isEnabled(): boolean {
    return true;
  }

  setFocused(focused: boolean): void {
    this.setLook(this.hovered, focused);
    if (focused) this.emit('focused', this);
  }

  private setLook(hovered: boolean, focused: boolean): void {
    this.hovered = hovered;
    this.focused = focused;
    this.redraw();
  }

  private redraw(): void {
    const g = this.background;
    const { width } = this.options;
    g.clear();
    g.fillStyle(this.hovered ? 0xffffff : colours.card, 1);
    g.fillRoundedRect(0, 0, width, this.cardHeight, 10);
    if (this.focused) {
      g.lineStyle(4, colours.focus, 1);
      g.strokeRoundedRect(-4, -4, width + 8, this.cardHeight + 8, 12);
    }
  }
}
