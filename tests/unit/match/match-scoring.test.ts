import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXTRA_CHECK_PENALTY,
  initialMatchState,
  MATCH_POINTS_PER_ITEM,
  type MatchAction,
  type MatchState,
  matchReducer,
  scoreMatch,
} from '../../../src/core/challenges/match/match-rules';
import type { MatchChallenge } from '../../../src/core/level/level-types';
import { challengePoints } from '../../../src/core/run/level-run';
import { categories, pairs } from './match-fixtures';

const link = (itemId: string, targetId: string): MatchAction => ({ type: 'link', itemId, targetId });

function play(challenge: MatchChallenge, actions: MatchAction[]): MatchState {
  return actions.reduce(matchReducer(challenge), initialMatchState());
}

const rightLinks = (challenge: MatchChallenge) => challenge.items.map((item) => link(item.id, item.answer));

describe('scoreMatch', () => {
  it('gives full points for every right pair at the first check, with no penalty', () => {
    const result = scoreMatch(pairs, play(pairs, [...rightLinks(pairs), { type: 'check' }]));
    expect(result).toEqual({
      challengeId: 'who',
      kind: 'match',
      items: pairs.items.map((item) => ({
        itemId: item.id,
        points: MATCH_POINTS_PER_ITEM,
        maxPoints: MATCH_POINTS_PER_ITEM,
        correct: true,
      })),
      penalty: 0,
    });
  });

  it('gives nothing for wrong pairs', () => {
    const state = play(pairs, [
      link('tokayev', 't-spare'),
      link('csto', 't-president'),
      link('armenia', 't-alliance'),
      { type: 'finish' },
    ]);
    const result = scoreMatch(pairs, state);
    expect(result.items.map((item) => item.points)).toEqual([0, 0, 0]);
    expect(result.items.every((item) => !item.correct)).toBe(true);
    expect(challengePoints(result)).toBe(0);
  });

  it('scores the final links and takes a small penalty for each extra check', () => {
    const state = play(pairs, [
      link('tokayev', 't-president'),
      link('csto', 't-spare'),
      link('armenia', 't-chair'),
      { type: 'check' },
      link('csto', 't-alliance'),
      { type: 'check' },
    ]);
    const result = scoreMatch(pairs, state);
    expect(result.items.every((item) => item.correct)).toBe(true);
    expect(result.penalty).toBe(EXTRA_CHECK_PENALTY);
    expect(challengePoints(result)).toBe(3 * MATCH_POINTS_PER_ITEM - EXTRA_CHECK_PENALTY);
  });

  it('counts the check Finish makes after a change as an extra check', () => {
    const state = play(categories, [
      ...rightLinks(categories),
      link('chn', 'nato'),
      { type: 'check' },
      link('chn', 'neither'),
      { type: 'finish' },
    ]);
    expect(state.checks).toBe(2);
    expect(scoreMatch(categories, state).penalty).toBe(EXTRA_CHECK_PENALTY);
  });

  it('never takes more than was earned: the score stays at zero or above', () => {
    // One right link (100 points) and many checks that each cost 10.
    const actions: MatchAction[] = [
      link('kaz', 'csto'),
      link('chn', 'csto'),
      ...['rus', 'tur', 'est'].map((id) => link(id, 'neither')),
    ];
    for (let round = 0; round < 15; round++) {
      actions.push({ type: 'check' }, link('rus', round % 2 === 0 ? 'nato' : 'neither'));
    }
    const result = scoreMatch(categories, play(categories, actions));
    expect(result.penalty).toBe(MATCH_POINTS_PER_ITEM);
    expect(challengePoints(result)).toBe(0);
  });

  it('marks items left unlinked at the end as skipped', () => {
    const state = play(pairs, [...rightLinks(pairs), { type: 'check' as const }].slice(1));
    expect(state.checks).toBe(0); // not every item was linked
    const result = scoreMatch(pairs, matchReducer(pairs)(state, { type: 'finish' }));
    expect(result.items[0]).toMatchObject({ itemId: 'tokayev', points: 0, correct: false, skipped: true });
    expect(result.items[1]).toMatchObject({ points: MATCH_POINTS_PER_ITEM, correct: true });
  });

  it('keeps the score between zero and the maximum whatever the player does', () => {
    for (const challenge of [pairs, categories]) {
      const action = fc.oneof(
        fc.record({
          type: fc.constant('link' as const),
          itemId: fc.constantFrom(...challenge.items.map((item) => item.id), 'nobody'),
          targetId: fc.constantFrom(...challenge.targets.map((target) => target.id), 'nowhere'),
        }),
        fc.record({
          type: fc.constant('unlink' as const),
          itemId: fc.constantFrom(...challenge.items.map((item) => item.id)),
        }),
        fc.constant({ type: 'check' as const }),
        fc.constant({ type: 'finish' as const }),
      );
      fc.assert(
        fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
          const result = scoreMatch(challenge, play(challenge, actions));
          const max = result.items.reduce((sum, item) => sum + item.maxPoints, 0);
          const points = challengePoints(result);
          expect(max).toBe(challenge.items.length * MATCH_POINTS_PER_ITEM);
          expect(points).toBeGreaterThanOrEqual(0);
          expect(points).toBeLessThanOrEqual(max);
          // The penalty alone never drives the total below zero.
          const earned = result.items.reduce((sum, item) => sum + item.points, 0);
          expect(earned - (result.penalty ?? 0)).toBeGreaterThanOrEqual(0);
        }),
      );
    }
  });
});
