import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdbClassroomStore } from '../../../src/services/classroom-store';
import { CLASSROOM_DATABASE_NAME } from '../../../src/services/classroom-store-database';
import { createIdbScoreStore } from '../../../src/services/storage/idb-score-store';
import { createPendingScores } from '../../../src/services/storage/pending-scores';
import { QantarDatabase } from '../../../src/services/storage/qantar-database';
import { createDraftStore } from '../../../src/services/studio/draft-store';

/**
 * Records exactly as the game wrote them before the record schemas (scripts run on that commit's
 * code: a score of a class named with an emoji family, an unnamed player's score, a finished
 * three-pupil session, a studio draft of every kind of challenge). Frozen here: never regenerated.
 */
const WRITTEN: {
  scores: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  drafts: Record<string, unknown>[];
} = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'written-today.json'), 'utf8'));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** IndexedDB hands entries back in key order. */
const SCORES_BY_KEY = [...WRITTEN.scores].sort((a, b) => String(a.id).localeCompare(String(b.id)));

const noWaiting = () => createPendingScores({ get: () => null, set: () => true });

/** The game's database as that version created it: version 2, its three stores, nothing else. */
async function writeGameDatabase(version: 1 | 2, drafts = WRITTEN.drafts) {
  const db = await openDB('qantar', version, {
    upgrade(raw, oldVersion) {
      if (oldVersion < 1) {
        raw.createObjectStore('scores', { keyPath: 'id' });
        raw.createObjectStore('review', { keyPath: 'key' });
      }
      if (version >= 2) raw.createObjectStore('drafts', { keyPath: 'id' });
    },
  });
  for (const score of WRITTEN.scores) await db.put('scores', score);
  if (version >= 2) for (const draft of drafts) await db.put('drafts', draft);
  db.close();
}

async function writeClassroomDatabase(sessions: unknown[] = WRITTEN.sessions) {
  const db = await openDB(CLASSROOM_DATABASE_NAME, 1, {
    upgrade: (raw) => raw.createObjectStore('sessions', { keyPath: 'id' }),
  });
  for (const session of sessions) await db.put('sessions', session);
  db.close();
}

describe('a database written by the version before the record schemas', () => {
  it('gives back every score, session and draft unchanged', async () => {
    await writeGameDatabase(2);
    await writeClassroomDatabase();
    const database = new QantarDatabase({ openTimeoutMs: 1000 });

    const scores = await createIdbScoreStore(database, noWaiting()).load();
    expect(scores).toEqual({ ok: true, value: { records: SCORES_BY_KEY, skipped: [] } });

    const classroom = createIdbClassroomStore({ openTimeoutMs: 1000 });
    expect(await classroom.list()).toEqual({ ok: true, value: { sessions: WRITTEN.sessions, damaged: [] } });
    expect(await classroom.load(String(WRITTEN.sessions[0]?.id))).toEqual({
      ok: true,
      value: WRITTEN.sessions[0],
    });

    const drafts = createDraftStore(database);
    expect(await drafts.list()).toEqual({ ok: true, value: WRITTEN.drafts });
    expect(await drafts.load(String(WRITTEN.drafts[0]?.id))).toEqual({ ok: true, value: WRITTEN.drafts[0] });
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('upgrades a database from before the studio without losing a score', async () => {
    await writeGameDatabase(1);
    const database = new QantarDatabase({ openTimeoutMs: 1000 });
    expect(await createIdbScoreStore(database, noWaiting()).load()).toEqual({
      ok: true,
      value: { records: SCORES_BY_KEY, skipped: [] },
    });
    expect(await createDraftStore(database).list()).toEqual({ ok: true, value: [] });
  });

  it('still opens a draft whose number field the teacher emptied', async () => {
    const [stored] = WRITTEN.drafts as { draft: { stars: number[] } }[];
    const emptied = { ...stored, draft: { ...stored?.draft, stars: [Number.NaN, 0.65, 0.85] } };
    await writeGameDatabase(2, [emptied]);
    const loaded = await createDraftStore(new QantarDatabase()).load(String(WRITTEN.drafts[0]?.id));
    expect(loaded).toEqual({ ok: true, value: emptied });
  });
});

describe('a damaged saved record', () => {
  it('is skipped and reported while the others are read', async () => {
    const [draft] = WRITTEN.drafts as { draft: object }[];
    const broken = { ...draft, id: 'broken', draft: { ...draft?.draft, id: 7 } };
    await writeGameDatabase(2, [draft ?? {}, broken]);
    const [session] = WRITTEN.sessions;
    await writeClassroomDatabase([session, { ...session, id: 'half', settings: { turnMode: 'relay' } }]);

    const drafts = createDraftStore(new QantarDatabase());
    expect(await drafts.list()).toEqual({ ok: true, value: [draft] });
    expect(await drafts.load('broken')).toEqual({ ok: true, value: undefined });
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'the studio draft "broken" is damaged and was skipped ({"code":"invalidField","field":"draft.id"})',
      ),
    );

    const sessions = await createIdbClassroomStore().list();
    expect(sessions).toEqual({
      ok: true,
      value: {
        sessions: [session],
        damaged: [{ key: 'half', problem: { code: 'invalidField', field: 'settings.difficulty' } }],
      },
    });
  });
});

describe('every database of the game', () => {
  it('lets go when another tab needs a newer version of the classroom database', async () => {
    const classroom = createIdbClassroomStore({ openTimeoutMs: 1000 });
    await classroom.list();
    const newer = await openDB(CLASSROOM_DATABASE_NAME, 2, {
      blocked: () => {
        throw new Error('the old tab blocked the upgrade');
      },
    });
    expect(newer.version).toBe(2);
    newer.close();
  });

  it('says "blocked" when an older tab never lets go, and opens once it does', async () => {
    // A tab of the version before the studio, which does not close on a version change.
    const old = await openDB('qantar', 1, {
      upgrade: (raw) => {
        raw.createObjectStore('scores', { keyPath: 'id' });
        raw.createObjectStore('review', { keyPath: 'key' });
      },
    });
    const drafts = createDraftStore(new QantarDatabase({ openTimeoutMs: 50 }));
    expect(await drafts.list()).toEqual({ ok: false, problem: 'blocked' });
    old.close();
    expect(await drafts.list()).toEqual({ ok: true, value: [] });
  });
});
