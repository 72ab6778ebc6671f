import type { Difficulty } from '../level/difficulty';
import type { Challenge, ChallengeKind, Level } from '../level/level-types';
import { hashString } from '../random/seeded-random';

/** How one item was answered. `points` and `maxPoints` come from the challenge kind's own scoring. */
export interface ItemResult {
  readonly itemId: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly correct: boolean;
  /** Place challenges: great-circle distance between the guess and the truth. */
  readonly distanceKm?: number;
  /** True when the player gave up on the item ("I don't know"). */
  readonly skipped?: boolean;
  /**
   * What the player answered, for the results table: match, the id of the target linked at the
   * last check; timeline, the 1-based position the card was placed at. Absent when not known.
   */
  readonly answer?: string;
  /** Place challenges: where the card was dropped, [lon, lat], for the classroom's class map. */
  readonly guessLonLat?: readonly [number, number];
}

export interface ChallengeResult {
  readonly challengeId: string;
  readonly kind: ChallengeKind;
  readonly items: readonly ItemResult[];
  /** Points taken off the challenge as a whole (e.g. extra checks in a match), never below zero in total. */
  readonly penalty?: number;
}

/**
 * One play of a level, as a value: which challenge is next and what was answered so far.
 * Scenes pass it along; rules about it live here so a run can be saved, resumed or replayed.
 */
export interface LevelRun {
  readonly levelId: string;
  readonly difficulty: Difficulty;
  /** Milliseconds since the Unix epoch, from the injected Clock: the time bonus counts from here. */
  readonly startedAt: number;
  readonly challengeIndex: number;
  readonly results: readonly ChallengeResult[];
  /**
   * Where the run's shuffles (a timeline's deal) come from, drawn once when the run starts, so a
   * run replays exactly. Absent, a challenge is dealt as its player view is, by its id alone.
   */
  readonly seed?: number;
}

export function startRun(level: Level, difficulty: Difficulty, startedAt: number, seed?: number): LevelRun {
  return {
    levelId: level.id,
    difficulty,
    startedAt,
    challengeIndex: 0,
    results: [],
    ...(seed === undefined ? {} : { seed }),
  };
}

/** The seed of one challenge's shuffles in this run: each challenge of the run gets its own. */
export function challengeSeed(run: LevelRun, challengeId: string): number {
  return run.seed === undefined ? hashString(challengeId) : hashString(`${run.seed}:${challengeId}`);
}

export function currentChallenge(level: Level, run: LevelRun): Challenge | undefined {
  return level.challenges[run.challengeIndex];
}

export function isFinished(level: Level, run: LevelRun): boolean {
  return run.challengeIndex >= level.challenges.length;
}

/** Records the current challenge's result and moves on. A result for another challenge is refused. */
export function completeChallenge(level: Level, run: LevelRun, result: ChallengeResult): LevelRun {
  const expected = currentChallenge(level, run);
  if (!expected || expected.id !== result.challengeId) {
    throw new Error(
      `Result for "${result.challengeId}" does not belong to step ${run.challengeIndex} of "${level.id}"`,
    );
  }
  return { ...run, challengeIndex: run.challengeIndex + 1, results: [...run.results, result] };
}

export interface RunScore {
  readonly points: number;
  readonly maxPoints: number;
  /** points / maxPoints, 0 when there is nothing to score. */
  readonly share: number;
  readonly stars: 0 | 1 | 2 | 3;
}

export function challengePoints(result: ChallengeResult): number {
  const raw = result.items.reduce((sum, item) => sum + item.points, 0);
  return Math.max(0, raw - (result.penalty ?? 0));
}

export function scoreRun(level: Level, run: LevelRun): RunScore {
  let points = 0;
  let maxPoints = 0;
  for (const result of run.results) {
    points += challengePoints(result);
    maxPoints += result.items.reduce((sum, item) => sum + item.maxPoints, 0);
  }
  const share = maxPoints > 0 ? points / maxPoints : 0;
  return { points, maxPoints, share, stars: starsFor(level.stars, share) };
}

export function starsFor(thresholds: readonly [number, number, number], share: number): 0 | 1 | 2 | 3 {
  const EPSILON = 1e-9;
  if (share + EPSILON >= thresholds[2]) return 3;
  if (share + EPSILON >= thresholds[1]) return 2;
  if (share + EPSILON >= thresholds[0]) return 1;
  return 0;
}
