import type { TimelineItem } from '../../level/level-types';
import { compareEvents, isCorrectOrder } from './timeline-rules';

/**
 * A small seeded generator (mulberry32): the same seed deals the same cards, so a classroom can
 * replay a deal and tests can pin one down. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
