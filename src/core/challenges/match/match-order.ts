import type { MatchChallenge } from '../../level/level-types';

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

/** Fisher–Yates on a copy. */
function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** FNV-1a, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to deal cards. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
