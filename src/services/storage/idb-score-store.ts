import type { IDBPObjectStore } from 'idb';
import { mergeRecords } from '../../core/leaderboard/merge-records';
import { type RecordCheck, readScoreRecord, type ScoreRecord } from '../../core/leaderboard/score-record';
import type { ScoreStore, SkippedRecord, StoredScores } from '../../core/leaderboard/score-store';
import { createBrowserKeyValueStore } from '../browser-key-value-store';
import { createPendingScores, type PendingScores } from './pending-scores';
import type { QantarDatabase, QantarSchema } from './qantar-database';
import { withConnection } from './with-connection';

type ScoresObjectStore = IDBPObjectStore<QantarSchema, ['scores'], 'scores', IDBTransactionMode>;

function checkFetched(key: string, value: unknown): RecordCheck {
  const check = readScoreRecord(value);
  if (!check.ok)
    console.warn(
      `Qantar: the saved score "${key}" is damaged and was skipped (${JSON.stringify(check.problem)}).`,
    );
  return check;
}

/**
 * Scores in IndexedDB, one object per play under its own random id. No list is ever read, changed
 * and written back, so two tabs saving at the same moment both keep their score.
 */
export function createIdbScoreStore(
  database: QantarDatabase,
  pending: PendingScores = createPendingScores(createBrowserKeyValueStore()),
): ScoreStore {
  /**
   * Every entry already read and checked, by key. A play never changes under its id (a new play gets
   * a new id, an import adds only ids it lacks), so each reading fetches the keys alone, which shows
   * whatever another tab saved, imported or cleared, and reads and checks only the entries it has
   * not seen: with thousands of scores, cloning and checking them all made each opening slow.
   */
  let known = new Map<string, RecordCheck>();

  async function readStored(store: ScoresObjectStore): Promise<StoredScores> {
    // Another reading may replace `known` while this one waits; maps are never changed once kept.
    const seen = known;
    // On the first reading every value is needed: asked for with the keys, it comes in the same trip.
    const [keys, everything] = await Promise.all([
      store.getAllKeys(),
      seen.size === 0 ? store.getAll() : null,
    ]);
    const unread = keys.filter((key) => !seen.has(key));
    const fetched = new Map<string, unknown>();
    // Fetching one by one only pays while few entries are new.
    if (everything || unread.length > keys.length / 2) {
      const values = everything ?? (await store.getAll());
      for (const [index, key] of keys.entries()) fetched.set(key, values[index]);
    } else {
      await Promise.all(unread.map(async (key) => fetched.set(key, await store.get(key))));
    }
    const current = new Map<string, RecordCheck>();
    const records: ScoreRecord[] = [];
    const skipped: SkippedRecord[] = [];
    for (const key of keys) {
      const check = seen.get(key) ?? checkFetched(key, fetched.get(key));
      current.set(key, check);
      if (check.ok) records.push(check.record);
      else skipped.push({ key: String(key), problem: check.problem });
    }
    known = current;
    return { records, skipped };
  }

  /** Writes the scores still waiting (see PendingScores); they leave the list once on disk. */
  const flush = async (): Promise<void> => {
    const waiting = pending.all();
    if (waiting.length === 0) return;
    const written = await withConnection(database, 'saving the scores kept on this device', async (db) => {
      const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
      await Promise.all([...waiting.map((record) => tx.store.put(record)), tx.done]);
    });
    if (written.ok) pending.remove(waiting.map((record) => record.id));
  };
  // Closing the tab may cut a write short; what is still waiting gets one more try on the way out.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flush());

  return {
    save: async (record) => {
      // Kept at once, synchronously, before the slower disk write: nothing is lost if the page goes.
      pending.add(record);
      const result = await withConnection(database, 'saving a score', async (db) => {
        // "strict": the browser reports success only once the record has reached the disk.
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(record), tx.done]);
      });
      if (result.ok) {
        pending.remove([record.id]);
        await flush();
      }
      return result;
    },

    isPending: (id) => pending.has(id),
    takeLostNotice: () => database.takeLostNotice(),

    load: async () => {
      await flush();
      const loaded = await withConnection(database, 'reading the scores', async (db) => {
        const tx = db.transaction('scores', 'readonly');
        const [stored] = await Promise.all([readStored(tx.store), tx.done]);
        return stored;
      });
      if (!loaded.ok) return loaded;
      // Scores still waiting for the disk are shown too: the player made them.
      const ids = new Set(loaded.value.records.map((record) => record.id));
      const waiting = pending.all().filter((record) => !ids.has(record.id));
      return waiting.length === 0
        ? loaded
        : { ok: true, value: { ...loaded.value, records: [...loaded.value.records, ...waiting] } };
    },

    importRecords: (incoming) =>
      withConnection(database, 'importing scores', async (db) => {
        // Reading and adding in one transaction: a save from another tab cannot slip in between.
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        const merge = mergeRecords((await readStored(tx.store)).records, incoming);
        await Promise.all([...merge.added.map((record) => tx.store.put(record)), tx.done]);
        return { added: merge.added.length, duplicates: merge.duplicates };
      }),

    clear: () =>
      withConnection(database, 'clearing the scores', async (db) => {
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.clear(), tx.done]);
        // Cleared means cleared: a score still waiting for the disk would come back otherwise.
        pending.remove(pending.all().map((record) => record.id));
      }),
  };
}
