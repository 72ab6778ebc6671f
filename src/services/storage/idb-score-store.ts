import { mergeRecords } from '../../core/leaderboard/merge-records';
import { readScoreRecord, type ScoreRecord } from '../../core/leaderboard/score-record';
import type { ScoreStore, SkippedRecord, StoredScores } from '../../core/leaderboard/score-store';
import type { QantarDatabase } from './qantar-database';
import { withConnection } from './with-connection';

/**
 * Scores in IndexedDB, one object per play under its own random id. No list is ever read, changed
 * and written back, so two tabs saving at the same moment both keep their score.
 */
export function createIdbScoreStore(database: QantarDatabase): ScoreStore {
  function readAll(keys: readonly IDBValidKey[], values: readonly unknown[]): StoredScores {
    const records: ScoreRecord[] = [];
    const skipped: SkippedRecord[] = [];
    values.forEach((value, index) => {
      const check = readScoreRecord(value);
      if (check.ok) records.push(check.record);
      else skipped.push({ key: String(keys[index]), problem: check.problem });
    });
    return { records, skipped };
  }

  return {
    save: (record) =>
      withConnection(database, 'saving a score', async (db) => {
        // "strict": the browser reports success only once the record has reached the disk.
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(record), tx.done]);
      }),

    load: () =>
      withConnection(database, 'reading the scores', async (db) => {
        const tx = db.transaction('scores', 'readonly');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
        const stored = readAll(keys, values);
        for (const { key, problem } of stored.skipped)
          console.warn(
            `Qantar: the saved score "${key}" is damaged and was skipped (${JSON.stringify(problem)}).`,
          );
        return stored;
      }),

    importRecords: (incoming) =>
      withConnection(database, 'importing scores', async (db) => {
        // Reading and adding in one transaction: a save from another tab cannot slip in between.
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        const merge = mergeRecords(readAll(keys, values).records, incoming);
        await Promise.all([...merge.added.map((record) => tx.store.put(record)), tx.done]);
        return { added: merge.added.length, duplicates: merge.duplicates };
      }),

    clear: () =>
      withConnection(database, 'clearing the scores', async (db) => {
        const tx = db.transaction('scores', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.clear(), tx.done]);
      }),
  };
}
