import type { TimelineItem } from '../../level/level-types';
import { seededRandom } from '../../random/seeded-random';
import { compareEvents, isCorrectOrder } from './timeline-rules';

/**
 * The ids of the cards in the order they are dealt: a Fisher–Yates shuffle that never deals a solved
 * timeline, since a player handed the answer has nothing to do. When the shuffle lands on an order
 * the sources allow, the first two cards surely in order swap places. Only when every event ties
 * (every order is right) is the deal left as it is.
 */
export function dealTimeline(items: readonly TimelineItem[], seed: number): string[] {
  const random = seededRandom(seed);
  const deck = [...items];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [deck[i], deck[j]] = [deck[j]!, deck[i]!];
  }
  const pair = isCorrectOrder(
    items,
    deck.map((item) => item.id),
  )
    ? firstPairInOrder(deck)
    : null;
  if (pair) [deck[pair[0]], deck[pair[1]]] = [deck[pair[1]]!, deck[pair[0]]!];
  return deck.map((item) => item.id);
}

function firstPairInOrder(deck: readonly TimelineItem[]): [number, number] | null {
  for (let i = 0; i < deck.length; i++) {
    for (let j = i + 1; j < deck.length; j++) if (compareEvents(deck[i]!, deck[j]!) < 0) return [i, j];
  }
  return null;
}
