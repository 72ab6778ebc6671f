import type { StorageProblem, StorageResult } from '../../core/leaderboard/storage-result';
import type { LevelDraft } from '../../core/studio/level-draft';
import type { QantarDatabase } from '../storage/qantar-database';
import { storageProblemOf } from '../storage/storage-problem';

/** A draft as kept in the `drafts` store: `revision` goes up by one with every save. */
export interface StoredDraft {
  readonly id: string;
  readonly revision: number;
  readonly savedAt: number;
  readonly draft: LevelDraft;
}

/** A save refused because another tab saved the same draft since this one read it. */
export type SaveOutcome =
  | { readonly ok: true; readonly stored: StoredDraft }
  | { readonly ok: false; readonly conflict: StoredDraft }
  | { readonly ok: false; readonly conflict?: undefined; readonly problem: StorageProblem };

export interface DraftStore {
  list(): Promise<StorageResult<readonly StoredDraft[]>>;
  load(id: string): Promise<StorageResult<StoredDraft | undefined>>;
  /** Writes the draft if the stored one still has `basedOn` as its revision (0: a new draft). */
  save(id: string, draft: LevelDraft, basedOn: number, now: number): Promise<SaveOutcome>;
  remove(id: string): Promise<StorageResult<void>>;
}

/** The studio's drafts in the game's database, each save checked against the revision it started from. */
export function createDraftStore(database: QantarDatabase): DraftStore {
  const withDb = async <T>(
    work: (db: Awaited<ReturnType<QantarDatabase['open']>> & { ok: true }) => Promise<T>,
  ) => {
    const opened = await database.open();
    if (!opened.ok) return { ok: false as const, problem: opened.problem };
    try {
      return { ok: true as const, value: await work(opened) };
    } catch (error) {
      console.warn('Qantar: a studio draft could not be read or written.', error);
      return { ok: false as const, problem: storageProblemOf(error) };
    }
  };
  return {
    list: () =>
      withDb(async ({ value: db }) =>
        ((await db.getAll('drafts')) as StoredDraft[]).sort((a, b) => b.savedAt - a.savedAt),
      ),
    load: (id) => withDb(async ({ value: db }) => (await db.get('drafts', id)) as StoredDraft | undefined),
    async save(id, draft, basedOn, now) {
      const result = await withDb(async ({ value: db }) => {
        // One transaction reads and writes: two tabs saving at once cannot both pass the check.
        const transaction = db.transaction('drafts', 'readwrite');
        const current = (await transaction.store.get(id)) as StoredDraft | undefined;
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
      withDb(async ({ value: db }) => {
        await db.delete('drafts', id);
      }),
  };
}
