import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionReducer } from '../../../src/core/classroom/session-reducer';
import { createIdbClassroomStore } from '../../../src/services/classroom-store';
import {
  CLASSROOM_DATABASE_NAME,
  CLASSROOM_DATABASE_VERSION,
} from '../../../src/services/classroom-store-database';
import { answerNow, newSession, T0 } from './classroom-fixtures';

/** Each test gets a browser of its own; each store stands for one tab. */
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const tab = () => createIdbClassroomStore({ openTimeoutMs: 1000 });

describe('the classroom store', () => {
  it('keeps a session answer by answer, in a database of its own', async () => {
    const session = newSession();
    expect(await tab().save(session)).toEqual({ ok: true, value: undefined });
    const answered = sessionReducer(session, answerNow(session));
    await tab().save(answered);
    expect(await tab().load(session.id)).toEqual({ ok: true, value: answered });
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).toEqual([CLASSROOM_DATABASE_NAME]);
  });

  it('lists the sessions most recently changed first, and deletes one', async () => {
    const older = newSession();
    const newer = { ...newSession(), id: 'session-2', updatedAt: T0 + 10 };
    await tab().save(older);
    await tab().save(newer);
    const listed = await tab().list();
    expect(listed.ok && listed.value.sessions.map((session) => session.id)).toEqual([
      'session-2',
      'session-1',
    ]);
    await tab().remove('session-2');
    const after = await tab().list();
    expect(after.ok && after.value.sessions.map((session) => session.id)).toEqual(['session-1']);
    expect(await tab().load('session-2')).toEqual({ ok: true, value: null });
  });

  it('lists a damaged session as such while the others still open', async () => {
    await tab().save(newSession());
    const raw = await openDB(CLASSROOM_DATABASE_NAME, CLASSROOM_DATABASE_VERSION);
    await raw.put('sessions', { id: 'broken', format: 1, name: 42 });
    raw.close();
    const listed = await tab().list();
    expect(listed.ok && listed.value.sessions.map((session) => session.id)).toEqual(['session-1']);
    expect(listed.ok && listed.value.damaged).toEqual([
      { key: 'broken', problem: { code: 'invalidField', field: 'participants' } },
    ]);
  });

  it('says when there is no IndexedDB at all, without throwing', async () => {
    // @ts-expect-error: a browser with storage disabled
    globalThis.indexedDB = undefined;
    expect(await tab().list()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await tab().save(newSession())).toEqual({ ok: false, problem: 'unavailable' });
  });
});
