import { describe, expect, it } from 'vitest';
import { withUnansweredItems } from '../../../src/core/classroom/unanswered-items';
import type { PlaceChallenge } from '../../../src/core/level/level-types';
import { level } from './classroom-fixtures';

describe('an answer cut short by the time limit', () => {
  it('counts the places not yet placed as unanswered, worth nothing', () => {
    const sample = level().challenges[0] as PlaceChallenge;
    const challenge: PlaceChallenge = {
      ...sample,
      items: [sample.items[0]!, { ...sample.items[0]!, id: 'astana' }],
    };
    const partial = {
      challengeId: challenge.id,
      kind: 'place' as const,
      items: [{ itemId: 'almaty', points: 100, maxPoints: 100, correct: true, distanceKm: 3 }],
    };
    expect(withUnansweredItems(challenge, partial).items).toEqual([
      partial.items[0],
      { itemId: 'astana', points: 0, maxPoints: 100, correct: false, skipped: true },
    ]);
    const whole = withUnansweredItems(challenge, partial);
    expect(withUnansweredItems(challenge, whole)).toBe(whole);
  });
});
