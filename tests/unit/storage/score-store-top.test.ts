import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Board, rankLevel } from '../../../src/core/leaderboard/ranking';
import type { ScoreRecord } from '../../../src/core/leaderboard/score-record';
import { createIdbScoreStore } from '../../../src/services/storage/idb-score-store';
import { createPendingScores } from '../../../src/services/storage/pending-scores';
import { BOARD_INDEX, DATABASE_VERSION, QantarDatabase } from '../../../src/services/storage/qantar-database';
import { record } from '../leaderboard/record-fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

function tab() {
  const values = new Map<string, string>();
  const pending = createPendingScores({
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  });
  return createIdbScoreStore(new QantarDatabase({ openTimeoutMs: 1000 }), pending);
}

const STANDARD_EASY: Board = { mode: 'standard', difficulty: 'easy', classroom: null };

async function seed(records: readonly ScoreRecord[]): Promise<void> {
  const store = tab();
  expect((await store.importRecords(records)).ok).toBe(true);
}

/** What a table of `limit` rows shows: ranks, ids and points, from the given records. */
function table(records: readonly ScoreRecord[], levelId: string, board: Board, limit: number) {
  return rankLevel(records, levelId, board)
    .slice(0, limit)
    .map((row) => [row.rank, row.record.id, row.record.points]);
}

describe('the top of each level, read through the board index', () => {
  it('shows the same rows as ranking every score, ties at the edge included, on every board', async () => {
    const all: ScoreRecord[] = [];
    for (let index = 0; index < 400; index++)
      all.push(
        record({
          id: `s${index}`,
          levelId: ['places', 'timeline', 'match'][index % 3],
          mode: index % 4 === 0 ? 'fair' : 'standard',
          difficulty: index % 5 === 0 ? 'hard' : 'easy',
          points: (index * 37) % 50,
          finishedAt: 1_700_000_000_000 + ((index * 7_919) % 1_000),
          ...(index % 6 === 0 ? { classroom: `class-${index % 4}` } : {}),
        }),
      );
    await seed(all);
    const boards: Board[] = [
      STANDARD_EASY,
      { mode: 'fair', difficulty: 'hard', classroom: null },
      { mode: 'standard', difficulty: 'easy', classroom: 'class-2' },
    ];
    for (const board of boards) {
      const tops = await tab().topOfLevels!(board, 10);
      expect(tops.ok).toBe(true);
      if (!tops.ok) continue;
      for (const levelId of ['places', 'timeline', 'match']) {
        const expected = table(all, levelId, board, 10);
        expect(table(tops.value.get(levelId) ?? [], levelId, board, 10)).toEqual(expected);
      }
    }
  });

  it('reads far fewer records than it keeps', async () => {
    const all = Array.from({ length: 2_000 }, (_, index) =>
      record({ id: `s${index}`, levelId: `level-${index % 4}`, points: index % 997 }),
    );
    await seed(all);
    const tops = await tab().topOfLevels!(STANDARD_EASY, 10);
    expect(tops.ok && [...tops.value].map(([levelId, rows]) => [levelId, rows.length])).toEqual([
      ['level-0', 10],
      ['level-1', 10],
      ['level-2', 10],
      ['level-3', 10],
    ]);
  });

  it('skips a damaged entry that the index holds, warns, and still fills the table', async () => {
    const good = [record({ id: 'a', points: 300 }), record({ id: 'b', points: 200 })];
    await seed(good);
    const raw = await openDB('qantar', DATABASE_VERSION);
    // Has every indexed field, with the highest points, but is not a valid record.
    await raw.put('scores', {
      id: 'damaged',
      format: 1,
      levelId: 'places',
      mode: 'standard',
      difficulty: 'easy',
      points: 9_999,
    });
    // Lacks the indexed fields: the index leaves it out; load() still reports it.
    await raw.put('scores', { id: 'broken', format: 1 });
    raw.close();
    const tops = await tab().topOfLevels!(STANDARD_EASY, 10);
    expect(tops.ok && tops.value.get('places')?.map((r) => r.id)).toEqual(['a', 'b']);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"damaged" is damaged'));
    const loaded = await tab().load();
    expect(loaded.ok && loaded.value.skipped.map((entry) => entry.key).sort()).toEqual(['broken', 'damaged']);
  });
});

describe('the migration to version 3', () => {
  it('indexes the scores a version 2 database already holds, and keeps its drafts', async () => {
    const old = await openDB('qantar', 2, {
      upgrade(db) {
        db.createObjectStore('scores', { keyPath: 'id' });
        db.createObjectStore('review', { keyPath: 'key' });
        db.createObjectStore('drafts', { keyPath: 'id' });
      },
    });
    await old.put('scores', record({ id: 'old-best', points: 900 }));
    await old.put('scores', record({ id: 'old', points: 100 }));
    await old.put('drafts', { id: 'draft-1', title: 'Mine' });
    old.close();

    const tops = await tab().topOfLevels!(STANDARD_EASY, 10);
    expect(tops.ok && tops.value.get('places')?.map((r) => r.id)).toEqual(['old-best', 'old']);
    const raw = await openDB('qantar');
    expect(raw.version).toBe(3);
    expect([...raw.transaction('scores').store.indexNames]).toContain(BOARD_INDEX);
    expect(await raw.get('drafts', 'draft-1')).toEqual({ id: 'draft-1', title: 'Mine' });
    raw.close();
  });

  it('builds every version in order from an empty device', async () => {
    await tab().save(record({ id: 'first' }));
    const raw = await openDB('qantar');
    expect(raw.version).toBe(DATABASE_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['drafts', 'review', 'scores']);
    raw.close();
  });
});
