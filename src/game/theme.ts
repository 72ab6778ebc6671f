/** The look of the game in one place: an atlas, not an arcade (see STYLE.md). */
export const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';

export const colours = {
  background: 0x1d2b36,
  sea: 0x2b4050,
  panel: 0x24343f,
  panelBorder: 0x4a6272,
  card: 0xf4efe6,
  cardText: '#1d2b36',
  text: '#f4efe6',
  mutedText: '#b8c4cc',
  accent: 0xe69f00,
  accentText: '#e69f00',
  /** Okabe–Ito: right is blue, wrong is vermillion, partly right is orange; always with an icon and a word. */
  right: 0x0072b2,
  rightText: '#56b4e9',
  wrong: 0xd55e00,
  wrongText: '#f08c4a',
  partial: 0xe69f00,
  focus: 0xf0e442,
  button: 0x35505f,
  buttonHover: 0x44687a,
  buttonDisabled: 0x2a3a44,
  /** Behind a line that says something failed; the light text keeps a contrast above 7:1. */
  errorBackground: '#6b2d0c',
} as const;

/** The normal palette, kept so that high contrast can be turned off again. */
const normalColours = { ...colours };

/**
 * High contrast (display settings, src/game/a11y/): black ground, white text, a brighter accent and
 * focus, borders that stand out. Swapped into `colours` in place, so every screen drawn next uses it.
 */
export const highContrastColours: Readonly<Partial<Record<keyof typeof colours, number | string>>> = {
  background: 0x000000,
  sea: 0x0a1a26,
  panel: 0x000000,
  panelBorder: 0xffffff,
  card: 0xffffff,
  cardText: '#000000',
  text: '#ffffff',
  mutedText: '#e6e6e6',
  accent: 0xffb000,
  accentText: '#ffc640',
  focus: 0xffff00,
  button: 0x1a1a1a,
  buttonHover: 0x3a3a3a,
  buttonDisabled: 0x000000,
};

export function setHighContrast(on: boolean): void {
  Object.assign(colours, normalColours, on ? highContrastColours : {});
}

/** Larger text (display settings): every size from fontSize() is multiplied by it. */
let textScale = 1;

export function setTextScale(scale: number): void {
  textScale = scale;
}

/** The player's own choice of motion (display settings); null follows the system. */
let reducedMotionChoice: boolean | null = null;

export function setReducedMotion(choice: boolean | null): void {
  reducedMotionChoice = choice;
}

/**
 * One unit scales the whole interface with the window, so text stays readable from the back of a
 * classroom at 1280×720 and still fits a phone. Never below 0.75 (a phone in landscape).
 */
export function uiUnit(width: number, height: number): number {
  return Math.max(0.75, Math.min(width / 1280, height / 720, 1.6));
}

export const textSizes = {
  title: 64,
  heading: 34,
  body: 24,
  small: 20,
} as const;

export function fontSize(kind: keyof typeof textSizes, unit: number): string {
  return `${Math.round(textSizes[kind] * unit * textScale)}px`;
}

/** Whether the player asked the system for less motion; animations are then skipped. */
export function prefersReducedMotion(): boolean {
  if (reducedMotionChoice !== null) return reducedMotionChoice;
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
