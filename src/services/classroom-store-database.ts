import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { StorageResult } from '../core/leaderboard/storage-result';
import { storageProblemOf } from './storage/storage-problem';

/**
 * The classroom's own database, apart from the scores' (another engineer's schema evolves on its
 * own). Values are `unknown`: what comes back from the disk is checked by readClassroomSession.
 */
export interface ClassroomSchema extends DBSchema {
  sessions: { key: string; value: unknown };
}

export type ClassroomConnection = IDBPDatabase<ClassroomSchema>;

export const CLASSROOM_DATABASE_NAME = 'qantar-classroom';

/**
 * One step per database version, run in order from the version found on the device: step n takes
 * version n to n + 1. Released steps are never edited; a new shape is a new step. Sessions also
 * carry their own `format`, migrated when read.
 */
const MIGRATIONS: readonly ((db: ClassroomConnection) => void)[] = [
  (db) => {
    db.createObjectStore('sessions', { keyPath: 'id' });
  },
];

export const CLASSROOM_DATABASE_VERSION = MIGRATIONS.length;

export interface ClassroomDatabaseOptions {
  readonly name?: string;
  /** How long to wait for another tab to let go of an older version before giving up (for now). */
  readonly openTimeoutMs?: number;
}

/**
 * Opens the database on first use and shares the connection. A failed opening is retried on the
 * next use, except when the browser has no IndexedDB at all; a tab that needs a newer version is
 * never blocked by this one.
 */
export function classroomDatabase(options: ClassroomDatabaseOptions = {}) {
  const name = options.name ?? CLASSROOM_DATABASE_NAME;
  const openTimeoutMs = options.openTimeoutMs ?? 5000;
  let connection: Promise<StorageResult<ClassroomConnection>> | null = null;

  const connect = async (): Promise<StorageResult<ClassroomConnection>> => {
    if (!hasIndexedDb()) return { ok: false, problem: 'unavailable' };
    const forget = () => {
      connection = null;
    };
    const opening = Promise.resolve()
      .then(() =>
        openDB<ClassroomSchema>(name, CLASSROOM_DATABASE_VERSION, {
          upgrade(db, oldVersion) {
            for (let version = oldVersion; version < CLASSROOM_DATABASE_VERSION; version++)
              MIGRATIONS[version]?.(db);
          },
          blocking(_current, _blocked, event) {
            (event.target as IDBDatabase).close();
            forget();
          },
          terminated: forget,
        }),
      )
      .then(
        (db): StorageResult<ClassroomConnection> => ({ ok: true, value: db }),
        (error: unknown): StorageResult<ClassroomConnection> => {
          console.warn('Qantar: the classroom database could not be opened.', error);
          return { ok: false, problem: storageProblemOf(error) };
        },
      );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<StorageResult<ClassroomConnection>>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, problem: 'blocked' }), openTimeoutMs);
    });
    const result = await Promise.race([opening, timeout]);
    clearTimeout(timer);
    if (!result.ok) void opening.then((late) => late.ok && late.value.close());
    return result;
  };

  return {
    open(): Promise<StorageResult<ClassroomConnection>> {
      connection ??= connect().then((result) => {
        if (!result.ok && result.problem !== 'unavailable') connection = null;
        return result;
      });
      return connection;
    },
  };
}

export type ClassroomDatabase = ReturnType<typeof classroomDatabase>;

/** Some browsers throw on merely reading `indexedDB` (storage disabled, sandboxed frames). */
function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}
