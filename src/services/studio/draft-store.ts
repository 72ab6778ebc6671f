import type { StorageProblem, StorageResult } from '../../core/leaderboard/storage-result';
import { readStoredDraft, type StoredDraft } from '../../core/records/stored-draft';
import type { LevelDraft } from '../../core/studio/level-draft';
import type { QantarDatabase } from '../storage/qantar-database';
import { withConnection } from '../storage/with-connection';

export type { StoredDraft } from '../../core/records/stored-draft';

/** A save refused because another tab saved the same draft since this one read it. */
export type SaveOutcome =
  | { readonly ok: true; readonly stored: StoredDraft }
  | { readonly ok: false; readonly conflict: StoredDraft }
  | { readonly ok: false; readonly conflict?: undefined; readonly problem: StorageProblem };

export interface DraftStore {
  list(): Promise<StorageResult<readonly StoredDraft[]>>;
  /** undefined when there is no such draft, or it is damaged. */
  load(id: string): Promise<StorageResult<StoredDraft | undefined>>;
  /** Writes the draft if the stored one still has `basedOn` as its revision (0: a new draft). */
  save(id: string, draft: LevelDraft, basedOn: number, now: number): Promise<SaveOutcome>;
  remove(id: string): Promise<StorageResult<void>>;
}

/** A draft read from the disk, or undefined (with the reason in the console) when it is damaged. */
function checked(key: string, value: unknown): StoredDraft | undefined {
  if (value === undefined) return undefined;
  const check = readStoredDraft(value);
  if (check.ok) return check.stored;
  console.warn(
    `Qantar: the studio draft "${key}" is damaged and was skipped (${JSON.stringify(check.problem)}).`,
  );
  return undefined;
}

/** The studio's drafts in the game's database, each save checked against the revision it started from. */
export function createDraftStore(database: QantarDatabase): DraftStore {
  return {
    list: () =>
      withConnection(database, 'reading the studio drafts', async (db) => {
        const tx = db.transaction('drafts', 'readonly');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
        return values
          .flatMap((value, index) => checked(String(keys[index]), value) ?? [])
          .sort((a, b) => b.savedAt - a.savedAt);
      }),
    load: (id) =>
      withConnection(database, 'reading a studio draft', async (db) =>
        checked(id, await db.get('drafts', id)),
      ),
    async save(id, draft, basedOn, now) {
      const result = await withConnection(database, 'saving a studio draft', async (db) => {
        // One transaction reads and writes: two tabs saving at once cannot both pass the check.
        const transaction = db.transaction('drafts', 'readwrite');
        // A damaged draft in the way is replaced: it could never be opened again.
        const current = checked(id, await transaction.store.get(id));
        if (current && current.revision !== basedOn) {
          await transaction.done;
          return { ok: false, conflict: current } satisfies SaveOutcome;
        }
        const stored: StoredDraft = { id, revision: basedOn + 1, savedAt: now, draft };
        await transaction.store.put(stored);
        await transaction.done;
        return { ok: true, stored } satisfies SaveOutcome;
      });
      return result.ok ? result.value : { ok: false, problem: result.problem };
    },
    remove: (id) =>
      withConnection(database, 'deleting a studio draft', async (db) => {
        await db.delete('drafts', id);
      }),
  };
}
