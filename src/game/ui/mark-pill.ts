import Phaser from 'phaser';
import type { ItemMark } from '../../core/challenges/match/match-rules';
import { colours, FONT_FAMILY } from '../theme';

const ICON: Record<ItemMark, string> = { right: '✓', wrong: '✗', unanswered: '–' };
const FILL: Record<ItemMark, number> = {
  right: colours.right,
  wrong: colours.wrong,
  unanswered: colours.buttonDisabled,
};

/**
 * The verdict on one link after a check: an icon and a word on a coloured pill, never the colour
 * alone. Its (x, y) is its centre; `width` tells the layout how much room it took.
 */
export class MarkPill extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, mark: ItemMark, word: string, x: number, y: number, fontPx: number) {
    super(scene, x, y);
    const text = scene.add
      .text(0, 0, `${ICON[mark]} ${word}`.trim(), {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.round(fontPx)}px`,
        fontStyle: 'bold',
        color: '#ffffff',
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    const width = text.width + fontPx;
    const height = text.height + fontPx * 0.3;
    const g = scene.add.graphics();
    g.fillStyle(FILL[mark], 1);
    g.fillRoundedRect(-width / 2, -height / 2, width, height, height / 2);
    this.add([g, text]);
    this.setSize(width, height);
    scene.add.existing(this);
  }
}
