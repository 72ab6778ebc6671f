import { describe, expect, it } from 'vitest';
import { trueOrder } from '../../../src/core/challenges/timeline/timeline-rules';
import { swappedPairs, timelineFeedback } from '../../../src/core/feedback/timeline-feedback';
import { shippedChallenge } from './shipped';

const { items } = shippedChallenge('reading-the-crisis', 'the-standoff-in-order', 'timeline');
const right = trueOrder(items);
const swap = (order: readonly string[], a: string, b: string) =>
  order.map((id) => (id === a ? b : id === b ? a : id));

describe('timeline feedback', () => {
  it('has nothing to say about the right order, nor about events of the same day either way round', () => {
    expect(timelineFeedback(items, right)).toEqual([]);
    // The coup claim and the US “non-starters” are both of 10 January 2022.
    expect(timelineFeedback(items, swap(right, 'e-coup-attempt', 'e-non-starters'))).toEqual([]);
  });

  it('names the two events of a swap, the later one first as the player put it', () => {
    const order = swap(right, 'e-drafts-handed', 'e-drafts-published');
    expect(timelineFeedback(items, order)).toEqual([
      {
        key: 'feedback:timeline.swapped',
        params: {},
        texts: {
          later: 'content:reading-the-crisis.items.e-drafts-published.text',
          earlier: 'content:reading-the-crisis.items.e-drafts-handed.text',
        },
        countries: {},
      },
    ]);
  });

  it('puts the swap that spans the most time first', () => {
    // Two days apart in December 2021, and Biden (January 2021) after the toll of January 2022.
    const order = swap(
      swap(right, 'e-drafts-handed', 'e-drafts-published'),
      'e-biden-takes-office',
      'e-toll-announced',
    );
    const pairs = swappedPairs(items, order);
    expect(pairs[0]).toMatchObject({ later: 'e-toll-announced', earlier: 'e-biden-takes-office' });
    expect(pairs[0]!.gapDays).toBeGreaterThan(350);
    expect(pairs.at(-1)).toMatchObject({
      later: 'e-drafts-published',
      earlier: 'e-drafts-handed',
      gapDays: 2,
    });
  });

  it('keeps to a few swaps and counts the rest', () => {
    const reversed = [...right].reverse();
    const messages = timelineFeedback(items, reversed, 3);
    expect(messages).toHaveLength(4);
    // Ten cards, one pair on the same day: 45 pairs, 44 comparable, all swapped.
    expect(messages[3]).toEqual({
      key: 'feedback:timeline.more',
      params: { count: 41 },
      texts: {},
      countries: {},
    });
  });
});
