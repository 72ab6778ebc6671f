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

/**
 * Scores a timeline by the share of pairs of events placed in the right relative order (Kendall's
 * tau, rescaled to 0–1), so swapping two neighbours costs little and a reversed order earns nothing.
 *
 * - Two events whose dates tie (same day, or the same month or year when one date is less precise)
 *   form no pair at all: either order is right and neither earns nor loses anything.
 * - Every card is worth 100 points, shared equally among the cards it can be compared with; it
 *   earns the share of them it stands on the right side of. With no ties every card has n − 1
 *   comparable cards, so the total is exactly (right pairs / comparable pairs) × 100 × n. With ties
 *   a card with fewer comparable cards puts more weight on each, so every card still counts the same.
 * - Points are whole numbers. The challenge total is the exact sum rounded down, so only a correct
 *   order earns the maximum; it is shared out by largest remainder (each card gets its exact share
 *   rounded down or up), so the cards' points add up to the total and a card earns its full 100
 *   only when all its pairs are right.
 * - `correct` on a card (the ✓ the player sees) means it sits in a slot the true order allows: after
 *   every event surely earlier and before every event surely later, counted by position.
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

  // Exact share of card i: (PER_CARD × right) / comparable; a card comparable with none is simply right.
  const shares = placed.map((_, i) => {
    const denominator = comparable[i]! || 1;
    const numerator = comparable[i] === 0 ? TIMELINE_POINTS_PER_CARD : TIMELINE_POINTS_PER_CARD * right[i]!;
    return { whole: Math.floor(numerator / denominator), remainder: numerator % denominator, denominator };
  });
  const extra = floorOfFractionSum(shares);
  const byRemainder = shares
    .map((share, index) => ({ index, ...share }))
    .filter((share) => share.remainder > 0)
    .sort((a, b) => b.remainder * a.denominator - a.remainder * b.denominator || a.index - b.index);
  const bonus = new Set(byRemainder.slice(0, extra).map((share) => share.index));

  const results = placed.map((item, i): ItemResult => {
    // Slot i is allowed when every card surely earlier could fit before it and every later one after.
    const surelyEarlier = items.filter((other) => compareEvents(other, item) < 0).length;
    const surelyLater = items.filter((other) => compareEvents(other, item) > 0).length;
    return {
      itemId: item.id,
      points: shares[i]!.whole + (bonus.has(i) ? 1 : 0),
      maxPoints: TIMELINE_POINTS_PER_CARD,
      correct: i >= surelyEarlier && i <= n - 1 - surelyLater,
      answer: String(i + 1),
    };
  });
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

/** floor(Σ remainder / denominator), exactly: BigInt keeps the common denominator from overflowing. */
function floorOfFractionSum(fractions: readonly { remainder: number; denominator: number }[]): number {
  let numerator = 0n;
  let denominator = 1n;
  for (const fraction of fractions) {
    numerator = numerator * BigInt(fraction.denominator) + BigInt(fraction.remainder) * denominator;
    denominator *= BigInt(fraction.denominator);
    const divisor = gcd(numerator, denominator);
    numerator /= divisor;
    denominator /= divisor;
  }
  return Number(numerator / denominator);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
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
