import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswerFor, scoreAnswer } from '../../../src/core/challenges/challenge-registry';
import { matchAnswerOf, matchModule } from '../../../src/core/challenges/match/match-answer';
import {
  initialMatchState,
  linkOf,
  type MatchAction,
  matchReducer,
  scoreMatch,
} from '../../../src/core/challenges/match/match-rules';
import { placeModule } from '../../../src/core/challenges/place/place-answer';
import {
  initialPlacePlay,
  type PlacePlayAction,
  placeAnswerOf,
  placePlayReducer,
  placesLeft,
} from '../../../src/core/challenges/place/place-play';
import { timelineModule } from '../../../src/core/challenges/timeline/timeline-answer';
import {
  initialTimelinePlay,
  type TimelinePlayAction,
  timelineAnswerOf,
  timelinePlay,
} from '../../../src/core/challenges/timeline/timeline-play';
import { shippedOfKind } from './shipped-challenges';

const run = <S, A>(reduce: (state: S, action: A) => S, start: S, actions: readonly A[]) => {
  const states = [start];
  for (const action of actions) states.push(reduce(states.at(-1) as S, action));
  return states;
};

describe('the place play reducer', () => {
  const { challenge } = shippedOfKind('place')[0]!;
  const view = placeModule.playerView(challenge);
  const reduce = placePlayReducer(view);
  const id = fc.oneof(fc.constantFrom(...view.items.map((item) => item.id)), fc.constant('ghost'));
  const action: fc.Arbitrary<PlacePlayAction> = fc.oneof(
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
    { weight: 1, arbitrary: fc.constant({ type: 'timeUp' as const }) },
  );

  it('keeps any sequence of actions a possible answer', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        for (const state of run(reduce, initialPlacePlay(), actions)) {
          const ids = state.drops.map((drop) => drop.itemId);
          expect(new Set(ids).size).toBe(ids.length);
          if (state.picked !== null)
            expect(placesLeft(view, state).map((item) => item.id)).toContain(state.picked);
          const parsed = parseAnswerFor(view, placeAnswerOf(state));
          expect(parsed).toEqual({ ok: true, answer: placeAnswerOf(state) });
          if (placesLeft(view, state).length === 0) expect(state.over).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is over once every card is placed, and then refuses everything', () => {
    const done = run(
      reduce,
      initialPlacePlay(),
      view.items.map((item) => ({ type: 'dontKnow' as const, itemId: item.id })),
    ).at(-1)!;
    expect(done.over).toBe(true);
    expect(reduce(done, { type: 'undo' })).toBe(done);
    expect(scoreAnswer(challenge, placeAnswerOf(done)).items.every((item) => item.skipped)).toBe(true);
  });

  it('takes the last drop back on undo, and refuses a place off the globe', () => {
    const [a, b] = view.items.map((item) => item.id) as [string, string];
    const one = reduce(initialPlacePlay(), { type: 'drop', itemId: a, lonLat: [71, 51] });
    const two = reduce(one, { type: 'dontKnow', itemId: b });
    expect(reduce(two, { type: 'undo' }).drops).toEqual(one.drops);
    expect(reduce(one, { type: 'drop', itemId: b, lonLat: [Number.NaN, 0] })).toBe(one);
    expect(reduce(one, { type: 'drop', itemId: a, lonLat: [70, 50] })).toBe(one);
  });
});

describe('the timeline play reducer', () => {
  const { challenge } = shippedOfKind('timeline')[0]!;
  const view = timelineModule.playerView(challenge);
  const dealt = view.items.map((item) => item.id);
  const action: fc.Arbitrary<TimelinePlayAction> = fc.oneof(
    fc.record({
      type: fc.constant('lift' as const),
      id: fc.oneof(fc.constantFrom(...dealt), fc.constant('x')),
    }),
    {
      weight: 3,
      arbitrary: fc.record({ type: fc.constant('moveTo' as const), slot: fc.integer({ min: -3, max: 30 }) }),
    },
    fc.constant({ type: 'putDown' as const }),
    fc.constant({ type: 'putBack' as const }),
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { type: 'check' as const },
        { type: 'timeUp' as const },
        { type: 'dontKnow' as const },
      ),
    },
  );

  it('keeps every card once, in any sequence of actions, and its answer always parses', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        for (const state of run(timelinePlay, initialTimelinePlay(dealt), actions)) {
          expect([...state.order].sort()).toEqual([...dealt].sort());
          if (state.dontKnow) expect(state.over).toBe(true);
          if (state.held) expect(dealt).toContain(state.held.id);
          expect(parseAnswerFor(view, timelineAnswerOf(state)).ok).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('puts a card back where it was lifted from, and freezes at the check', () => {
    const [first] = dealt as [string];
    const lifted = timelinePlay(initialTimelinePlay(dealt), { type: 'lift', id: first });
    const moved = timelinePlay(lifted, { type: 'moveTo', slot: 99 });
    expect(moved.order.at(-1)).toBe(first);
    expect(timelinePlay(moved, { type: 'putBack' }).order).toEqual(dealt);
    const checked = timelinePlay(timelinePlay(moved, { type: 'putDown' }), { type: 'check' });
    expect(timelinePlay(checked, { type: 'lift', id: first })).toBe(checked);
    expect(timelineAnswerOf(checked).order.at(-1)).toBe(first);
  });
});

describe('the match answer of a state', () => {
  it.each(shippedOfKind('match'))(
    '$name: parses, and scores as Finish would, checks included',
    ({ challenge }) => {
      const view = matchModule.playerView(challenge);
      const item = fc.constantFrom(...challenge.items.map((entry) => entry.id));
      const target = fc.constantFrom(...challenge.targets.map((entry) => entry.id));
      const action: fc.Arbitrary<MatchAction> = fc.oneof(
        {
          weight: 5,
          arbitrary: fc.record({ type: fc.constant('link' as const), itemId: item, targetId: target }),
        },
        fc.record({ type: fc.constant('unlink' as const), itemId: item }),
        fc.constant({ type: 'check' as const }),
      );
      const open = matchReducer(challenge);
      const blind = matchReducer(view);
      fc.assert(
        fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
          const state = actions.reduce(open, initialMatchState());
          const answer = matchAnswerOf(challenge, state);
          expect(parseAnswerFor(view, answer)).toEqual({ ok: true, answer });
          const finished = open(state, { type: 'finish' });
          const scene = scoreMatch(challenge, finished);
          expect(scoreAnswer(challenge, answer)).toEqual({
            ...scene,
            items: scene.items.map((result) => {
              const linked = linkOf(finished, result.itemId);
              return linked === undefined ? result : { ...result, answer: linked };
            }),
          });
          // From the view: the same links, no checks.
          const seen = actions.reduce(blind, initialMatchState());
          expect(matchAnswerOf(view, seen)).not.toHaveProperty('checks');
          expect(parseAnswerFor(view, matchAnswerOf(view, seen)).ok).toBe(true);
        }),
        { numRuns: 60 },
      );
    },
  );
});
