import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { storageProblemOf } from './storage-problem';
import type { OpensConnection } from './with-connection';

/**
 * One step per database version, run in order from the version found on the device: step n takes
 * version n to n + 1. Released steps are never edited; a new shape is a new step. Records also carry
 * their own `format`, migrated when read, so a step never has to rewrite every record.
 */
export type Migrations<Schema extends DBSchema> = readonly ((db: IDBPDatabase<Schema>) => void)[];

export interface DatabaseDefinition<Schema extends DBSchema> {
  readonly name: string;
  readonly migrations: Migrations<Schema>;
  /** What the console calls it when it cannot be opened ("the score database"). */
  readonly label: string;
  /** How long to wait for another tab to let go of an older version before giving up (for now). */
  readonly openTimeoutMs?: number;
}

export interface SharedDatabase<Schema extends DBSchema> extends OpensConnection<IDBPDatabase<Schema>> {
  /** True once after the database was deleted (by the browser, or its data cleared) while this page used it. */
  takeLostNotice(): boolean;
}

/**
 * A database of the game, opened on first use and shared: the one way every store opens, migrates
 * and gives up on IndexedDB. A failed opening is retried on the next use, except when the browser
 * has no IndexedDB at all. When another tab needs a newer version, this one lets go of its
 * connection so that tab is never blocked; an opening still waiting after the timeout says `blocked`.
 */
export function sharedDatabase<Schema extends DBSchema>(
  definition: DatabaseDefinition<Schema>,
): SharedDatabase<Schema> {
  const { name, migrations, label } = definition;
  const version = migrations.length;
  const openTimeoutMs = definition.openTimeoutMs ?? 5000;
  let connection: Promise<StorageResult<IDBPDatabase<Schema>>> | null = null;
  /** This page has had the database open: finding it created afresh later means it was deleted. */
  let hadDatabase = false;
  let lost = false;

  const connect = async (): Promise<StorageResult<IDBPDatabase<Schema>>> => {
    if (!hasIndexedDb()) return { ok: false, problem: 'unavailable' };
    const forget = () => {
      connection = null;
    };
    const hadItBefore = hadDatabase;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // `indexedDB.open` itself may throw (a refused permission): inside `then`, that becomes a result.
    const opening = Promise.resolve()
      .then(() =>
        openDB<Schema>(name, version, {
          upgrade(db, oldVersion) {
            if (oldVersion === 0 && hadItBefore) lost = true;
            for (let step = oldVersion; step < version; step++) migrations[step]?.(db);
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
        (db): StorageResult<IDBPDatabase<Schema>> => {
          hadDatabase = true;
          return { ok: true, value: db };
        },
        (error: unknown): StorageResult<IDBPDatabase<Schema>> => {
          console.warn(`Qantar: ${label} could not be opened.`, error);
          return { ok: false, problem: storageProblemOf(error) };
        },
      );
    const timeout = new Promise<StorageResult<IDBPDatabase<Schema>>>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, problem: 'blocked' }), openTimeoutMs);
    });
    const result = await Promise.race([opening, timeout]);
    clearTimeout(timer);
    // An opening that succeeds after the timeout is closed: the next use opens afresh.
    if (!result.ok) void opening.then((late) => late.ok && late.value.close());
    return result;
  };

  return {
    open() {
      connection ??= connect().then((result) => {
        if (!result.ok && result.problem !== 'unavailable') connection = null;
        return result;
      });
      return connection;
    },
    takeLostNotice() {
      const wasLost = lost;
      lost = false;
      return wasLost;
    },
  };
}

/** Some browsers throw on merely reading `indexedDB` (storage disabled, sandboxed frames). */
function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}
