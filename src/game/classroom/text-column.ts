import type Phaser from 'phaser';
import type { ScreenRect } from '../../core/geo/lon-lat';
import { FONT_FAMILY } from '../theme';

export interface TextPart {
  readonly text: string;
  readonly colour: string;
  /** Relative to the column's body size. */
  readonly scale: number;
  readonly bold?: boolean;
}

/** Below this the column stops shrinking and lets the last lines go: nobody reads 11px on a wall. */
const SMALLEST_PX = 14;

/**
 * Lines of text down a rectangle, at the largest size (up to `bodyPx`) at which they all fit, so
 * a long fact is set smaller rather than run off the screen.
 */
export function drawTextColumn(
  scene: Phaser.Scene,
  rect: ScreenRect,
  bodyPx: number,
  parts: readonly TextPart[],
): Phaser.GameObjects.Text[] {
  let texts: Phaser.GameObjects.Text[] = [];
  for (let px = Math.round(bodyPx); px >= SMALLEST_PX; px -= 1) {
    for (const text of texts) text.destroy();
    texts = [];
    let y = rect.y;
    for (const part of parts) {
      const size = Math.max(SMALLEST_PX, Math.round(px * part.scale));
      const text = scene.add.text(rect.x, y, part.text, {
        fontFamily: FONT_FAMILY,
        fontSize: `${size}px`,
        fontStyle: part.bold ? 'bold' : 'normal',
        color: part.colour,
        wordWrap: { width: rect.width, useAdvancedWrap: true },
        lineSpacing: Math.round(size * 0.15),
        resolution: window.devicePixelRatio || 1,
      });
      texts.push(text);
      y += text.height + Math.round(size * 0.4);
    }
    if (y <= rect.y + rect.height) break;
  }
  return texts;
}
