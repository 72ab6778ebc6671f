import { distanceKm } from '../../geo/great-circle';
import { fromTuple, type LonLat } from '../../geo/lon-lat';
import type { PlaceChallenge, PlaceItem } from '../../level/level-types';

/** What a place card is worth when dropped within its tolerance. */
export const PLACE_POINTS_PER_ITEM = 100;

export interface PlaceItemScore {
  readonly itemId: string;
  /** Great-circle distance from the guess to the place; null when the player said "I don't know". */
  readonly distanceKm: number | null;
  readonly points: number;
  readonly maxPoints: number;
  /** Within the item's tolerance. */
  readonly correct: boolean;
}

/**
 * Scores one drop: full points within `item.toleranceKm`, then falling linearly to nothing at
 * `challenge.maxDistanceKm`, never below zero. A `null` guess ("I don't know") is worth nothing.
 * Points are whole numbers, rounded down so a near miss never shows as full marks.
 */
export function scorePlaceGuess(
  challenge: PlaceChallenge,
  item: PlaceItem,
  guess: LonLat | null,
): PlaceItemScore {
  const maxPoints = PLACE_POINTS_PER_ITEM;
  if (guess === null) return { itemId: item.id, distanceKm: null, points: 0, maxPoints, correct: false };
  const distance = distanceKm(guess, fromTuple(item.lonLat));
  const correct = distance <= item.toleranceKm;
  return {
    itemId: item.id,
    distanceKm: distance,
    points: pointsAt(distance, item.toleranceKm, challenge.maxDistanceKm),
    maxPoints,
    correct,
  };
}

function pointsAt(distance: number, toleranceKm: number, maxDistanceKm: number): number {
  if (distance <= toleranceKm) return PLACE_POINTS_PER_ITEM;
  if (distance >= maxDistanceKm) return 0;
  const share = (maxDistanceKm - distance) / (maxDistanceKm - toleranceKm);
  return Math.floor(PLACE_POINTS_PER_ITEM * share);
}
