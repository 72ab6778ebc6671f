import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealTimeline } from '../../../src/core/challenges/timeline/shuffle';
import {
  isCorrectOrder,
  moveCard,
  scoreTimeline,
  TIMELINE_POINTS_PER_CARD,
  timelineResult,
  timelineVerdict,
  trueOrder,
  trueRanks,
} from '../../../src/core/challenges/timeline/timeline-rules';
import type { TimelineChallenge, TimelineItem } from '../../../src/core/level/level-types';
import { seededRandom } from '../../../src/core/random/seeded-random';

function item(id: string, date: string): TimelineItem {
  return {
    id,
    date,
    text: `events.${id}.text`,
    place: `events.${id}.place`,
    lonLat: [71.4, 51.2],
    fact: `events.${id}.fact`,
    source: [{ article: 'A', paragraph: 1 }],
  };
}

/** n events on n different days, listed in chronological order. */
function distinctDays(n: number): TimelineItem[] {
  return Array.from({ length: n }, (_, i) => item(`e${i}`, `2022-01-${String(i + 1).padStart(2, '0')}`));
}

const ids = (items: readonly TimelineItem[]) => items.map((entry) => entry.id);
const pairs = (n: number) => (n * (n - 1)) / 2;
const swapNeighbours = (order: readonly string[], at: number) => moveCard(order, at, at + 1);

describe('scoreTimeline', () => {
  it('gives the maximum for the true order, every card right and whole', () => {
    const items = distinctDays(6);
    const score = scoreTimeline(items, ids(items));
    expect(score.maxPoints).toBe(6 * TIMELINE_POINTS_PER_CARD);
    expect(score.points).toBe(score.maxPoints);
    expect(score.rightPairs).toBe(pairs(6));
    expect(score.items.every((result) => result.correct && result.points === result.maxPoints)).toBe(true);
  });

  it('takes a swap of neighbours mostly from the two swapped cards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 20 }), fc.nat(), (n, at) => {
        const items = distinctDays(n);
        const swapped = at % (n - 1);
        const score = scoreTimeline(items, swapNeighbours(ids(items), swapped));
        const tau = 1 - 2 / pairs(n);
        expect(score.points).toBe(Math.floor(score.maxPoints * tau ** 2));
        const moved = (id: string) => id === `e${swapped}` || id === `e${swapped + 1}`;
        const swappedPoints = score.items.filter((r) => moved(r.itemId)).map((r) => r.points);
        for (const result of score.items) {
          expect(result.correct).toBe(!moved(result.itemId));
          if (!moved(result.itemId)) expect(result.points).toBeGreaterThan(Math.max(...swappedPoints));
        }
      }),
    );
    const ten = distinctDays(10);
    expect(scoreTimeline(ten, swapNeighbours(ids(ten), 4)).points).toBe(913);
  });

  it('gives nothing for the reversed order', () => {
    for (const n of [2, 3, 7, 17]) {
      const items = distinctDays(n);
      const score = scoreTimeline(items, ids(items).reverse());
      expect(score.points).toBe(0);
      expect(score.rightPairs).toBe(0);
    }
  });

  it('accepts events on the same date in either order', () => {
    const items = [
      item('a', '2022-01-02'),
      item('b', '2022-01-05'),
      item('c', '2022-01-05'),
      item('d', '2022-01-06'),
    ];
    for (const order of [
      ['a', 'b', 'c', 'd'],
      ['a', 'c', 'b', 'd'],
    ]) {
      const score = scoreTimeline(items, order);
      expect(score.points).toBe(score.maxPoints);
      expect(score.comparablePairs).toBe(pairs(4) - 1);
      expect(score.items.every((result) => result.correct)).toBe(true);
    }
    expect(scoreTimeline(items, ['d', 'c', 'b', 'a']).points).toBe(0);
  });

  it('ties a month or a year with any day inside it', () => {
    const items = [
      item('rose', '2003-11'),
      item('nato', '2004-03-29'),
      item('orange', '2004-11'),
      item('kyiv', '2004-11-22'),
    ];
    expect(scoreTimeline(items, ['rose', 'nato', 'kyiv', 'orange']).points).toBe(400);
    const yearOnly = [item('year', '2004'), item('march', '2004-03'), item('november', '2004-11')];
    expect(scoreTimeline(yearOnly, ['march', 'year', 'november']).points).toBe(300);
    // "2004" ties with both others, so it is right anywhere; November before March, the only pair
    // that counts, is wrong: agreement −1, nothing earned, yet "2004" is still marked right.
    const swapped = scoreTimeline(yearOnly, ['november', 'year', 'march']);
    expect(swapped.points).toBe(0);
    expect(swapped.items.map((result) => timelineVerdict(result))).toEqual(['right', 'wrong', 'wrong']);
  });

  it('marks a card right when its slot is one the true order allows', () => {
    const items = distinctDays(4);
    const marks = (order: string[]) =>
      Object.fromEntries(scoreTimeline(items, order).items.map((result) => [result.itemId, result.correct]));
    expect(marks(['e1', 'e2', 'e3', 'e0'])).toEqual({ e0: false, e1: false, e2: false, e3: false });
    expect(marks(['e0', 'e2', 'e1', 'e3'])).toEqual({ e0: true, e1: false, e2: false, e3: true });
    const tied = [item('a', '2022-01-05'), item('b', '2022-01-05'), item('c', '2022-01-06')];
    const tiedMarks = Object.fromEntries(
      scoreTimeline(tied, ['b', 'c', 'a']).items.map((r) => [r.itemId, r.correct]),
    );
    expect(tiedMarks).toEqual({ a: false, b: true, c: false });
  });

  it('shares the points out so the cards add up to the total', () => {
    const items = distinctDays(7);
    const score = scoreTimeline(items, ['e3', 'e0', 'e6', 'e1', 'e2', 'e5', 'e4']);
    expect(score.items.reduce((sum, result) => sum + result.points, 0)).toBe(score.points);
    const tau = (2 * score.rightPairs - score.comparablePairs) / score.comparablePairs;
    expect(score.points).toBeLessThanOrEqual(Math.floor(score.maxPoints * Math.max(0, tau) ** 2));
  });

  it('lists the cards in chronological order, each with the slot the player gave it', () => {
    const items = distinctDays(4);
    const results = scoreTimeline(items, ['e2', 'e0', 'e3', 'e1']).items;
    expect(results.map((result) => result.itemId)).toEqual(ids(items));
    expect(results.map((result) => result.answer)).toEqual(['2', '4', '1', '3']);
  });

  it('refuses an order that is not a permutation of the items', () => {
    const items = distinctDays(3);
    expect(() => scoreTimeline(items, ['e0', 'e1'])).toThrow();
    expect(() => scoreTimeline(items, ['e0', 'e1', 'e1'])).toThrow();
    expect(() => scoreTimeline(items, ['e0', 'e1', 'x'])).toThrow();
  });

  it('builds the challenge result for the level run', () => {
    const items = distinctDays(3);
    const challenge: TimelineChallenge = { kind: 'timeline', id: 'order', prompt: 'order.prompt', items };
    const result = timelineResult(challenge, ['e0', 'e2', 'e1']);
    expect(result.challengeId).toBe('order');
    expect(result.kind).toBe('timeline');
    expect(result.items.map((entry) => entry.points)).toEqual(
      scoreTimeline(items, ['e0', 'e2', 'e1']).items.map((e) => e.points),
    );
  });
});

