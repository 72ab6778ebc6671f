import type { TimelineChallenge, TimelineItem } from '../../level/level-types';
import type { ChallengeResult, ItemResult } from '../../run/level-run';
import { chronologicalKey, compareEventDates, type EventDate, parseEventDate } from './event-date';

/** What one event card is worth; a timeline of n cards is worth 100 × n, like n place cards. */
export const TIMELINE_POINTS_PER_CARD = 100;

/** The date of an item. Levels are validated before play, so a bad date is a bug, not a player error. */
export function eventDateOf(item: TimelineItem): EventDate {
  const date = parseEventDate(item.date);
  if (!date) throw new Error(`Timeline item "${item.id}" has an invalid date "${item.date}"`);
  return date;
}

/** Negative when `a` surely happened before `b`, positive when after, 0 when the dates tie. */
export function compareEvents(a: TimelineItem, b: TimelineItem): number {
  return compareEventDates(eventDateOf(a), eventDateOf(b));
}

/** One order the sources allow: chronological, with tied events kept in the level's order. */
export function trueOrder(items: readonly TimelineItem[]): string[] {
  return items
    .map((item, index) => ({ id: item.id, key: chronologicalKey(eventDateOf(item)), index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.id);
}

/**
 * Each event's place in history, from 1: one more than the number of events surely before it.
 * Events on the same date share a rank, which is how the reveal shows that either order was right.
 */
export function trueRanks(items: readonly TimelineItem[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const item of items) {
    const earlier = items.filter((other) => compareEvents(other, item) < 0).length;
    ranks.set(item.id, earlier + 1);
  }
  return ranks;
}

/** True when no two cards are in the wrong relative order (same-date events may go either way). */
export function isCorrectOrder(items: readonly TimelineItem[], placedOrder: readonly string[]): boolean {
  const placed = placedItems(items, placedOrder);
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      if (compareEvents(placed[i]!, placed[j]!) > 0) return false;
    }
  }
  return true;
}

/** The order after the card at `from` is taken out and put back in at `to` (both 0-based slots). */
export function moveCard(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [card] = next.splice(from, 1);
  if (card === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, card);
  return next;
}

export interface TimelineScore {
  /** Sum of the items' points. */
  readonly points: number;
  readonly maxPoints: number;
  /** Pairs of cards with different dates, and how many of them the player put the right way round. */
  readonly comparablePairs: number;
  readonly rightPairs: number;
  /** One per card, in chronological order so the results read as a chronology; `answer` is the 1-based slot. */
  readonly items: readonly ItemResult[];
}

/** What a card is shown as, on every screen (track, fact card, results, class map). */
export type TimelineVerdict = 'right' | 'partial' | 'wrong' | 'skipped';

/**
 * The one verdict of a scored card: "right" when every card it can be compared with is on the
 * right side of it (so it sits in a slot the true order allows), "partly right" when it earned
 * points without that, "wrong" when it earned none, "skipped" after "I don't know". A right card
 * always has the largest share of the challenge's points, so it never scores less than a partly
 * right one (see `scoreTimeline`).
 */
export function timelineVerdict(result: ItemResult): TimelineVerdict {
  if (result.skipped) return 'skipped';
  if (result.correct) return 'right';
  return result.points > 0 ? 'partial' : 'wrong';
}

/**
 * Scores a timeline, chance-corrected, so that putting the cards in any order earns about nothing.
 *
 * - Two events whose dates tie (same day, or the same month or year when one date is less precise)
 *   form no pair at all: either order is right and neither earns nor loses anything.
 * - Agreement is Kendall's tau over the comparable pairs, τ = (right − wrong) / pairs: it is Cohen's
 *   kappa for pairs ((share right − ½) / (1 − ½)), 1 for the true order, −1 reversed and 0 on
 *   average for an order dealt at random. Clamped at 0 alone it would still pay chance (a random
 *   order's τ spreads around 0, and its positive half averages 7–14 % on 10–17 cards), so the share
 *   of the maximum earned is max(0, τ)²: a random order averages Var(τ)/2 = (2n + 5) / (9n(n − 1)),
 *   5 % on 7 cards, less from 8 on (1.6 % on 17), while one swap of neighbours among 10 cards still
 *   earns 91 %.
 * - That total is shared among the cards by how well each one is placed, its own
 *   w = max(0, (right − wrong) / its pairs), at most 100 per card: exactly 100 × w × min(1, n × share / Σw).
 *   A card with all its pairs right has the largest w and so the largest share.
 * - Points are whole numbers: the exact total rounded down (so only a correct order earns the
 *   maximum), each card's share rounded down, and the points left go one each to the cards with a
 *   fraction left, the best placed first, so a right card still never has fewer than a partly right one.
 */
