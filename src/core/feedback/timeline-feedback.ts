import { compareEvents, eventDateOf } from '../challenges/timeline/timeline-rules';
import type { TimelineItem } from '../level/level-types';
import { contentKey, type FeedbackMessage } from './feedback-message';

/** Two events the player put the wrong way round: `later` was placed before `earlier`. */
export interface SwappedPair {
  readonly earlier: string;
  readonly later: string;
  /** Roughly how many days apart the two events are: what makes a swap matter. */
  readonly gapDays: number;
}

/** A date as a day count, near enough to rank gaps (a month-only date counts from its first day). */
function approximateDay(item: TimelineItem): number {
  const date = eventDateOf(item);
  return date.year * 365.25 + ((date.month ?? 1) - 1) * 30.44 + ((date.day ?? 1) - 1);
}

/**
 * Every pair of events the player put the wrong way round, most significant first: the pairs
 * furthest apart in time (mixing up 2003 and 2022 is worse than two days of January), then those
 * placed furthest apart. Events on the same date are never a swap.
 */
export function swappedPairs(items: readonly TimelineItem[], placedOrder: readonly string[]): SwappedPair[] {
  return swappedItems(items, placedOrder).map(({ earlier, later, gapDays }) => ({
    earlier: earlier.id,
    later: later.id,
    gapDays,
  }));
}

interface SwappedItems {
  readonly earlier: TimelineItem;
  readonly later: TimelineItem;
  readonly gapDays: number;
  /** How many slots apart the player put them. */
  readonly spread: number;
}

function swappedItems(items: readonly TimelineItem[], placedOrder: readonly string[]): SwappedItems[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = placedOrder.flatMap((id) => byId.get(id) ?? []);
  const pairs: SwappedItems[] = [];
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const first = placed[i]!;
      const second = placed[j]!;
      if (compareEvents(first, second) <= 0) continue;
      pairs.push({
        earlier: second,
        later: first,
        gapDays: Math.round(approximateDay(first) - approximateDay(second)),
        spread: j - i,
      });
    }
  }
  return pairs.sort((a, b) => b.gapDays - a.gapDays || b.spread - a.spread);
}

/**
 * What to tell a player about their order: one sentence per swapped pair, the most significant
 * first, at most `limit` of them, then how many more there are. Empty when the order is right.
 */
export function timelineFeedback(
  items: readonly TimelineItem[],
  placedOrder: readonly string[],
  limit = 3,
): FeedbackMessage[] {
  const pairs = swappedItems(items, placedOrder);
  const messages: FeedbackMessage[] = pairs
    .slice(0, limit)
    .map((pair) => swapMessage(pair.earlier, pair.later));
  if (pairs.length > limit)
    messages.push({
      key: 'feedback:timeline.more',
      params: { count: pairs.length - limit },
      texts: {},
      countries: {},
    });
  return messages;
}

/** "You put “later” before “earlier”, yet it came later." */
export function swapMessage(earlier: TimelineItem, later: TimelineItem): FeedbackMessage {
  return {
    key: 'feedback:timeline.swapped',
    params: {},
    texts: { earlier: contentKey(earlier.text), later: contentKey(later.text) },
    countries: {},
  };
}
