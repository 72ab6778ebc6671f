import type { MatchChallenge } from '../../level/level-types';
import { hashString, seededRandom, shuffle } from '../../random/seeded-random';

/** The order the cards are laid out in, by id. */
export interface MatchOrder {
  readonly items: readonly string[];
  readonly targets: readonly string[];
}

/**
 * Where each card goes on screen. Level authors tend to write the answers in order (each pair's
 * role next to its actor, every statement of a category together), which would give them away, so
 * the side the player scans for an answer is shuffled: the targets in pairs mode, the items in
 * categories mode (bins keep the author's order, which reads as a scale). The shuffle is seeded by
 * the challenge id, so every player, and every replay in a classroom, sees the same layout.
 */
export function matchOrder(challenge: MatchChallenge): MatchOrder {
  const items = challenge.items.map((item) => item.id);
  const targets = challenge.targets.map((target) => target.id);
  const random = seededRandom(hashString(challenge.id));
  return challenge.mode === 'pairs'
    ? { items, targets: shuffle(targets, random) }
    : { items: shuffle(items, random), targets };
}
