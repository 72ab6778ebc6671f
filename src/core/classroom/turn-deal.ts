import type { ChallengeAnswer, PlayerChallengeView } from '../challenges/challenge-kinds';
import { playerViewOf } from '../challenges/challenge-registry';
import { matchOrder } from '../challenges/match/match-order';
import { dealTimeline } from '../challenges/timeline/shuffle';
import type { Challenge, MatchChallenge, MatchItem } from '../level/level-types';
import { hashString, seededRandom, shuffle } from '../random/seeded-random';

/**
 * The seed of one pupil's turn at one step. Each pupil gets their own tray order: with a time limit,
 * the cards dealt last are the ones nobody reaches, and the same order for everyone would make the
 * item analysis call those cards the hardest. The same pupil at the same step gets the same deal
 * again (a reload, a turn announced again), so the deal is not a second chance.
 */
export function turnSeed(sessionId: string, participantId: string, step: number): number {
  return hashString(`${sessionId}:${participantId}:${step}`);
}

/** The ids of the challenge's cards in this turn's order: a timeline is never dealt solved (dealTimeline). */
export function dealtOrder(challenge: Challenge, seed: number): string[] {
  if (challenge.kind === 'timeline') return dealTimeline(challenge.items, seed);
  return shuffle(
    challenge.items.map((item) => item.id),
    seededRandom(seed),
  );
}

/**
 * The challenge with its cards in this turn's order, so a relay turn (played from the challenge) is
 * laid out as the blind turn's view (dealtView): a place tray follows the challenge's own order, a
 * match is arranged for its layout (matchInLayout).
 */
export function dealtChallenge(challenge: Challenge, seed: number): Challenge {
  const order = dealtOrder(challenge, seed);
  if (challenge.kind === 'match') return matchInLayout(challenge, order);
  const items = inOrder<{ readonly id: string }>(challenge.items, order);
  // The same items of the same kind, only in another order.
  return { ...challenge, items } as unknown as Challenge;
}

/**
 * A match whose player view lists its items in `order`. The view lays a pairs match's items out in
 * the challenge's order, but shuffles a categories match's items by a permutation fixed by the
 * challenge's id (matchOrder), which would give every pupil the same layout: each item is put in
 * where that permutation takes the item of its slot from, read by laying out stand-in ids.
 */
function matchInLayout(challenge: MatchChallenge, order: readonly string[]): MatchChallenge {
  const items = inOrder(challenge.items, order);
  if (challenge.mode === 'pairs') return { ...challenge, items };
  const standIns = items.map((item, index) => ({ ...item, id: String(index) }));
  const from = matchOrder({ ...challenge, items: standIns }).items.map(Number);
  const arranged: MatchItem[] = [];
  from.forEach((source, slot) => {
    const item = items[slot];
    if (item) arranged[source] = item;
  });
  return { ...challenge, items: arranged };
}

/** What a blind turn is shown: the player view, its cards in this turn's order. */
export function dealtView(challenge: Challenge, seed: number): PlayerChallengeView {
  const view = playerViewOf(challenge);
  const items = inOrder<{ readonly id: string }>(view.items, dealtOrder(challenge, seed));
  return { ...view, items } as unknown as PlayerChallengeView;
}

function inOrder<T extends { readonly id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

/**
 * The items an answer cut short by the time limit never reached: the places never dropped (an
 * "I don't know" drop was reached), the match items left unlinked unless the pupil said "I don't
 * know" for them, and every card of a timeline neither put in a whole order nor given up on.
 */
export function unreachedItems(challenge: Challenge, answer: ChallengeAnswer): string[] {
  const reached = new Set<string>();
  switch (answer.kind) {
    case 'place':
      for (const drop of answer.drops) reached.add(drop.itemId);
      break;
    case 'match':
      if (answer.dontKnow) return [];
      for (const link of answer.links) reached.add(link.itemId);
      break;
    case 'timeline':
      if (answer.dontKnow || answer.order.length === challenge.items.length) return [];
      break;
  }
  return challenge.items.map((item) => item.id).filter((id) => !reached.has(id));
}
