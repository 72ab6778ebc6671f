import type { DBSchema, IDBPDatabase } from 'idb';
import { type Migrations, type SharedDatabase, sharedDatabase } from './storage/open-database';

/**
 * The classroom's own database, apart from the scores' (another engineer's schema evolves on its
 * own). Values are `unknown`: what comes back from the disk is checked by readClassroomSession.
 */
export interface ClassroomSchema extends DBSchema {
  sessions: { key: string; value: unknown };
}

export type ClassroomConnection = IDBPDatabase<ClassroomSchema>;

export const CLASSROOM_DATABASE_NAME = 'qantar-classroom';

/** Step n takes version n to n + 1 (see Migrations); sessions also carry their own `format`, migrated when read. */
const MIGRATIONS: Migrations<ClassroomSchema> = [
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

/** The classroom's database, opened, migrated and shared like every database of the game (sharedDatabase). */
export function classroomDatabase(options: ClassroomDatabaseOptions = {}): SharedDatabase<ClassroomSchema> {
  return sharedDatabase({
    name: options.name ?? CLASSROOM_DATABASE_NAME,
    migrations: MIGRATIONS,
    label: 'the classroom database',
    ...(options.openTimeoutMs === undefined ? {} : { openTimeoutMs: options.openTimeoutMs }),
  });
}

export type ClassroomDatabase = SharedDatabase<ClassroomSchema>;
