import { describe, expect, it } from 'vitest';
import {
  initialMatchState,
  itemsLinkedTo,
  linkOf,
  type MatchAction,
  markOf,
  matchReducer,
} from '../../../src/core/challenges/match/match-rules';
import { categories } from './match-fixtures';

const reduce = matchReducer(categories);
const play = (actions: MatchAction[]) => actions.reduce(reduce, initialMatchState());
const link = (itemId: string, targetId: string): MatchAction => ({ type: 'link', itemId, targetId });

describe('match rules, categories mode', () => {
  it('puts many items in one bin', () => {
    const state = play([link('kaz', 'csto'), link('rus', 'csto'), link('chn', 'csto')]);
    expect(itemsLinkedTo(categories, state, 'csto')).toEqual(['kaz', 'rus', 'chn']);
  });

  it('moves an item from one bin to another', () => {
    const state = play([link('kaz', 'nato'), link('kaz', 'csto')]);
    expect(linkOf(state, 'kaz')).toBe('csto');
    expect(itemsLinkedTo(categories, state, 'nato')).toEqual([]);
  });

  it('marks each item by its bin', () => {
    const state = play([
      link('kaz', 'csto'),
      link('rus', 'nato'),
      link('tur', 'nato'),
      link('est', 'neither'),
      link('chn', 'neither'),
      { type: 'check' },
    ]);
    expect(['kaz', 'rus', 'tur', 'est', 'chn'].map((id) => markOf(state, id))).toEqual([
      'right',
      'wrong',
      'right',
      'wrong',
      'right',
    ]);
    expect(state.phase).toBe('linking');
  });

  it('is solved when every item sits in its bin', () => {
    const state = play([
      link('kaz', 'csto'),
      link('rus', 'csto'),
      link('tur', 'nato'),
      link('est', 'nato'),
      link('chn', 'neither'),
      { type: 'check' },
    ]);
    expect(state.phase).toBe('solved');
  });
});