/** Events on a handful of dates of mixed precision, so ties (also between precisions) are common. */
const eventsArbitrary = fc
  .array(
    fc.constantFrom(
      '2003-11',
      '2004',
      '2004-03-29',
      '2004-11',
      '2004-11-22',
      '2022-01-05',
      '2022-01-06',
      '2022-01',
    ),
    {
      minLength: 2,
      maxLength: 12,
    },
  )
  .map((dates) => dates.map((date, i) => item(`e${i}`, date)));

const eventsAndOrder = eventsArbitrary.chain((items) =>
  fc.tuple(
    fc.constant(items),
    fc.shuffledSubarray(ids(items), { minLength: items.length, maxLength: items.length }),
  ),
);

describe('scoreTimeline properties', () => {
  it('stays within [0, max], card by card and in total, and the cards add up to the total', () => {
    fc.assert(
      fc.property(eventsAndOrder, ([items, order]) => {
        const score = scoreTimeline(items, order);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.maxPoints);
        expect(score.items.reduce((sum, result) => sum + result.points, 0)).toBe(score.points);
        for (const result of score.items) {
          expect(Number.isInteger(result.points)).toBe(true);
          expect(result.points).toBeGreaterThanOrEqual(0);
          expect(result.points).toBeLessThanOrEqual(result.maxPoints);
        }
      }),
    );
  });

  it('gives the maximum exactly when the order is correct up to ties', () => {
    fc.assert(
      fc.property(eventsAndOrder, ([items, order]) => {
        const score = scoreTimeline(items, order);
        expect(score.points === score.maxPoints).toBe(isCorrectOrder(items, order));
        expect(score.points === score.maxPoints).toBe(score.rightPairs === score.comparablePairs);
      }),
    );
  });

  it('marks every card right when the order is correct', () => {
    fc.assert(
      fc.property(eventsArbitrary, (items) => {
        expect(scoreTimeline(items, trueOrder(items)).items.every((result) => result.correct)).toBe(true);
      }),
    );
  });

  it('gives each card in a correct order a slot whose number matches its rank, up to ties', () => {
    fc.assert(
      fc.property(eventsArbitrary, (items) => {
        const ranks = trueRanks(items);
        trueOrder(items).forEach((id, slot) => {
          expect(ranks.get(id)).toBeLessThanOrEqual(slot + 1);
        });
      }),
    );
  });
});

