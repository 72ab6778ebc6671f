import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACE_POINTS_PER_ITEM, scorePlaceGuess } from '../../../src/core/challenges/place/place-scoring';
import { distanceKm, greatCirclePath } from '../../../src/core/geo/great-circle';
import { fromTuple, lonLat } from '../../../src/core/geo/lon-lat';
import type { PlaceChallenge, PlaceItem } from '../../../src/core/level/level-types';

const almaty: PlaceItem = {
  id: 'almaty',
  name: 'places.almaty.name',
  kind: 'city',
  lonLat: [76.8897, 43.2389],
  toleranceKm: 50,
  fact: 'places.almaty.fact',
  source: [{ article: 'A', paragraph: 1 }],
};

const challenge: PlaceChallenge = {
  kind: 'place',
  id: 'places',
  prompt: 'places.prompt',
  maxDistanceKm: 1000,
  items: [almaty],
};

/** A guess `km` from Almaty, due north along the meridian. */
function guessAt(km: number) {
  return lonLat(almaty.lonLat[0], almaty.lonLat[1] + (km / (6371 * Math.PI)) * 180);
}

describe('scorePlaceGuess', () => {
  it('gives full points on the spot and within the tolerance', () => {
    expect(scorePlaceGuess(challenge, almaty, fromTuple(almaty.lonLat))).toEqual({
      itemId: 'almaty',
      distanceKm: 0,
      points: PLACE_POINTS_PER_ITEM,
      maxPoints: PLACE_POINTS_PER_ITEM,
      correct: true,
    });
    const near = scorePlaceGuess(challenge, almaty, guessAt(49));
    expect(near.points).toBe(PLACE_POINTS_PER_ITEM);
    expect(near.correct).toBe(true);
  });

  it('falls linearly between the tolerance and the maximum distance', () => {
    // Halfway between 50 km and 1000 km is 525 km: half the points.
    expect(scorePlaceGuess(challenge, almaty, guessAt(525)).points).toBe(50);
    const justOutside = scorePlaceGuess(challenge, almaty, guessAt(51));
    expect(justOutside.correct).toBe(false);
    expect(justOutside.points).toBe(99);
  });

  it('gives nothing at or beyond the maximum distance, never less', () => {
    expect(scorePlaceGuess(challenge, almaty, guessAt(1000.5)).points).toBe(0);
    expect(scorePlaceGuess(challenge, almaty, lonLat(-103, -43)).points).toBe(0); // the antipode
  });

  it('gives nothing for "I don\'t know"', () => {
    expect(scorePlaceGuess(challenge, almaty, null)).toEqual({
      itemId: 'almaty',
      distanceKm: null,
      points: 0,
      maxPoints: PLACE_POINTS_PER_ITEM,
      correct: false,
    });
  });

  it('reports the great-circle distance to the place', () => {
    const moscow = lonLat(37.6173, 55.7558);
    expect(scorePlaceGuess(challenge, almaty, moscow).distanceKm).toBeCloseTo(
      distanceKm(moscow, fromTuple(almaty.lonLat)),
      9,
    );
  });

  it('never gains points by moving away along any route', () => {
    const place = fc.record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
    });
    const setting = fc.record({
      tolerance: fc.double({ min: 0, max: 500, noNaN: true }),
      max: fc.double({ min: 1, max: 20038, noNaN: true }),
    });
    fc.assert(
      fc.property(place, setting, ({ lon, lat }, { tolerance, max }) => {
        const item = { ...almaty, toleranceKm: tolerance };
        const rules = { ...challenge, maxDistanceKm: max };
        // Walking from the place to a far point, the distance grows at every step, so the points must not.
        const route = greatCirclePath(fromTuple(item.lonLat), lonLat(lon, lat), 40);
        let previous = Number.POSITIVE_INFINITY;
        for (const guess of route) {
          const { points, maxPoints } = scorePlaceGuess(rules, item, guess);
          expect(points).toBeGreaterThanOrEqual(0);
          expect(points).toBeLessThanOrEqual(maxPoints);
          expect(points).toBeLessThanOrEqual(previous);
          previous = points;
        }
      }),
    );
  });
});
