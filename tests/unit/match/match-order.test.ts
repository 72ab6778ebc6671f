import { describe, expect, it } from 'vitest';
import { matchOrder } from '../../../src/core/challenges/match/match-order';
import { categories, pairs } from './match-fixtures';

describe('matchOrder', () => {
  it('shuffles the targets of pairs and keeps the items in the author’s order', () => {
    const order = matchOrder(pairs);
    expect(order.items).toEqual(pairs.items.map((item) => item.id));
    expect([...order.targets].sort()).toEqual(pairs.targets.map((target) => target.id).sort());
  });

  it('shuffles the items of categories and keeps the bins in the author’s order', () => {
    const order = matchOrder(categories);
    expect(order.targets).toEqual(categories.targets.map((target) => target.id));
    expect([...order.items].sort()).toEqual(categories.items.map((item) => item.id).sort());
  });

  it('deals the same layout every time, and another one for another challenge', () => {
    const many = {
      ...categories,
      items: Array.from({ length: 12 }, (_, i) => ({ ...categories.items[0]!, id: `c${i}` })),
    };
    expect(matchOrder(many)).toEqual(matchOrder(many));
    expect(matchOrder({ ...many, id: 'other' }).items).not.toEqual(matchOrder(many).items);
  });
});
