import type { LivePublicState } from '../../core/live/live-protocol';

/** Time left to answer, ms, or null when the step has no time limit. */
export function timeLeftMs(state: LivePublicState, now: number): number | null {
  if (state.paused) return state.pausedRemainingMs > 0 ? state.pausedRemainingMs : null;
  if (state.deadline <= 0) return null;
  return Math.max(0, state.deadline - now);
}

/** "1:05": minutes and seconds, rounded up so 0:00 means time is up. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
