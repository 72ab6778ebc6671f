import { readScoreRecord, type ScoreRecord } from '../../core/leaderboard/score-record';
import type { KeyValueStore } from '../../core/ports/key-value-store';

const PENDING_KEY = 'pending-scores';

/**
 * Scores not yet confirmed by the database, kept in localStorage, which writes at once: a score
 * goes here the moment it is made, and leaves only once IndexedDB has it on disk. So a page closed
 * while "saving", a full disk, a database upgraded by another tab or deleted meanwhile never
 * loses it; the next opening of the scores writes it again (a put under its own id, so never twice).
 */
export interface PendingScores {
  /** Keeps a record (replacing one of the same id); false when localStorage refused too. */
  add(record: ScoreRecord): boolean;
  remove(ids: readonly string[]): void;
  all(): ScoreRecord[];
  has(id: string): boolean;
}

export function createPendingScores(store: KeyValueStore): PendingScores {
  const read = (): ScoreRecord[] => {
    const saved = store.get(PENDING_KEY);
    if (!saved) return [];
    try {
      const entries = JSON.parse(saved) as unknown;
      if (!Array.isArray(entries)) throw new Error('not a list');
      return entries.flatMap((entry) => {
        const check = readScoreRecord(entry);
        if (!check.ok)
          console.warn('Qantar: a score waiting to be saved is damaged and was dropped.', check.problem);
        return check.ok ? [check.record] : [];
      });
    } catch (error) {
      console.warn('Qantar: the scores waiting to be saved could not be read.', error);
      return [];
    }
  };
  const write = (records: readonly ScoreRecord[]) => store.set(PENDING_KEY, JSON.stringify(records));
  return {
    add: (record) => write([...read().filter((other) => other.id !== record.id), record]),
    remove(ids) {
      const gone = new Set(ids);
      const records = read();
      if (records.some((record) => gone.has(record.id)))
        write(records.filter((record) => !gone.has(record.id)));
    },
    all: read,
    has: (id) => read().some((record) => record.id === id),
  };
}
