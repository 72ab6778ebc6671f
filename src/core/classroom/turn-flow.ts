import type { ChallengeAnswer } from '../challenges/challenge-kinds';
import { type Countdown, pauseCountdown, remainingMs, resumeCountdown, startCountdown } from './countdown';

/**
 * One classroom turn, from the challenge coming on screen to its end, as `(state, event) → step`:
 * the decisions play-turn.ts used to make in closures (when the clock starts, pause and resume,
 * time up, the one answer, abandon), so they can be tested without a browser. The adapter carries
 * out each step's effect (timers, the challenge scene, the session) and nothing else.
 */
export type TurnPhase = 'loading' | 'playing' | 'paused' | 'collecting' | 'over';

export interface TurnState {
  readonly phase: TurnPhase;
  /** The time limit per challenge, ms; 0 for none. */
  readonly limitMs: number;
  /** Started when the challenge is first on screen; null without a limit or before. */
  readonly countdown: Countdown | null;
}

export type TurnEvent =
  /** The challenge scene is on screen (again, after its own Retry: the clock runs on). */
  | { readonly type: 'shown'; readonly at: number }
  /** The adapter's timer. */
  | { readonly type: 'tick'; readonly at: number }
  /** The player is done (their last card, Check or Finish), or the answer so far after time up. */
  | { readonly type: 'answered'; readonly at: number; readonly answer: ChallengeAnswer }
  | { readonly type: 'pauseRequested'; readonly at: number }
  | { readonly type: 'resumeRequested'; readonly at: number }
  /** From the pause dialog. */
  | { readonly type: 'skipRequested' }
  | { readonly type: 'endRequested' }
  | { readonly type: 'leaveRequested' }
  /** The challenge's Back button or Escape: nothing is recorded, the same turn is announced again. */
  | { readonly type: 'abandoned' }
  /** The address changed to another screen: that screen opens, nothing is recorded. */
  | { readonly type: 'routeLeft' };

export type TurnEffect =
  | { readonly type: 'none' }
  | { readonly type: 'startTimer' }
  /** Time is up: read the answer so far and send it back as `answered`. */
  | { readonly type: 'collectAnswer' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** The one answer of this attempt. */
  | { readonly type: 'record'; readonly answer: ChallengeAnswer; readonly timedOut: boolean }
  | { readonly type: 'skip' }
  | { readonly type: 'end' }
  | { readonly type: 'leave' }
  | { readonly type: 'abandon' }
  | { readonly type: 'teardown' };

export interface TurnStep {
  readonly state: TurnState;
  readonly effect: TurnEffect;
}

const NONE: TurnEffect = { type: 'none' };

export function initialTurn(limitMs: number): TurnState {
  return { phase: 'loading', limitMs: Math.max(0, limitMs), countdown: null };
}

/** Time left, ms; null when the turn has no limit or its clock has not started. */
export function turnTimeLeft(state: TurnState, now: number): number | null {
  return state.countdown ? remainingMs(state.countdown, now) : null;
}

export function turnReducer(state: TurnState, event: TurnEvent): TurnStep {
  const stay = { state, effect: NONE };
  if (state.phase === 'over') return stay;
  const over = (effect: TurnEffect): TurnStep => ({ state: { ...state, phase: 'over' }, effect });
  switch (event.type) {
    case 'shown':
      if (state.phase !== 'loading') return stay;
      return {
        state: {
          ...state,
          phase: 'playing',
          countdown: state.limitMs > 0 ? startCountdown(state.limitMs, event.at) : null,
        },
        effect: { type: 'startTimer' },
      };
    case 'tick':
      if (state.phase !== 'playing' || !state.countdown) return stay;
      if (remainingMs(state.countdown, event.at) > 0) return stay;
      return { state: { ...state, phase: 'collecting' }, effect: { type: 'collectAnswer' } };
    case 'answered':
      // A paused challenge cannot be answered; one still loading has nothing to answer yet.
      if (state.phase !== 'playing' && state.phase !== 'collecting') return stay;
      return over({ type: 'record', answer: event.answer, timedOut: state.phase === 'collecting' });
    case 'pauseRequested':
      if (state.phase !== 'playing') return stay;
      return {
        state: {
          ...state,
          phase: 'paused',
          countdown: state.countdown && pauseCountdown(state.countdown, event.at),
        },
        effect: { type: 'pause' },
      };
    case 'resumeRequested':
      if (state.phase !== 'paused') return stay;
      return {
        state: {
          ...state,
          phase: 'playing',
          countdown: state.countdown && resumeCountdown(state.countdown, event.at),
        },
        effect: { type: 'resume' },
      };
    case 'skipRequested':
      return state.phase === 'paused' ? over({ type: 'skip' }) : stay;
    case 'endRequested':
      return state.phase === 'paused' ? over({ type: 'end' }) : stay;
    case 'leaveRequested':
      return state.phase === 'paused' ? over({ type: 'leave' }) : stay;
    case 'abandoned':
      return over({ type: 'abandon' });
    case 'routeLeft':
      return over({ type: 'teardown' });
  }
}
