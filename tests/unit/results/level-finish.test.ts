import { beforeEach, describe, expect, it } from 'vitest';
import type { LevelCatalog } from '../../../src/core/level/level-catalog';
import type { Level } from '../../../src/core/level/level-types';
import {
  type FinishInput,
  finishLevel,
  renamed,
  resultsChoices,
} from '../../../src/core/results/level-finish';
import { reviewSaveState, scoreSaveOutcome } from '../../../src/core/results/save-state';
import { reviewLevelId } from '../../../src/core/review/review-level';
import { sampleLevel, sampleRun } from '../scoring/score-fixtures';

const START = 1_700_000_000_000;

beforeEach(() => {
  ids = 0;
});

/** The sample level (7 items) finished at `finishedAt`, the first `rightCount` items right. */
let ids = 0;

function input(overrides: Partial<FinishInput> = {}, rightCount = 7): FinishInput {
  const run = { ...sampleRun(Array.from({ length: 7 }, (_, index) => index < rightCount)), startedAt: START };
  return {
    level: sampleLevel(),
    run,
    mode: 'standard',
    finishedAt: START + 60_000,
    player: { id: 'p-ana', name: 'Ana' },
    newId: () => `id-${++ids}`,
    ...overrides,
  };
}

function review(): Level {
  return { ...sampleLevel(), id: reviewLevelId('sample') };
}

describe('a finished level', () => {
  it('is scored and makes one ranked record of what the page shows', () => {
    const finish = finishLevel(null, input());
    const { score, record } = finish.finished;
    expect(finish.isReview).toBe(false);
    expect(score.base).toBe(700);
    expect(score.stars).toBe(3);
    expect(record).toMatchObject({
      id: 'id-1',
      levelId: 'sample',
      playerName: 'Ana',
      points: score.total,
      maxPoints: score.maxTotal,
      durationMs: 60_000,
      finishedAt: START + 60_000,
    });
    expect(finish.save).toBe(record);
    expect(finish.saveState).toEqual({ state: 'saving' });
    expect(finish.deck).toEqual({ sourceLevelId: 'sample', isReview: false });
  });

  it('scores the fair mode without bonuses', () => {
    const fair = finishLevel(null, input({ mode: 'fair' }, 4)).finished.score;
    expect(fair.mode).toBe('fair');
    expect(fair.total).toBe(fair.base);
    expect(finishLevel(null, input({}, 4)).finished.score.total).toBeGreaterThan(fair.total);
  });

  it('keeps its one record when the same run is shown again, and moves the review deck once', () => {
    const first = finishLevel(null, input());
    // A double press: the same run comes back a little later, with a new id at hand.
    const again = finishLevel(first.finished, input({ finishedAt: START + 65_000, newId: () => 'other' }));
    expect(again.repeat).toBe(true);
    expect(again.finished.record?.id).toBe('id-1');
    expect(again.finished.score).toEqual(first.finished.score);
    expect(again.save).toBe(first.finished.record);
    expect(again.deck).toBeNull();
  });

  it('makes a new record for a new run of the same level', () => {
    const first = finishLevel(null, input());
    const next = finishLevel(first.finished, input({ run: { ...input().run, startedAt: START + 1 } }));
    expect(next.repeat).toBe(false);
    expect(next.finished.record?.id).toBe('id-2');
    expect(next.deck).not.toBeNull();
  });

  it('is a review when the level reviews another: not ranked, its deck under the source level', () => {
    const finish = finishLevel(null, input({ level: review() }));
    expect(finish.isReview).toBe(true);
    expect(finish.finished.record).toBeNull();
    expect(finish.save).toBeNull();
    expect(finish.deck).toEqual({ sourceLevelId: 'sample', isReview: true });
    const again = finishLevel(finish.finished, input({ level: review() }));
    expect(again.deck).toBeNull();
    expect(again.saveState).toEqual({ state: 'review' });
  });

  it('carries a name given on the results page in its record', () => {
    const finish = finishLevel(null, input({ player: { id: 'p-ana', name: '' } }));
    const named = renamed(finish.finished, 'Ana');
    expect(named.record).toMatchObject({ id: 'id-1', playerName: 'Ana' });
    expect(named.runKey).toBe(finish.finished.runKey);
    const reviewed = finishLevel(null, input({ level: review() })).finished;
    expect(renamed(reviewed, 'Ana')).toBe(reviewed);
  });
});

describe('what the store says about a save', () => {
  const notice = (pending: boolean, lost = false) => {
    let asked = 0;
    return {
      store: {
        pending,
        takeLostNotice: () => {
          asked += 1;
          return lost;
        },
      },
      asked: () => asked,
    };
  };

  it('is "saved" only when the store confirmed it, saying when earlier scores were lost', () => {
    const lost = notice(false, true);
    expect(scoreSaveOutcome({ ok: true, value: undefined }, lost.store)).toEqual({
      save: { state: 'saved', earlierLost: true },
      retry: false,
    });
    expect(lost.asked()).toBe(1);
  });

  it('is "kept" and tried again when the store holds the refused record', () => {
    const full = notice(true);
    expect(scoreSaveOutcome({ ok: false, problem: 'full' }, full.store)).toEqual({
      save: { state: 'kept', problem: 'full' },
      retry: true,
    });
    // The lost-scores notice is only taken by a save that went through.
    expect(full.asked()).toBe(0);
  });

  it('is "failed" without IndexedDB, or when the record is not kept', () => {
    expect(scoreSaveOutcome({ ok: false, problem: 'unavailable' }, notice(true).store)).toEqual({
      save: { state: 'failed', problem: 'unavailable' },
      retry: false,
    });
    expect(scoreSaveOutcome({ ok: false, problem: 'outdated' }, notice(false).store).save).toEqual({
      state: 'failed',
      problem: 'outdated',
    });
  });

  it('for a review, says the deck was updated or why not', () => {
    expect(reviewSaveState({ ok: true, value: undefined })).toEqual({ state: 'review' });
    expect(reviewSaveState({ ok: false, problem: 'blocked' })).toEqual({
      state: 'failed',
      problem: 'blocked',
    });
  });
});

describe("the results page's choices", () => {
  const second = { ...sampleLevel(), id: 'second' };
  const catalog = {
    levels: [sampleLevel(), second],
    chapters: [],
    problems: [],
    brokenFiles: [],
  } as unknown as LevelCatalog;

  it('offer the next level and a retry after an ordinary level', () => {
    expect(resultsChoices(catalog, 'sample', null)).toEqual({
      retry: true,
      nextLevelId: 'second',
      leaderboardLevelId: 'sample',
    });
    expect(resultsChoices(catalog, 'second', null)).toEqual({ retry: true, leaderboardLevelId: 'second' });
    expect(resultsChoices(null, 'sample', null)).toEqual({ retry: true, leaderboardLevelId: 'sample' });
  });

  it("offer neither after a review, whose leaderboard is the source level's", () => {
    expect(resultsChoices(catalog, reviewLevelId('sample'), 'sample')).toEqual({
      retry: false,
      leaderboardLevelId: 'sample',
    });
  });
});
