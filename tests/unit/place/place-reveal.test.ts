import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../src/core/challenges/challenge-registry';
import { placeModule } from '../../../src/core/challenges/place/place-answer';
import { placeAnswerOf } from '../../../src/core/challenges/place/place-play';
import {
  initialPlaceScreen,
  type PlaceScreenAction,
  type PlaceScreenState,
  placeScreenDone,
  placeScreenPoints,
  placeScreenReducer,
} from '../../../src/core/challenges/place/place-reveal';
import { PLACE_POINTS_PER_ITEM } from '../../../src/core/challenges/place/place-scoring';
import { shippedOfKind } from '../challenges/shipped-challenges';

const { challenge } = shippedOfKind('place')[0]!;
const view = placeModule.playerView(challenge);
const first = challenge.items[0]!;
const second = challenge.items[1]!;

const run = (
  reduce: (state: PlaceScreenState, action: PlaceScreenAction) => PlaceScreenState,
  actions: readonly PlaceScreenAction[],
): PlaceScreenState[] => {
  const states = [initialPlaceScreen()];
  for (const action of actions) states.push(reduce(states.at(-1)!, action));
  return states;
};

describe('the place screen with the answers shown', () => {
  const reduce = placeScreenReducer(view, challenge);

  it('scores a drop on the place in full and reveals it until Continue', () => {
    const [, dropped, continued] = run(reduce, [
      { type: 'drop', itemId: first.id, lonLat: first.lonLat },
      { type: 'continue' },
    ]);
    expect(dropped!.reveal).toEqual({
      itemId: first.id,
      guess: first.lonLat,
      score: expect.objectContaining({ points: PLACE_POINTS_PER_ITEM, correct: true, distanceKm: 0 }),
    });
    expect(placeScreenPoints(dropped!, view.items.length)).toEqual({
      points: PLACE_POINTS_PER_ITEM,
      maxPoints: view.items.length * PLACE_POINTS_PER_ITEM,
    });
    expect(continued!.reveal).toBeNull();
    expect(continued!.scores).toHaveLength(1);
  });

  it('reveals "I don\'t know" with no guess and no points', () => {
    const state = reduce(initialPlaceScreen(), { type: 'dontKnow', itemId: first.id });
    expect(state.reveal?.guess).toBeNull();
    expect(state.reveal?.score).toMatchObject({ points: 0, distanceKm: null });
  });

  it('takes nothing but Continue while a card is revealed', () => {
    const revealing = reduce(initialPlaceScreen(), { type: 'dontKnow', itemId: first.id });
    for (const action of [
      { type: 'pick', itemId: second.id },
      { type: 'drop', itemId: second.id, lonLat: second.lonLat },
      { type: 'dontKnow', itemId: second.id },
      { type: 'undo' },
      { type: 'putBack' },
    ] as const)
      expect(reduce(revealing, action)).toBe(revealing);
  });

  it('takes the score back with the drop on undo', () => {
    const states = run(reduce, [
      { type: 'drop', itemId: first.id, lonLat: first.lonLat },
      { type: 'continue' },
      { type: 'undo' },
    ]);
    expect(states.at(-1)).toEqual(initialPlaceScreen());
  });

  it('is done only once every card is answered and the last reveal read', () => {
    const states = run(
      reduce,
      view.items.flatMap((item) => [
        { type: 'dontKnow', itemId: item.id } as const,
        { type: 'continue' } as const,
      ]),
    );
    expect(placeScreenDone(states.at(-2)!)).toBe(false);
    expect(placeScreenDone(states.at(-1)!)).toBe(true);
    expect(states.slice(0, -1).some(placeScreenDone)).toBe(false);
  });
});

describe('the place screen played blind', () => {
  it('never scores or reveals, and is done with the last card', () => {
    const reduce = placeScreenReducer(view, null);
    const states = run(
      reduce,
      view.items.map((item) => ({ type: 'drop', itemId: item.id, lonLat: [10, 20] }) as const),
    );
    expect(states.every((state) => state.reveal === null && state.scores.length === 0)).toBe(true);
    expect(placeScreenDone(states.at(-1)!)).toBe(true);
  });
});

describe('any sequence of actions on the place screen', () => {
  const reduce = placeScreenReducer(view, challenge);
  const id = fc.oneof(fc.constantFrom(...view.items.map((item) => item.id)), fc.constant('ghost'));
  const action: fc.Arbitrary<PlaceScreenAction> = fc.oneof(
    fc.record({ type: fc.constant('pick' as const), itemId: id }),
    fc.constant({ type: 'putBack' as const }),
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('drop' as const),
        itemId: id,
        lonLat: fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })),
      }),
    },
    fc.record({ type: fc.constant('dontKnow' as const), itemId: id }),
    fc.constant({ type: 'undo' as const }),
    { weight: 3, arbitrary: fc.constant({ type: 'continue' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'timeUp' as const }) },
  );

  it('keeps one score per answer, equal to scoring the answer afresh, and the reveal on the last one', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        for (const state of run(reduce, actions)) {
          expect(state.scores.map((score) => score.itemId)).toEqual(
            state.play.drops.map((drop) => drop.itemId),
          );
          const scored = scoreAnswer(challenge, placeAnswerOf(state.play));
          expect(placeScreenPoints(state, view.items.length).points).toBe(
            scored.items.reduce((sum, item) => sum + item.points, 0),
          );
          if (state.reveal) expect(state.reveal.itemId).toBe(state.play.drops.at(-1)?.itemId);
          if (state.reveal) expect(state.play.picked).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
