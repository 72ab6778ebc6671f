import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialPlacePlay,
  type PlacePlayAction,
  placePlayReducer,
  placesLeft,
} from '../../../src/core/challenges/place/place-play';
import {
  CROSSHAIR_BIG_STEP,
  CROSSHAIR_SMALL_STEP,
  clampToViewport,
  dontKnowTarget,
  placePointsSoFar,
  steerCrosshair,
} from '../../../src/core/challenges/place/place-steering';
import { screenPoint } from '../../../src/core/geo/lon-lat';

const viewport = { x: 0, y: 64, width: 900, height: 656 };

describe('steering the crosshair with the arrows', () => {
  it('moves six pixels a press, forty-eight with Shift, and pans nothing mid-map', () => {
    const from = screenPoint(450, 392);
    expect(steerCrosshair(from, { dx: 1, dy: 0, big: false }, viewport, 1)).toEqual({
      wanted: screenPoint(450 + CROSSHAIR_SMALL_STEP, 392),
      panX: 0,
      panY: 0,
    });
    expect(steerCrosshair(from, { dx: 0, dy: -1, big: true }, viewport, 1).wanted).toEqual(
      screenPoint(450, 392 - CROSSHAIR_BIG_STEP),
    );
  });

  it('pans the map under a crosshair that comes near the edge, by as much as it overshoots', () => {
    const move = steerCrosshair(screenPoint(862, 392), { dx: 1, dy: 0, big: false }, viewport, 1);
    // The margin is 40 px: 868 is 8 px past 860, so the map moves 8 px left.
    expect(move.panX).toBe(-8);
    expect(move.panY).toBe(0);
    const up = steerCrosshair(screenPoint(450, 100), { dx: 0, dy: -1, big: true }, viewport, 1);
    expect(up.panY).toBe(64 + 40 - (100 - 48));
  });

  it('after panning, the wanted point is back inside the margin, whatever the press', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 64, max: 720 }),
        fc.constantFrom(-1, 0, 1),
        fc.constantFrom(-1, 0, 1),
        fc.boolean(),
        fc.double({ min: 0.75, max: 1.6, noNaN: true }),
        (px, py, dx, dy, big, unit) => {
          const move = steerCrosshair(screenPoint(px, py), { dx, dy, big }, viewport, unit);
          const margin = Math.min(40 * unit, viewport.width / 4, viewport.height / 4);
          const x = move.wanted.x + move.panX;
          const y = move.wanted.y + move.panY;
          expect(x).toBeGreaterThanOrEqual(viewport.x + margin - 1e-9);
          expect(x).toBeLessThanOrEqual(viewport.x + viewport.width - margin + 1e-9);
          expect(y).toBeGreaterThanOrEqual(viewport.y + margin - 1e-9);
          expect(y).toBeLessThanOrEqual(viewport.y + viewport.height - margin + 1e-9);
        },
      ),
    );
  });

  it('keeps the crosshair on the map where the map cannot pan any further', () => {
    expect(clampToViewport(screenPoint(-20, 900), viewport)).toEqual(screenPoint(0, 720));
    expect(clampToViewport(screenPoint(300, 300), viewport)).toEqual(screenPoint(300, 300));
  });
});

describe('what "I don\'t know" applies to', () => {
  const cards = { items: [{ id: 'almaty' }, { id: 'astana' }, { id: 'moscow' }] };
  const reduce = placePlayReducer(cards);
  const ids = (state: ReturnType<typeof initialPlacePlay>) => placesLeft(cards, state).map((item) => item.id);

  it('is the card picked up, else the one focused, else the first left', () => {
    const start = initialPlacePlay();
    expect(dontKnowTarget(start, ids(start), null)).toBe('almaty');
    expect(dontKnowTarget(start, ids(start), 'moscow')).toBe('moscow');
    const picked = reduce(start, { type: 'pick', itemId: 'astana' });
    expect(dontKnowTarget(picked, ids(picked), 'moscow')).toBe('astana');
    const placed = reduce(start, { type: 'drop', itemId: 'moscow', lonLat: [37.6, 55.7] });
    // The focused card is already placed: the first one left instead.
    expect(dontKnowTarget(placed, ids(placed), 'moscow')).toBe('almaty');
  });

  it('after any sequence of actions, is a card still to place, or nothing once over', () => {
    const action: fc.Arbitrary<PlacePlayAction> = fc.oneof(
      fc.record({
        type: fc.constant('pick' as const),
        itemId: fc.constantFrom('almaty', 'astana', 'moscow', 'x'),
      }),
      fc.constant({ type: 'putBack' as const }),
      fc.record({
        type: fc.constant('dontKnow' as const),
        itemId: fc.constantFrom('almaty', 'astana', 'moscow'),
      }),
      fc.record({
        type: fc.constant('drop' as const),
        itemId: fc.constantFrom('almaty', 'astana', 'moscow'),
        lonLat: fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: -90, max: 90, noNaN: true }),
        ),
      }),
      fc.constant({ type: 'undo' as const }),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 12 }),
        fc.constantFrom(null, 'almaty', 'astana', 'moscow'),
        (actions, focused) => {
          const state = actions.reduce(reduce, initialPlacePlay());
          const left = ids(state);
          const target = dontKnowTarget(state, left, focused);
          if (state.over) expect(target).toBeNull();
          else expect(left).toContain(target);
          // Saying "I don't know" to it is always accepted.
          if (target !== null) expect(reduce(state, { type: 'dontKnow', itemId: target })).not.toBe(state);
        },
      ),
    );
  });
});

describe('the points so far', () => {
  it('add up the drops over a hundred a card', () => {
    expect(placePointsSoFar([100, 42, 0], 8)).toEqual({ points: 142, maxPoints: 800 });
    expect(placePointsSoFar([], 3)).toEqual({ points: 0, maxPoints: 300 });
  });
});
