import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdbScoreStore } from '../../../src/services/storage/idb-score-store';
import { createPendingScores } from '../../../src/services/storage/pending-scores';
import { DATABASE_VERSION, QantarDatabase } from '../../../src/services/storage/qantar-database';
import { storageProblemOf } from '../../../src/services/storage/storage-problem';
import { record } from '../leaderboard/record-fixtures';

/** Each test gets a browser of its own; each QantarDatabase stands for one tab. */
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** Scores waiting for the disk, kept where this test can see them (the page's localStorage). */
const waiting = () => {
  const values = new Map<string, string>();
  return createPendingScores({
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  });
};

function tab() {
  return createIdbScoreStore(new QantarDatabase({ openTimeoutMs: 1000 }), waiting());
}

describe('the score store', () => {
  it('keeps a saved score for the next visit', async () => {
    const saved = record({ playerName: 'Zoé' });
    expect(await tab().save(saved)).toEqual({ ok: true, value: undefined });
    expect(await tab().load()).toEqual({ ok: true, value: { records: [saved], skipped: [] } });
  });

  it('keeps both scores when two tabs save at the same moment', async () => {
    const [first, second] = [tab(), tab()];
    const a = record({ playerName: 'Tab A' });
    const b = record({ playerName: 'Tab B' });
    const results = await Promise.all([
      first.save(a),
      second.save(b),
      first.save(record()),
      second.save(record()),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const loaded = await tab().load();
    expect(loaded.ok && loaded.value.records.map((r) => r.playerName).sort()).toEqual([
      'Ana',
      'Ana',
      'Tab A',
      'Tab B',
    ]);
  });

  it('skips and reports a damaged entry while the others load', async () => {
    const good = record();
    await tab().save(good);
    const raw = await openDB('qantar', DATABASE_VERSION);
    await raw.put('scores', { id: 'damaged', format: 1, points: 'lots' });
    await raw.put('scores', { id: 'future', format: 7 });
    raw.close();
    const loaded = await tab().load();
    expect(loaded).toEqual({
      ok: true,
      value: {
        records: [good],
        skipped: [
          { key: 'damaged', problem: { code: 'invalidField', field: 'levelId' } },
          { key: 'future', problem: { code: 'unknownFormat', format: '7' } },
        ],
      },
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"damaged" is damaged'));
  });

  it('imports only what it does not have, and says how much', async () => {
    const store = tab();
    const known = record();
    await store.save(known);
    const fresh = record();
    expect(await store.importRecords([known, fresh, { ...fresh, id: 'same-play' }])).toEqual({
      ok: true,
      value: { added: 1, duplicates: 2 },
    });
    expect(await store.importRecords([known, fresh])).toEqual({
      ok: true,
      value: { added: 0, duplicates: 2 },
    });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.records).toHaveLength(2);
  });

  it('reads each score once per tab, and still sees what another tab saves, imports or clears', async () => {
    const [mine, other] = [tab(), tab()];
    const first = record();
    await mine.save(first);
    const before = await mine.load();
    const kept = before.ok ? before.value.records[0] : undefined;
    expect(kept).toEqual(first);

    const saved = record({ playerName: 'Other tab' });
    await other.save(saved);
    const imported = record({ playerName: 'Imported' });
    await other.importRecords([imported]);
    const after = await mine.load();
    expect(after.ok && after.value.records).toEqual(expect.arrayContaining([first, saved, imported]));
    expect(after.ok && after.value.records).toHaveLength(3);
    // The same object: read from the disk once, not cloned and checked again.
    expect(after.ok && after.value.records.find((r) => r.id === first.id)).toBe(kept);

    await other.clear();
    expect(await mine.load()).toEqual({ ok: true, value: { records: [], skipped: [] } });
    const again = record({ id: first.id, points: 900 });
    await other.save(again);
    const reloaded = await mine.load();
    expect(reloaded.ok && reloaded.value.records).toEqual([again]);
  });

  it('keeps reporting a damaged entry on every reading, and warns about it once', async () => {
    const store = tab();
    await store.save(record());
    const raw = await openDB('qantar', DATABASE_VERSION);
    await raw.put('scores', { id: 'damaged', format: 1, points: 'lots' });
    raw.close();
    const skipped = [{ key: 'damaged', problem: { code: 'invalidField', field: 'levelId' } }];
    for (let reading = 0; reading < 2; reading++) {
      const loaded = await store.load();
      expect(loaded.ok && loaded.value.skipped).toEqual(skipped);
      expect(loaded.ok && loaded.value.records).toHaveLength(1);
    }
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  it('clears every score', async () => {
    const store = tab();
    await store.save(record());
    expect((await store.clear()).ok).toBe(true);
    expect(await store.load()).toEqual({ ok: true, value: { records: [], skipped: [] } });
  });

  it('says scores cannot be kept when the browser has no IndexedDB, and never throws', async () => {
    // @ts-expect-error: a browser with IndexedDB disabled
    globalThis.indexedDB = undefined;
    const store = tab();
    expect(await store.save(record())).toEqual({ ok: false, problem: 'unavailable' });
    expect(await store.load()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await store.importRecords([record()])).toEqual({ ok: false, problem: 'unavailable' });
    expect(await store.clear()).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('says scores cannot be kept when the browser refuses the database, for the whole visit', async () => {
    const open = vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const store = tab();
    expect(await store.save(record())).toEqual({ ok: false, problem: 'unavailable' });
    open.mockRestore();
    expect(await store.load()).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('tries again after a passing failure', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('Disk is busy.', 'UnknownError');
    });
    const store = tab();
    expect(await store.save(record())).toEqual({ ok: false, problem: 'failed' });
    expect((await store.save(record())).ok).toBe(true);
  });

  it('lets go of its connection when another tab needs a newer version', async () => {
    const store = tab();
    await store.save(record());
    const newer = await openDB('qantar', DATABASE_VERSION + 1, {
      blocked: () => {
        throw new Error('the old tab blocked the upgrade');
      },
    });
    expect(newer.version).toBe(DATABASE_VERSION + 1);
    newer.close();
  });

  it('creates the current schema on a first visit and keeps data across openings', async () => {
    await tab().save(record({ id: 'kept' }));
    const raw = await openDB('qantar');
    expect(raw.version).toBe(DATABASE_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['drafts', 'review', 'scores']);
    raw.close();
    const loaded = await tab().load();
    expect(loaded.ok && loaded.value.records.map((r) => r.id)).toEqual(['kept']);
  });
});

describe('storage problems', () => {
  it('name a full device, a refusal, and anything else', () => {
    expect(storageProblemOf(new DOMException('quota', 'QuotaExceededError'))).toBe('full');
    expect(storageProblemOf(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(storageProblemOf(new DOMException('private mode', 'InvalidStateError'))).toBe('unavailable');
    expect(storageProblemOf(new DOMException('?', 'UnknownError'))).toBe('failed');
    expect(storageProblemOf('a string')).toBe('failed');
  });
});
