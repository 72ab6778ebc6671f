/**
 * Play sessions space the reviews out: a stretch of play ends after a break of an hour or more,
 * so a missed item comes back in a later lesson, not on the next screen.
 */
export const SESSION_BREAK_MS = 60 * 60 * 1000;

export interface PlaySession {
  /** 1 for the first session on the device. */
  readonly number: number;
  readonly lastSeenAt: number;
}

export const PLAY_SESSION_SETTING = 'review.session';

/** The session at `now`: the same one while play continues, the next after a break (or a clock set back). */
export function sessionAt(previous: PlaySession | null, now: number): PlaySession {
  if (!previous) return { number: 1, lastSeenAt: now };
  const gap = now - previous.lastSeenAt;
  const same = gap >= 0 && gap < SESSION_BREAK_MS;
  return { number: same ? previous.number : previous.number + 1, lastSeenAt: now };
}

export function parsePlaySession(stored: string | null): PlaySession | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const { number, lastSeenAt } = value as Record<string, unknown>;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return null;
    if (typeof lastSeenAt !== 'number' || !Number.isFinite(lastSeenAt)) return null;
    return { number, lastSeenAt };
  } catch {
    return null;
  }
}

export function serializePlaySession(session: PlaySession): string {
  return JSON.stringify({ number: session.number, lastSeenAt: session.lastSeenAt });
}
