import type Phaser from 'phaser';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import type { Button, ButtonOptions } from '../../ui/button';
import { targetSize } from './timeline-layout';
import type { Rect } from './timeline-track';

/** What the controls say and do, already translated. */
export interface TimelineControls {
  readonly checked: boolean;
  readonly showTrueOrder: boolean;
  /** After the check: the score line, and the swapped events named under it ('' for none). */
  readonly summary: string;
  readonly swaps: string;
  readonly t: (key: string) => string;
  readonly check: () => void;
  readonly dontKnow: () => void;
  readonly toggleOrder: () => void;
  readonly finish: () => void;
}

/**
 * The buttons at the foot of the column: "I don't know" and Check before the check, the order
 * toggle and Results after it, with the score and the swaps above them. Returns the y where they
 * begin, so the event panel can take the room above.
 */
export function drawTimelineControls(
  scene: Phaser.Scene,
  addButton: (id: string, options: ButtonOptions) => Button,
  area: Rect,
  unit: number,
  touch: boolean,
  controls: TimelineControls,
): number {
  const { x, width } = area;
  const gap = Math.round(12 * unit);
  const height = targetSize(Math.round(52 * unit), touch);
  const bottom = area.y + area.height;
  const half = (width - gap) / 2;
  const pair = (
    first: [string, ButtonOptions['label'], () => void],
    second: [string, string, () => void],
  ) => {
    const options = (label: string, onPress: () => void, at: number): ButtonOptions => ({
      x: at,
      y: bottom - height / 2,
      width: half,
      height,
      label,
      fontSize: fontSize('small', unit),
      onPress,
    });
    // The main action is made first, so the keyboard reaches it first after the cards.
    addButton(second[0], { ...options(second[1], second[2], x + width - half / 2), variant: 'primary' });
    addButton(first[0], { ...options(first[1], first[2], x + half / 2), pressed: controls.showTrueOrder });
  };
  if (!controls.checked) {
    pair(
      ['timeline.dontKnow', controls.t('timeline:dontKnow'), controls.dontKnow],
      ['timeline.check', `✓ ${controls.t('timeline:check')}`, controls.check],
    );
    return bottom - height;
  }
  pair(
    [
      'timeline.order',
      controls.t(controls.showTrueOrder ? 'timeline:showMyOrder' : 'timeline:showTrueOrder'),
      controls.toggleOrder,
    ],
    ['timeline.results', `${controls.t('timeline:results')} →`, controls.finish],
  );
  const style = (bold: boolean) => ({
    fontFamily: FONT_FAMILY,
    fontSize: fontSize('small', unit),
    fontStyle: bold ? 'bold' : 'normal',
    color: bold ? colours.accentText : colours.text,
    wordWrap: { width },
    resolution: window.devicePixelRatio || 1,
  });
  let top = bottom - height - Math.round(8 * unit);
  if (controls.swaps) {
    const swaps = scene.add.text(x, top, controls.swaps, style(false)).setOrigin(0, 1);
    // Set smaller rather than crowding out the event panel.
    let size = Number.parseInt(fontSize('small', unit), 10);
    while (swaps.height > area.height * 0.25 && size > 12) {
      size -= 1;
      swaps.setFontSize(size);
    }
    top = swaps.y - swaps.height - Math.round(6 * unit);
  }
  const summary = scene.add.text(x, top, controls.summary, style(true)).setOrigin(0, 1);
  return summary.y - summary.height;
}
