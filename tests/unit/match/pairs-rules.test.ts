import { describe, expect, it } from 'vitest';
import {
  canCheck,
  canFinish,
  initialMatchState,
  itemsLinkedTo,
  linkOf,
  type MatchAction,
  type MatchState,
  markOf,
  matchReducer,
} from '../../../src/core/challenges/match/match-rules';
import { pairs } from './match-fixtures';

const reduce = matchReducer(pairs);
const play = (actions: MatchAction[], from: MatchState = initialMatchState()) => actions.reduce(reduce, from);
const link = (itemId: string, targetId: string): MatchAction => ({ type: 'link', itemId, targetId });

describe('match rules, pairs mode', () => {
  it('links an item to a target and relinks it elsewhere', () => {
    const state = play([link('tokayev', 't-chair'), link('tokayev', 't-president')]);
    expect(linkOf(state, 'tokayev')).toBe('t-president');
    expect(itemsLinkedTo(pairs, state, 't-chair')).toEqual([]);
  });

  it('moves a target already taken: one item per target', () => {
    const state = play([link('tokayev', 't-president'), link('csto', 't-president')]);
    expect(linkOf(state, 'csto')).toBe('t-president');
    expect(linkOf(state, 'tokayev')).toBeUndefined();
    expect(itemsLinkedTo(pairs, state, 't-president')).toEqual(['csto']);
  });

  it('unlinks', () => {
    const state = play([link('tokayev', 't-president'), { type: 'unlink', itemId: 'tokayev' }]);
    expect(linkOf(state, 'tokayev')).toBeUndefined();
  });

  it('refuses unknown ids and no-ops by returning the same state', () => {
    const start = initialMatchState();
    expect(reduce(start, link('nobody', 't-president'))).toBe(start);
    expect(reduce(start, link('tokayev', 'nowhere'))).toBe(start);
    expect(reduce(start, { type: 'unlink', itemId: 'tokayev' })).toBe(start);
    // Ids that are also names of Object.prototype's properties are just unknown ids.
    expect(reduce(start, link('constructor', 't-president'))).toBe(start);
    expect(linkOf(start, 'constructor')).toBeUndefined();
  });

  it('offers Check only once every item is linked', () => {
    const partial = play([link('tokayev', 't-president'), link('csto', 't-alliance')]);
    expect(canCheck(pairs, partial)).toBe(false);
    expect(reduce(partial, { type: 'check' })).toBe(partial);
    expect(canFinish(pairs, partial)).toBe(false);
    const full = reduce(partial, link('armenia', 't-chair'));
    expect(canCheck(pairs, full)).toBe(true);
    expect(canFinish(pairs, full)).toBe(true);
  });

  it('marks each link right or wrong and counts the checks', () => {
    const state = play([
      link('tokayev', 't-president'),
      link('csto', 't-spare'),
      link('armenia', 't-alliance'),
      { type: 'check' },
    ]);
    expect(state.checks).toBe(1);
    expect(state.phase).toBe('linking');
    expect(markOf(state, 'tokayev')).toBe('right');
    expect(markOf(state, 'csto')).toBe('wrong');
    expect(markOf(state, 'armenia')).toBe('wrong');
  });

  it('keeps right links in place and lets the player fix the wrong ones', () => {
    const checked = play([
      link('tokayev', 't-president'),
      link('csto', 't-spare'),
      link('armenia', 't-alliance'),
      { type: 'check' },
    ]);
    // A right link can neither move, be undone, nor be taken over.
    expect(reduce(checked, link('tokayev', 't-chair'))).toBe(checked);
    expect(reduce(checked, { type: 'unlink', itemId: 'tokayev' })).toBe(checked);
    expect(reduce(checked, link('csto', 't-president'))).toBe(checked);
    // Nothing changed: checking again would tell nothing new.
    expect(canCheck(pairs, checked)).toBe(false);

    const fixed = play([link('csto', 't-alliance')], checked);
    expect(linkOf(fixed, 'armenia')).toBeUndefined(); // it held t-alliance, which moved to csto
    expect(markOf(fixed, 'csto')).toBeUndefined(); // a changed link waits for the next check
    expect(canCheck(pairs, fixed)).toBe(false); // armenia is unlinked now
    const done = play([link('armenia', 't-chair'), { type: 'check' }], fixed);
    expect(done.checks).toBe(2);
    expect(done.phase).toBe('solved');
  });

  it('ends when a check finds everything right, and then ignores every action', () => {
    const solved = play([
      link('tokayev', 't-president'),
      link('csto', 't-alliance'),
      link('armenia', 't-chair'),
      { type: 'check' },
    ]);
    expect(solved.phase).toBe('solved');
    expect(reduce(solved, link('csto', 't-spare'))).toBe(solved);
    expect(reduce(solved, { type: 'check' })).toBe(solved);
    expect(reduce(solved, { type: 'finish' })).toBe(solved);
  });

  it('never marks a distractor right', () => {
    for (const item of pairs.items) {
      const state = play([link(item.id, 't-spare'), { type: 'finish' }]);
      expect(markOf(state, item.id)).toBe('wrong');
    }
  });

  it('finishing checks the links once more only if they changed, then reveals', () => {
    const checked = play([
      link('tokayev', 't-spare'),
      link('csto', 't-alliance'),
      link('armenia', 't-chair'),
      { type: 'check' },
    ]);
    const finished = reduce(checked, { type: 'finish' });
    expect(finished.phase).toBe('revealed');
    expect(finished.checks).toBe(1);

    const changed = play([link('tokayev', 't-president'), { type: 'finish' }], checked);
    expect(changed.checks).toBe(2);
    expect(changed.phase).toBe('solved');
  });

  it('finishing with items left unlinked marks them unanswered', () => {
    const checked = play([
      link('tokayev', 't-spare'),
      link('csto', 't-alliance'),
      link('armenia', 't-chair'),
      { type: 'check' },
    ]);
    const gaveUp = play([{ type: 'unlink', itemId: 'tokayev' }, { type: 'finish' }], checked);
    expect(markOf(gaveUp, 'tokayev')).toBe('unanswered');
    expect(gaveUp.phase).toBe('revealed');
  });
});
