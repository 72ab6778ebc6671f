import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineModule } from '../../../src/core/challenges/timeline/timeline-answer';
import {
  heldMoved,
  initialTimelinePlay,
  type TimelinePlayAction,
  type TimelinePlayState,
  timelineAnswerOf,
  timelinePlay,
} from '../../../src/core/challenges/timeline/timeline-play';
import {
  checkedScore,
  describedCard,
  factInfo,
  nextFactId,
  shownOrder,
  startReview,
  timelineReview,
} from '../../../src/core/challenges/timeline/timeline-review';
import { trueOrder } from '../../../src/core/challenges/timeline/timeline-rules';
import { shippedOfKind } from '../challenges/shipped-challenges';

const { challenge } = shippedOfKind('timeline')[0]!;
const dealt = timelineModule.playerView(challenge).items.map((item) => item.id);
const chronology = trueOrder(challenge.items);

const by = fc.constantFrom('pointer' as const, 'keyboard' as const, undefined);
const action: fc.Arbitrary<TimelinePlayAction> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({ id: fc.oneof(fc.constantFrom(...dealt), fc.constant('ghost')), by })
      .map(({ id, by }) => (by ? { type: 'lift' as const, id, by } : { type: 'lift' as const, id })),
  },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('moveTo' as const), slot: fc.integer({ min: -5, max: 40 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('moveBy' as const), delta: fc.integer({ min: -20, max: 20 }) }),
  },
  { weight: 2, arbitrary: fc.constantFrom({ type: 'putDown' as const }, { type: 'putBack' as const }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { type: 'check' as const },
      { type: 'timeUp' as const },
      { type: 'dontKnow' as const },
    ),
  },
);

function play(actions: readonly TimelinePlayAction[]): TimelinePlayState[] {
  const states = [initialTimelinePlay(dealt)];
  for (const next of actions) states.push(timelinePlay(states.at(-1)!, next));
  return states;
}

describe('the timeline play reducer', () => {
  it('keeps the order a permutation of the dealt cards after any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        for (const state of play(actions)) {
          expect([...state.order].sort()).toEqual([...dealt].sort());
          if (state.held) {
            expect(dealt).toContain(state.held.id);
            expect([...state.held.startOrder].sort()).toEqual([...dealt].sort());
          }
          if (state.over) expect(state.held).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing once the play is over, whatever comes next', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), action, (actions, last) => {
        const final = timelinePlay(play(actions).at(-1)!, { type: 'check' });
        expect(timelinePlay(final, last)).toBe(final);
      }),
    );
  });

  it('moves a card in hand by slots, clamped to the track, and puts it back where it was lifted', () => {
    const [first, second] = dealt as [string, string];
    const lifted = timelinePlay(initialTimelinePlay(dealt), { type: 'lift', id: second });
    expect(lifted.held?.by).toBe('keyboard');
    const left = timelinePlay(lifted, { type: 'moveBy', delta: -1 });
    expect(left.order.slice(0, 2)).toEqual([second, first]);
    expect(heldMoved(left)).toBe(true);
    // Already in the first slot: Home refuses, and the very same state comes back.
    expect(timelinePlay(left, { type: 'moveBy', delta: -dealt.length })).toBe(left);
    const end = timelinePlay(left, { type: 'moveBy', delta: dealt.length });
    expect(end.order.at(-1)).toBe(second);
    expect(timelinePlay(end, { type: 'putBack' }).order).toEqual(dealt);
    const down = timelinePlay(end, { type: 'putDown' });
    expect(down.held).toBeNull();
    expect(down.order.at(-1)).toBe(second);
  });

  it('lets a drag take the card the keyboard holds, from where it stands now', () => {
    const [first] = dealt as [string];
    const keyboard = timelinePlay(initialTimelinePlay(dealt), { type: 'lift', id: first });
    const moved = timelinePlay(keyboard, { type: 'moveTo', slot: 2 });
    expect(timelinePlay(moved, { type: 'lift', id: first })).toBe(moved);
    const dragged = timelinePlay(moved, { type: 'lift', id: first, by: 'pointer' });
    expect(dragged.held).toEqual({ id: first, by: 'pointer', startOrder: moved.order });
    expect(heldMoved(dragged)).toBe(false);
  });

  it('says a card in hand has moved only when its order differs from where it was lifted', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        for (const state of play(actions)) {
          const start = state.held?.startOrder;
          expect(heldMoved(state)).toBe(start !== undefined && start.join() !== state.order.join());
        }
      }),
    );
  });
});

