import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';
import { chooseLanguage, rememberLanguage } from '../../../src/services/language-choice';

function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  };
}

describe('language choice', () => {
  const supported = ['en', 'fr', 'ru'];
  it('follows the browser on a first visit', () => {
    expect(chooseLanguage(memoryStore(), ['en-GB', 'fr'], supported)).toBe('en');
    expect(chooseLanguage(memoryStore(), ['de-DE', 'ru-RU'], supported)).toBe('ru');
  });
  it('falls back to French', () => {
    expect(chooseLanguage(memoryStore(), ['de-DE', 'es'], supported)).toBe('fr');
    expect(chooseLanguage(memoryStore(), [], supported)).toBe('fr');
  });
  it('remembers the player’s choice over the browser’s', () => {
    const store = memoryStore();
    rememberLanguage(store, 'en');
    expect(chooseLanguage(store, ['fr-FR'], supported)).toBe('en');
  });
  it('ignores a remembered language the game no longer has', () => {
    const store = memoryStore();
    store.set('language', 'xx');
    expect(chooseLanguage(store, ['en'], supported)).toBe('en');
  });
});
