import Phaser from 'phaser';
import { emblemLetters } from '../../../core/challenges/match/emblem-letters';
import type { ActorKind } from '../../../core/level/level-types';
import { hashString } from '../../../core/random/seeded-random';
import { colours, FONT_FAMILY } from '../../theme';

export interface EmblemSpec {
  readonly id: string;
  /** The actor's name (a content key): its abbreviation in the current language goes on the emblem. */
  readonly text: string;
  readonly actor?: ActorKind;
  readonly initials?: string;
  readonly country?: string;
}

/** Okabe–Ito colours and two neutrals: the emblems stay distinct for colour-blind players too. */
const EMBLEM_COLOURS = [
  0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0x56b4e9, 0xcc79a7, 0xf0e442, 0xf4efe6, 0x35505f,
] as const;

/**
 * A clean generated emblem instead of a photo: initials in a circle for a person, in a shield for
 * an organisation, flag-like bands with the ISO code for a country, a speech bubble for a
 * statement. Colours come from a hash of the id (the ISO code for a country), so an actor looks
 * the same in every level and two actors with the same initials still differ. Its (x, y) is its
 * centre.
 */
export class ActorEmblem extends Phaser.GameObjects.Container {
  constructor(
    scene: Phaser.Scene,
    t: (key: string) => string,
    spec: EmblemSpec,
    x: number,
    y: number,
    size: number,
  ) {
    super(scene, x, y);
    const kind = spec.actor ?? (spec.country ? 'country' : 'person');
    // A country looks the same wherever it appears; people and organisations each get their own colour.
    const hash = hashString(kind === 'country' ? (spec.country ?? spec.id) : spec.id);
    const fill = pick(hash);
    const g = scene.add.graphics();
    const r = size / 2;
    const outline = Math.max(1.5, size / 20);
    g.lineStyle(outline, colours.background, 0.9);
    let letters = emblemLetters(t(`content:${spec.text}`), spec.initials);
    let ink = inkOn(fill);
    switch (kind) {
      case 'person':
        g.fillStyle(fill, 1);
        g.fillCircle(0, 0, r);
        g.strokeCircle(0, 0, r);
        break;
      case 'organisation': {
        const shield = shieldPoints(r);
        g.fillStyle(fill, 1);
        g.fillPoints(shield, true);
        g.strokePoints(shield, true);
        break;
      }
      case 'country': {
        this.drawBands(g, hash, size);
        g.strokeRoundedRect(-r, -r * 0.72, size, r * 1.44, r * 0.18);
        letters = spec.country ?? letters;
        ink = colours.cardText;
        break;
      }
      case 'statement':
        g.fillStyle(fill, 1);
        g.fillRoundedRect(-r, -r * 0.8, size, r * 1.3, r * 0.3);
        g.fillTriangle(-r * 0.5, r * 0.45, -r * 0.05, r * 0.45, -r * 0.6, r);
        letters = '“ ”';
        break;
    }
    this.add(g);
    if (letters) this.addLetters(scene, letters, kind, size, ink);
    this.setSize(size, size);
    scene.add.existing(this);
  }

  /** Two or three bands, across or down, with a light plate behind the code so it stays legible. */
  private drawBands(g: Phaser.GameObjects.Graphics, hash: number, size: number): void {
    const r = size / 2;
    const height = r * 1.44;
    const count = 2 + (hash % 2);
    const vertical = ((hash >>> 3) & 1) === 1;
    const first = (hash >>> 5) % EMBLEM_COLOURS.length;
    for (let band = 0; band < count; band++) {
      g.fillStyle(pick(first + band * 3), 1);
      if (vertical) g.fillRect(-r + (size / count) * band, -height / 2, size / count + 0.5, height);
      else g.fillRect(-r, -height / 2 + (height / count) * band, size, height / count + 0.5);
    }
    g.fillStyle(colours.card, 0.9);
    g.fillRoundedRect(-r * 0.78, -r * 0.3, r * 1.56, r * 0.6, r * 0.12);
  }

  private addLetters(scene: Phaser.Scene, letters: string, kind: ActorKind, size: number, ink: string): void {
    const share = kind === 'country' ? 0.28 : letters.length >= 3 ? 0.3 : 0.4;
    const room = size * (kind === 'country' ? 0.74 : 0.8);
    const text = scene.add
      .text(0, kind === 'organisation' ? -size * 0.04 : kind === 'statement' ? -size * 0.08 : 0, letters, {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.max(9, Math.round(size * share))}px`,
        fontStyle: 'bold',
        color: ink,
        resolution: window.devicePixelRatio || 1,
      })
      .setOrigin(0.5);
    // A four- or five-letter abbreviation ("ОДКБ") is written smaller rather than cut.
    if (text.width > room) text.setScale(room / text.width);
    this.add(text);
  }
}

function shieldPoints(r: number): Phaser.Math.Vector2[] {
  const V = Phaser.Math.Vector2;
  return [
    new V(-r * 0.9, -r * 0.85),
    new V(r * 0.9, -r * 0.85),
    new V(r * 0.9, r * 0.05),
    new V(0, r),
    new V(-r * 0.9, r * 0.05),
  ];
}

function pick(index: number): number {
  return EMBLEM_COLOURS[index % EMBLEM_COLOURS.length] ?? EMBLEM_COLOURS[0];
}

/** Dark letters on light fills, light letters on dark ones. */
function inkOn(fill: number): string {
  const r = (fill >> 16) & 0xff;
  const g = (fill >> 8) & 0xff;
  const b = fill & 0xff;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? colours.cardText : '#ffffff';
}
