import type { ClassroomSession, LiveProgress, Participant, RecordedAnswer } from './classroom-session';

/** What the session waits for now. */
export type SessionPosition =
  | {
      readonly phase: 'play';
      readonly step: number;
      readonly participantId: string;
      /** 0-based: in 'everyone' mode, how many have already had their turn at this step. */
      readonly turnInStep: number;
      readonly turnsInStep: number;
    }
  /** 'everyone' and 'live' modes: the step's answers are closed, and the class map shows them together. */
  | { readonly phase: 'review'; readonly step: number }
  /** 'live' mode: pupils join; the teacher starts when the class is in. */
  | { readonly phase: 'lobby' }
  /** 'live' mode: the scoreboard after a step's class map, until the teacher moves on. */
  | { readonly phase: 'scoreboard'; readonly step: number }
  | { readonly phase: 'finished' };

/**
 * Derived from the answers and skips alone, never stored: a session read back after a reload is
 * exactly where it stopped.
 *
 * Relay: the turn passes to the next participant after every answer or skip; a step is done once
 * someone answered it, or everyone was skipped on it. Everyone: each step is answered by every
 * participant, starting one further along the roster at each step so the first turn (the hardest,
 * with nothing to go on) goes round; then the class map, unless nobody answered.
 */
export function sessionPosition(session: ClassroomSession): SessionPosition {
  if (session.endedAt !== null) return { phase: 'finished' };
  if (session.live) return livePosition(session, session.live);
  const count = session.participants.length;
  if (session.settings.turnMode === 'relay') {
    const step = session.steps.findIndex((_, index) => !isRelayStepDone(session, index));
    const participant = session.participants[(session.answers.length + session.skips.length) % count];
    if (step < 0 || !participant) return { phase: 'finished' };
    return { phase: 'play', step, participantId: participant.id, turnInStep: 0, turnsInStep: 1 };
  }
  for (let step = 0; step < session.steps.length; step++) {
    const order = turnOrder(session, step);
    const waiting = order.findIndex((participant) => !hasHadTurn(session, participant.id, step));
    const next = order[waiting];
    if (next) {
      return { phase: 'play', step, participantId: next.id, turnInStep: waiting, turnsInStep: count };
    }
    if (step >= session.reviewedSteps && answersAt(session, step).length > 0)
      return { phase: 'review', step };
  }
  return { phase: 'finished' };
}

/**
 * Live: every pupil plays the open step at once. `participantId` is the first on the roster still
 * to answer, and `turnInStep` how many have answered, so today's screens read a live step as a
 * step being played.
 */
function livePosition(session: ClassroomSession, live: LiveProgress): SessionPosition {
  if (live.openedSteps === 0) return { phase: 'lobby' };
  const step = live.openedSteps - 1;
  if (live.closedSteps < live.openedSteps) {
    const waiting = session.participants.find((participant) => !answerOf(session, participant.id, step));
    return {
      phase: 'play',
      step,
      participantId: waiting?.id ?? '',
      turnInStep: answersAt(session, step).length,
      turnsInStep: session.participants.length,
    };
  }
  return session.reviewedSteps < live.closedSteps ? { phase: 'review', step } : { phase: 'scoreboard', step };
}

/** The roster in the order the participants play a step ('everyone' mode). */
export function turnOrder(session: ClassroomSession, step: number): Participant[] {
  const { participants } = session;
  const start = participants.length === 0 ? 0 : step % participants.length;
  return [...participants.slice(start), ...participants.slice(0, start)];
}

export function answersAt(session: ClassroomSession, step: number): RecordedAnswer[] {
  return session.answers.filter((answer) => answer.step === step);
}

export function answerOf(
  session: ClassroomSession,
  participantId: string,
  step: number,
): RecordedAnswer | undefined {
  return session.answers.find((answer) => answer.participantId === participantId && answer.step === step);
}

export function participantById(session: ClassroomSession, id: string): Participant | undefined {
  return session.participants.find((participant) => participant.id === id);
}

/** Steps done so far, for "challenge 3 of 8". */
export function stepsDone(session: ClassroomSession): number {
  const position = sessionPosition(session);
  if (position.phase === 'finished') return session.steps.length;
  if (position.phase === 'lobby') return 0;
  return position.phase === 'scoreboard' ? position.step + 1 : position.step;
}

function hasHadTurn(session: ClassroomSession, participantId: string, step: number): boolean {
  return (
    answerOf(session, participantId, step) !== undefined ||
    session.skips.some((skip) => skip.participantId === participantId && skip.step === step)
  );
}

function isRelayStepDone(session: ClassroomSession, step: number): boolean {
  return (
    answersAt(session, step).length > 0 ||
    session.skips.filter((skip) => skip.step === step).length >= session.participants.length
  );
}
