import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSessionFile, sessionFileText } from '../../../src/services/classroom-session-file';
import { createIdbClassroomStore } from '../../../src/services/classroom-store';
import { newSession, playThrough } from '../classroom/classroom-fixtures';

/** A teacher exports a session on one computer and imports it on another (a fresh IndexedDB). */
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('a classroom session as a file', () => {
  it('exports a finished session and imports it whole on another device', async () => {
    const played = playThrough(newSession(['Ana', 'Ben', '👨‍👩‍👧‍👦 Chloé']));
    const text = sessionFileText(played);
    const read = readSessionFile(text, () => undefined);
    expect(read).toEqual({ ok: true, session: played });
    const elsewhere = createIdbClassroomStore();
    expect((await elsewhere.save(played)).ok).toBe(true);
    const listed = await elsewhere.list();
    expect(listed.ok && listed.value.sessions).toEqual([played]);
  });

  it('refuses, with a reason, a file that is not JSON, of another kind, damaged, or already here', () => {
    const session = playThrough(newSession());
    const text = sessionFileText(session);
    expect(readSessionFile('{ "kind": ', () => undefined)).toEqual({
      ok: false,
      problem: { code: 'notJson' },
    });
    expect(readSessionFile(JSON.stringify({ formatVersion: 1, id: 'a-level' }), () => undefined)).toEqual({
      ok: false,
      problem: { code: 'notSessionFile' },
    });
    const damaged = JSON.parse(text);
    damaged.session.participants[0].name = 42;
    expect(readSessionFile(JSON.stringify(damaged), () => undefined)).toMatchObject({
      ok: false,
      problem: { code: 'damaged', field: expect.any(String) },
    });
    expect(readSessionFile(text, (id) => (id === session.id ? session : undefined))).toEqual({
      ok: false,
      problem: { code: 'alreadyHere', name: session.name },
    });
  });

  it('accepts a file saved with a byte order mark', () => {
    const session = newSession();
    expect(readSessionFile(`\uFEFF${sessionFileText(session)}`, () => undefined)).toEqual({
      ok: true,
      session,
    });
  });
});
