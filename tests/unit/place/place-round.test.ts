import { describe, expect, it } from 'vitest';
import {
  answerPlace,
  isPlaceRoundOver,
  placeRoundPoints,
  placeRoundResult,
  placeVerdict,
  remainingPlaces,
  startPlaceRound,
} from '../../../src/core/challenges/place/place-round';
import { fromTuple, lonLat } from '../../../src/core/geo/lon-lat';
import type { PlaceChallenge, PlaceItem } from '../../../src/core/level/level-types';

const item = (id: string, lonLat: [number, number]): PlaceItem => ({
  id,
  name: `places.${id}.name`,
  kind: 'city',
  lonLat,
  toleranceKm: 50,
  fact: `places.${id}.fact`,
  source: [{ article: 'A', paragraph: 1 }],
});

const challenge: PlaceChallenge = {
  kind: 'place',
  id: 'place-the-cities',
  prompt: 'prompt',
  maxDistanceKm: 1500,
  items: [
    item('almaty', [76.928, 43.257]),
    item('astana', [71.449, 51.169]),
    item('moscow', [37.617, 55.756]),
  ],
};

describe('a place round', () => {
  it('scores each item once and reports what remains', () => {
    let round = startPlaceRound(challenge);
    const first = answerPlace(round, 'astana', fromTuple([71.449, 51.169]));
    round = first.round;
    expect(first.score?.points).toBe(100);
    expect(remainingPlaces(round).map((place) => place.id)).toEqual(['almaty', 'moscow']);
    const again = answerPlace(round, 'astana', lonLat(0, 0));
    expect(again.score).toBeNull();
    expect(again.round).toBe(round);
    expect(answerPlace(round, 'paris', lonLat(2, 48)).score).toBeNull();
  });

  it('hands the level run every answer, skipped ones marked', () => {
    let round = startPlaceRound(challenge);
    round = answerPlace(round, 'almaty', fromTuple([76.928, 43.257])).round;
    round = answerPlace(round, 'astana', null).round;
    round = answerPlace(round, 'moscow', lonLat(60, 20)).round;
    expect(isPlaceRoundOver(round)).toBe(true);
    expect(placeRoundPoints(round)).toEqual({ points: 100, maxPoints: 300 });
    const result = placeRoundResult(round);
    expect(result.challengeId).toBe('place-the-cities');
    expect(result.kind).toBe('place');
    expect(result.items.map((entry) => [entry.itemId, entry.points, entry.skipped ?? false])).toEqual([
      ['almaty', 100, false],
      ['astana', 0, true],
      ['moscow', 0, false],
    ]);
    expect(result.items[0]?.distanceKm).toBe(0);
    expect(result.items[1]?.distanceKm).toBeUndefined();
  });

  it('tells right, partly right, wrong and skipped apart', () => {
    const round = startPlaceRound(challenge);
    const verdict = (guess: ReturnType<typeof lonLat> | null) =>
      placeVerdict(answerPlace(round, 'almaty', guess).score!);
    expect(verdict(fromTuple([76.9, 43.3]))).toBe('right');
    expect(verdict(fromTuple([71.449, 51.169]))).toBe('partial');
    expect(verdict(lonLat(0, 0))).toBe('wrong');
    expect(verdict(null)).toBe('skipped');
  });
});
