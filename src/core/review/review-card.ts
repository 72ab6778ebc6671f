/** The shape of a saved review card; another format is migrated on reading, or refused. */
export const REVIEW_CARD_FORMAT = 1;

/** An item the player missed, waiting to come back in a review. Plain JSON. */
export interface ReviewCard {
  readonly format: typeof REVIEW_CARD_FORMAT;
  /** levelId/challengeId/itemId: one card per item, however often it is missed. */
  readonly key: string;
  readonly levelId: string;
  readonly challengeId: string;
  readonly itemId: string;
  /** The first play session in which the card comes back. */
  readonly dueSession: number;
  /** Right answers in reviews since the last miss; the second one takes the card out of the deck. */
  readonly rightInReview: 0 | 1;
}

export function cardKey(levelId: string, challengeId: string, itemId: string): string {
  return `${levelId}/${challengeId}/${itemId}`;
}

/** A stored card, checked like a score record: a damaged one is skipped, never trusted. */
export function readReviewCard(raw: unknown): ReviewCard | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const card = raw as Partial<Record<keyof ReviewCard, unknown>>;
  const { levelId, challengeId, itemId, dueSession, rightInReview } = card;
  if (card.format !== REVIEW_CARD_FORMAT) return null;
  if (typeof levelId !== 'string' || typeof challengeId !== 'string' || typeof itemId !== 'string')
    return null;
  if (card.key !== cardKey(levelId, challengeId, itemId)) return null;
  if (typeof dueSession !== 'number' || !Number.isSafeInteger(dueSession)) return null;
  if (rightInReview !== 0 && rightInReview !== 1) return null;
  return {
    format: REVIEW_CARD_FORMAT,
    key: card.key,
    levelId,
    challengeId,
    itemId,
    dueSession,
    rightInReview,
  };
}
