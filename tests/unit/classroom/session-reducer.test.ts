import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassroomSession } from '../../../src/core/classroom/classroom-session';
import { readClassroomSession } from '../../../src/core/classroom/session-codec';
import { sessionPosition } from '../../../src/core/classroom/session-position';
import { type SessionAction, sessionReducer } from '../../../src/core/classroom/session-reducer';
import { answerNow, newSession, playThrough, T0 } from './classroom-fixtures';

const play = (session: ClassroomSession, right = true) => sessionReducer(session, answerNow(session, right));
const who = (session: ClassroomSession) => {
  const position = sessionPosition(session);
  return position.phase === 'play'
    ? `${session.participants.find((p) => p.id === position.participantId)?.name}@${position.step}`
    : position.phase;
};

describe('relay', () => {
  it('hands each challenge to the next player in rotation', () => {
    let session = newSession(['Ana', 'Ben'], { turnMode: 'relay' });
    const seen: string[] = [];
    while (sessionPosition(session).phase === 'play') {
      seen.push(who(session));
      session = play(session);
    }
    expect(seen).toEqual(['Ana@0', 'Ben@1', 'Ana@2']);
    expect(session.endedAt).toBe(T0 + 1000);
    expect(session.endedEarly).toBe(false);
  });

  it('gives a skipped turn to the next player, and drops a challenge everyone skipped', () => {
    let session = newSession(['Ana', 'Ben'], { turnMode: 'relay' });
    session = sessionReducer(session, { type: 'turnSkipped', at: T0, participantId: 'p1', step: 0 });
    expect(who(session)).toBe('Ben@0');
    session = sessionReducer(session, { type: 'turnSkipped', at: T0, participantId: 'p2', step: 0 });
    expect(who(session)).toBe('Ana@1');
  });
});

describe('everyone answers', () => {
  it('has every player answer a step, shows the class map, then moves on with the next player first', () => {
    let session = newSession();
    expect(who(session)).toBe('Ana@0');
    session = play(session);
    expect(who(session)).toBe('Ben@0');
    session = play(session);
    session = play(session);
    expect(sessionPosition(session)).toEqual({ phase: 'review', step: 0 });
    const next = sessionReducer(session, { type: 'reviewClosed', at: T0, step: 0 });
    expect(who(next)).toBe('Ben@1');
    expect(sessionPosition(next)).toMatchObject({ turnInStep: 0, turnsInStep: 3 });
  });

  it('skips the class map of a step nobody answered', () => {
    let session = newSession(['Ana']);
    session = sessionReducer(session, { type: 'turnSkipped', at: T0, participantId: 'p1', step: 0 });
    expect(who(session)).toBe('Ana@1');
  });

  it('ends by itself once the last class map is closed', () => {
    const session = playThrough(newSession());
    expect(sessionPosition(session)).toEqual({ phase: 'finished' });
    expect(session.answers).toHaveLength(9);
    expect(session.endedAt).not.toBeNull();
  });
});

describe('answers are never lost or counted twice', () => {
  it('ignores the same answer arriving twice', () => {
    const session = newSession();
    const answer = answerNow(session);
    const once = sessionReducer(session, answer);
    expect(sessionReducer(once, answer)).toBe(once);
    expect(once.answers).toHaveLength(1);
  });

  it('ignores a second attempt at a turn already played, and answers for the wrong challenge', () => {
    const session = newSession();
    const first = answerNow(session);
    const after = sessionReducer(session, first);
    expect(sessionReducer(after, { ...first, attemptId: 'another' })).toBe(after);
    const wrongChallenge = answerNow(session);
    expect(
      sessionReducer(session, {
        ...wrongChallenge,
        result: { ...wrongChallenge.result, challengeId: 'days' },
      }),
    ).toBe(session);
  });

  it('refuses answers while paused and takes them again once resumed', () => {
    const paused = sessionReducer(newSession(), { type: 'paused', at: T0 });
    const answer = answerNow(paused);
    expect(sessionReducer(paused, answer)).toBe(paused);
    const resumed = sessionReducer(paused, { type: 'resumed', at: T0 });
    expect(sessionReducer(resumed, answer).answers).toHaveLength(1);
  });

  it('ends early on the teacher’s word, keeping what was answered', () => {
    const session = play(newSession());
    const ended = sessionReducer(session, { type: 'ended', at: T0 + 5 });
    expect(sessionPosition(ended)).toEqual({ phase: 'finished' });
    expect(ended).toMatchObject({ endedAt: T0 + 5, endedEarly: true, answers: session.answers });
    expect(sessionReducer(ended, answerNow(session))).toBe(ended);
  });

  it('renames the class with a name the leaderboard can keep, and refuses an empty one', () => {
    const session = newSession();
    expect(sessionReducer(session, { type: 'renamed', at: T0, name: '  5e  A ' }).name).toBe('5e A');
    expect(sessionReducer(session, { type: 'renamed', at: T0, name: '   ' })).toBe(session);
  });

  it('resumes after a reload exactly where it stopped, whatever happened before', () => {
    const action = fc.constantFrom('right', 'wrong', 'again', 'skip', 'pause', 'resume', 'review');
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 40 }),
        fc.constantFrom('relay', 'everyone'),
        (script, mode) => {
          let session = newSession(['Ana', 'Ben', 'Chloé'], { turnMode: mode as 'relay' | 'everyone' });
          let last: SessionAction | null = null;
          for (const step of script) {
            const position = sessionPosition(session);
            let next: SessionAction | null = null;
            if (step === 'again') next = last;
            else if (step === 'pause') next = { type: 'paused', at: T0 };
            else if (step === 'resume') next = { type: 'resumed', at: T0 };
            else if (step === 'review' && position.phase === 'review')
              next = { type: 'reviewClosed', at: T0, step: position.step };
            else if (step === 'skip' && position.phase === 'play')
              next = {
                type: 'turnSkipped',
                at: T0,
                participantId: position.participantId,
                step: position.step,
              };
            else if ((step === 'right' || step === 'wrong') && position.phase === 'play')
              next = answerNow(session, step === 'right');
            if (!next) continue;
            session = sessionReducer(session, next);
            last = next;
          }
          const turns = session.answers.map((answer) => `${answer.participantId}@${answer.step}`);
          expect(new Set(turns).size).toBe(turns.length);
          const reloaded = readClassroomSession(JSON.parse(JSON.stringify(session)));
          expect(reloaded.ok && sessionPosition(reloaded.session)).toEqual(sessionPosition(session));
        },
      ),
    );
  });
});
