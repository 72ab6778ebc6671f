import Phaser from 'phaser';
import { colours, FONT_FAMILY } from '../../theme';
import { type CardFace, type CardMeasurer, MIN_TEXT_PX } from './event-card';

/** A rectangle in canvas pixels from its top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TrackLayout {
  readonly rows: number;
  readonly columns: number;
  /** Where each slot's card goes, slot 0 first (the earliest). */
  readonly slots: readonly Rect[];
  readonly cardWidth: number;
  readonly cardHeight: number;
  /** The body font size every card is drawn at. */
  readonly textPx: number;
  /** Height of the line with the slot numbers above each row. */
  readonly rulerHeight: number;
}

interface LayoutOption {
  readonly rows: number;
  readonly columns: number;
  readonly width: number;
  readonly maxHeight: number;
  /** The largest text size at which every card fits, 0 when none does. */
  readonly textPx: number;
}

/** More rows than this would make the cards too small to read from the back of a classroom. */
const MAX_ROWS = 4;
/** Text this large reads well on a projector; beyond it, fewer and longer rows are worth more. */
const READABLE_PX = 18;

/**
 * Lays the slots out in rows read left to right, top to bottom: the fewest rows (one line reads
 * most like a timeline) at which the cards' text is readable from the back of a room, or as large
 * as it can be when no layout reaches that. The track is centred vertically in `area` when the
 * cards need less than all of it.
 */
export function layoutTrack(
  measurer: CardMeasurer,
  faces: readonly CardFace[],
  area: Rect,
  unit: number,
  revealed: boolean,
): TrackLayout {
  const count = faces.length;
  const gap = Math.round(10 * unit);
  const rowGap = Math.round(6 * unit);
  const rulerHeight = Math.round(24 * unit);
  const options: LayoutOption[] = [];
  for (let rows = 1; rows <= Math.min(MAX_ROWS, count); rows++) {
    const columns = Math.ceil(count / rows);
    if (Math.ceil(count / columns) < rows) continue;
    const width = Math.floor((area.width - gap * (columns - 1)) / columns);
    const maxHeight = Math.floor((area.height - rows * rulerHeight - (rows - 1) * rowGap) / rows);
    if (width <= 0 || maxHeight <= 0) continue;
    // Cards taller than about 1.45 × their width stop looking like index cards and waste the text.
    const textPx = measurer.fitFont(faces, width, Math.min(maxHeight, width * 1.45), unit, revealed) ?? 0;
    options.push({ rows, columns, width, maxHeight, textPx });
  }
  const largest = Math.max(0, ...options.map((option) => option.textPx));
  const enough = Math.min(largest, Math.round(READABLE_PX * unit));
  // On a screen too small for every text (a phone with many cards), the roomiest cards are used
  // at the smallest size, and each card crops what does not fit.
  const roomiest = (a: LayoutOption, b: LayoutOption) =>
    a.width * Math.min(a.maxHeight, a.width * 1.45) >= b.width * Math.min(b.maxHeight, b.width * 1.45)
      ? a
      : b;
  const chosen =
    largest > 0
      ? options.find((option) => option.textPx >= enough)
      : options.reduce<LayoutOption | undefined>(
          (best, option) => (best ? roomiest(best, option) : option),
          undefined,
        );
  if (!chosen)
    return { rows: 0, columns: 0, slots: [], cardWidth: 0, cardHeight: 0, textPx: MIN_TEXT_PX, rulerHeight };
  const textPx = Math.max(MIN_TEXT_PX, chosen.textPx);
  const needed = measurer.cardHeight(faces, chosen.width, textPx, unit, revealed);
  const cardHeight = Math.min(chosen.maxHeight, Math.max(needed, Math.round(chosen.width * 0.62)));
  const total = chosen.rows * (rulerHeight + cardHeight) + (chosen.rows - 1) * rowGap;
  const top = area.y + Math.max(0, (area.height - total) / 2);
  const slots = Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / chosen.columns);
    const column = index % chosen.columns;
    return {
      x: area.x + column * (chosen.width + gap),
      y: top + row * (rulerHeight + cardHeight + rowGap) + rulerHeight,
      width: chosen.width,
      height: cardHeight,
    };
  });
  return {
    rows: chosen.rows,
    columns: chosen.columns,
    slots,
    cardWidth: chosen.width,
    cardHeight,
    textPx,
    rulerHeight,
  };
}

