import type { DBSchema, IDBPDatabase } from 'idb';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { type Migrations, type SharedDatabase, sharedDatabase } from './open-database';

/**
 * Values are `unknown` on purpose: what comes back from the disk may have been written by another
 * version of the game, or damaged, and is checked (readScoreRecord, readReviewCard) before use.
 */
export interface QantarSchema extends DBSchema {
  scores: { key: string; value: unknown };
  review: { key: string; value: unknown };
  /** The studio's level drafts, by draft id. */
  drafts: { key: string; value: unknown };
}

export type QantarConnection = IDBPDatabase<QantarSchema>;

/** Migration n takes version n to n + 1 (see Migrations): released steps are never edited. */
const MIGRATIONS: Migrations<QantarSchema> = [
  (db) => {
    db.createObjectStore('scores', { keyPath: 'id' });
    db.createObjectStore('review', { keyPath: 'key' });
  },
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'id' });
  },
];

export const DATABASE_VERSION = MIGRATIONS.length;

export interface DatabaseOptions {
  readonly name?: string;
  /** How long to wait for another tab to close an older version before giving up (for now). */
  readonly openTimeoutMs?: number;
}

/**
 * The game's IndexedDB database (scores, review deck, studio drafts), opened on first use and
 * shared by its stores; sharedDatabase says how it opens, migrates and lets go.
 */
export class QantarDatabase implements SharedDatabase<QantarSchema> {
  private readonly database: SharedDatabase<QantarSchema>;

  constructor(options: DatabaseOptions = {}) {
    this.database = sharedDatabase({
      name: options.name ?? 'qantar',
      migrations: MIGRATIONS,
      label: 'the score database',
      ...(options.openTimeoutMs === undefined ? {} : { openTimeoutMs: options.openTimeoutMs }),
    });
  }

  open(): Promise<StorageResult<QantarConnection>> {
    return this.database.open();
  }

  takeLostNotice(): boolean {
    return this.database.takeLostNotice();
  }
}
