import type Phaser from 'phaser';
import type { ScreenRect } from '../../core/geo/lon-lat';
import { colours, FONT_FAMILY } from '../theme';
import { mapPalette } from '../ui/map-palette';

export interface PositionRow {
  /** The event, with its date: the class map comes after every answer, so it gives nothing away. */
  readonly label: string;
  /** The positions (1-based) where the event is right. */
  readonly right: { readonly first: number; readonly last: number };
  /** Position → how many participants put the event there. */
  readonly counts: ReadonlyMap<number, number>;
}

/**
 * The spread of a timeline: one row per event, one column per position, a disc in each cell as
 * large as the number of participants who put the event there (and that number written in it).
 * The right positions are outlined and ticked, so the colour is never the only sign.
 */
export function drawTimelineSpread(
  scene: Phaser.Scene,
  rect: ScreenRect,
  unit: number,
  positions: number,
  rows: readonly PositionRow[],
  rowsPerPage: number,
): Phaser.GameObjects.GameObject[] {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const text = (x: number, y: number, value: string, px: number, colour: string, bold = false) => {
    const object = scene.add.text(x, y, value, {
      fontFamily: FONT_FAMILY,
      fontSize: `${Math.round(px)}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color: colour,
      resolution: window.devicePixelRatio || 1,
    });
    objects.push(object);
    return object;
  };
  const headerHeight = Math.round(34 * unit);
  const labelWidth = Math.round(rect.width * 0.38);
  const cellWidth = (rect.width - labelWidth) / Math.max(1, positions);
  const rowHeight = Math.min(Math.round(84 * unit), (rect.height - headerHeight) / Math.max(1, rowsPerPage));
  const most = Math.max(1, ...rows.flatMap((row) => [...row.counts.values()]));
  const g = scene.add.graphics();
  objects.push(g);
  for (let position = 1; position <= positions; position++) {
    const x = rect.x + labelWidth + (position - 1) * cellWidth;
    text(
      x + cellWidth / 2,
      rect.y + headerHeight / 2,
      String(position),
      20 * unit,
      colours.mutedText,
      true,
    ).setOrigin(0.5);
  }
  rows.forEach((row, index) => {
    const top = rect.y + headerHeight + index * rowHeight;
    const label = text(rect.x, top + rowHeight / 2, row.label, 18 * unit, colours.text);
    label.setWordWrapWidth(labelWidth - 12 * unit, false).setOrigin(0, 0.5);
    fitLines(label, row.label, 2);
    g.lineStyle(1, colours.panelBorder, 1);
    g.lineBetween(rect.x, top + rowHeight, rect.x + rect.width, top + rowHeight);
    for (let position = 1; position <= positions; position++) {
      const x = rect.x + labelWidth + (position - 1) * cellWidth;
      const right = position >= row.right.first && position <= row.right.last;
      if (right) {
        g.fillStyle(mapPalette.truth, 0.3);
        g.fillRect(x + 2, top + 2, cellWidth - 4, rowHeight - 4);
        g.lineStyle(Math.max(2, 3 * unit), mapPalette.truth, 1);
        g.strokeRect(x + 2, top + 2, cellWidth - 4, rowHeight - 4);
        text(x + 5 * unit, top + 3 * unit, '✓', 16 * unit, colours.text, true);
      }
      const count = row.counts.get(position) ?? 0;
      if (count === 0) continue;
      const radius = Math.max(10 * unit, Math.min(cellWidth, rowHeight) * 0.42 * Math.sqrt(count / most));
      const cx = x + cellWidth / 2;
      const cy = top + rowHeight / 2;
      g.fillStyle(mapPalette.ink, 1);
      g.fillCircle(cx, cy, radius + 2);
      g.fillStyle(mapPalette.guess, 1);
      g.fillCircle(cx, cy, radius);
      text(
        cx,
        cy,
        String(count),
        Math.max(14, Math.min(22 * unit, radius * 1.3)),
        colours.cardText,
        true,
      ).setOrigin(0.5);
    }
  });
  g.setDepth(0);
  for (const object of objects) if (object !== g) (object as Phaser.GameObjects.Text).setDepth(1);
  return objects;
}

/**
 * Keeps a label to `lines` lines, breaking between words only: a longer text ends at the last
 * whole word that fits, with an ellipsis, so it never stops mid-word or mid-sentence without a sign.
 */
export function fitLines(label: Phaser.GameObjects.Text, text: string, lines: number): void {
  label.setText(text);
  if (label.getWrappedText(text).length <= lines) return;
  const words = text.split(/\s+/);
  for (let count = words.length - 1; count > 0; count--) {
    const shorter = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:.–—-]+$/u, '')}…`;
    if (label.getWrappedText(shorter).length <= lines) {
      label.setText(shorter);
      return;
    }
  }
  label.setText(`${words[0] ?? ''}…`);
}
