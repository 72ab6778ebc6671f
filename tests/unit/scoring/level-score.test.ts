import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreLevel } from '../../../src/core/scoring/level-score';
import {
  maxStreakBonus,
  STREAK_BONUS_CAP,
  STREAK_STEP,
  streakOf,
} from '../../../src/core/scoring/streak-bonus';
import { maxTimeBonus, PAR_MS_PER_ITEM, timeBonus } from '../../../src/core/scoring/time-bonus';
import { finishedRun, right, sampleLevel, sampleRun, wrong } from './score-fixtures';

const ITEMS = 7;
const PAR = PAR_MS_PER_ITEM * ITEMS;

describe('the streak bonus', () => {
  it('rewards each right answer after the first of a streak, growing to a cap', () => {
    const streak = streakOf([true, true, true, true, true, true, true, true]);
    expect(streak.lengths).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(streak.bonuses).toEqual([0, 5, 10, 15, 20, 25, 25, 25]);
    expect(Math.max(...streak.bonuses)).toBe(STREAK_BONUS_CAP);
    expect(streak.longest).toBe(8);
  });

  it('starts again after a miss', () => {
    const streak = streakOf([true, true, false, true, true, true]);
    expect(streak.lengths).toEqual([1, 2, 0, 1, 2, 3]);
    expect(streak.total).toBe(STREAK_STEP + STREAK_STEP + 2 * STREAK_STEP);
    expect(streak.longest).toBe(3);
  });

  it('is nothing for no answers, one answer, or no two right in a row', () => {
    expect(streakOf([]).total).toBe(0);
    expect(streakOf([true]).total).toBe(0);
    expect(streakOf([true, false, true, false, true]).total).toBe(0);
    expect(maxStreakBonus(0)).toBe(0);
  });
});

describe('the time bonus', () => {
  it('is whole at or under par, half at twice par, gone at three times par and beyond', () => {
    expect(timeBonus(0, ITEMS, 1)).toBe(maxTimeBonus(ITEMS));
    expect(timeBonus(PAR, ITEMS, 1)).toBe(maxTimeBonus(ITEMS));
    expect(timeBonus(2 * PAR, ITEMS, 1)).toBe(maxTimeBonus(ITEMS) / 2);
    expect(timeBonus(3 * PAR, ITEMS, 1)).toBe(0);
    expect(timeBonus(10 * PAR, ITEMS, 1)).toBe(0);
  });

  it('pays in proportion to the accuracy, so rushing through a level earns nothing', () => {
    expect(timeBonus(1000, ITEMS, 0)).toBe(0);
    expect(timeBonus(1000, ITEMS, 0.5)).toBe(maxTimeBonus(ITEMS) / 2);
    expect(timeBonus(1000, ITEMS, 0.999)).toBe(maxTimeBonus(ITEMS) - 1);
  });

  it('is earned by no challenge that scored zero points, whatever its kind', () => {
    const level = sampleLevel();
    const [cities, days] = level.challenges;
    const placeRight = {
      challengeId: cities!.id,
      kind: cities!.kind,
      items: cities!.items.map((i) => right(i.id)),
    };
    const placeZero = { ...placeRight, items: cities!.items.map((i) => wrong(i.id)) };
    const timelineRight = {
      challengeId: days!.id,
      kind: days!.kind,
      items: days!.items.map((i) => right(i.id)),
    };
    const timelineZero = { ...timelineRight, items: days!.items.map((i) => wrong(i.id)) };
    const fast = { mode: 'standard' as const, durationMs: 1000 };
    // Only the challenge that scored pays its items' share of the bonus: 4 × 20 and 3 × 20.
    expect(scoreLevel(level, finishedRun(level, [placeRight, timelineZero]), fast).timeBonus).toBe(
      maxTimeBonus(4),
    );
    expect(scoreLevel(level, finishedRun(level, [placeZero, timelineRight]), fast).timeBonus).toBe(
      maxTimeBonus(3),
    );
    expect(scoreLevel(level, finishedRun(level, [placeZero, timelineZero]), fast).timeBonus).toBe(0);
    // A penalty that takes a challenge to zero takes its time bonus too.
    const penalised = { ...placeRight, items: cities!.items.map((i) => wrong(i.id, 30)), penalty: 500 };
    expect(scoreLevel(level, finishedRun(level, [penalised, timelineZero]), fast).timeBonus).toBe(0);
  });

  it('is nothing when the time is unknown or impossible', () => {
    expect(timeBonus(null, ITEMS, 1)).toBe(0);
    expect(timeBonus(-5, ITEMS, 1)).toBe(0);
    expect(timeBonus(Number.NaN, ITEMS, 1)).toBe(0);
    expect(timeBonus(Number.POSITIVE_INFINITY, ITEMS, 1)).toBe(0);
    expect(timeBonus(0, 0, 0)).toBe(0);
  });
});

