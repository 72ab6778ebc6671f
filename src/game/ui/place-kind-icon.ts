import Phaser from 'phaser';
import type { PlaceKind } from '../../core/level/level-types';

/**
 * The small drawn icon of a place's kind on its card: a dot for a city, a star for a capital, a
 * dashed outline for a region, a flag for a country, waves for a sea, a marker for a site. Drawn
 * rather than typed so it never depends on an emoji font; it tells the kind, never the place.
 */
export function drawPlaceKindIcon(
  scene: Phaser.Scene,
  kind: PlaceKind,
  x: number,
  y: number,
  size: number,
  colour: number,
): Phaser.GameObjects.Graphics {
  const g = new Phaser.GameObjects.Graphics(scene, { x, y });
  const s = size / 2;
  const line = Math.max(2, size / 12);
  g.fillStyle(colour, 1);
  g.lineStyle(line, colour, 1);
  switch (kind) {
    case 'city':
      g.strokeCircle(0, 0, s * 0.75);
      g.fillCircle(0, 0, s * 0.35);
      break;
    case 'capital':
      g.strokeCircle(0, 0, s * 0.9);
      g.fillPoints(starPoints(s * 0.62, s * 0.26), true);
      break;
    case 'region': {
      // A dashed ring: an area without a hard edge.
      const dashes = 10;
      for (let i = 0; i < dashes; i++) {
        const start = (i / dashes) * Math.PI * 2;
        g.beginPath();
        g.arc(0, 0, s * 0.8, start, start + (Math.PI * 2) / dashes / 1.8);
        g.strokePath();
      }
      g.fillCircle(0, 0, s * 0.18);
      break;
    }
    case 'country':
      g.lineBetween(-s * 0.6, -s * 0.9, -s * 0.6, s * 0.9);
      g.fillRect(-s * 0.6, -s * 0.85, s * 1.3, s * 0.85);
      break;
    case 'sea':
      for (const dy of [-0.45, 0.05, 0.55]) {
        g.beginPath();
        g.moveTo(-s * 0.9, dy * s);
        for (let i = 1; i <= 8; i++)
          g.lineTo(-s * 0.9 + (i * s * 1.8) / 8, dy * s + (i % 2 === 0 ? 0 : -s * 0.22));
        g.strokePath();
      }
      break;
    case 'site':
      g.fillTriangle(-s * 0.7, s * 0.75, s * 0.7, s * 0.75, 0, -s * 0.85);
      break;
  }
  return g;
}

function starPoints(outer: number, inner: number): Phaser.Math.Vector2[] {
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(new Phaser.Math.Vector2(Math.cos(angle) * radius, Math.sin(angle) * radius));
  }
  return points;
}
