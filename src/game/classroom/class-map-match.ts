import type Phaser from 'phaser';
import type { ScreenRect } from '../../core/geo/lon-lat';
import { colours, FONT_FAMILY } from '../theme';

export interface TargetChip {
  /** The target's text, or "not linked". */
  readonly text: string;
  readonly count: number;
  readonly verdict: 'right' | 'wrong' | 'none';
}

export interface TargetRow {
  readonly label: string;
  /** Most chosen first; drawn with the right answer first. */
  readonly chips: readonly TargetChip[];
}

const CHIP = {
  right: { icon: '✓', fill: colours.right, text: '#ffffff' },
  wrong: { icon: '✗', fill: colours.wrong, text: colours.cardText },
  none: { icon: '–', fill: colours.button, text: '#ffffff' },
} as const;

/** Narrower than this, a chip would say too little to be worth shortening. */
const MIN_CHIP = 180;

function chipText(icon: string, text: string, count: number): string {
  return `${icon} ${text} ×${count}`;
}

/**
 * The spread of a match: one row per item, then the targets the class chose for it, each with how
 * many chose it, right or wrong said by an icon as well as the colour.
 */
export function drawMatchSpread(
  scene: Phaser.Scene,
  rect: ScreenRect,
  unit: number,
  rows: readonly TargetRow[],
  rowsPerPage: number,
): Phaser.GameObjects.GameObject[] {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const labelWidth = Math.round(rect.width * 0.32);
  const rowHeight = Math.min(Math.round(84 * unit), rect.height / Math.max(1, rowsPerPage));
  const chipHeight = Math.min(rowHeight - 10 * unit, 46 * unit);
  const gap = 10 * unit;
  const g = scene.add.graphics();
  objects.push(g);
  const text = (x: number, y: number, value: string, colour: string, bold = false) => {
    const object = scene.add
      .text(x, y, value, {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.round(18 * unit)}px`,
        fontStyle: bold ? 'bold' : 'normal',
        color: colour,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0, 0.5)
      .setDepth(1);
    objects.push(object);
    return object;
  };
  rows.forEach((row, index) => {
    const top = rect.y + index * rowHeight;
    const middle = top + rowHeight / 2;
    text(rect.x, middle, row.label, colours.text, true)
      .setWordWrapWidth(labelWidth - gap, true)
      .setMaxLines(2);
    g.lineStyle(1, colours.panelBorder, 1);
    g.lineBetween(rect.x, top + rowHeight, rect.x + rect.width, top + rowHeight);
    let x = rect.x + labelWidth;
    const right = rect.x + rect.width;
    // The right answer always shows, first, even when most of the class chose something else.
    const chips = [
      ...row.chips.filter((chip) => chip.verdict === 'right'),
      ...row.chips.filter((chip) => chip.verdict !== 'right'),
    ];
    for (const [chipIndex, chip] of chips.entries()) {
      const look = CHIP[chip.verdict];
      const more = chips.length - chipIndex - 1;
      const room = right - x - (more > 0 ? 60 * unit : 0) - 24 * unit;
      const label = text(x + 12 * unit, middle, chipText(look.icon, chip.text, chip.count), look.text, true);
      // A long target is shortened to fit; when even a short one would not, "+n" stands for the
      // rest, never for the right answer, which is shortened however little room is left.
      if (label.width > room && (room >= MIN_CHIP * unit || chip.verdict === 'right')) {
        let shown = chip.text;
        while (label.width > room && shown.length > 1) {
          shown = shown.slice(0, -2);
          label.setText(chipText(look.icon, `${shown.trimEnd()}…`, chip.count));
        }
      } else if (label.width > room) {
        label.setText(`+${more + 1}`).setColor(colours.text);
        break;
      }
      const width = label.width + 24 * unit;
      g.fillStyle(look.fill, 1);
      g.fillRoundedRect(x, middle - chipHeight / 2, width, chipHeight, Math.min(12, chipHeight / 3));
      x += width + gap;
    }
  });
  return objects;
}
