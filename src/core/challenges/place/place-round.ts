import type { LonLat } from '../../geo/lon-lat';
import type { PlaceChallenge, PlaceItem } from '../../level/level-types';
import type { ChallengeResult } from '../../run/level-run';
import { PLACE_POINTS_PER_ITEM, type PlaceItemScore, scorePlaceGuess } from './place-scoring';

/** A place challenge being played: the challenge and every answer so far, in the order given. */
export interface PlaceRound {
  readonly challenge: PlaceChallenge;
  readonly scores: readonly PlaceItemScore[];
}

/** How an answer is told to the player; the scene picks the words and the icon. */
export type PlaceVerdict = 'right' | 'partial' | 'wrong' | 'skipped';

export function startPlaceRound(challenge: PlaceChallenge): PlaceRound {
  return { challenge, scores: [] };
}

/**
 * Records a drop (or "I don't know" as `null`). Each item is answered once: a second answer, or
 * one for an item the challenge does not have, leaves the round as it was and returns no score.
 */
export function answerPlace(
  round: PlaceRound,
  itemId: string,
  guess: LonLat | null,
): { readonly round: PlaceRound; readonly score: PlaceItemScore | null } {
  const item = round.challenge.items.find((candidate) => candidate.id === itemId);
  if (!item || round.scores.some((score) => score.itemId === itemId)) return { round, score: null };
  const score = scorePlaceGuess(round.challenge, item, guess);
  return { round: { ...round, scores: [...round.scores, score] }, score };
}

/** The items still to place, in the level's order. */
export function remainingPlaces(round: PlaceRound): PlaceItem[] {
  const answered = new Set(round.scores.map((score) => score.itemId));
  return round.challenge.items.filter((item) => !answered.has(item.id));
}

export function isPlaceRoundOver(round: PlaceRound): boolean {
  return remainingPlaces(round).length === 0;
}

export function placeRoundPoints(round: PlaceRound): { readonly points: number; readonly maxPoints: number } {
  return {
    points: round.scores.reduce((sum, score) => sum + score.points, 0),
    maxPoints: round.challenge.items.length * PLACE_POINTS_PER_ITEM,
  };
}

export function placeVerdict(score: PlaceItemScore): PlaceVerdict {
  if (score.distanceKm === null) return 'skipped';
  if (score.correct) return 'right';
  return score.points > 0 ? 'partial' : 'wrong';
}

/** What the level run records for this challenge. */
export function placeRoundResult(round: PlaceRound): ChallengeResult {
  return {
    challengeId: round.challenge.id,
    kind: 'place',
    items: round.scores.map((score) => ({
      itemId: score.itemId,
      points: score.points,
      maxPoints: score.maxPoints,
      correct: score.correct,
      ...(score.distanceKm === null ? { skipped: true } : { distanceKm: score.distanceKm }),
    })),
  };
}
