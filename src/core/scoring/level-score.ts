import type { ChallengeKind, Level } from '../level/level-types';
import { challengePoints, type ItemResult, type LevelRun, scoreRun } from '../run/level-run';
import type { ScoreMode } from './score-mode';
import { maxStreakBonus, streakOf } from './streak-bonus';
import { maxTimeBonus, timeBonus } from './time-bonus';

/** One answer as the results show it: what the challenge's rules gave, and the streak it extends. */
export interface ScoredItem {
  readonly challengeId: string;
  readonly kind: ChallengeKind;
  readonly result: ItemResult;
  readonly streak: number;
  readonly streakBonus: number;
}

/** A challenge's subtotal, as its own rules count it. */
export interface ChallengeScore {
  readonly challengeId: string;
  /** After the penalty. */
  readonly points: number;
  readonly maxPoints: number;
  /** What the penalty actually took: never more than the items earned. */
  readonly penalty: number;
}

export interface LevelScore {
  readonly mode: ScoreMode;
  /** Points from each challenge's own rules, after its penalties. */
  readonly base: number;
  readonly maxBase: number;
  /** base / maxBase, 0 when there is nothing to score; the stars come from it alone. */
  readonly accuracy: number;
  readonly rightItems: number;
  readonly itemCount: number;
  readonly streakBonus: number;
  readonly longestStreak: number;
  readonly timeBonus: number;
  readonly durationMs: number | null;
  /** What the leaderboard ranks: base plus the bonuses of the mode. */
  readonly total: number;
  readonly maxTotal: number;
  readonly stars: 0 | 1 | 2 | 3;
  readonly challenges: readonly ChallengeScore[];
  readonly items: readonly ScoredItem[];
}

export interface ScoreOptions {
  readonly mode: ScoreMode;
  /** From the run's start to its end, measured by the injected clock; null when unknown. */
  readonly durationMs: number | null;
}

/**
 * Scores a finished run. Stars depend on accuracy only, so both modes earn the same stars for the
 * same answers; the fair mode leaves out the streak and time bonuses, which reward speed and luck.
 * Streaks run across challenges in the order the results list the items.
 */
export function scoreLevel(level: Level, run: LevelRun, options: ScoreOptions): LevelScore {
  const accuracyScore = scoreRun(level, run);
  const answers = run.results.flatMap((challenge) =>
    challenge.items.map((result) => ({ challengeId: challenge.challengeId, kind: challenge.kind, result })),
  );
  const streak = streakOf(answers.map((answer) => answer.result.correct));
  const rightItems = answers.filter((answer) => answer.result.correct).length;
  const fair = options.mode === 'fair';
  const streakBonus = fair ? 0 : streak.total;
  const speedBonus = fair ? 0 : timeBonus(options.durationMs, answers.length, accuracyScore.share);
  const maxBonus = fair ? 0 : maxStreakBonus(answers.length) + maxTimeBonus(answers.length);
  return {
    mode: options.mode,
    base: accuracyScore.points,
    maxBase: accuracyScore.maxPoints,
    accuracy: accuracyScore.share,
    rightItems,
    itemCount: answers.length,
    streakBonus,
    longestStreak: streak.longest,
    timeBonus: speedBonus,
    durationMs: options.durationMs,
    total: accuracyScore.points + streakBonus + speedBonus,
    maxTotal: accuracyScore.maxPoints + maxBonus,
    stars: accuracyScore.stars,
    challenges: run.results.map((challenge) => {
      const points = challengePoints(challenge);
      return {
        challengeId: challenge.challengeId,
        points,
        maxPoints: challenge.items.reduce((sum, item) => sum + item.maxPoints, 0),
        penalty: challenge.items.reduce((sum, item) => sum + item.points, 0) - points,
      };
    }),
    items: answers.map((answer, index) => ({
      ...answer,
      streak: streak.lengths[index] ?? 0,
      streakBonus: fair ? 0 : (streak.bonuses[index] ?? 0),
    })),
  };
}
