import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classScores } from '../../../src/core/classroom/class-results';
import type { ClassroomSession } from '../../../src/core/classroom/classroom-session';
import { readClassroomSession } from '../../../src/core/classroom/session-codec';
import { answersAt, sessionPosition, stepsDone } from '../../../src/core/classroom/session-position';
import {
  liveNameCheck,
  type SessionAction,
  sessionReducer,
} from '../../../src/core/classroom/session-reducer';
import { createLiveSession, parseLiveSetup } from '../../../src/core/live/live-session';
import { LEVELS, resultFor, SETTINGS, T0 } from './classroom-fixtures';

const { turnMode: _mode, ...LIVE_SETTINGS } = SETTINGS;

function liveSession(timeLimitSeconds: number | null = null): ClassroomSession {
  const check = createLiveSession(
    { className: ' 4e  B ', playlist: ['first'], settings: { ...LIVE_SETTINGS, timeLimitSeconds } },
    [...LEVELS.values()],
    { id: 'live-1', now: T0 },
  );
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.session;
}

function run(session: ClassroomSession, ...actions: SessionAction[]): ClassroomSession {
  return actions.reduce(sessionReducer, session);
}

const join = (name: string, at = T0): SessionAction => ({ type: 'pupilJoined', at, name });

function answer(
  session: ClassroomSession,
  participantId: string,
  step: number,
  { at = T0 + 5000, right = true, timedOut = false } = {},
): SessionAction {
  return {
    type: 'answerRecorded',
    at,
    participantId,
    step,
    attemptId: `${participantId}-${step}-${at}`,
    startedAt: T0,
    timedOut,
    result: resultFor(session, step, right),
  };
}

/** Three pupils in, step 0 open. */
function playing(timeLimitSeconds: number | null = null): ClassroomSession {
  return run(liveSession(timeLimitSeconds), join('Ana'), join('Ben'), join('Chloé'), {
    type: 'stepOpened',
    at: T0 + 1000,
    step: 0,
  });
}

describe('a live session', () => {
  it('starts in the lobby, where pupils join with distinct names, and opens when the teacher starts', () => {
    const lobby = liveSession();
    expect(lobby.name).toBe('4e B');
    expect(sessionPosition(lobby)).toEqual({ phase: 'lobby' });
    expect(sessionReducer(lobby, { type: 'stepOpened', at: T0, step: 0 })).toBe(lobby);
    const joined = run(lobby, join('Ana'), join('Ben'));
    expect(joined.participants.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Ana'],
      ['p2', 'Ben'],
    ]);
    expect(liveNameCheck(joined, ' ANA ')).toEqual({ ok: false, problem: 'nameTaken' });
    expect(liveNameCheck(joined, '\u200b')).toEqual({ ok: false, problem: 'nameInvalid' });
    expect(sessionReducer(joined, join('ana'))).toBe(joined);
    const started = sessionReducer(joined, { type: 'stepOpened', at: T0 + 1000, step: 0 });
    expect(sessionPosition(started)).toMatchObject({ phase: 'play', step: 0, turnInStep: 0, turnsInStep: 2 });
  });

  it('takes answers in any order, one per pupil, and closes the step when the last pupil answers', () => {
    let session = playing();
    session = run(session, answer(session, 'p3', 0), answer(session, 'p1', 0, { right: false }));
    expect(sessionPosition(session)).toMatchObject({
      phase: 'play',
      step: 0,
      participantId: 'p2',
      turnInStep: 2,
    });
    const again = sessionReducer(session, answer(session, 'p1', 0, { at: T0 + 6000 }));
    expect(again).toBe(session);
    session = sessionReducer(session, answer(session, 'p2', 0));
    expect(sessionPosition(session)).toEqual({ phase: 'review', step: 0 });
    expect(answersAt(session, 0).map((entry) => entry.participantId)).toEqual(['p3', 'p1', 'p2']);
    expect(sessionReducer(session, answer(session, 'p2', 0, { at: T0 + 7000 }))).toBe(session);
  });

  it('refuses answers to another step, from a stranger, or after the deadline', () => {
    const session = playing(30);
    expect(session.live?.deadline).toBe(T0 + 1000 + 30_000);
    expect(sessionReducer(session, answer(session, 'p1', 1))).toBe(session);
    expect(sessionReducer(session, answer(session, 'p9', 0))).toBe(session);
    expect(sessionReducer(session, answer(session, 'p1', 0, { at: T0 + 31_001 }))).toBe(session);
    // What time running out scores (the answer so far) is recorded at the deadline.
    const timedOut = sessionReducer(session, answer(session, 'p1', 0, { at: T0 + 31_001, timedOut: true }));
    expect(answersAt(timedOut, 0)).toHaveLength(1);
  });

  it('goes review → scoreboard → next step, and ends once the last scoreboard is left', () => {
    let session = playing();
    session = run(session, { type: 'stepClosed', at: T0 + 2000, step: 0 });
    expect(sessionPosition(session)).toEqual({ phase: 'review', step: 0 });
    expect(sessionReducer(session, answer(session, 'p1', 0))).toBe(session);
    session = run(session, { type: 'reviewClosed', at: T0 + 3000, step: 0 });
    expect(sessionPosition(session)).toEqual({ phase: 'scoreboard', step: 0 });
    expect(stepsDone(session)).toBe(1);
    expect(sessionReducer(session, { type: 'stepOpened', at: T0, step: 2 })).toBe(session);
    for (let step = 1; step < session.steps.length; step++) {
      session = run(
        session,
        { type: 'stepOpened', at: T0 + 4000, step },
        { type: 'stepClosed', at: T0 + 5000, step },
        { type: 'reviewClosed', at: T0 + 6000, step },
      );
    }
    expect(sessionPosition(session)).toEqual({ phase: 'scoreboard', step: session.steps.length - 1 });
    session = sessionReducer(session, { type: 'ended', at: T0 + 9000 });
    expect(sessionPosition(session)).toEqual({ phase: 'finished' });
    expect(session.endedEarly).toBe(false);
    expect(sessionReducer(session, join('Dan'))).toBe(session);
  });

  it('keeps the time left while paused, and still takes answers then', () => {
    let session = playing(60);
    session = sessionReducer(session, { type: 'paused', at: T0 + 11_000 });
    expect(session.live).toMatchObject({ deadline: null, remainingMs: 50_000 });
    session = sessionReducer(session, answer(session, 'p1', 0, { at: T0 + 200_000 }));
    expect(answersAt(session, 0)).toHaveLength(1);
    session = sessionReducer(session, { type: 'resumed', at: T0 + 300_000 });
    expect(session.live).toMatchObject({ deadline: T0 + 350_000, remainingMs: null });
  });

  it('forgets a removed pupil and their answers; the step closes if everyone left has answered', () => {
    let session = playing();
    session = run(session, answer(session, 'p1', 0), answer(session, 'p2', 0));
    session = sessionReducer(session, { type: 'pupilRemoved', at: T0 + 6000, participantId: 'p2' });
    expect(session.participants.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(answersAt(session, 0).map((entry) => entry.participantId)).toEqual(['p1']);
    session = sessionReducer(session, { type: 'pupilRemoved', at: T0 + 6000, participantId: 'p3' });
    expect(sessionPosition(session)).toEqual({ phase: 'review', step: 0 });
    expect(sessionReducer(session, answer(session, 'p2', 0))).toBe(session);
    // A new pupil never takes a removed one's id, so an old seat cannot come back.
    expect(sessionReducer(session, join('Dan')).participants.at(-1)?.id).toBe('p4');
  });

  it('is scored by the class results as a one-device session is', () => {
    let session = playing();
    session = run(session, answer(session, 'p1', 0), answer(session, 'p2', 0, { right: false }));
    session = run(session, answer(session, 'p3', 0));
    const scores = classScores(session, LEVELS);
    expect(scores.map((score) => [score.participant.name, score.rank])).toEqual([
      ['Ana', 1],
      ['Chloé', 1],
      ['Ben', 3],
    ]);
  });
});

