import type { KeyValueStore } from '../../core/ports/key-value-store';

/**
 * The player's display settings, kept on the device: less motion, larger text, high contrast.
 * Anything unreadable (a hand-edited value, a storage that refuses) falls back to the default,
 * and for motion the default is what the system asks for (`prefers-reduced-motion`).
 */
export interface DisplaySettings {
  /** null: follow the system. */
  readonly reducedMotion: boolean | null;
  /** Text size in per cent of the normal size. */
  readonly textScale: TextScale;
  readonly highContrast: boolean;
}

export const TEXT_SCALES = [100, 125, 150] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

export const DISPLAY_SETTING_KEYS = {
  reducedMotion: 'display.reducedMotion',
  textScale: 'display.textScale',
  highContrast: 'display.highContrast',
} as const;

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  reducedMotion: null,
  textScale: 100,
  highContrast: false,
};

function parseFlag(stored: string | null): boolean | null {
  if (stored === 'true') return true;
  if (stored === 'false') return false;
  return null;
}

export function parseTextScale(stored: string | null): TextScale {
  return TEXT_SCALES.find((scale) => String(scale) === stored) ?? DEFAULT_DISPLAY_SETTINGS.textScale;
}

export function readDisplaySettings(store: KeyValueStore): DisplaySettings {
  return {
    reducedMotion: parseFlag(store.get(DISPLAY_SETTING_KEYS.reducedMotion)),
    textScale: parseTextScale(store.get(DISPLAY_SETTING_KEYS.textScale)),
    highContrast: parseFlag(store.get(DISPLAY_SETTING_KEYS.highContrast)) ?? false,
  };
}

/** Keeps the settings; false when the device would not keep one of them (they still apply now). */
export function writeDisplaySettings(store: KeyValueStore, settings: DisplaySettings): boolean {
  const results = [
    settings.reducedMotion === null
      ? store.set(DISPLAY_SETTING_KEYS.reducedMotion, 'system')
      : store.set(DISPLAY_SETTING_KEYS.reducedMotion, String(settings.reducedMotion)),
    store.set(DISPLAY_SETTING_KEYS.textScale, String(settings.textScale)),
    store.set(DISPLAY_SETTING_KEYS.highContrast, String(settings.highContrast)),
  ];
  return results.every(Boolean);
}
