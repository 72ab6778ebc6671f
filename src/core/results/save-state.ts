import type { StorageProblem, StorageResult } from '../leaderboard/storage-result';

/** Where a finished level's score stands; "saved" is only ever shown once the store said so. */
export type SaveState =
  | { readonly state: 'saving' }
  /** `earlierLost`: the database had been deleted meanwhile, so the scores saved before are gone. */
  | { readonly state: 'saved'; readonly earlierLost?: boolean }
  /** Not written, but kept on this device and tried again: never lost, never called saved. */
  | { readonly state: 'kept'; readonly problem: StorageProblem }
  | { readonly state: 'failed'; readonly problem: StorageProblem }
  | { readonly state: 'review' };

/** What the store's answer to one save of the score means for the page. */
export interface ScoreSaveOutcome {
  readonly save: SaveState;
  /** The store still holds the record on the device and may take it later: try again after a while. */
  readonly retry: boolean;
}

/** What the score store can say about a refused save and about earlier scores. */
export interface ScoreStoreNotice {
  /** The refused record is kept on the device, waiting for another try. */
  readonly pending: boolean;
  /** Asked only once a save succeeds (it clears the notice): were the earlier scores lost meanwhile? */
  takeLostNotice(): boolean;
}

/**
 * A refused save whose record the store keeps (a full disk, a database upgraded by another tab)
 * says "kept" and is tried again; without IndexedDB at all no retry will ever get through, so the
 * page says the score is not saved.
 */
export function scoreSaveOutcome(result: StorageResult<void>, store: ScoreStoreNotice): ScoreSaveOutcome {
  if (result.ok) return { save: { state: 'saved', earlierLost: store.takeLostNotice() }, retry: false };
  if (result.problem !== 'unavailable' && store.pending)
    return { save: { state: 'kept', problem: result.problem }, retry: true };
  return { save: { state: 'failed', problem: result.problem }, retry: false };
}

/** A review is not ranked: the page says the review deck was updated, or why not. */
export function reviewSaveState(result: StorageResult<void>): SaveState {
  return result.ok ? { state: 'review' } : { state: 'failed', problem: result.problem };
}
