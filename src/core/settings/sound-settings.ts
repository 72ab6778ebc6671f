/**
 * The remembered sound settings, kept as strings in a KeyValueStore. Anything unreadable (an old
 * format, a hand-edited value, a full or disabled storage) falls back to the defaults rather than
 * silencing the game or deafening the class.
 */
export interface SoundSettings {
  readonly muted: boolean;
  /** 0 to 1. */
  readonly volume: number;
}

export const SOUND_SETTING_KEYS = { muted: 'sound.muted', volume: 'sound.volume' } as const;

export const DEFAULT_SOUND_SETTINGS: SoundSettings = { muted: false, volume: 0.8 };

/** The − and + buttons move by this much. */
export const VOLUME_STEP = 0.1;

export function clampVolume(volume: number): number {
  if (Number.isNaN(volume)) return DEFAULT_SOUND_SETTINGS.volume;
  return Math.min(1, Math.max(0, volume));
}

export function parseMuted(stored: string | null): boolean {
  if (stored === 'true') return true;
  if (stored === 'false') return false;
  return DEFAULT_SOUND_SETTINGS.muted;
}

export function parseVolume(stored: string | null): number {
  // Number('') and Number(' ') are 0: an empty value must not mute the game.
  if (stored === null || stored.trim() === '') return DEFAULT_SOUND_SETTINGS.volume;
  const volume = Number(stored);
  return Number.isFinite(volume) ? clampVolume(volume) : DEFAULT_SOUND_SETTINGS.volume;
}

export function parseSoundSettings(muted: string | null, volume: string | null): SoundSettings {
  return { muted: parseMuted(muted), volume: parseVolume(volume) };
}

export function serializeMuted(muted: boolean): string {
  return muted ? 'true' : 'false';
}

/** Two decimals are plenty for a volume, and keep repeated steps from drifting (0.30000000000000004). */
export function serializeVolume(volume: number): string {
  return String(Math.round(clampVolume(volume) * 100) / 100);
}

/** One step up or down, landing on a multiple of the step so the display shows round percentages. */
export function stepVolume(volume: number, direction: 1 | -1): number {
  const steps = Math.round(clampVolume(volume) / VOLUME_STEP) + direction;
  return clampVolume(Math.round(steps * VOLUME_STEP * 100) / 100);
}