describe('the score of a level', () => {
  const level = sampleLevel();

  it('gives a perfect fast run every point, every bonus and three stars', () => {
    const score = scoreLevel(level, sampleRun(new Array(ITEMS).fill(true)), {
      mode: 'standard',
      durationMs: 1000,
    });
    expect(score.base).toBe(700);
    expect(score.maxBase).toBe(700);
    expect(score.accuracy).toBe(1);
    expect(score.rightItems).toBe(ITEMS);
    expect(score.streakBonus).toBe(maxStreakBonus(ITEMS));
    expect(score.timeBonus).toBe(maxTimeBonus(ITEMS));
    expect(score.total).toBe(score.maxTotal);
    expect(score.stars).toBe(3);
  });

  it('runs streaks across challenges, in the order of the results', () => {
    const score = scoreLevel(level, sampleRun([false, false, true, true, true, true, false]), {
      mode: 'standard',
      durationMs: null,
    });
    expect(score.items.map((item) => item.streak)).toEqual([0, 0, 1, 2, 3, 4, 0]);
    expect(score.items.map((item) => item.challengeId)).toEqual([
      'cities',
      'cities',
      'cities',
      'cities',
      'days',
      'days',
      'days',
    ]);
    expect(score.streakBonus).toBe(5 + 10 + 15);
    expect(score.longestStreak).toBe(4);
  });

  it('lets a partly right answer earn its points but break the streak', () => {
    const run = finishedRun(level, [
      { challengeId: 'cities', kind: 'place', items: [right('almaty'), wrong('astana', 60), right('aktau')] },
    ]);
    const score = scoreLevel(level, run, { mode: 'standard', durationMs: null });
    expect(score.base).toBe(260);
    expect(score.streakBonus).toBe(0);
  });

  it('takes a challenge penalty off the base, never below zero', () => {
    const run = finishedRun(level, [
      { challengeId: 'cities', kind: 'place', items: [right('almaty'), wrong('astana')], penalty: 30 },
      { challengeId: 'days', kind: 'timeline', items: [wrong('protests')], penalty: 50 },
    ]);
    const score = scoreLevel(level, run, { mode: 'fair', durationMs: null });
    expect(score.base).toBe(70);
    expect(score.maxBase).toBe(300);
    expect(score.challenges).toEqual([
      { challengeId: 'cities', points: 70, maxPoints: 200, penalty: 30 },
      { challengeId: 'days', points: 0, maxPoints: 100, penalty: 0 },
    ]);
  });

  it('in fair mode counts accuracy only, with the same stars', () => {
    const marks = [true, true, true, false, true, true, true];
    const standard = scoreLevel(level, sampleRun(marks), { mode: 'standard', durationMs: 1000 });
    const fair = scoreLevel(level, sampleRun(marks), { mode: 'fair', durationMs: 1000 });
    expect(standard.total).toBeGreaterThan(standard.base);
    expect(fair.total).toBe(fair.base);
    expect(fair.maxTotal).toBe(fair.maxBase);
    expect(fair.streakBonus + fair.timeBonus).toBe(0);
    expect(fair.items.every((item) => item.streakBonus === 0)).toBe(true);
    expect(fair.stars).toBe(standard.stars);
  });

  it('gives stars from the level thresholds, a share exactly on a threshold included', () => {
    const stars = (rightCount: number, thresholds: readonly [number, number, number]) =>
      scoreLevel(
        { ...level, stars: thresholds },
        sampleRun(Array.from({ length: ITEMS }, (_, index) => index < rightCount)),
        { mode: 'fair', durationMs: null },
      ).stars;
    expect(stars(0, [0.4, 0.65, 0.85])).toBe(0);
    expect(stars(3, [0.4, 0.65, 0.85])).toBe(1);
    expect(stars(5, [0.4, 0.65, 0.85])).toBe(2);
    expect(stars(6, [0.4, 0.65, 0.85])).toBe(3);
    expect(stars(1, [1 / 7, 2 / 7, 3 / 7])).toBe(1);
    expect(stars(3, [1 / 7, 2 / 7, 3 / 7])).toBe(3);
  });

  it('scores an empty run as nothing, without dividing by zero', () => {
    const score = scoreLevel(level, finishedRun(level, []), { mode: 'standard', durationMs: 0 });
    expect(score).toMatchObject({ base: 0, maxBase: 0, accuracy: 0, total: 0, maxTotal: 0, stars: 0 });
  });

  it('always lies between the base and the maximum, whatever the answers and the time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: ITEMS, maxLength: ITEMS }),
        fc.option(fc.integer({ min: -1000, max: 10 * PAR })),
        (marks, durationMs) => {
          const standard = scoreLevel(level, sampleRun(marks), { mode: 'standard', durationMs });
          const fair = scoreLevel(level, sampleRun(marks), { mode: 'fair', durationMs });
          expect(standard.total).toBeGreaterThanOrEqual(standard.base);
          expect(standard.total).toBeLessThanOrEqual(standard.maxTotal);
          expect(fair.total).toBe(standard.base);
          expect(fair.stars).toBe(standard.stars);
          expect(Number.isInteger(standard.total)).toBe(true);
        },
      ),
    );
  });
});
