/** What each right answer adds per right answer before it in the same streak. */
export const STREAK_STEP = 5;
/** A streak stops growing the bonus here, so one long run cannot outweigh the answers themselves. */
export const STREAK_BONUS_CAP = 25;

export interface Streak {
  /** For each answer, how many right answers in a row end with it (0 when it is not right). */
  readonly lengths: readonly number[];
  /** For each answer, its bonus: STREAK_STEP × (length − 1), at most STREAK_BONUS_CAP. */
  readonly bonuses: readonly number[];
  readonly total: number;
  readonly longest: number;
}

/**
 * Bonus for consecutive right answers, in the order the run lists them. A wrong, partly right or
 * skipped answer ends the streak; the first right answer of a streak earns nothing extra.
 */
export function streakOf(correct: readonly boolean[]): Streak {
  const lengths: number[] = [];
  const bonuses: number[] = [];
  let current = 0;
  let longest = 0;
  let total = 0;
  for (const right of correct) {
    current = right ? current + 1 : 0;
    const bonus = current > 1 ? Math.min(STREAK_BONUS_CAP, STREAK_STEP * (current - 1)) : 0;
    lengths.push(current);
    bonuses.push(bonus);
    total += bonus;
    longest = Math.max(longest, current);
  }
  return { lengths, bonuses, total, longest };
}

/** The bonus a run of `count` answers earns when every one is right. */
export function maxStreakBonus(count: number): number {
  return streakOf(new Array<boolean>(Math.max(0, count)).fill(true)).total;
}
