import type Phaser from 'phaser';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import type { Button, ButtonOptions } from '../../ui/button';
import { targetSize } from './timeline-layout';
import type { Rect } from './timeline-track';

/** What the header leaves: the room below it, and where the map goes (none when held upright). */
export interface TimelineHeader {
  readonly rest: Rect;
  readonly mapArea: Rect | null;
}

/**
 * The back button, the prompt and, in landscape, room for the map above the column; held upright,
 * the prompt beside the back button and no map, so the track keeps the room.
 */
export function drawTimelineHeader(
  scene: Phaser.Scene,
  addButton: (id: string, options: ButtonOptions) => Button,
  place: {
    readonly column: Rect;
    readonly gap: number;
    readonly portrait: boolean;
    readonly unit: number;
    readonly touch: boolean;
  },
  content: { readonly back: string; readonly prompt: string; readonly onBack: () => void },
): TimelineHeader {
  const { column, gap, portrait, unit: u } = place;
  const backHeight = targetSize(Math.round(44 * u), place.touch);
  const backWidth = Math.min(column.width, Math.round(150 * u));
  addButton('timeline.back', {
    x: column.x + backWidth / 2,
    y: column.y + backHeight / 2,
    width: backWidth,
    height: backHeight,
    label: `← ${content.back}`,
    fontSize: fontSize('small', u),
    onPress: content.onBack,
  });
  const promptX = portrait ? column.x + backWidth + gap : column.x;
  const promptY = portrait ? column.y : column.y + backHeight + Math.round(gap * 0.75);
  const prompt = scene.add.text(promptX, promptY, content.prompt, {
    fontFamily: FONT_FAMILY,
    fontSize: fontSize(portrait ? 'small' : 'body', u),
    fontStyle: 'bold',
    color: colours.text,
    // Lines break between words only: a word is never cut in two.
    wordWrap: { width: portrait ? column.width - backWidth - gap : column.width },
    resolution: window.devicePixelRatio || 1,
  });
  let y = Math.max(prompt.y + prompt.height, column.y + backHeight) + gap;
  const mapArea = portrait
    ? null
    : { x: column.x, y, width: column.width, height: Math.round(column.width * 0.58) };
  if (mapArea) y += mapArea.height + gap;
  return { rest: { x: column.x, y, width: column.width, height: column.y + column.height - y }, mapArea };
}