describe('a timeline scored against chance', () => {
  /** A seeded Fisher–Yates shuffle, so the figures below are the same on every run. */
  function shuffled(order: readonly string[], random: () => number): string[] {
    const deck = [...order];
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    return deck;
  }

  it.each([8, 10, 17])(
    'gives %i cards in random orders about nothing on average, at most 5 percent of the max',
    (n) => {
      const items = distinctDays(n);
      const random = seededRandom(n * 7919);
      const deals = 4000;
      let sum = 0;
      for (let deal = 0; deal < deals; deal++)
        sum += scoreTimeline(items, shuffled(ids(items), random)).points;
      const meanShare = sum / deals / (n * TIMELINE_POINTS_PER_CARD);
      // Var(τ)/2 = (2n + 5) / (9n(n − 1)): 4.2 % for 8 cards, 3.1 % for 10, 1.6 % for 17.
      expect(meanShare).toBeLessThanOrEqual(0.05);
      expect(meanShare).toBeCloseTo((2 * n + 5) / (9 * n * (n - 1)), 2);
    },
  );

  it('gives the true order full points and the reversed order none, on the shipped dates too', () => {
    const dates = [
      '2003-11',
      '2020-11-10',
      '2022-01-10',
      '2022-01-05',
      '2004-03-29',
      '2004-11',
      '2022-01-05',
    ];
    const items = dates.map((date, i) => item(`s${i}`, date));
    expect(scoreTimeline(items, trueOrder(items)).points).toBe(700);
    expect(scoreTimeline(items, [...trueOrder(items)].reverse()).points).toBe(0);
  });
});

describe('timelineVerdict', () => {
  it('never gives a card marked right fewer points than a partly right one', () => {
    fc.assert(
      fc.property(eventsAndOrder, ([items, order]) => {
        const results = scoreTimeline(items, order).items;
        const verdicts = results.map((result) => timelineVerdict(result));
        const rightPoints = results.filter((_, i) => verdicts[i] === 'right').map((r) => r.points);
        const partialPoints = results.filter((_, i) => verdicts[i] === 'partial').map((r) => r.points);
        if (rightPoints.length > 0 && partialPoints.length > 0)
          expect(Math.min(...rightPoints)).toBeGreaterThanOrEqual(Math.max(...partialPoints));
        results.forEach((result, i) => {
          if (verdicts[i] === 'wrong') expect(result.points).toBe(0);
          if (verdicts[i] === 'partial') expect(result.points).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('says skipped for a card given up on, whatever its points', () => {
    expect(timelineVerdict({ itemId: 'a', points: 0, maxPoints: 100, correct: false, skipped: true })).toBe(
      'skipped',
    );
    expect(timelineVerdict({ itemId: 'a', points: 0, maxPoints: 100, correct: false })).toBe('wrong');
    expect(timelineVerdict({ itemId: 'a', points: 40, maxPoints: 100, correct: false })).toBe('partial');
    expect(timelineVerdict({ itemId: 'a', points: 100, maxPoints: 100, correct: true })).toBe('right');
  });
});

describe('dealTimeline', () => {
  it('never deals a solved timeline when one can be unsolved', () => {
    fc.assert(
      fc.property(eventsArbitrary, fc.integer(), (items, seed) => {
        const deal = dealTimeline(items, seed);
        expect([...deal].sort()).toEqual(ids(items).sort());
        const allTied = isCorrectOrder(items, [...trueOrder(items)].reverse());
        if (!allTied) expect(isCorrectOrder(items, deal)).toBe(false);
      }),
    );
  });

  it('deals the same cards for the same seed', () => {
    const items = distinctDays(10);
    expect(dealTimeline(items, 42)).toEqual(dealTimeline(items, 42));
    expect(dealTimeline(items, 42)).not.toEqual(dealTimeline(items, 43));
  });

  it('deals two cards the wrong way round', () => {
    const items = distinctDays(2);
    for (let seed = 0; seed < 20; seed++) expect(dealTimeline(items, seed)).toEqual(['e1', 'e0']);
  });
});

describe('moveCard', () => {
  it('takes a card out and puts it back at the new slot', () => {
    expect(moveCard(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveCard(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveCard(['a', 'b', 'c', 'd'], 1, 9)).toEqual(['a', 'c', 'd', 'b']);
    expect(moveCard(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
