import Phaser from 'phaser';
import type { ItemMark } from '../../../core/challenges/match/match-rules';
import { colours, FONT_FAMILY } from '../../theme';
import type { Focusable } from '../../ui/focus-group';

/** Paper for the things the player moves (actors, statements), slate for roles, an open tray for bins. */
export type CardLook = 'paper' | 'slate' | 'bin';

export interface MatchCardOptions {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly unit: number;
  readonly text: string;
  readonly look: CardLook;
  /** The text starts at this size and shrinks until it fits the card. */
  readonly maxFontPx: number;
  /** Room kept free on each side of the text for the emblem, slot, tag or mark the caller adds. */
  readonly insetLeft?: number;
  readonly insetRight?: number;
  /** After a check: a stripe along the edge, beside the pill that says it in words. */
  readonly mark?: ItemMark;
  readonly selected?: boolean;
  /** Keyboard activation (Enter / Space); pointer input is wired by the board. */
  readonly onActivate: () => void;
}

const STRIPE: Record<ItemMark, number> = {
  right: colours.right,
  wrong: colours.wrong,
  unanswered: colours.panelBorder,
};

/**
 * One card of a match board: a text fitted into its box, a look per side, and the states a player
 * needs to see: hovered, focused (keyboard ring), selected (accent border and a "lifted" fill),
 * drop target under a drag. Its (x, y) is its top-left corner.
 */
export class MatchCard extends Phaser.GameObjects.Container implements Focusable {
  private readonly background: Phaser.GameObjects.Graphics;
  readonly label: Phaser.GameObjects.Text;
  private hovered = false;
  private focused = false;
  private dropHover = false;

  constructor(
    scene: Phaser.Scene,
    private readonly options: MatchCardOptions,
  ) {
    super(scene, options.x, options.y);
    const { width, height, unit, look } = options;
    const pad = Math.round(8 * unit);
    const left = pad + (options.mark ? stripeWidth(unit) : 0) + (options.insetLeft ?? 0);
    const textWidth = Math.max(20, width - left - pad - (options.insetRight ?? 0));
    this.background = scene.add.graphics();
    this.label = scene.add.text(left, height / 2, options.text, {
      fontFamily: FONT_FAMILY,
      fontSize: `${Math.round(options.maxFontPx)}px`,
      fontStyle: look === 'bin' ? 'bold' : 'normal',
      color: look === 'paper' ? colours.cardText : colours.text,
      // Lines break between words only ("Kyrgyzstan", never "Kyrgyzsta/n").
      wordWrap: { width: textWidth },
      lineSpacing: Math.round(2 * unit),
      resolution: window.devicePixelRatio || 1,
    });
    this.label.setOrigin(0, 0.5);
    fitText(this.label, textWidth, height - pad / 2, Math.max(MIN_LABEL_PX, Math.round(12 * unit)));
    this.add([this.background, this.label]);
    this.setSize(width, height);
    // A container's hit test adds its display origin (half its size) to the pointer's local point,
    // so a card laid out from its top-left corner covers (w/2, h/2)–(3w/2, 3h/2) in that space.
    this.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(width / 2, height / 2, width, height),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      useHandCursor: true,
    });
    this.on('pointerover', () => this.setHovered(true));
    this.on('pointerout', () => this.setHovered(false));
    this.redraw();
    scene.add.existing(this);
  }

  get text(): string {
    return this.options.text;
  }

  /** The rectangle on the canvas, for dropping and for drawing links to. */
  bounds(): Phaser.Geom.Rectangle {
    return new Phaser.Geom.Rectangle(this.x, this.y, this.options.width, this.options.height);
  }

  activate(): void {
    this.options.onActivate();
  }

  isEnabled(): boolean {
    return true;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  setDropHover(over: boolean): void {
    if (this.dropHover === over) return;
    this.dropHover = over;
    this.redraw();
  }

  private setHovered(hovered: boolean): void {
    this.hovered = hovered;
    this.redraw();
  }

  private redraw(): void {
    const { width, height, look, selected, mark } = this.options;
    const radius = Math.min(10, height / 4);
    const g = this.background;
    g.clear();
    const lifted = this.hovered || this.dropHover || selected;
    if (look === 'paper') g.fillStyle(lifted ? 0xffffff : colours.card, 1);
    else g.fillStyle(lifted ? colours.buttonHover : look === 'bin' ? colours.background : colours.panel, 1);
    g.fillRoundedRect(0, 0, width, height, radius);
    g.lineStyle(look === 'bin' ? 3 : 1.5, look === 'paper' ? 0xb9b2a5 : colours.panelBorder, 1);
    g.strokeRoundedRect(0, 0, width, height, radius);
    if (mark) {
      g.fillStyle(STRIPE[mark], 1);
      g.fillRoundedRect(0, 0, Math.max(5, 6 * this.options.unit), height, {
        tl: radius,
        bl: radius,
        tr: 0,
        br: 0,
      });
    }
    if (selected || this.dropHover) {
      g.lineStyle(4, colours.accent, 1);
      g.strokeRoundedRect(1, 1, width - 2, height - 2, radius);
    }
    if (this.focused) {
      g.lineStyle(3, colours.focus, 1);
      g.strokeRoundedRect(-4, -4, width + 8, height + 8, radius + 3);
    }
  }
}

function stripeWidth(unit: number): number {
  return Math.max(5, Math.round(6 * unit));
}

/** No card text is drawn smaller than this (CSS pixels): below it a label stops being readable. */
const MIN_LABEL_PX = 12;

/**
 * Shrinks a wrapped text one pixel at a time until it fits the card: no taller than `maxHeight`,
 * and no word wider than the line (a long word is never cut, so the whole text gets smaller).
 */
function fitText(text: Phaser.GameObjects.Text, maxWidth: number, maxHeight: number, minPx: number): void {
  let size = Number.parseInt(String(text.style.fontSize), 10);
  while ((text.height > maxHeight || text.width > maxWidth + 1) && size > minPx) {
    size -= 1;
    text.setFontSize(size);
  }
}