describe('the timeline check and review', () => {
  it('scores the same answer twice alike, and as the answer the play stands for', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const final = timelinePlay(play(actions).at(-1)!, { type: 'check' });
        const once = checkedScore(challenge, final);
        expect(checkedScore(challenge, final)).toEqual(once);
        expect(once.points).toBe(
          timelineModule
            .score(challenge, timelineAnswerOf(final))
            .items.reduce((sum, item) => sum + item.points, 0),
        );
        expect(once.points).toBeLessThanOrEqual(once.maxPoints);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the maximum for the true order and nothing after "I don\'t know"', () => {
    const right = { ...initialTimelinePlay(chronology), over: true };
    const score = checkedScore(challenge, right);
    expect(score.points).toBe(score.maxPoints);
    const given = timelinePlay(initialTimelinePlay(chronology), { type: 'dontKnow' });
    expect(checkedScore(challenge, given).points).toBe(0);
  });

  it('opens on the earliest event, and Continue walks through the events in the order they happened', () => {
    const checked = timelinePlay(initialTimelinePlay(dealt), { type: 'check' });
    const review = startReview(challenge.items, checked);
    expect(review).toEqual({ explaining: chronology[0], showTrueOrder: false });
    const walked: string[] = [];
    for (let id = review.explaining; id; id = nextFactId(challenge.items, id)) walked.push(id);
    expect(walked).toEqual(chronology);
    expect(
      startReview(challenge.items, timelinePlay(initialTimelinePlay(dealt), { type: 'dontKnow' })).explaining,
    ).toBeNull();
  });

  it('opens and closes fact cards, refuses an unknown event, and toggles the order shown', () => {
    const checked = timelinePlay(initialTimelinePlay(dealt), { type: 'check' });
    const review = startReview(challenge.items, checked);
    expect(timelineReview(challenge.items, review, { type: 'open', id: 'ghost' })).toBe(review);
    const closed = timelineReview(challenge.items, review, { type: 'close' });
    expect(closed.explaining).toBeNull();
    expect(timelineReview(challenge.items, closed, { type: 'close' })).toBe(closed);
    const last = chronology.at(-1)!;
    expect(timelineReview(challenge.items, closed, { type: 'open', id: last }).explaining).toBe(last);
    const truth = timelineReview(challenge.items, review, { type: 'toggleOrder' });
    expect(shownOrder(challenge.items, checked, truth)).toEqual(chronology);
    expect(shownOrder(challenge.items, checked, review)).toEqual(checked.order);
    expect(shownOrder(null, checked, truth)).toEqual(checked.order);
  });

  it('tells a fact card its rank, slot and the swap it is part of', () => {
    const [a, b, ...rest] = chronology as [string, string, ...string[]];
    const swapped = timelinePlay(initialTimelinePlay([b, a, ...rest]), { type: 'check' });
    const info = factInfo(challenge, swapped, a);
    expect(info.count).toBe(chronology.length);
    expect(info.slot).toBe(2);
    if (!info.sameDate) expect(info.swap).toEqual({ earlier: a, later: b });
    const given = timelinePlay(initialTimelinePlay(dealt), { type: 'dontKnow' });
    expect(factInfo(challenge, given, a)).toMatchObject({ slot: null, swap: null });
    expect(() => factInfo(challenge, given, 'ghost')).toThrow();
  });

  it('describes the card in hand first, then the one under the pointer, the explained one, the chosen one', () => {
    const looking = { held: 'h', hovered: 'p', explaining: 'e', chosen: 'c' };
    expect(describedCard(looking)).toBe('h');
    expect(describedCard({ ...looking, held: null })).toBe('p');
    expect(describedCard({ ...looking, held: null, hovered: null })).toBe('e');
    expect(describedCard({ held: null, hovered: null, explaining: null, chosen: 'c' })).toBe('c');
  });
});
