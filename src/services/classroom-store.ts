import type { ClassroomSession } from '../core/classroom/classroom-session';
import type { ClassroomStore, DamagedSession } from '../core/classroom/classroom-store';
import { readClassroomSession } from '../core/classroom/session-codec';
import type { StorageResult } from '../core/leaderboard/storage-result';
import {
  type ClassroomConnection,
  type ClassroomDatabaseOptions,
  classroomDatabase,
} from './classroom-store-database';
import { withConnection } from './storage/with-connection';

/**
 * Classroom sessions in IndexedDB, one entry per session, each saved whole after every answer with
 * "strict" durability: the browser reports success only once it is on the disk.
 */
export function createIdbClassroomStore(options: ClassroomDatabaseOptions = {}): ClassroomStore {
  const database = classroomDatabase(options);
  const run = <T>(what: string, work: (db: ClassroomConnection) => Promise<T>): Promise<StorageResult<T>> =>
    withConnection(database, what, work);

  return {
    list: () =>
      run('reading the classroom sessions', async (db) => {
        const tx = db.transaction('sessions', 'readonly');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
        const sessions: ClassroomSession[] = [];
        const damaged: DamagedSession[] = [];
        values.forEach((value, index) => {
          const check = readClassroomSession(value);
          if (check.ok) sessions.push(check.session);
          else {
            const key = String(keys[index]);
            damaged.push({ key, problem: check.problem });
            console.warn(
              `Qantar: the classroom session "${key}" is damaged (${JSON.stringify(check.problem)}).`,
            );
          }
        });
        sessions.sort((a, b) => b.updatedAt - a.updatedAt);
        return { sessions, damaged };
      }),
    load: (id) =>
      run('reading a classroom session', async (db) => {
        const check = readClassroomSession(await db.get('sessions', id));
        return check.ok ? check.session : null;
      }),
    save: (session) =>
      run('saving a classroom session', async (db) => {
        const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(session), tx.done]);
      }),
    remove: (id) =>
      run('deleting a classroom session', async (db) => {
        const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.delete(id), tx.done]);
      }),
  };
}
