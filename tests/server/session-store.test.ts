import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSessionStore, type SavedRoom } from '../../server/session-store';
import { createLiveSession } from '../../src/core/live/live-session';
import { SETUP, tempDir } from './live-fixtures';

function record(code: string, name: string): SavedRoom {
  const live = createLiveSession({ ...SETUP, className: name, playlist: ['x'] }, [level()], {
    id: code,
    now: 1,
  });
  if (!live.ok) throw new Error(JSON.stringify(live.problems));
  return {
    format: 1,
    code,
    hostTokenHash: 'a'.repeat(64),
    seats: {},
    levels: [level()],
    session: live.session,
  };
}

function level() {
  return {
    formatVersion: 1 as const,
    id: 'x',
    chapter: 1,
    order: 1,
    title: 'x.title',
    articles: {},
    map: { projection: 'equirectangular' as const, bbox: [0, 0, 1, 1] as const },
    stars: [0.4, 0.6, 0.8] as const,
    challenges: [
      {
        kind: 'timeline' as const,
        id: 'days',
        prompt: 'x.prompt',
        items: [],
      },
    ],
  };
}

describe('the session store', () => {
  it('keeps the last of many quick saves, whole, and never leaves a temporary file', async () => {
    const directory = tempDir();
    const store = fileSessionStore(directory);
    await Promise.all(
      Array.from({ length: 50 }, (_, index) => store.save(record('ROOM01', `Class ${index}`))),
    );
    expect(readdirSync(directory)).toEqual(['ROOM01.json']);
    const saved = JSON.parse(readFileSync(join(directory, 'ROOM01.json'), 'utf8')) as SavedRoom;
    expect(saved.session.name).toBe('Class 49');
    const [loaded] = await store.loadAll();
    expect(loaded?.session).toEqual(record('ROOM01', 'Class 49').session);
  });

  it('leaves a damaged file where it is and reads the others', async () => {
    const directory = tempDir();
    const store = fileSessionStore(directory);
    await store.save(record('GOOD22', 'A'));
    writeFileSync(join(directory, 'HALF33.json'), '{"format":1,"code":"HALF33","sess');
    writeFileSync(join(directory, 'ODD444.json'), JSON.stringify({ ...record('ODD444', 'B'), seats: 3 }));
    const rooms = await store.loadAll();
    expect(rooms.map((room) => room.code)).toEqual(['GOOD22']);
    expect(readdirSync(directory).sort()).toEqual(['GOOD22.json', 'HALF33.json', 'ODD444.json']);
  });
});
