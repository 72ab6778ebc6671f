import validateClassroomSession from '../records/classroom-session.validator.generated';
import { fieldAtFault } from '../records/record-validator';
import { type ClassroomSession, SAVED_TURN_MODES, SESSION_FORMAT } from './classroom-session';

export type SessionCheck =
  | { readonly ok: true; readonly session: ClassroomSession }
  | { readonly ok: false; readonly problem: SessionProblem };

export type SessionProblem =
  | { readonly code: 'notAnObject' }
  | { readonly code: 'unknownFormat'; readonly format: string }
  | { readonly code: 'invalidField'; readonly field: string };

/**
 * Reads a session from storage: anything not exactly a valid session is refused with the field at
 * fault, so one damaged session is listed as such while the others still open. Older formats are
 * migrated here, one step per format, before the check. The shape is classroom-session.schema.json's
 * (compiled at build time, its challenge kinds the level format's); the rules between fields are here.
 */
export function readClassroomSession(raw: unknown): SessionCheck {
  if (!isObject(raw)) return { ok: false, problem: { code: 'notAnObject' } };
  const current = raw.format === 1 ? fromFormat1(raw) : raw;
  if (current.format !== SESSION_FORMAT)
    return { ok: false, problem: { code: 'unknownFormat', format: String(raw.format) } };
  // A live session's progress in a session of another mode is named as such, whatever its shape.
  const mode = isObject(current.settings) ? current.settings.turnMode : undefined;
  if (mode !== 'live' && SAVED_TURN_MODES.some((known) => known === mode) && current.live !== undefined)
    return { ok: false, problem: { code: 'invalidField', field: 'live' } };
  if (!validateClassroomSession(current))
    return { ok: false, problem: { code: 'invalidField', field: fieldAtFault(validateClassroomSession) } };
  const field = faultBetweenFields(current);
  return field === null
    ? { ok: true, session: current }
    : { ok: false, problem: { code: 'invalidField', field } };
}

/** Format 1 had no live sessions: its sessions read as format 2 unchanged, and a live one is refused. */
function fromFormat1(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.live !== undefined) return raw;
  const settings = isObject(raw.settings) ? raw.settings : {};
  return settings.turnMode === 'live' ? raw : { ...raw, format: 2 };
}

/** The field at fault among the rules a schema cannot say, or null when the session holds together. */
function faultBetweenFields(session: ClassroomSession): string | null {
  const isLive = session.settings.turnMode === 'live';
  const ids = new Set(session.participants.map((entry) => entry.id));
  // A live session starts with an empty room; pupils join it.
  if ((session.participants.length === 0 && !isLive) || ids.size !== session.participants.length)
    return 'participants';
  const outside = (entry: { participantId: string; step: number }) =>
    !ids.has(entry.participantId) || entry.step >= session.steps.length;
  if (session.answers.some(outside)) return 'answers';
  if (session.skips.some(outside)) return 'skips';
  for (const answer of session.answers)
    if (
      answer.result.items.some(
        (item) => item.points < 0 || item.maxPoints < 0 || item.points > item.maxPoints,
      )
    )
      return 'answers.result.items.points';
  return isLive ? faultInLive(session) : null;
}

/** A live session's progress: counters in order (reviewed ≤ closed ≤ opened ≤ steps), removed pupils gone. */
function faultInLive({ live, steps, reviewedSteps, participants }: ClassroomSession): string | null {
  if (!live) return 'live';
  const { openedSteps, closedSteps } = live;
  if (openedSteps > steps.length || closedSteps > openedSteps || closedSteps < openedSteps - 1)
    return 'live.openedSteps';
  if (reviewedSteps > closedSteps) return 'reviewedSteps';
  if (live.removed.some((id) => participants.some((entry) => entry.id === id))) return 'live.removed';
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