export function scoreTimeline(items: readonly TimelineItem[], placedOrder: readonly string[]): TimelineScore {
  const placed = placedItems(items, placedOrder);
  const n = placed.length;
  const comparable = new Array<number>(n).fill(0);
  const right = new Array<number>(n).fill(0);
  let comparablePairs = 0;
  let rightPairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const order = compareEvents(placed[i]!, placed[j]!);
      if (order === 0) continue;
      comparablePairs += 1;
      comparable[i]! += 1;
      comparable[j]! += 1;
      if (order < 0) {
        rightPairs += 1;
        right[i]! += 1;
        right[j]! += 1;
      }
    }
  }
  const tau = comparablePairs === 0 ? 1 : (2 * rightPairs - comparablePairs) / comparablePairs;
  const share = Math.max(0, tau) ** 2;
  // A card comparable with none is simply right: every order puts it where it may be.
  const weights = placed.map((_, i) =>
    comparable[i] === 0 ? 1 : Math.max(0, (2 * right[i]! - comparable[i]!) / comparable[i]!),
  );
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const scale = weightSum === 0 ? 0 : Math.min(1, (n * share) / weightSum);
  const exact = weights.map((weight) => TIMELINE_POINTS_PER_CARD * weight * scale);
  // The small epsilon absorbs floating-point noise on exact values (100 × 1 × 1 is 100, not 99.999…).
  const wholes = exact.map((value) => Math.floor(value + 1e-9));
  const total = Math.floor(exact.reduce((sum, value) => sum + value, 0) + 1e-9);
  const left = total - wholes.reduce((sum, value) => sum + value, 0);
  const bonus = new Set(
    exact
      .map((value, index) => ({ index, weight: weights[index]!, fraction: value - wholes[index]! }))
      .filter((entry) => entry.fraction > 1e-9)
      .sort((a, b) => b.weight - a.weight || b.fraction - a.fraction || a.index - b.index)
      .slice(0, Math.max(0, left))
      .map((entry) => entry.index),
  );

  const results = placed.map(
    (item, i): ItemResult => ({
      itemId: item.id,
      points: wholes[i]! + (bonus.has(i) ? 1 : 0),
      maxPoints: TIMELINE_POINTS_PER_CARD,
      correct: right[i] === comparable[i],
      answer: String(i + 1),
    }),
  );
  const chronology = trueOrder(items);
  results.sort((a, b) => chronology.indexOf(a.itemId) - chronology.indexOf(b.itemId));
  return {
    points: results.reduce((sum, result) => sum + result.points, 0),
    maxPoints: TIMELINE_POINTS_PER_CARD * n,
    comparablePairs,
    rightPairs,
    items: results,
  };
}

/** The challenge's result for the level run, from the order the player checked. */
export function timelineResult(
  challenge: TimelineChallenge,
  placedOrder: readonly string[],
): ChallengeResult {
  return {
    challengeId: challenge.id,
    kind: 'timeline',
    items: scoreTimeline(challenge.items, placedOrder).items,
  };
}

/** The items in the player's order; anything but a permutation of the item ids is a bug in the caller. */
function placedItems(items: readonly TimelineItem[], placedOrder: readonly string[]): TimelineItem[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = placedOrder.map((id) => byId.get(id));
  if (
    placed.length !== items.length ||
    new Set(placedOrder).size !== items.length ||
    placed.includes(undefined)
  ) {
    throw new Error(`A timeline order must list each of the ${items.length} items once`);
  }
  return placed as TimelineItem[];
}
