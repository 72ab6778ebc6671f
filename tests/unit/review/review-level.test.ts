import { describe, expect, it } from 'vitest';
import { cardKey, type ReviewCard } from '../../../src/core/review/review-card';
import {
  dueItemCount,
  MIN_TIMELINE_CARDS,
  reviewLevel,
  reviewLevelId,
  reviewQueue,
  reviewSource,
} from '../../../src/core/review/review-level';
import { sampleLevel } from '../scoring/score-fixtures';

const level = sampleLevel();

function card(challengeId: string, itemId: string, dueSession = 2): ReviewCard {
  return {
    format: 1,
    key: cardKey('sample', challengeId, itemId),
    levelId: 'sample',
    challengeId,
    itemId,
    dueSession,
    rightInReview: 0,
  };
}

describe('a review level', () => {
  it('keeps only the due items, in the level’s order, with the level’s map and prompts', () => {
    const review = reviewLevel(
      level,
      [card('cities', 'aktau'), card('cities', 'almaty'), card('cities', 'astana', 9)],
      2,
    );
    expect(review?.id).toBe(reviewLevelId('sample'));
    expect(review?.map).toEqual(level.map);
    expect(review?.challenges).toHaveLength(1);
    expect(review?.challenges[0]?.prompt).toBe('sample.cities');
    expect(review?.challenges[0]?.items.map((item) => item.id)).toEqual(['almaty', 'aktau']);
  });

  it('adds landmark events to a timeline too short to be an exercise', () => {
    const review = reviewLevel(level, [card('days', 'csto')], 2);
    const items = review?.challenges[0]?.items.map((item) => item.id);
    expect(items).toHaveLength(MIN_TIMELINE_CARDS);
    expect(items).toContain('csto');
  });

  it('is null when nothing is due, and ignores cards of items that no longer exist', () => {
    expect(reviewLevel(level, [card('cities', 'almaty', 3)], 2)).toBeNull();
    expect(reviewLevel(level, [card('cities', 'gone'), card('removed', 'almaty')], 2)).toBeNull();
    expect(
      dueItemCount(level, [card('cities', 'gone'), card('cities', 'almaty'), card('days', 'csto')], 2),
    ).toBe(2);
  });

  it('names the level it comes from, and ordinary levels name none', () => {
    expect(reviewSource(reviewLevelId('places-of-the-crisis'))).toBe('places-of-the-crisis');
    expect(reviewSource('places-of-the-crisis')).toBeNull();
  });
});

describe('the review queue', () => {
  it('lists the levels with items due, in the catalog’s order, with how many', () => {
    const other = { ...level, id: 'other' };
    const queue = reviewQueue([other, level], [card('cities', 'almaty'), card('days', 'csto')], 2);
    expect(queue.map((entry) => [entry.level.id, entry.due])).toEqual([[reviewLevelId('sample'), 2]]);
  });
});
