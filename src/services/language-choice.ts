import type { KeyValueStore } from '../core/ports/key-value-store';

export const FALLBACK_LANGUAGE = 'fr';
const LANGUAGE_KEY = 'language';

/**
 * The saved choice wins; a first visit follows the browser's preferred languages; French otherwise.
 */
export function chooseLanguage(
  store: KeyValueStore,
  browserLanguages: readonly string[],
  supported: readonly string[],
): string {
  const saved = store.get(LANGUAGE_KEY);
  if (saved && supported.includes(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (supported.includes(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

export function rememberLanguage(store: KeyValueStore, language: string): void {
  store.set(LANGUAGE_KEY, language);
}
