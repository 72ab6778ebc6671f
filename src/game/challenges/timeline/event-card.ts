import Phaser from 'phaser';
import type { TimelineVerdict } from '../../../core/challenges/timeline/timeline-rules';
import { colours, FONT_FAMILY } from '../../theme';
import type { Focusable } from '../../ui/focus-group';

/** What a card says, already translated. Never its date before the check: that is the question. */
export interface CardFace {
  readonly text: string;
  readonly place: string;
}

/** What the check revealed about one card, already translated. */
export interface CardReveal {
  /**
   * The card's one verdict (core timelineVerdict), or null while the true order is shown: there
   * every card stands where it belongs, so the player's verdicts would be stale.
   */
  readonly verdict: TimelineVerdict | null;
  /** "✓ Right", "◐ Partly right", "✗ Wrong": an icon and a word as well as a colour; empty when null. */
  readonly label: string;
  /** The date, short ("5 Jan 2022"). */
  readonly date: string;
  /** Its place in history ("No. 9"); events on the same date share one. */
  readonly rank: string;
}

/** The band's colour by verdict; the neutral panel colour while the true order is shown. */
const BAND_COLOUR: Record<TimelineVerdict | 'none', number> = {
  right: colours.right,
  partial: colours.partial,
  wrong: colours.wrong,
  skipped: colours.panelBorder,
  none: colours.panelBorder,
};

/** Sizes of a card's parts for one body font size, so measuring and drawing agree. */
export interface CardTypography {
  readonly textPx: number;
  readonly placePx: number;
  readonly bandPx: number;
  readonly pad: number;
  readonly gap: number;
}

/** Below this a card cannot be read at all; on a screen too small, cards crop their text instead. */
export const MIN_TEXT_PX = 10;
/** Larger would only make short texts shout; the detail panel shows the focused card bigger still. */
const MAX_TEXT_PX = 22;

export function cardTypography(textPx: number, unit: number): CardTypography {
  return {
    textPx,
    placePx: Math.max(MIN_TEXT_PX, Math.round(textPx * 0.8)),
    bandPx: Math.max(MIN_TEXT_PX, Math.min(textPx, Math.round(15 * unit))),
    pad: Math.max(5, Math.round(Math.min(9 * unit, textPx * 0.6))),
    gap: Math.max(2, Math.round(textPx * 0.3)),
  };
}

