import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { storageProblemOf } from './storage-problem';

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

/**
 * One step per database version, run in order from the version found on the device: migration n
 * takes version n to n + 1. Released steps are never edited; a new shape is a new step. Records
 * also carry their own `format`, migrated when read, so a step never has to rewrite every record.
 */
const MIGRATIONS: readonly ((db: QantarConnection) => void)[] = [
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
 * The game's IndexedDB database, opened on first use and shared. A failed opening is retried on the
 * next use, except when the browser has no IndexedDB at all. When another tab needs a newer
 * version, this one lets go of its connection so that tab is never blocked.
 */
export class QantarDatabase {
  private connection: Promise<StorageResult<QantarConnection>> | null = null;
  /** This page has had the database open: finding it created afresh later means it was deleted. */
  private hadDatabase = false;
  private lost = false;
  private readonly name: string;
  private readonly openTimeoutMs: number;

  constructor(options: DatabaseOptions = {}) {
    this.name = options.name ?? 'qantar';
    this.openTimeoutMs = options.openTimeoutMs ?? 5000;
  }

  /** True once after the database was deleted (by the browser, or its data cleared) while this page used it. */
  takeLostNotice(): boolean {
    const lost = this.lost;
    this.lost = false;
    return lost;
  }

  open(): Promise<StorageResult<QantarConnection>> {
    this.connection ??= this.connect().then((result) => {
      if (!result.ok && result.problem !== 'unavailable') this.connection = null;
      return result;
    });
    return this.connection;
  }

  private async connect(): Promise<StorageResult<QantarConnection>> {
    if (!hasIndexedDb()) return { ok: false, problem: 'unavailable' };
    const forget = () => {
      this.connection = null;
    };
    const hadDatabase = this.hadDatabase;
    const noticeDeletion = () => {
      if (hadDatabase) this.lost = true;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    // `indexedDB.open` itself may throw (a refused permission): inside `then`, that becomes a result.
    const opening = Promise.resolve()
      .then(() =>
        openDB<QantarSchema>(this.name, DATABASE_VERSION, {
          upgrade(db, oldVersion) {
            if (oldVersion === 0) noticeDeletion();
            for (let version = oldVersion; version < DATABASE_VERSION; version++) MIGRATIONS[version]?.(db);
          },
          // Another tab opens a newer version, or the database is being deleted: this page lets go at
          // once so that tab is never blocked, and opens again on its next use (a newer version then
          // says "outdated": reload; scores made meanwhile wait in PendingScores).
          blocking(_current, _blocked, event) {
            (event.target as IDBDatabase).close();
            forget();
          },
          terminated: forget,
        }),
      )
      .then(
        (db): StorageResult<QantarConnection> => {
          this.hadDatabase = true;
          return { ok: true, value: db };
        },
        (error: unknown): StorageResult<QantarConnection> => {
          console.warn('Qantar: the score database could not be opened.', error);
          return { ok: false, problem: storageProblemOf(error) };
        },
      );
    const timeout = new Promise<StorageResult<QantarConnection>>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, problem: 'blocked' }), this.openTimeoutMs);
    });
    const result = await Promise.race([opening, timeout]);
    clearTimeout(timer);
    // An opening that succeeds after the timeout is closed: the next use opens afresh.
    if (!result.ok) void opening.then((late) => late.ok && late.value.close());
    return result;
  }
}

/** Some browsers throw on merely reading `indexedDB` (storage disabled, sandboxed frames). */
function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}
