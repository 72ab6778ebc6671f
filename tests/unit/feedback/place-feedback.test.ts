import { describe, expect, it } from 'vitest';
import { bearingDegrees, compassPoint, roundedKm } from '../../../src/core/feedback/compass';
import { placeFeedback } from '../../../src/core/feedback/place-feedback';
import { lonLat } from '../../../src/core/geo/lon-lat';
import type { PlaceItem } from '../../../src/core/level/level-types';
import { shippedChallenge, shippedShapes } from './shipped';

const challenge = shippedChallenge('places-of-the-crisis', 'place-the-cities', 'place');
const item = (id: string): PlaceItem => {
  const found = challenge.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const at = (id: string) => lonLat(...item(id).lonLat);
const shapes = shippedShapes();

describe('place feedback', () => {
  it('names the place a card was dropped on, with how far and which way it is from the right one', () => {
    const feedback = placeFeedback(challenge, item('almaty'), at('astana'), { shapes });
    expect(feedback?.confusion).toEqual({ kind: 'place', with: 'astana' });
    expect(feedback?.message).toEqual({
      key: 'feedback:place.onOtherPlace',
      params: { distance: 970 },
      texts: {
        item: 'content:places.almaty.name',
        other: 'content:places.astana.name',
        // Astana lies north-north-west of Almaty, nearer north-west (315°) than north.
        direction: 'feedback:direction.nw',
      },
      countries: {},
    });
  });

  it('counts a drop near, not exactly on, another place as on it', () => {
    const nearBishkek = lonLat(74.9, 42.7);
    expect(placeFeedback(challenge, item('almaty'), nearBishkek)?.confusion).toEqual({
      kind: 'place',
      with: 'bishkek',
    });
  });

  it('names the country under a drop that is on no place of the level', () => {
    const inUzbekistan = lonLat(64.5, 41.3);
    const feedback = placeFeedback(challenge, item('almaty'), inUzbekistan, { shapes });
    expect(feedback?.confusion).toEqual({ kind: 'country', with: 'UZB' });
    expect(feedback?.message.key).toBe('feedback:place.inCountry');
    expect(feedback?.message.countries).toEqual({ country: 'UZB' });
    expect(feedback?.message.texts.direction).toBe('feedback:direction.w');
  });

  it('only says how far and which way when the drop is in the right country, or no shapes are given', () => {
    const inKazakhstan = lonLat(66.9, 48.0);
    expect(placeFeedback(challenge, item('almaty'), inKazakhstan, { shapes })?.message.key).toBe(
      'feedback:place.away',
    );
    expect(placeFeedback(challenge, item('almaty'), lonLat(64.5, 41.3))?.message.key).toBe(
      'feedback:place.away',
    );
  });

  it('has nothing to teach within the tolerance, or when the player did not place the card', () => {
    expect(placeFeedback(challenge, item('almaty'), lonLat(76.95, 43.3), { shapes })).toBeNull();
    expect(placeFeedback(challenge, item('almaty'), null, { shapes })).toBeNull();
  });

  it('adds the level’s note on a confusion it knows', () => {
    const confusions = [
      { item: 'almaty', confusedWith: 'astana', note: 'places-of-the-crisis.confusions.capital' },
    ];
    expect(placeFeedback(challenge, item('almaty'), at('astana'), { confusions })?.note?.key).toBe(
      'content:places-of-the-crisis.confusions.capital',
    );
    expect(placeFeedback(challenge, item('astana'), at('almaty'), { confusions })?.note).toBeUndefined();
  });
});

describe('compass', () => {
  it('points the way a map reader would say', () => {
    expect(compassPoint(at('almaty'), at('astana'))).toBe('nw');
    expect(compassPoint(at('astana'), at('almaty'))).toBe('se');
    expect(compassPoint(at('almaty'), lonLat(76.928, 50))).toBe('n');
    expect(compassPoint(at('moscow'), at('kyiv'))).toBe('sw');
    expect(compassPoint(at('geneva'), at('moscow'))).toBe('ne');
    expect(bearingDegrees(lonLat(0, 0), lonLat(10, 0))).toBeCloseTo(90, 5);
  });

  it('rounds distances as they are read out', () => {
    expect(roundedKm(42.4)).toBe(42);
    expect(roundedKm(967.2)).toBe(970);
  });
});
