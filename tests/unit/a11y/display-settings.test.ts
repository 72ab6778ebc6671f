import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';
import {
  DEFAULT_DISPLAY_SETTINGS,
  readDisplaySettings,
  writeDisplaySettings,
} from '../../../src/game/a11y/display-settings';

function memoryStore(refuse = false): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      if (refuse) return false;
      values.set(key, value);
      return true;
    },
  };
}

describe('display settings', () => {
  it('read back what was written', () => {
    const store = memoryStore();
    const chosen = { reducedMotion: true, textScale: 150, highContrast: true } as const;
    expect(writeDisplaySettings(store, chosen)).toBe(true);
    expect(readDisplaySettings(store)).toEqual(chosen);
    expect(writeDisplaySettings(store, { ...chosen, reducedMotion: null })).toBe(true);
    expect(readDisplaySettings(store).reducedMotion).toBeNull();
  });

  it('fall back to the defaults (motion as the system asks) on unreadable values', () => {
    const store = memoryStore();
    store.values.set('display.textScale', '400');
    store.values.set('display.highContrast', 'yes');
    store.values.set('display.reducedMotion', '1');
    expect(readDisplaySettings(store)).toEqual(DEFAULT_DISPLAY_SETTINGS);
  });

  it('say when the device would not keep them', () => {
    expect(writeDisplaySettings(memoryStore(true), DEFAULT_DISPLAY_SETTINGS)).toBe(false);
  });
});
