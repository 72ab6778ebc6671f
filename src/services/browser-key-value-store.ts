import type { KeyValueStore } from '../core/ports/key-value-store';

/**
 * localStorage for small settings. Browsers throw when storage is disabled or full; the game then
 * keeps playing with defaults, and says why once in the console.
 */
export function createBrowserKeyValueStore(prefix = 'qantar.'): KeyValueStore {
  let warned = false;
  const warnOnce = (error: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(
      'Qantar: settings cannot be kept on this device (storage unavailable); defaults are used.',
      error,
    );
  };
  return {
    get(key) {
      try {
        return window.localStorage.getItem(prefix + key);
      } catch (error) {
        warnOnce(error);
        return null;
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(prefix + key, value);
        return true;
      } catch (error) {
        warnOnce(error);
        return false;
      }
    },
  };
}
