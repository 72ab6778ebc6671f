import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialMatchState,
  type MatchState,
  matchReducer,
} from '../../../src/core/challenges/match/match-rules';
import {
  checkSummary,
  type MatchSelection,
  nextUnlinkedItem,
  pressOutcome,
} from '../../../src/core/challenges/match/match-selection';
import { categories, pairs } from './match-fixtures';

const reduce = matchReducer(pairs);
const order = pairs.items.map((item) => item.id);

describe('what a press on a match card means', () => {
  it('selects, deselects, and links with the card chosen on the other side', () => {
    const start = initialMatchState();
    expect(pressOutcome('pairs', start, null, 'item', 'tokayev')).toEqual({
      kind: 'select',
      selection: { side: 'item', id: 'tokayev' },
    });
    expect(pressOutcome('pairs', start, { side: 'item', id: 'tokayev' }, 'item', 'tokayev')).toEqual({
      kind: 'deselect',
    });
    expect(pressOutcome('pairs', start, { side: 'item', id: 'tokayev' }, 'target', 't-chair')).toEqual({
      kind: 'link',
      itemId: 'tokayev',
      action: { type: 'link', itemId: 'tokayev', targetId: 't-chair' },
      keepSelection: false,
    });
  });

  it('undoes a link made the same way, and keeps a bin chosen first to sort a whole category', () => {
    const linked = reduce(initialMatchState(), { type: 'link', itemId: 'tokayev', targetId: 't-chair' });
    expect(pressOutcome('pairs', linked, { side: 'target', id: 't-chair' }, 'item', 'tokayev')).toMatchObject(
      {
        action: { type: 'unlink', itemId: 'tokayev' },
      },
    );
    expect(
      pressOutcome('categories', initialMatchState(), { side: 'target', id: 'csto' }, 'item', 'kaz'),
    ).toMatchObject({ kind: 'link', keepSelection: true });
  });

  it('opens the fact of a link found right, and of any item once the challenge is over', () => {
    const right = reduce(
      [
        { type: 'link', itemId: 'tokayev', targetId: 't-president' } as const,
        { type: 'link', itemId: 'csto', targetId: 't-chair' } as const,
        { type: 'link', itemId: 'armenia', targetId: 't-alliance' } as const,
        { type: 'check' } as const,
      ].reduce(reduce, initialMatchState()),
      { type: 'finish' },
    );
    expect(pressOutcome('pairs', right, null, 'item', 'csto')).toEqual({ kind: 'fact', itemId: 'csto' });
    expect(pressOutcome('pairs', right, null, 'target', 't-chair')).toEqual({ kind: 'ignored' });
  });

  it('for any state and selection, a link outcome joins an item and a target, never two of a side', () => {
    const sides = fc.constantFrom('item' as const, 'target' as const);
    const cardOf = (side: 'item' | 'target', index: number) =>
      side === 'item' ? order[index % order.length]! : pairs.targets[index % pairs.targets.length]!.id;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 6 }),
        fc.option(fc.tuple(sides, fc.nat(10)), { nil: null }),
        sides,
        fc.nat(10),
        (links, chosen, side, index) => {
          let state: MatchState = initialMatchState();
          for (const [i, t] of links)
            state = reduce(state, { type: 'link', itemId: cardOf('item', i), targetId: cardOf('target', t) });
          const selection: MatchSelection | null = chosen ? { side: chosen[0], id: cardOf(...chosen) } : null;
          const outcome = pressOutcome('pairs', state, selection, side, cardOf(side, index));
          if (outcome.kind === 'link') {
            expect(selection?.side).not.toBe(side);
            expect(order).toContain(outcome.itemId);
          }
        },
      ),
      { seed: 21, numRuns: 300 },
    );
  });
});

describe('the next card to link and what a check reveals', () => {
  it('walks the unlinked items in display order, then says none is left', () => {
    const state = reduce(initialMatchState(), { type: 'link', itemId: 'csto', targetId: 't-alliance' });
    expect(nextUnlinkedItem(order, state, null)).toBe('tokayev');
    expect(nextUnlinkedItem(order, state, 'tokayev')).toBe('armenia');
    expect(nextUnlinkedItem(order, state, 'armenia')).toBe('tokayev');
    const all = reduce(reduce(state, { type: 'link', itemId: 'tokayev', targetId: 't-president' }), {
      type: 'link',
      itemId: 'armenia',
      targetId: 't-spare',
    });
    expect(nextUnlinkedItem(order, all, null)).toBeNull();
    const checked = reduce(all, { type: 'check' });
    expect(checkSummary(order, checked)).toMatchObject({
      right: 2,
      linked: 3,
      total: 3,
      firstToFix: 'armenia',
    });
  });

  it('counts a categories board the same way', () => {
    const ids = categories.items.map((item) => item.id);
    expect(checkSummary(ids, initialMatchState())).toMatchObject({ right: 0, linked: 0, total: ids.length });
  });
});
