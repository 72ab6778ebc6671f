import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchAnswerOf,
  matchModule,
  scoreMatchAnswer,
} from '../../../src/core/challenges/match/match-answer';
import {
  initialMatchState,
  isOver,
  type MatchAction,
  type MatchState,
  markOf,
  matchReducer,
} from '../../../src/core/challenges/match/match-rules';
import { challengePoints } from '../../../src/core/run/level-run';
import { categories, pairs } from './match-fixtures';

const reduce = matchReducer(pairs);
const play = (actions: MatchAction[], from: MatchState = initialMatchState()) => actions.reduce(reduce, from);
const link = (itemId: string, targetId: string): MatchAction => ({ type: 'link', itemId, targetId });

describe('"I don\'t know" in a match', () => {
  it('ends the challenge at any time: the items left are unanswered and score nothing', () => {
    const state = play([link('tokayev', 't-president'), { type: 'dontKnow' }]);
    expect(isOver(state)).toBe(true);
    expect(state.dontKnow).toBe(true);
    expect(markOf(state, 'tokayev')).toBe('right');
    expect(markOf(state, 'csto')).toBe('unanswered');
    expect(markOf(state, 'armenia')).toBe('unanswered');
    const result = scoreMatchAnswer(pairs, matchAnswerOf(pairs, state));
    expect(result.items.map((item) => [item.itemId, item.points, item.skipped ?? false])).toEqual([
      ['tokayev', 100, false],
      ['csto', 0, true],
      ['armenia', 0, true],
    ]);
  });

  it('with nothing linked, scores zero and every item is skipped', () => {
    const state = reduce(initialMatchState(), { type: 'dontKnow' });
    const result = scoreMatchAnswer(pairs, matchAnswerOf(pairs, state));
    expect(challengePoints(result)).toBe(0);
    expect(result.items.every((item) => item.skipped === true)).toBe(true);
  });

  it('is refused once the challenge is over', () => {
    const over = play([{ type: 'dontKnow' }]);
    expect(reduce(over, { type: 'dontKnow' })).toBe(over);
    expect(reduce(over, link('csto', 't-alliance'))).toBe(over);
  });

  it('played blind, only records the wish: the answer says it and a Live server parses it back', () => {
    const view = matchModule.playerView(categories);
    const blind = matchReducer(view);
    const state = blind(blind(initialMatchState(), link('kaz', 'csto')), { type: 'dontKnow' });
    const answer = matchAnswerOf(view, state);
    expect(answer).toEqual({ kind: 'match', links: [{ itemId: 'kaz', targetId: 'csto' }], dontKnow: true });
    const parsed = matchModule.parseAnswer(view, JSON.parse(JSON.stringify(answer)));
    expect(parsed).toEqual({ ok: true, answer });
    const result = scoreMatchAnswer(categories, answer);
    expect(challengePoints(result)).toBe(100);
    expect(result.items.filter((item) => item.skipped).map((item) => item.itemId)).toEqual([
      'rus',
      'tur',
      'est',
      'chn',
    ]);
  });

  it('refuses any other value than true in a raw answer', () => {
    const view = matchModule.playerView(pairs);
    for (const dontKnow of [false, 'true', 1, null, {}])
      expect(matchModule.parseAnswer(view, { kind: 'match', links: [], dontKnow })).toEqual({
        ok: false,
        problem: 'badValue',
      });
  });

  it('after any sequence of actions, scores each item left unlinked at 0 and the answer twice the same', () => {
    const itemIds = pairs.items.map((item) => item.id);
    const targetIds = pairs.targets.map((target) => target.id);
    const action = fc.oneof(
      fc.record({
        type: fc.constant('link' as const),
        itemId: fc.constantFrom(...itemIds),
        targetId: fc.constantFrom(...targetIds),
      }),
      fc.record({ type: fc.constant('unlink' as const), itemId: fc.constantFrom(...itemIds) }),
      fc.constant({ type: 'check' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const before = play(actions);
        const state = reduce(before, { type: 'dontKnow' });
        const answer = matchAnswerOf(pairs, state);
        const result = scoreMatchAnswer(pairs, answer);
        expect(scoreMatchAnswer(pairs, answer)).toEqual(result);
        for (const item of result.items) {
          const linked = answer.links.some((candidate) => candidate.itemId === item.itemId);
          if (!linked) expect(item).toMatchObject({ points: 0, skipped: true });
        }
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
