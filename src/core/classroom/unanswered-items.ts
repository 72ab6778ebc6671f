import { MATCH_POINTS_PER_ITEM } from '../challenges/match/match-rules';
import { PLACE_POINTS_PER_ITEM } from '../challenges/place/place-scoring';
import { TIMELINE_POINTS_PER_CARD } from '../challenges/timeline/timeline-rules';
import type { Challenge, ChallengeKind } from '../level/level-types';
import type { ChallengeResult, ItemResult } from '../run/level-run';

const POINTS_PER_ITEM: Record<ChallengeKind, number> = {
  place: PLACE_POINTS_PER_ITEM,
  timeline: TIMELINE_POINTS_PER_CARD,
  match: MATCH_POINTS_PER_ITEM,
};

/**
 * An answer cut short by the time limit still counts every item of the challenge: those the
 * player had not reached yet are worth nothing, as if "I don't know", so the maximum is the same
 * for everyone and the item analysis counts them as missed.
 */
export function withUnansweredItems(challenge: Challenge, result: ChallengeResult): ChallengeResult {
  const answered = new Set(result.items.map((item) => item.itemId));
  const missing = challenge.items
    .filter((item) => !answered.has(item.id))
    .map(
      (item): ItemResult => ({
        itemId: item.id,
        points: 0,
        maxPoints: POINTS_PER_ITEM[challenge.kind],
        correct: false,
        skipped: true,
      }),
    );
  return missing.length === 0 ? result : { ...result, items: [...result.items, ...missing] };
}
