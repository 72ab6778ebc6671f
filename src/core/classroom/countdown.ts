/**
 * A challenge's time limit as a value: it counts from the turn's start and stops while the
 * teacher has paused, so the rules can be tested without waiting.
 */
export interface Countdown {
  readonly limitMs: number;
  readonly startedAt: number;
  /** When the current pause began; null while running. */
  readonly pausedAt: number | null;
  /** Paused time so far, not counting a pause still running. */
  readonly pausedMs: number;
}

export function startCountdown(limitMs: number, now: number): Countdown {
  return { limitMs, startedAt: now, pausedAt: null, pausedMs: 0 };
}

export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.pausedAt === null ? { ...countdown, pausedAt: now } : countdown;
}

export function resumeCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.pausedAt === null) return countdown;
  return {
    ...countdown,
    pausedAt: null,
    pausedMs: countdown.pausedMs + Math.max(0, now - countdown.pausedAt),
  };
}

/** Never below zero; a clock set back never gives more than the limit. */
export function remainingMs(countdown: Countdown, now: number): number {
  const until = countdown.pausedAt ?? now;
  const elapsed = Math.max(0, until - countdown.startedAt - countdown.pausedMs);
  return Math.max(0, countdown.limitMs - elapsed);
}
