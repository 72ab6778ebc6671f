/**
 * Saved Live rooms in Redis, for several server processes (issue 16): one hash per room code,
 * `qantar:live:room:<CODE>` = { version, updatedAt, record }, written by a Lua script that refuses
 * a version not above the stored one, so a stale write (a slow or cut-off process) never
 * overwrites a newer one. Each key expires KEEP_FINISHED_MS after its last change.
 *
 * While Redis is away the writes wait and are retried every second with the room's latest record,
 * so answers kept in memory are saved when it comes back; the change is logged once each way and
 * told to the rooms (`watch`).
 */
import { Redis } from 'ioredis';
import {
  coalescedWriter,
  KEEP_FINISHED_MS,
  readSavedRoom,
  type SavedRoom,
  type SessionStore,
} from './session-store';

const PREFIX = 'qantar:live:room:';
const CLAIM_PREFIX = 'qantar:live:claim:';
const RETRY_MS = 1000;
/** A process restoring a room holds its code this long at most (it normally takes well under 1 s). */
const CLAIM_MS = 15_000;

const WRITE_IF_NEWER = `
local stored = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
if stored >= tonumber(ARGV[1]) then return stored end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'updatedAt', ARGV[2], 'record', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return -1
`;

/** A newer version of this room is in Redis: another process has taken the room over. */
export class StaleWriteError extends Error {
  constructor(code: string, version: number, stored: number) {
    super(`room ${code}: version ${version} not saved, Redis already holds version ${stored}`);
  }
}

export interface RedisSessionStore extends SessionStore {
  readonly redis: Redis;
}

export function redisSessionStore(url: string, owner: string): RedisSessionStore {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 3000,
    lazyConnect: false,
  });
  const versions = new Map<string, number>();
  const listeners = new Set<(up: boolean) => void>();
  let up = true;

  const setUp = (value: boolean, error?: unknown) => {
    if (value === up) return;
    up = value;
    if (value)
      console.info(`Qantar Live: Redis (${safeUrl(url)}) is back; the rooms' changes are being saved.`);
    else
      console.error(
        `Qantar Live: Redis (${safeUrl(url)}) cannot be reached; rooms play on and their answers are kept in memory until it is back.`,
        error instanceof Error ? error.message : error,
      );
    for (const listener of listeners) listener(value);
  };

  // ioredis reconnects by itself; its errors and its return are the store's health.
  redis.on('error', (error: unknown) => setUp(false, error));
  redis.on('ready', () => setUp(true));

  const writeOnce = async (record: SavedRoom, version: number) => {
    const stored = (await redis.eval(
      WRITE_IF_NEWER,
      1,
      PREFIX + record.code,
      String(version),
      String(record.session.updatedAt),
      JSON.stringify(record),
      String(KEEP_FINISHED_MS),
    )) as number;
    if (stored !== -1) throw new StaleWriteError(record.code, version, stored);
  };

  const write = async (record: SavedRoom) => {
    const version = (versions.get(record.code) ?? 0) + 1;
    versions.set(record.code, version);
    for (;;) {
      try {
        await writeOnce(record, version);
        setUp(true);
        return;
      } catch (error) {
        if (error instanceof StaleWriteError) throw error;
        setUp(false, error);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  };

  const read = (code: string, raw: Record<string, string>): SavedRoom | null => {
    if (!raw.record) return null;
    try {
      const record = readSavedRoom(JSON.parse(raw.record) as unknown);
      if (!record)
        console.warn(`Qantar Live: Redis key ${PREFIX}${code} is not a saved room; it is left as it is.`);
      else versions.set(code, Math.max(versions.get(code) ?? 0, Number(raw.version) || 0));
      return record;
    } catch (error) {
      console.warn(`Qantar Live: Redis key ${PREFIX}${code} could not be read; it is left as it is.`, error);
      return null;
    }
  };

  return {
    redis,
    save: coalescedWriter(write),

    async load(code) {
      return read(code, await redis.hgetall(PREFIX + code));
    },

    async has(code) {
      return (await redis.exists(PREFIX + code)) === 1;
    },

    async loadAll() {
      const rooms: SavedRoom[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 200);
        cursor = next;
        for (const key of keys) {
          const code = key.slice(PREFIX.length);
          const record = read(code, await redis.hgetall(key));
          if (record) rooms.push(record);
        }
      } while (cursor !== '0');
      return rooms;
    },

    async remove(code) {
      await redis.del(PREFIX + code);
      versions.delete(code);
    },

    async claim(code) {
      return (await redis.set(CLAIM_PREFIX + code, owner, 'PX', CLAIM_MS, 'NX')) === 'OK';
    },

    watch(listener) {
      listeners.add(listener);
      if (!up) listener(false);
      return () => listeners.delete(listener);
    },

    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The URL as the log may show it: without a password. */
function safeUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
