import { describe, expect, it } from 'vitest';
import { cardKey, type ReviewCard, readReviewCard } from '../../../src/core/review/review-card';
import { deckChangeAfterRun, isDue } from '../../../src/core/review/review-schedule';
import { finishedRun, right, sampleLevel, wrong } from '../scoring/score-fixtures';

const level = sampleLevel();
const key = (itemId: string) => cardKey('sample', 'cities', itemId);

function card(itemId: string, rightInReview: 0 | 1, dueSession = 1): ReviewCard {
  return {
    format: 1,
    key: key(itemId),
    levelId: 'sample',
    challengeId: 'cities',
    itemId,
    dueSession,
    rightInReview,
  };
}

function run(...items: ReturnType<typeof right>[]) {
  return finishedRun(level, [{ challengeId: 'cities', kind: 'place', items }]);
}

describe('the review deck after a level', () => {
  it('takes in every missed item — wrong, partly right or skipped — due next session', () => {
    const change = deckChangeAfterRun(
      [],
      'sample',
      run(right('almaty'), wrong('astana'), wrong('aktau', 40), { ...wrong('zhanaozen'), skipped: true }),
      false,
      4,
    );
    expect(change.remove).toEqual([]);
    expect(change.put.map((c) => [c.itemId, c.dueSession, c.rightInReview])).toEqual([
      ['astana', 5, 0],
      ['aktau', 5, 0],
      ['zhanaozen', 5, 0],
    ]);
  });

  it('leaves a card alone when an ordinary level gets its item right', () => {
    expect(deckChangeAfterRun([card('almaty', 0)], 'sample', run(right('almaty')), false, 2)).toEqual({
      put: [],
      remove: [],
    });
  });

  it('moves a card on after a first right answer in review, two sessions on', () => {
    const change = deckChangeAfterRun([card('almaty', 0)], 'sample', run(right('almaty')), true, 3);
    expect(change.put).toEqual([card('almaty', 1, 5)]);
  });

  it('takes a card out after its second right answer in review', () => {
    expect(deckChangeAfterRun([card('almaty', 1)], 'sample', run(right('almaty')), true, 5)).toEqual({
      put: [],
      remove: [key('almaty')],
    });
  });

  it('starts a card again when it is missed in review', () => {
    const change = deckChangeAfterRun([card('almaty', 1)], 'sample', run(wrong('almaty')), true, 5);
    expect(change.put).toEqual([card('almaty', 0, 6)]);
  });

  it('ignores a right landmark item that was never in the deck', () => {
    expect(deckChangeAfterRun([], 'sample', run(right('almaty')), true, 5)).toEqual({ put: [], remove: [] });
  });

  it('tells which cards are due', () => {
    expect(isDue(card('almaty', 0, 3), 2)).toBe(false);
    expect(isDue(card('almaty', 0, 3), 3)).toBe(true);
  });
});

describe('a stored card', () => {
  it('is read back when valid, and skipped when damaged', () => {
    const valid = card('almaty', 1);
    expect(readReviewCard(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
    expect(readReviewCard({ ...valid, key: 'other/key/x' })).toBeNull();
    expect(readReviewCard({ ...valid, rightInReview: 2 })).toBeNull();
    expect(readReviewCard({ ...valid, dueSession: '1' })).toBeNull();
    expect(readReviewCard({ ...valid, format: 2 })).toBeNull();
    expect(readReviewCard('junk')).toBeNull();
  });
});
