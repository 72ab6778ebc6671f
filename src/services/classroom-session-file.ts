import type { ClassroomSession } from '../core/classroom/classroom-session';
import { readClassroomSession } from '../core/classroom/session-codec';

/** What a session file says it is: a file of another kind (a level, the leaderboard) is named as such. */
const KIND = 'qantar-classroom-session';
const FILE_FORMAT = 1;
/** Far above a real session (a class of 40 over a long playlist is a few hundred kB). */
export const MAX_SESSION_FILE_CHARS = 8_000_000;

export type SessionFileProblem =
  | { readonly code: 'tooLarge'; readonly limit: number }
  | { readonly code: 'notJson' }
  | { readonly code: 'notSessionFile' }
  | { readonly code: 'damaged'; readonly field: string }
  | { readonly code: 'alreadyHere'; readonly name: string };

export type SessionFileRead =
  | { readonly ok: true; readonly session: ClassroomSession }
  | { readonly ok: false; readonly problem: SessionFileProblem };

/** One session as a file a teacher can keep or carry to another computer. */
export function sessionFileText(session: ClassroomSession): string {
  return `${JSON.stringify({ kind: KIND, format: FILE_FORMAT, session }, null, 1)}\n`;
}

/**
 * A session file read back, checked with the same rules as a session read from this device's
 * storage (so a damaged or hand-edited file never enters the lobby), and refused when the same
 * session is already here, which it would otherwise silently overwrite.
 */
export function readSessionFile(
  text: string,
  hasSession: (id: string) => ClassroomSession | undefined,
): SessionFileRead {
  if (text.length > MAX_SESSION_FILE_CHARS)
    return { ok: false, problem: { code: 'tooLarge', limit: MAX_SESSION_FILE_CHARS } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const file = parsed as { kind?: unknown; format?: unknown; session?: unknown } | null;
  if (!file || typeof file !== 'object' || file.kind !== KIND || file.format !== FILE_FORMAT)
    return { ok: false, problem: { code: 'notSessionFile' } };
  const check = readClassroomSession(file.session);
  if (!check.ok)
    return {
      ok: false,
      problem: {
        code: 'damaged',
        field: check.problem.code === 'invalidField' ? check.problem.field : 'format',
      },
    };
  const here = hasSession(check.session.id);
  if (here) return { ok: false, problem: { code: 'alreadyHere', name: here.name } };
  return { ok: true, session: check.session };
}
