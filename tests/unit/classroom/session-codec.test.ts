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

  it('names the field at fault as it always did, one damage at a time', () => {
    const cases: [string, (raw: Record<string, any>) => void][] = [
      ['settings', (raw) => delete raw.settings],
      ['settings.timeLimitSeconds', (raw) => (raw.settings.timeLimitSeconds = 1.5)],
      ['settings.language', (raw) => (raw.settings.language = '')],
      ['participants.name', (raw) => (raw.participants[0].name = 'x'.repeat(201))],
      ['participants', (raw) => (raw.participants[1].id = raw.participants[0].id)],
      ['steps.kind', (raw) => (raw.steps[0].kind = 'quiz')],
      ['answers.attemptId', (raw) => delete raw.answers[0].attemptId],
      ['answers.result.kind', (raw) => (raw.answers[0].result.kind = 'quiz')],
      ['answers.result.items.points', (raw) => (raw.answers[0].result.items[0].maxPoints = -1)],
      ['answers.result.items.distanceKm', (raw) => (raw.answers[0].result.items[0].distanceKm = '3 km')],
      ['skips', (raw) => (raw.skips = [{ participantId: raw.participants[0].id, step: 99 }])],
      ['live', (raw) => (raw.live = { openedSteps: 0 })],
      ['reviewedSteps', (raw) => (raw.reviewedSteps = Number.MAX_SAFE_INTEGER + 2)],
    ];
    for (const [field, damage] of cases) {
      const raw = stored();
      damage(raw);
      expect(readClassroomSession(raw), field).toEqual({
        ok: false,
        problem: { code: 'invalidField', field },
      });
    }
  });

  it('counts a text’s length in UTF-16 units, as it always did', () => {
    const raw = stored();
    raw.name = '😀'.repeat(100);
    expect(readClassroomSession(raw).ok).toBe(true);
    raw.name = '😀'.repeat(101);
    expect(readClassroomSession(raw)).toEqual({
      ok: false,
      problem: { code: 'invalidField', field: 'name' },
    });
  });

  it('drops what a later version added, and reads the rest', () => {
    const clean = stored();
    const raw = structuredClone(clean);
    raw.mood = 'sunny';
    raw.answers[0].result.items[0].colour = 'green';
    const check = readClassroomSession(raw);
    expect(check).toEqual({ ok: true, session: clean });
    expect(check.ok && 'mood' in check.session).toBe(false);
  });
});
