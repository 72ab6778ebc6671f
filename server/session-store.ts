/**
 * Where Live rooms are saved so that a server restart loses nothing: one JSON file per room,
 * `<data-dir>/<code>.json`, rewritten after every change. A write goes to a temporary file, is
 * flushed to the disk (fsync) and renamed over the old one, so a crash leaves either the old file
 * or the new one, never half of one. Writes of one room are queued and coalesced: changes made
 * while a write runs go out together in the next one, and each caller learns when its change is
 * on disk. Tokens are kept as hashes only.
 *
 * `SessionStore` is the seam for other back ends: redis-session-store.ts for several processes.
 */
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClassroomSession } from '../src/core/classroom/classroom-session';
import { readClassroomSession } from '../src/core/classroom/session-codec';
import type { Level } from '../src/core/level/level-types';

export const SAVED_ROOM_FORMAT = 1;

/** Finished sessions stay this long, for the teacher to download their results, then go. */
export const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

export interface SavedSeat {
  /** SHA-256 of the seat token, hex. */
  readonly tokenHash: string;
  readonly language: string;
}

export interface SavedRoom {
  readonly format: typeof SAVED_ROOM_FORMAT;
  readonly code: string;
  readonly hostTokenHash: string;
  /** By participant id, removed pupils included (so their token is recognised and refused). */
  readonly seats: Readonly<Record<string, SavedSeat>>;
  /** The levels the session plays, as they were when it was set up (teachers' own included). */
  readonly levels: readonly Level[];
  readonly session: ClassroomSession;
}

export interface SessionStore {
  /** Resolves once this record (or a later one of the same room) is safely stored. */
  save(record: SavedRoom): Promise<void>;
  /** Every room saved, unreadable files aside (each named in the log). */
  loadAll(): Promise<SavedRoom[]>;
  remove(code: string): Promise<void>;
  /** One room, for a process that restores it on demand (shared stores only). */
  load?(code: string): Promise<SavedRoom | null>;
  /** Whether a room is saved under this code (so a new room never takes it). */
  has?(code: string): Promise<boolean>;
  /** Takes the right to restore this room, for a short time, against every other process. */
  claim?(code: string): Promise<boolean>;
  /** Tells when the store becomes unreachable (false) and reachable again (true); returns the unsubscribe. */
  watch?(listener: (up: boolean) => void): () => void;
  close?(): Promise<void>;
}

interface Slot {
  latest: SavedRoom | null;
  running: Promise<void> | null;
  queued: Promise<void> | null;
}

/**
 * Writes of one room queued and coalesced: changes made while a write runs go out together in the
 * next one, and each caller learns when its change is stored.
 */
export function coalescedWriter(write: (record: SavedRoom) => Promise<void>): SessionStore['save'] {
  const slots = new Map<string, Slot>();
  return (record) => {
    const slot = slots.get(record.code) ?? { latest: null, running: null, queued: null };
    slots.set(record.code, slot);
    slot.latest = record;
    if (slot.queued) return slot.queued;
    const after = slot.running ?? Promise.resolve();
    const queued = after
      .catch(() => undefined)
      .then(() => {
        const latest = slot.latest;
        slot.queued = null;
        slot.latest = null;
        if (!latest) return;
        const running = write(latest);
        slot.running = running;
        return running.finally(() => {
          if (slot.running === running) slot.running = null;
        });
      });
    slot.queued = queued;
    return queued;
  };
}

const CODE_FILE = /^[A-Z0-9]{4,12}\.json$/;

export function fileSessionStore(directory: string): SessionStore {
  let ready: Promise<unknown> | null = null;
  const ensureDirectory = () => {
    ready ??= mkdir(directory, { recursive: true });
    return ready;
  };

  const write = async (record: SavedRoom) => {
    await ensureDirectory();
    const final = join(directory, `${record.code}.json`);
    const temporary = `${final}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(JSON.stringify(record));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, final);
  };

  return {
    save: coalescedWriter(write),

    async loadAll() {
      await ensureDirectory();
      const rooms: SavedRoom[] = [];
      for (const name of (await readdir(directory)).filter((entry) => CODE_FILE.test(entry))) {
        const path = join(directory, name);
        try {
          const record = readSavedRoom(JSON.parse(await readFile(path, 'utf8')) as unknown);
          if (record) rooms.push(record);
          else console.warn(`Qantar Live: ${path} is not a saved room; it is left as it is.`);
        } catch (error) {
          console.warn(`Qantar Live: ${path} could not be read; it is left as it is.`, error);
        }
      }
      return rooms;
    },

    async remove(code) {
      await unlink(join(directory, `${code}.json`));
    },
  };
}

/** A saved room read back: the session checked by the classroom codec, the rest by shape. */
export function readSavedRoom(raw: unknown): SavedRoom | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  if (record.format !== SAVED_ROOM_FORMAT || typeof record.code !== 'string') return null;
  if (typeof record.hostTokenHash !== 'string' || !Array.isArray(record.levels)) return null;
  const seats = record.seats;
  if (typeof seats !== 'object' || seats === null) return null;
  const seatsValid = Object.values(seats).every(
    (seat) =>
      typeof seat === 'object' &&
      seat !== null &&
      typeof (seat as SavedSeat).tokenHash === 'string' &&
      typeof (seat as SavedSeat).language === 'string',
  );
  const session = readClassroomSession(record.session);
  if (!seatsValid || !session.ok || !session.session.live) return null;
  return {
    format: SAVED_ROOM_FORMAT,
    code: record.code,
    hostTokenHash: record.hostTokenHash,
    seats: seats as Record<string, SavedSeat>,
    levels: record.levels as Level[],
    session: session.session,
  };
}
