import Phaser from 'phaser';
import { colours, FONT_FAMILY } from '../../theme';

/** Okabe–Ito colours for the bins, away from the blue and vermillion that mean right and wrong. */
const BIN_COLOURS = [0x56b4e9, 0xe69f00, 0x009e73, 0xcc79a7, 0xf0e442, 0xf4efe6] as const;
const SHAPES = ['circle', 'triangle', 'square', 'diamond', 'hexagon', 'star'] as const;

/** The letter of a bin ("A", "B"…), written on its symbol and said by its tag. */
export function binLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26));
}

export function binColour(index: number): number {
  return BIN_COLOURS[index % BIN_COLOURS.length] ?? BIN_COLOURS[0];
}

/**
 * A bin's mark: a shape of its own, its colour and its letter, so a sorted item (on a card or on
 * the map) says where it went without relying on colour. Its (x, y) is its centre.
 */
export class BinSymbol extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, index: number, x: number, y: number, size: number) {
    super(scene, x, y);
    const g = scene.add.graphics();
    const r = size / 2;
    g.fillStyle(binColour(index), 1);
    g.lineStyle(Math.max(1.5, size / 14), colours.background, 1);
    const shape = SHAPES[index % SHAPES.length] ?? 'circle';
    if (shape === 'circle') {
      g.fillCircle(0, 0, r);
      g.strokeCircle(0, 0, r);
    } else if (shape === 'square') {
      g.fillRect(-r * 0.88, -r * 0.88, r * 1.76, r * 1.76);
      g.strokeRect(-r * 0.88, -r * 0.88, r * 1.76, r * 1.76);
    } else {
      const points = polygon(shape, r);
      g.fillPoints(points, true);
      g.strokePoints(points, true);
    }
    const letter = scene.add
      .text(0, shape === 'triangle' ? r * 0.22 : 0, binLetter(index), {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.max(9, Math.round(size * (shape === 'triangle' ? 0.42 : 0.55)))}px`,
        fontStyle: 'bold',
        color: colours.cardText,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    this.add([g, letter]);
    this.setSize(size, size);
    scene.add.existing(this);
  }
}

function polygon(shape: 'triangle' | 'diamond' | 'hexagon' | 'star', r: number): Phaser.Math.Vector2[] {
  const corners = { triangle: 3, diamond: 4, hexagon: 6, star: 10 }[shape];
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < corners; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / corners;
    const radius = shape === 'star' && i % 2 === 1 ? r * 0.5 : shape === 'triangle' ? r * 1.1 : r;
    points.push(
      new Phaser.Math.Vector2(
        Math.cos(angle) * radius,
        Math.sin(angle) * radius + (shape === 'triangle' ? r * 0.15 : 0),
      ),
    );
  }
  return points;
}
