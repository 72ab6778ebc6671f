import type { ClassroomSession, SessionSettings } from '../../../src/core/classroom/classroom-session';
import { sessionPosition } from '../../../src/core/classroom/session-position';
import { type SessionAction, sessionReducer } from '../../../src/core/classroom/session-reducer';
import { checkSessionDraft, createSession } from '../../../src/core/classroom/session-setup';
import type { Level } from '../../../src/core/level/level-types';
import type { ChallengeResult } from '../../../src/core/run/level-run';
import { validLevel } from '../level/valid-level';

/** The sample level (a place, a timeline and a match challenge) under another id. */
export function level(id = 'sample'): Level {
  return { ...(validLevel() as unknown as Level), id };
}

export const LEVELS = new Map([level('first'), level('second')].map((entry) => [entry.id, entry]));

export const SETTINGS: SessionSettings = {
  turnMode: 'everyone',
  difficulty: 'easy',
  timeLimitSeconds: null,
  hints: true,
  language: 'en',
  scoreMode: 'fair',
  ranking: 'full',
};

export const T0 = 1_700_000_000_000;

export function newSession(
  names: readonly string[] = ['Ana', 'Ben', 'Chloé'],
  settings: Partial<SessionSettings> = {},
  playlist: readonly string[] = ['first'],
): ClassroomSession {
  const check = checkSessionDraft(
    {
      name: '4e B',
      teams: false,
      participants: names.map((name) => ({ name, members: [] })),
      playlist,
      settings: { ...SETTINGS, ...settings },
    },
    new Set(LEVELS.keys()),
  );
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return createSession(check.draft, [...LEVELS.values()], { id: 'session-1', now: T0 });
}

/** Every item of the sample's challenge right, or every item wrong. */
export function resultFor(session: ClassroomSession, step: number, right: boolean): ChallengeResult {
  const { levelId, challengeId, kind } = session.steps[step]!;
  const challenge = LEVELS.get(levelId)!.challenges.find((candidate) => candidate.id === challengeId)!;
  return {
    challengeId,
    kind,
    items: challenge.items.map((item, index) => ({
      itemId: item.id,
      points: right ? 100 : 0,
      maxPoints: 100,
      correct: right,
      ...(kind === 'timeline' ? { answer: String(right ? index + 1 : challenge.items.length - index) } : {}),
      ...(kind === 'match' ? { answer: right ? ('answer' in item ? item.answer : '') : 'eu-diplomat' } : {}),
    })),
  };
}

let attempts = 0;

/** The answer of whoever's turn it is; `right` decides the whole challenge. */
export function answerNow(
  session: ClassroomSession,
  right = true,
  at = T0 + 1000,
): Extract<SessionAction, { type: 'answerRecorded' }> {
  const position = sessionPosition(session);
  if (position.phase !== 'play') throw new Error(`no turn to play: ${position.phase}`);
  attempts += 1;
  return {
    type: 'answerRecorded',
    at,
    participantId: position.participantId,
    step: position.step,
    attemptId: `attempt-${attempts}`,
    startedAt: at - 500,
    timedOut: false,
    result: resultFor(session, position.step, right),
  };
}

/** Plays every turn: `right(name, step)` says whether that participant gets it right; reviews are closed. */
export function playThrough(
  session: ClassroomSession,
  right: (name: string, step: number) => boolean = () => true,
): ClassroomSession {
  let current = session;
  for (let guard = 0; guard < 1000; guard++) {
    const position = sessionPosition(current);
    if (position.phase === 'finished') return current;
    if (position.phase === 'review') {
      current = sessionReducer(current, { type: 'reviewClosed', at: T0 + 2000, step: position.step });
      continue;
    }
    if (position.phase !== 'play') throw new Error(`a one-device session is never at ${position.phase}`);
    const name = current.participants.find((p) => p.id === position.participantId)!.name;
    current = sessionReducer(current, answerNow(current, right(name, position.step)));
  }
  throw new Error('the session never finished');
}
