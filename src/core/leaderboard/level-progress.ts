import type { Level } from '../level/level-types';
import type { ReviewDeck } from '../review/review-deck';
import { reviewQueue } from '../review/review-level';
import type { ScoreRecord } from './score-record';
import type { ScoreStore } from './score-store';

/** What the level select shows besides the levels: the player's scores and the reviews due now. */
export interface LevelProgress {
  /** The current player's scores, every mode and difficulty (the screen picks its board). */
  readonly records: readonly ScoreRecord[];
  readonly reviews: readonly { readonly level: Level; readonly due: number }[];
}

/** Reads both from storage; whatever cannot be read is simply left out, the levels still show. */
export async function loadLevelProgress(
  scores: ScoreStore,
  review: ReviewDeck,
  playerId: string,
  levels: readonly Level[],
): Promise<LevelProgress> {
  const [stored, cards] = await Promise.all([scores.load(), review.cards()]);
  return {
    records: stored.ok ? stored.value.records.filter((record) => record.playerId === playerId) : [],
    reviews: cards.ok ? reviewQueue(levels, cards.value, review.session()) : [],
  };
}
