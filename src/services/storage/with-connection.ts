import type { StorageResult } from '../../core/leaderboard/storage-result';
import type { QantarConnection, QantarDatabase } from './qantar-database';
import { storageProblemOf } from './storage-problem';

/** Runs one piece of storage work and turns every failure into a StorageResult: nothing throws. */
export async function withConnection<T>(
  database: QantarDatabase,
  what: string,
  work: (db: QantarConnection) => Promise<T>,
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
