import type { ChallengeResult } from '../run/level-run';
import type { ClassroomSession } from './classroom-session';
import { sessionPosition } from './session-position';
import { checkClassName } from './session-setup';

/** Everything that can happen to a session; `at` is the injected clock's time. */
export type SessionAction =
  | {
      readonly type: 'answerRecorded';
      readonly at: number;
      readonly participantId: string;
      readonly step: number;
      readonly attemptId: string;
      readonly startedAt: number;
      readonly timedOut: boolean;
      readonly result: ChallengeResult;
    }
  /** The teacher passes the current turn: the participant does not answer this step. */
  | {
      readonly type: 'turnSkipped';
      readonly at: number;
      readonly participantId: string;
      readonly step: number;
    }
  | { readonly type: 'paused'; readonly at: number }
  | { readonly type: 'resumed'; readonly at: number }
  /** The class map of a step was shown and the class moves on. */
  | { readonly type: 'reviewClosed'; readonly at: number; readonly step: number }
  | { readonly type: 'ended'; readonly at: number }
  | { readonly type: 'renamed'; readonly at: number; readonly name: string };

/**
 * The session's rules as `(session, action) → session`. An action that does not fit where the
 * session stands (an answer for a turn already played, or arriving twice, or while paused; a skip
 * of someone whose turn it is not) returns the very same session, so a caller can tell by identity
 * that nothing happened and an answer is never counted twice.
 */
export function sessionReducer(session: ClassroomSession, action: SessionAction): ClassroomSession {
  const next = apply(session, action);
  if (next === session) return session;
  const over = next.endedAt === null && sessionPosition(next).phase === 'finished';
  return { ...next, updatedAt: action.at, ...(over ? { endedAt: action.at, paused: false } : {}) };
}

function apply(session: ClassroomSession, action: SessionAction): ClassroomSession {
  const position = sessionPosition(session);
  const isTurn = (participantId: string, step: number) =>
    position.phase === 'play' && position.participantId === participantId && position.step === step;
  switch (action.type) {
    case 'answerRecorded': {
      const { participantId, step, attemptId, result } = action;
      const repeated = session.answers.some(
        (answer) =>
          answer.participantId === participantId && answer.step === step && answer.attemptId === attemptId,
      );
      if (repeated || session.paused || !isTurn(participantId, step)) return session;
      if (session.steps[step]?.challengeId !== result.challengeId) return session;
      const answer = {
        participantId,
        step,
        attemptId,
        startedAt: action.startedAt,
        answeredAt: action.at,
        timedOut: action.timedOut,
        result,
      };
      return { ...session, answers: [...session.answers, answer] };
    }
    case 'turnSkipped':
      if (!isTurn(action.participantId, action.step)) return session;
      return {
        ...session,
        paused: false,
        skips: [...session.skips, { participantId: action.participantId, step: action.step }],
      };
    case 'paused':
      return session.paused || position.phase === 'finished' ? session : { ...session, paused: true };
    case 'resumed':
      return session.paused ? { ...session, paused: false } : session;
    case 'reviewClosed':
      if (position.phase !== 'review' || position.step !== action.step) return session;
      return { ...session, reviewedSteps: action.step + 1 };
    case 'ended':
      if (position.phase === 'finished') return session;
      return { ...session, paused: false, endedAt: action.at, endedEarly: true };
    case 'renamed': {
      const check = checkClassName(action.name);
      return check.ok && check.name !== session.name ? { ...session, name: check.name } : session;
    }
  }
}
