import type Phaser from 'phaser';
import type { ChallengeKind } from '../../core/level/level-types';

/**
 * The small drawn icon of a challenge kind: a map pin, a time line, two linked cards.
 * Drawn rather than typed so it never depends on an emoji font.
 */
export function drawKindIcon(
  scene: Phaser.Scene,
  kind: ChallengeKind,
  x: number,
  y: number,
  size: number,
  colour: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics({ x, y });
  const s = size / 2;
  g.fillStyle(colour, 1);
  g.lineStyle(Math.max(2, size / 12), colour, 1);
  switch (kind) {
    case 'place':
      g.fillCircle(0, -s * 0.3, s * 0.55);
      g.fillTriangle(-s * 0.45, -s * 0.05, s * 0.45, -s * 0.05, 0, s * 0.9);
      g.fillStyle(0x1d2b36, 1);
      g.fillCircle(0, -s * 0.3, s * 0.22);
      break;
    case 'timeline':
      g.lineBetween(-s * 0.9, 0, s * 0.9, 0);
      for (const dx of [-0.6, 0, 0.6]) g.fillCircle(dx * s, 0, s * 0.2);
      g.lineBetween(-s * 0.6, -s * 0.5, -s * 0.6, -s * 0.2);
      g.lineBetween(s * 0.6, s * 0.2, s * 0.6, s * 0.5);
      break;
    case 'match':
      g.strokeRect(-s * 0.9, -s * 0.7, s * 0.7, s * 0.5);
      g.strokeRect(s * 0.2, s * 0.2, s * 0.7, s * 0.5);
      g.lineBetween(-s * 0.2, -s * 0.45, s * 0.2, s * 0.45);
      break;
  }
  return g;
}