/** The slot whose centre is nearest to a point: where a dragged card would go if dropped there. */
export function nearestSlot(layout: TrackLayout, x: number, y: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  layout.slots.forEach((slot, index) => {
    const distance = Math.hypot(slot.x + slot.width / 2 - x, slot.y + slot.height / 2 - y);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

export interface TrackLabels {
  /** "Earliest" and "Latest", written at the two ends. */
  readonly earliest: string;
  readonly latest: string;
  /** A slot's name for assistive labels and the test probe ("Slot 3"). */
  readonly slot: (number: number) => string;
}

/**
 * The track under the cards: above each row a ruler with the slot numbers and an arrow towards
 * later events, and an empty outline where each card goes (seen when a card is lifted out of it).
 * Each slot is also an invisible target the test probe can name.
 */
export class TimelineTrack extends Phaser.GameObjects.Container {
  /** One zone per slot, for the probe; they take no input. */
  readonly slotTargets: readonly Phaser.GameObjects.Container[];

  constructor(scene: Phaser.Scene, layout: TrackLayout, labels: TrackLabels, unit: number) {
    super(scene, 0, 0);
    const g = scene.add.graphics();
    const numberPx = Math.max(11, Math.round(15 * unit));
    const style = (bold: boolean): Phaser.Types.GameObjects.Text.TextStyle => ({
      fontFamily: FONT_FAMILY,
      fontSize: `${numberPx}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color: colours.mutedText,
      resolution: window.devicePixelRatio || 1,
    });
    const texts: Phaser.GameObjects.Text[] = [];
    const lineY = (slot: Rect) => slot.y - layout.rulerHeight / 2;
    for (let row = 0; row < layout.rows; row++) {
      const inRow = layout.slots.slice(row * layout.columns, (row + 1) * layout.columns);
      const first = inRow[0];
      const last = inRow[inRow.length - 1];
      if (!first || !last) continue;
      const y = lineY(first);
      const end = last.x + last.width;
      g.lineStyle(Math.max(1.5, 2 * unit), colours.panelBorder, 1);
      g.lineBetween(first.x, y, end, y);
      const head = 7 * unit;
      g.fillStyle(colours.panelBorder, 1);
      g.fillTriangle(end, y, end - head * 1.4, y - head, end - head * 1.4, y + head);
    }
    layout.slots.forEach((slot, index) => {
      const y = lineY(slot);
      g.fillStyle(colours.background, 1);
      g.fillCircle(slot.x + slot.width / 2, y, numberPx * 0.95);
      g.lineStyle(Math.max(1, 1.5 * unit), colours.panelBorder, 1);
      g.strokeCircle(slot.x + slot.width / 2, y, numberPx * 0.95);
      texts.push(scene.add.text(slot.x + slot.width / 2, y, String(index + 1), style(true)).setOrigin(0.5));
      g.lineStyle(Math.max(1, 1.5 * unit), colours.panelBorder, 0.9);
      g.strokeRoundedRect(slot.x, slot.y, slot.width, slot.height, 8);
    });
    const firstSlot = layout.slots[0];
    const lastSlot = layout.slots[layout.slots.length - 1];
    if (firstSlot && lastSlot) {
      const head = 7 * unit;
      const earliest = scene.add
        .text(firstSlot.x, lineY(firstSlot), labels.earliest, style(false))
        .setOrigin(0, 0.5);
      const latest = scene.add.text(
        lastSlot.x + lastSlot.width - head * 2,
        lineY(lastSlot),
        labels.latest,
        style(false),
      );
      latest.setOrigin(1, 0.5);
      // The end labels sit on the line between the number bubbles; where they would touch one, they are left out.
      const room = firstSlot.width / 2 - numberPx * 1.3;
      for (const label of [earliest, latest]) {
        if (label.width > room) {
          label.destroy();
          continue;
        }
        const inset = Math.round(4 * unit);
        g.fillStyle(colours.background, 1);
        g.fillRect(
          label.x - label.width * label.originX - inset,
          label.y - label.height / 2,
          label.width + inset * 2,
          label.height,
        );
        texts.push(label);
      }
    }
    this.add([g, ...texts]);
    this.slotTargets = layout.slots.map((slot, index) => {
      const target = new Phaser.GameObjects.Container(scene, slot.x, slot.y).setSize(slot.width, slot.height);
      target.setName(labels.slot(index + 1));
      this.add(target);
      return target;
    });
    scene.add.existing(this);
  }
}
