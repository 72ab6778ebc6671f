import { describe, expect, it } from 'vitest';
import { readClassroomSession } from '../../../src/core/classroom/session-codec';
import { newSession, playThrough } from './classroom-fixtures';

const stored = () => JSON.parse(JSON.stringify(playThrough(newSession()))) as Record<string, any>;

describe('reading a saved session', () => {
  it('reads back exactly what was saved', () => {
    const session = playThrough(newSession());
    expect(readClassroomSession(JSON.parse(JSON.stringify(session)))).toEqual({ ok: true, session });
  });

  it('keeps a place guess as [lon, lat]', () => {
    const raw = stored();
    raw.answers[0].result.items[0].guessLonLat = [76.9, 43.2];
    const check = readClassroomSession(raw);
    expect(check.ok && check.session.answers[0]?.result.items[0]?.guessLonLat).toEqual([76.9, 43.2]);
  });

  it('refuses a format it does not know, and names the damaged field', () => {
    expect(readClassroomSession({ ...stored(), format: 99 })).toEqual({
      ok: false,
      problem: { code: 'unknownFormat', format: '99' },
    });
    expect(readClassroomSession(null)).toEqual({ ok: false, problem: { code: 'notAnObject' } });
    const cases: [string, (raw: Record<string, any>) => void][] = [
      ['participants', (raw) => (raw.participants = [])],
      ['answers', (raw) => (raw.answers[0].participantId = 'nobody')],
      ['answers.result.items.points', (raw) => (raw.answers[0].result.items[0].points = 900)],
      ['answers.result.items.guessLonLat', (raw) => (raw.answers[0].result.items[0].guessLonLat = [200, 0])],
      ['settings.turnMode', (raw) => (raw.settings.turnMode = 'chaos')],
      ['endedAt', (raw) => (raw.endedAt = -1)],
    ];
    for (const [field, damage] of cases) {
      const raw = stored();
      damage(raw);
      expect(readClassroomSession(raw)).toEqual({ ok: false, problem: { code: 'invalidField', field } });
    }
  });
});
