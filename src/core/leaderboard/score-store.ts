import type { RecordProblem, ScoreRecord } from './score-record';
import type { StorageResult } from './storage-result';

/** A stored entry that is not a valid record: left in place, skipped, and reported. */
export interface SkippedRecord {
  readonly key: string;
  readonly problem: RecordProblem;
}

export interface StoredScores {
  readonly records: readonly ScoreRecord[];
  readonly skipped: readonly SkippedRecord[];
}

export interface ImportOutcome {
  readonly added: number;
  readonly duplicates: number;
}

/**
 * Where finished levels are kept. Every method resolves (never rejects) with what happened; `save`
 * resolves ok only once the record is durably written, so a screen may then say "saved".
 */
export interface ScoreStore {
  save(record: ScoreRecord): Promise<StorageResult<void>>;
  load(): Promise<StorageResult<StoredScores>>;
  /** Adds the records not already kept (see mergeRecords), all or none. */
  importRecords(records: readonly ScoreRecord[]): Promise<StorageResult<ImportOutcome>>;
  clear(): Promise<StorageResult<void>>;
  /**
   * Whether a record whose save failed is still kept on this device, to be written when storage
   * works again (a freed disk, a reload after another tab upgraded the database).
   */
  isPending?(id: string): boolean;
  /** True once after the database was found deleted while the game used it: the earlier scores are gone. */
  takeLostNotice?(): boolean;
}
