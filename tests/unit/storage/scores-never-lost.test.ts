import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readScoreRecord } from '../../../src/core/leaderboard/score-record';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';
import { createIdbScoreStore } from '../../../src/services/storage/idb-score-store';
import { createPendingScores } from '../../../src/services/storage/pending-scores';
import { DATABASE_VERSION, QantarDatabase } from '../../../src/services/storage/qantar-database';
import { record } from '../leaderboard/record-fixtures';

/**
 * A score is never lost: not when the page closes while it is written, not when the disk is full,
 * not when another tab upgrades or deletes the database. Each QantarDatabase stands for one tab;
 * the memory store stands for that browser's localStorage, shared by its tabs.
 */

function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  };
}

let local: KeyValueStore;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  local = memoryStore();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function tab(database = new QantarDatabase({ openTimeoutMs: 1000 })) {
  return createIdbScoreStore(database, createPendingScores(local));
}

describe('a score is never lost', () => {
  it('survives a page closed before the database confirmed the write', async () => {
    const kept = record({ playerName: 'Zoé' });
    // The write never completes: the tab goes away first.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The page is going away', 'AbortError');
    });
    const first = await tab().save(kept);
    expect(first.ok).toBe(false);
    put.mockRestore();
    // The next visit shows it, and writes it for good.
    expect(await tab().load()).toEqual({ ok: true, value: { records: [kept], skipped: [] } });
    expect(createPendingScores(local).all()).toEqual([]);
    const raw = await openDB('qantar', DATABASE_VERSION);
    expect(await raw.get('scores', kept.id)).toEqual(kept);
    raw.close();
  });

  it('keeps a score refused for a full disk, says it is kept, and writes it once there is room', async () => {
    const scores = tab();
    const kept = record();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await scores.save(kept)).toEqual({ ok: false, problem: 'full' });
    expect(scores.isPending?.(kept.id)).toBe(true);
    put.mockRestore();
    // The retry (the results screen tries again) succeeds once space is back.
    expect(await scores.save(kept)).toEqual({ ok: true, value: undefined });
    expect(scores.isPending?.(kept.id)).toBe(false);
    expect(await tab().load()).toEqual({ ok: true, value: { records: [kept], skipped: [] } });
  });

  it('lets another tab upgrade the database, then asks for a reload and keeps the next score meanwhile', async () => {
    const scores = tab();
    const before = record();
    expect((await scores.save(before)).ok).toBe(true);
    // Another tab, with a newer version of the game, upgrades while this connection is open: it is
    // not blocked, because this tab lets go.
    const newer = await openDB('qantar', DATABASE_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('newer-things'),
    });
    const next = record();
    expect(await scores.save(next)).toEqual({ ok: false, problem: 'outdated' });
    expect(scores.isPending?.(next.id)).toBe(true);
    // The reloaded (newer) page finds the score waiting and writes it.
    expect(createPendingScores(local).all()).toEqual([next]);
    expect(await newer.get('scores', before.id)).toEqual(before);
    newer.close();
  });

  it('says so when the database was deleted while the game used it, and saves the new score', async () => {
    const scores = tab();
    expect((await scores.save(record())).ok).toBe(true);
    expect(scores.takeLostNotice?.()).toBe(false);
    // Site data cleared from the browser's settings: the open connection is asked to close.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('qantar');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the open tab'));
    });
    const after = record();
    expect(await scores.save(after)).toEqual({ ok: true, value: undefined });
    expect(scores.takeLostNotice?.()).toBe(true);
    expect(scores.takeLostNotice?.()).toBe(false);
    expect(await scores.load()).toEqual({ ok: true, value: { records: [after], skipped: [] } });
  });

  it('forgets waiting scores too when the player clears the scores', async () => {
    const scores = tab();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await scores.save(record());
    put.mockRestore();
    expect((await scores.clear()).ok).toBe(true);
    expect(await scores.load()).toEqual({ ok: true, value: { records: [], skipped: [] } });
  });
});

describe('one name rule (graphemes) for players and classes', () => {
  const families = '👨‍👩‍👧‍👦'.repeat(30);

  it('reads back a score whose class is named with 30 emoji families (over 100 UTF-16 units)', () => {
    expect(families.length).toBeGreaterThan(100);
    const saved = record({ classroom: families, playerName: 'e\u0301'.normalize('NFC').repeat(30) });
    expect(readScoreRecord(JSON.parse(JSON.stringify(saved)))).toEqual({ ok: true, record: saved });
  });

  it('still refuses a class name past 30 characters', () => {
    expect(readScoreRecord(record({ classroom: `${families}👨‍👩‍👧‍👦` }))).toEqual({
      ok: false,
      problem: { code: 'invalidField', field: 'classroom' },
    });
  });
});
