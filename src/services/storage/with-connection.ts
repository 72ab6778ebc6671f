import type { StorageResult } from '../../core/leaderboard/storage-result';
import { storageProblemOf } from './storage-problem';

/** A database that opens on demand and says, rather than throws, when it cannot. */
export interface OpensConnection<Connection> {
  open(): Promise<StorageResult<Connection>>;
}

/**
 * Runs one piece of storage work and turns every failure into a StorageResult: nothing throws.
 * Shared by the scores' database and the classroom's.
 */
export async function withConnection<Connection, T>(
  database: OpensConnection<Connection>,
  what: string,
  work: (db: Connection) => Promise<T>,
): Promise<StorageResult<T>> {
  const opened = await database.open();
  if (!opened.ok) return opened;
  try {
    return { ok: true, value: await work(opened.value) };
  } catch (error) {
    console.warn(`Qantar: ${what} failed.`, error);
    return { ok: false, problem: storageProblemOf(error) };
  }
}
