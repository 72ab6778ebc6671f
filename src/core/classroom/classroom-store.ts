import type { StorageResult } from '../leaderboard/storage-result';
import type { ClassroomSession } from './classroom-session';
import type { SessionProblem } from './session-codec';

/** A stored entry that is not a valid session: left in place, listed as damaged, never opened. */
export interface DamagedSession {
  readonly key: string;
  readonly problem: SessionProblem;
}

export interface StoredSessions {
  /** Most recently changed first. */
  readonly sessions: readonly ClassroomSession[];
  readonly damaged: readonly DamagedSession[];
}

/**
 * Where classroom sessions are kept, one entry per session. Every method resolves (never rejects);
 * `save` resolves ok only once the session is durably written, so the screen may then say "saved".
 */
export interface ClassroomStore {
  list(): Promise<StorageResult<StoredSessions>>;
  /** null when there is no such session, or it is damaged. */
  load(id: string): Promise<StorageResult<ClassroomSession | null>>;
  save(session: ClassroomSession): Promise<StorageResult<void>>;
  remove(id: string): Promise<StorageResult<void>>;
}