describe('a live setup from the network', () => {
  it('is read field by field, and anything else is refused', () => {
    const setup = { className: 'A', playlist: ['first'], settings: { ...LIVE_SETTINGS } };
    expect(parseLiveSetup(setup)).toEqual({ ok: true, setup });
    for (const bad of [
      null,
      { ...setup, playlist: 'first' },
      { ...setup, settings: { ...LIVE_SETTINGS, language: 'de' } },
      { ...setup, settings: { ...LIVE_SETTINGS, difficulty: 'extreme' } },
      { ...setup, customLevels: [42] },
    ])
      expect(parseLiveSetup(bad)).toEqual({ ok: false, problem: 'badSetup' });
    const unknown = createLiveSession({ ...setup, playlist: ['nope'] }, [...LEVELS.values()], {
      id: 'x',
      now: T0,
    });
    expect(unknown.ok || unknown.problems.map((problem) => problem.code)).toEqual(['unknownLevel']);
  });
});

describe('saving a live session', () => {
  it('reads back a live session at every phase', () => {
    let session = playing(60);
    session = run(session, answer(session, 'p1', 0), { type: 'pupilRemoved', at: T0, participantId: 'p2' });
    for (const saved of [liveSession(), session, sessionReducer(session, { type: 'paused', at: T0 + 2000 })])
      expect(readClassroomSession(JSON.parse(JSON.stringify(saved)))).toEqual({ ok: true, session: saved });
  });

  it('still reads a session saved by the version before live sessions (format 1)', () => {
    const path = joinPath(import.meta.dirname, 'fixtures', 'session-format-1.json');
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const check = readClassroomSession(raw);
    expect(check.ok && check.session).toMatchObject({
      format: 2,
      name: '4e B',
      settings: { turnMode: 'everyone' },
    });
    expect(check.ok && check.session.answers).toHaveLength(6);
    expect(check.ok && 'live' in check.session).toBe(false);
  });

  it('refuses a damaged live progress', () => {
    const saved = JSON.parse(JSON.stringify(playing())) as Record<string, any>;
    saved.live.closedSteps = 5;
    expect(readClassroomSession(saved)).toEqual({
      ok: false,
      problem: { code: 'invalidField', field: 'live.openedSteps' },
    });
    const format1Live = { ...JSON.parse(JSON.stringify(playing())), format: 1 };
    expect(readClassroomSession(format1Live)).toEqual({
      ok: false,
      problem: { code: 'unknownFormat', format: '1' },
    });
  });
});
