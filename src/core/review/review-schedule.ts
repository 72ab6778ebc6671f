import type { LevelRun } from '../run/level-run';
import { cardKey, REVIEW_CARD_FORMAT, type ReviewCard } from './review-card';

/** Cards to write and keys to delete; applied card by card, so two tabs never undo each other. */
export interface DeckChange {
  readonly put: readonly ReviewCard[];
  readonly remove: readonly string[];
}

/** A miss comes back in the next session; a first right answer in review, one session later still. */
export const SESSIONS_AFTER_MISS = 1;
export const SESSIONS_AFTER_FIRST_RIGHT = 2;

/**
 * How a finished run changes the deck (Leitner boxes, two deep). Every item missed (wrong, partly
 * right or skipped) goes in, or back to the start. In a review, a right answer moves the card on,
 * and a second one takes it out. Right answers in ordinary levels leave cards as they are: the
 * review is where an item is shown to be learnt.
 */
export function deckChangeAfterRun(
  cards: readonly ReviewCard[],
  sourceLevelId: string,
  run: LevelRun,
  isReview: boolean,
  session: number,
): DeckChange {
  const byKey = new Map(cards.map((card) => [card.key, card]));
  const put: ReviewCard[] = [];
  const remove: string[] = [];
  for (const challenge of run.results) {
    for (const item of challenge.items) {
      const key = cardKey(sourceLevelId, challenge.challengeId, item.itemId);
      const known = byKey.get(key);
      const card = (dueSession: number, rightInReview: 0 | 1): ReviewCard => ({
        format: REVIEW_CARD_FORMAT,
        key,
        levelId: sourceLevelId,
        challengeId: challenge.challengeId,
        itemId: item.itemId,
        dueSession,
        rightInReview,
      });
      if (!item.correct) put.push(card(session + SESSIONS_AFTER_MISS, 0));
      else if (isReview && known?.rightInReview === 1) remove.push(key);
      else if (isReview && known) put.push(card(session + SESSIONS_AFTER_FIRST_RIGHT, 1));
    }
  }
  return { put, remove };
}

export function isDue(card: ReviewCard, session: number): boolean {
  return card.dueSession <= session;
}
