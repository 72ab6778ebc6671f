import type { StorageResult } from '../leaderboard/storage-result';
import type { ReviewCard } from './review-card';
import type { DeckChange } from './review-schedule';

/** Where the review deck is kept; like ScoreStore, it resolves with what happened and never rejects. */
export interface ReviewStore {
  /** The readable cards; damaged ones are skipped. */
  load(): Promise<StorageResult<readonly ReviewCard[]>>;
  apply(change: DeckChange): Promise<StorageResult<void>>;
}
