import { checkPlayerName } from '../player/player-name';
import type { ChallengeResult } from '../run/level-run';
import type { ClassroomSession, LiveProgress } from './classroom-session';
import { answerOf, participantById, sessionPosition } from './session-position';
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
      /** Timed out: the items never reached (turn-deal.ts), recorded apart from "I don't know". */
      readonly unreached?: readonly string[];
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
  | { readonly type: 'renamed'; readonly at: number; readonly name: string }
  /** Live: a pupil takes a seat (checked with liveNameCheck first, to tell them why not). */
  | { readonly type: 'pupilJoined'; readonly at: number; readonly name: string }
  /** Live: the teacher removes a pupil, with their answers. */
  | { readonly type: 'pupilRemoved'; readonly at: number; readonly participantId: string }
  /** Live: the teacher starts (step 0, from the lobby) or moves on from a scoreboard to the next step. */
  | { readonly type: 'stepOpened'; readonly at: number; readonly step: number }
  /** Live: the step's answers close (the teacher, or its time is up). */
  | { readonly type: 'stepClosed'; readonly at: number; readonly step: number };

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
  if (session.live) return applyLive(session, session.live, action);
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
        ...(action.timedOut && action.unreached?.length ? { unreached: action.unreached } : {}),
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
    case 'renamed':
      return renamed(session, action.name);
    case 'pupilJoined':
    case 'pupilRemoved':
    case 'stepOpened':
    case 'stepClosed':
      return session;
  }
}

function renamed(session: ClassroomSession, name: string): ClassroomSession {
  const check = checkClassName(name);
  return check.ok && check.name !== session.name ? { ...session, name: check.name } : session;
}

/**
 * Live: everyone answers the open step at once, in any order, one answer each; the step closes
 * when the last pupil answers, when the teacher says so, or at its deadline (the server's clock
 * sends stepClosed). A repeated, late, out-of-step or removed pupil's answer changes nothing.
 */
function applyLive(session: ClassroomSession, live: LiveProgress, action: SessionAction): ClassroomSession {
  const position = sessionPosition(session);
  if (position.phase === 'finished') return session;
  const playing = (step: number) => position.phase === 'play' && position.step === step;
  const withLive = (changes: Partial<LiveProgress>, rest: Partial<ClassroomSession> = {}) => ({
    ...session,
    ...rest,
    live: { ...live, ...changes },
  });
  switch (action.type) {
    case 'answerRecorded': {
      const { participantId, step, result } = action;
      if (!playing(step) || !participantById(session, participantId)) return session;
      if (answerOf(session, participantId, step)) return session;
      if (session.steps[step]?.challengeId !== result.challengeId) return session;
      if (!action.timedOut && live.deadline !== null && action.at > live.deadline) return session;
      const answer = {
        participantId,
        step,
        attemptId: action.attemptId,
        startedAt: action.startedAt,
        answeredAt: action.at,
        timedOut: action.timedOut,
        ...(action.timedOut && action.unreached?.length ? { unreached: action.unreached } : {}),
        result,
      };
      return closedIfAllAnswered({ ...session, answers: [...session.answers, answer] }, step);
    }
    case 'pupilJoined': {
      const check = liveNameCheck(session, action.name);
      if (!check.ok) return session;
      const id = `p${session.participants.length + live.removed.length + 1}`;
      return { ...session, participants: [...session.participants, { id, name: check.name, members: [] }] };
    }
    case 'pupilRemoved': {
      const { participantId } = action;
      if (!participantById(session, participantId)) return session;
      const removed = withLive(
        { removed: [...live.removed, participantId] },
        {
          participants: session.participants.filter((participant) => participant.id !== participantId),
          answers: session.answers.filter((answer) => answer.participantId !== participantId),
        },
      );
      return position.phase === 'play' ? closedIfAllAnswered(removed, position.step) : removed;
    }
    case 'stepOpened': {
      const opens =
        action.step === live.openedSteps &&
        action.step < session.steps.length &&
        ((position.phase === 'lobby' && session.participants.length > 0) || position.phase === 'scoreboard');
      if (!opens) return session;
      const limit = session.settings.timeLimitSeconds;
      return withLive(
        {
          openedSteps: action.step + 1,
          stepOpenedAt: action.at,
          deadline: limit === null ? null : action.at + limit * 1000,
          remainingMs: null,
        },
        { paused: false },
      );
    }
    case 'stepClosed':
      return playing(action.step) ? closeStep(session, action.step) : session;
    case 'paused': {
      if (position.phase !== 'play' || session.paused) return session;
      const remainingMs = live.deadline === null ? null : Math.max(0, live.deadline - action.at);
      return withLive({ deadline: null, remainingMs }, { paused: true });
    }
    case 'resumed': {
      if (!session.paused) return session;
      const deadline = live.remainingMs === null ? null : action.at + live.remainingMs;
      return withLive({ deadline, remainingMs: null }, { paused: false });
    }
    case 'reviewClosed':
      if (position.phase !== 'review' || position.step !== action.step) return session;
      return { ...session, reviewedSteps: action.step + 1 };
    case 'ended':
      return {
        ...session,
        paused: false,
        endedAt: action.at,
        endedEarly: session.reviewedSteps < session.steps.length,
      };
    case 'renamed':
      return renamed(session, action.name);
    case 'turnSkipped':
      return session;
  }
}

function closedIfAllAnswered(session: ClassroomSession, step: number): ClassroomSession {
  const everyone = session.participants.every((participant) => answerOf(session, participant.id, step));
  return everyone ? closeStep(session, step) : session;
}

function closeStep(session: ClassroomSession, step: number): ClassroomSession {
  const live = session.live;
  if (!live) return session;
  return {
    ...session,
    paused: false,
    live: { ...live, closedSteps: step + 1, deadline: null, remainingMs: null },
  };
}

export type LiveNameCheck =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly problem: 'nameInvalid' | 'nameTaken' };

/** A pupil's name as names are checked today, and not already taken in the room (whatever the case). */
export function liveNameCheck(session: ClassroomSession, raw: string): LiveNameCheck {
  const check = checkPlayerName(raw);
  if (!check.ok) return { ok: false, problem: 'nameInvalid' };
  const key = nameKey(check.name);
  const taken = session.participants.some((participant) => nameKey(participant.name) === key);
  return taken ? { ok: false, problem: 'nameTaken' } : { ok: true, name: check.name };
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase();
}
