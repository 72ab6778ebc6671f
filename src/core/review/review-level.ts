import type { Challenge, Level } from '../level/level-types';
import { cardKey, type ReviewCard } from './review-card';
import { isDue } from './review-schedule';

/**
 * Review levels are made at run time; their id names the level their cards come from. The colon
 * keeps it out of level links (#/level/<id>): a reload during a review leads to the title screen.
 */
const REVIEW_PREFIX = 'review:';

/** A timeline of fewer cards is no exercise: other events of the same timeline join as landmarks. */
export const MIN_TIMELINE_CARDS = 3;

export function reviewLevelId(sourceLevelId: string): string {
  return REVIEW_PREFIX + sourceLevelId;
}

/** The level a review level was built from, or null for an ordinary level. */
export function reviewSource(levelId: string): string | null {
  return levelId.startsWith(REVIEW_PREFIX) ? levelId.slice(REVIEW_PREFIX.length) : null;
}

/**
 * A level made of the source level's due cards: each challenge keeps its prompt, map and targets,
 * with only the items to review, in the level's order. Null when nothing of this level is due.
 * Cards whose item no longer exists (a level file was edited) are left out.
 */
export function reviewLevel(source: Level, cards: readonly ReviewCard[], session: number): Level | null {
  const due = dueKeys(source, cards, session);
  const challenges = source.challenges.flatMap((challenge): Challenge[] => {
    const isCardDue = (itemId: string) => due.has(cardKey(source.id, challenge.id, itemId));
    if (challenge.kind === 'timeline') {
      const dueItems = challenge.items.filter((item) => isCardDue(item.id));
      if (dueItems.length === 0) return [];
      const landmarks = challenge.items
        .filter((item) => !isCardDue(item.id))
        .slice(0, Math.max(0, MIN_TIMELINE_CARDS - dueItems.length));
      const kept = new Set([...dueItems, ...landmarks]);
      return [{ ...challenge, items: challenge.items.filter((item) => kept.has(item)) }];
    }
    if (challenge.kind === 'place') {
      const items = challenge.items.filter((item) => isCardDue(item.id));
      return items.length > 0 ? [{ ...challenge, items }] : [];
    }
    const items = challenge.items.filter((item) => isCardDue(item.id));
    return items.length > 0 ? [{ ...challenge, items }] : [];
  });
  if (challenges.length === 0) return null;
  return { ...source, id: reviewLevelId(source.id), challenges };
}

/** How many of the level's items are due for review now; what the level select shows. */
export function dueItemCount(level: Level, cards: readonly ReviewCard[], session: number): number {
  return dueKeys(level, cards, session).size;
}

function dueKeys(level: Level, cards: readonly ReviewCard[], session: number): Set<string> {
  const existing = new Set(
    level.challenges.flatMap((challenge) =>
      challenge.items.map((item) => cardKey(level.id, challenge.id, item.id)),
    ),
  );
  return new Set(
    cards.filter((card) => isDue(card, session) && existing.has(card.key)).map((card) => card.key),
  );
}

/** Every level with items due, as review levels in the catalog's order, and how many items each holds. */
export function reviewQueue(
  levels: readonly Level[],
  cards: readonly ReviewCard[],
  session: number,
): { readonly level: Level; readonly due: number }[] {
  return levels.flatMap((source) => {
    const level = reviewLevel(source, cards, session);
    return level ? [{ level, due: dueItemCount(source, cards, session) }] : [];
  });
}
