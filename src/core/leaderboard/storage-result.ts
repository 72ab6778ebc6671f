/**
 * Why saved data could not be read or written. The game stays playable in every case; the screens
 * say which one it is.
 * - unavailable: no IndexedDB at all (disabled, some private modes, an old browser);
 * - blocked: another tab holds an older version of the database open and does not let go;
 * - full: the device's storage quota is exhausted;
 * - outdated: a newer version of the game, opened in another tab, upgraded the database: this page
 *   must be reloaded to use it;
 * - failed: anything else the browser reported.
 */
export type StorageProblem = 'unavailable' | 'blocked' | 'full' | 'outdated' | 'failed';

export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: StorageProblem };
