import { LAND_TONES } from '../../core/geo/country-atlas';
import { colours } from '../theme';

/**
 * The atlas look (STYLE.md): a calm deep blue-grey sea, land in soft neutral stones, the countries
 * the level is about a touch warmer, thin light borders; Okabe–Ito colours for the marks.
 */
export const mapPalette = {
  sea: colours.sea,
  /** Neutral stones, one per tone of the atlas colouring, so neighbours differ a little. */
  land: [0xcfc9bb, 0xc4bfb0, 0xd8d2c5, 0xbcb8aa, 0xd3ccba] as const,
  /** The same stones warmed towards sand, for the countries a level highlights. */
  landWarm: [0xe4cf9f, 0xdbc592, 0xead8ac, 0xd4bd88, 0xe6d19a] as const,
  border: 0xf7f3ea,
  borderAlpha: 0.9,
  /** The country picked or asked about: the one accent colour of things the player acts on. */
  selected: colours.accent,
  label: '#3d4952',
  /** Okabe–Ito orange: the player's own pin. */
  guess: 0xe69f00,
  /** Okabe–Ito bluish green: where the place really is, and its full-points radius. */
  truth: 0x009e73,
  /** Okabe–Ito yellow, the focus colour: the keyboard crosshair. */
  cursor: colours.focus,
  /** Dark edging that keeps light marks visible on light land. */
  ink: 0x1d2b36,
  line: 0xf4efe6,
  tooltipText: colours.text,
  tooltipBackground: '#1d2b36e6',
  pinLabelBackground: '#1d2b36b3',
} as const;

export function landColour(tone: number, warm: boolean): number {
  const tones = warm ? mapPalette.landWarm : mapPalette.land;
  return tones[((tone % LAND_TONES) + LAND_TONES) % LAND_TONES] ?? mapPalette.land[0];
}