function textStyle(
  px: number,
  colour: string,
  width: number,
  bold = false,
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${px}px`,
    fontStyle: bold ? 'bold' : 'normal',
    color: colour,
    wordWrap: { width, useAdvancedWrap: true },
    lineSpacing: Math.round(px * 0.12),
    resolution: window.devicePixelRatio || 1,
  };
}

/** Height of the verdict band at the foot of a revealed card: the verdict and rank, then the date. */
function bandHeight(type: CardTypography): number {
  return Math.round(type.bandPx * 2.7 + type.gap * 2);
}

/**
 * Measures cards without drawing them, to choose the largest font at which every card fits: one
 * size for all cards, so no event looks more important than another. A size at which a word would
 * have to be cut in two does not fit either.
 */
export class CardMeasurer {
  private readonly probe: Phaser.GameObjects.Text;
  private readonly context: CanvasRenderingContext2D | null;

  constructor(scene: Phaser.Scene) {
    this.probe = new Phaser.GameObjects.Text(scene, 0, 0, '', textStyle(MIN_TEXT_PX, '#000', 100));
    this.context = document.createElement('canvas').getContext('2d');
  }

  /** The height the tallest card needs at this font size and width, or Infinity when a word cannot fit. */
  cardHeight(
    faces: readonly CardFace[],
    width: number,
    textPx: number,
    unit: number,
    revealed: boolean,
  ): number {
    const type = cardTypography(textPx, unit);
    const inner = width - type.pad * 2;
    let tallest = 0;
    for (const face of faces) {
      const set = this.setFace(face, width, textPx, unit);
      if (!set) return Number.POSITIVE_INFINITY;
      const place = this.measure(set.place, type.placePx, inner - type.placePx);
      const text = this.measure(set.text, type.textPx, inner);
      tallest = Math.max(tallest, place + type.gap * 2 + text);
    }
    return Math.ceil(tallest + type.pad * 2 + (revealed ? bandHeight(type) + type.gap : 0));
  }

  /**
   * The face as it is drawn on a card of this width: a word too long for a line is broken after one
   * of its hyphens ("Nagorno-" / "Karabakh") rather than between two letters. Null when a word does
   * not fit even so.
   */
  setFace(face: CardFace, width: number, textPx: number, unit: number): CardFace | null {
    const type = cardTypography(textPx, unit);
    const inner = width - type.pad * 2;
    const text = this.breakLongWords(face.text, type.textPx, inner);
    const place = this.breakLongWords(face.place, type.placePx, inner - type.placePx);
    return text === null || place === null ? null : { text, place };
  }
  /** The largest body font size at which every card fits in width × height, or null when none does. */
  fitFont(
    faces: readonly CardFace[],
    width: number,
    height: number,
    unit: number,
    revealed: boolean,
  ): number | null {
    let low = MIN_TEXT_PX;
    let high = Math.round(MAX_TEXT_PX * unit);
    if (this.cardHeight(faces, width, low, unit, revealed) > height) return null;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.cardHeight(faces, width, middle, unit, revealed) <= height) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  destroy(): void {
    this.probe.destroy();
  }

  private measure(text: string, px: number, width: number): number {
    const style = textStyle(px, '#000', Math.max(1, width));
    this.probe.setStyle(style);
    // setStyle leaves the line spacing alone; the drawn text gets it from its style.
    this.probe.setLineSpacing(style.lineSpacing ?? 0);
    this.probe.setText(text);
    return this.probe.height;
  }

  private breakLongWords(text: string, px: number, width: number): string | null {
    const context = this.context;
    if (!context) return text;
    context.font = `${px}px ${FONT_FAMILY}`;
    const fits = (word: string) => context.measureText(word).width <= width;
    const words = text.split(' ').map((word) => {
      if (fits(word)) return word;
      const lines: string[] = [];
      for (const piece of word.split(/(?<=-)/)) {
        const last = lines[lines.length - 1];
        if (last !== undefined && fits(last + piece)) lines[lines.length - 1] = last + piece;
        else lines.push(piece);
      }
      return lines.every(fits) ? lines.join('\n') : null;
    });
    return words.includes(null) ? null : words.join(' ');
  }
}

export interface EventCardOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly textPx: number;
  readonly unit: number;
  readonly face: CardFace;
  readonly reveal: CardReveal | null;
  readonly onActivate: () => void;
}

/**
 * An event as an index card: a pin and the place on top, above a ruled line, then the event. After
 * the check a band at its foot gives the verdict, its rank in history and its date. (x, y) is its
 * top-left corner. The card only draws; the scene moves it and decides what a press means.
 */
export class EventCard extends Phaser.GameObjects.Container implements Focusable {
  private readonly background: Phaser.GameObjects.Graphics;
  private focused = false;
  private hovered = false;
  private lifted = false;
  private spotlit = false;
  /** The look last drawn, so a call that changes nothing redraws nothing. */
  private drawnLook = '';

  constructor(
    scene: Phaser.Scene,
    private readonly options: EventCardOptions,
  ) {
    super(scene, options.x, options.y);
    const { width, height, face, reveal } = options;
    const type = cardTypography(options.textPx, options.unit);
    const inner = width - type.pad * 2;
    this.background = scene.add.graphics();
    const pin = drawPinIcon(
      scene,
      type.pad + type.placePx * 0.35,
      type.pad + type.placePx * 0.62,
      type.placePx,
    );
    const place = scene.add.text(
      type.pad + type.placePx,
      type.pad,
      face.place,
      textStyle(type.placePx, '#4a5a66', inner - type.placePx),
    );
    const ruleY = type.pad + place.height + type.gap;
    const rule = scene.add.graphics();
    rule.lineStyle(Math.max(1, options.unit * 1.5), 0x8fb6d0, 1);
    rule.lineBetween(type.pad * 0.5, ruleY, width - type.pad * 0.5, ruleY);
    const text = scene.add.text(
      type.pad,
      ruleY + type.gap,
      face.text,
      textStyle(type.textPx, colours.cardText, inner),
    );
    // Only on a screen too small for the text: it is cut at the card's edge rather than spill over.
    const room = height - text.y - type.pad - (reveal ? bandHeight(type) : 0);
    if (text.height > room) text.setCrop(0, 0, inner, Math.max(0, room));
    this.add([this.background, rule, pin, place, text]);
    if (reveal) this.add(this.createBand(reveal, type));
    this.setSize(width, height);
    // Containers hit-test around their origin; the card is laid out from its top-left corner.
    this.setInteractive({
      hitArea: new Phaser.Geom.Rectangle(0, 0, width, height),
      hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      useHandCursor: true,
      draggable: reveal === null,
    });
    this.on('pointerover', () => this.setLook({ hovered: true }));
    this.on('pointerout', () => this.setLook({ hovered: false }));
    this.setLook({});
    scene.add.existing(this);
  }

  get cardWidth(): number {
    return this.options.width;
  }

  get cardHeight(): number {
    return this.options.height;
  }

  /** The event's text as one line, without the breaks added after hyphens. */
  get label(): string {
    return this.options.face.text.replace(/-\n/g, '-');
  }

  activate(): void {
    this.options.onActivate();
  }

  isEnabled(): boolean {
    return true;
  }

  setFocused(focused: boolean): void {
    this.setLook({ focused });
    if (focused) this.emit('focused', this);
  }

  /** Picked up, by the keyboard or a drag: drawn raised, with a shadow, above the other cards. */
  setLifted(lifted: boolean): this {
    this.setLook({ lifted });
    this.setDepth(lifted ? 10 : 0);
    return this;
  }

  /** The card whose fact is being shown. */
  setSpotlit(spotlit: boolean): this {
    this.setLook({ spotlit });
    return this;
  }

  private setLook(look: { focused?: boolean; hovered?: boolean; lifted?: boolean; spotlit?: boolean }): void {
    this.focused = look.focused ?? this.focused;
    this.hovered = look.hovered ?? this.hovered;
    this.lifted = look.lifted ?? this.lifted;
    this.spotlit = look.spotlit ?? this.spotlit;
    const drawn = `${this.focused}${this.hovered}${this.lifted}${this.spotlit}`;
    if (drawn === this.drawnLook) return;
    this.drawnLook = drawn;
    this.redraw();
  }

  private createBand(reveal: CardReveal, type: CardTypography): Phaser.GameObjects.GameObject[] {
    const { width, height } = this.options;
    const top = height - bandHeight(type);
    const band = this.scene.add.graphics();
    band.fillStyle(BAND_COLOUR[reveal.verdict ?? 'none'], 1);
    band.fillRoundedRect(0, top, width, height - top, { tl: 0, tr: 0, bl: 8, br: 8 });
    const style = (bold: boolean) => ({
      ...textStyle(type.bandPx, '#ffffff', width - type.pad * 2, bold),
      wordWrap: undefined,
    });
    const verdict = this.scene.add.text(type.pad, top + type.gap, reveal.label, style(true));
    const rank = this.scene.add
      .text(width - type.pad, top + type.gap, reveal.rank, style(true))
      .setOrigin(1, 0);
    const date = this.scene.add.text(
      type.pad,
      top + type.gap + type.bandPx * 1.35,
      reveal.date,
      style(false),
    );
    // On a narrow card the rank gives way to the verdict rather than overlap it.
    rank.setVisible(verdict.width + rank.width + type.pad <= width - type.pad * 2);
    return [band, verdict, rank, date];
  }

  private redraw(): void {
    const { width, height, unit } = this.options;
    const g = this.background;
    g.clear();
    if (this.lifted) {
      g.fillStyle(0x000000, 0.35);
      g.fillRoundedRect(6 * unit, 8 * unit, width, height, 8);
    }
    g.fillStyle(this.hovered || this.lifted ? 0xffffff : colours.card, 1);
    g.fillRoundedRect(0, 0, width, height, 8);
    if (this.spotlit || this.lifted) {
      g.lineStyle(Math.max(3, 4 * unit), colours.accent, 1);
      g.strokeRoundedRect(0, 0, width, height, 8);
    }
    if (this.focused) {
      g.lineStyle(4, colours.focus, 1);
      g.strokeRoundedRect(-5, -5, width + 10, height + 10, 11);
    }
  }
}

/** A small map pin before the place name, drawn so it never depends on an emoji font. */
export function drawPinIcon(
  scene: Phaser.Scene,
  x: number,
  y: number,
  size: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  const r = size * 0.26;
  g.fillStyle(0x4a5a66, 1);
  g.fillCircle(0, -r * 0.6, r);
  g.fillTriangle(-r * 0.85, -r * 0.2, r * 0.85, -r * 0.2, 0, r * 1.6);
  g.fillStyle(colours.card, 1);
  g.fillCircle(0, -r * 0.6, r * 0.4);
  return g;
}
