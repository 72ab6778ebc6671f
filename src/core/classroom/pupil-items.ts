import type { Level } from '../level/level-types';
import { itemIdsOf } from './class-results';
import type { ClassroomSession, Participant } from './classroom-session';

/** How one participant answered one fact. */
export type ItemMark = 'right' | 'partly' | 'wrong' | 'dontKnow' | 'timedOut' | 'skipped' | 'notPlayed';

export interface PupilItemColumn {
  readonly step: number;
  readonly itemId: string;
}

export interface PupilItemTable {
  /** Every fact of the playlist, in playing order. */
  readonly columns: readonly PupilItemColumn[];
  /** One row per participant, in the session's order, one mark per column. */
  readonly rows: readonly { readonly participant: Participant; readonly marks: readonly ItemMark[] }[];
}

/**
 * The participants × facts table: exactly right, partly (some points), wrong, "I don't know",
 * timed out before the fact, turn skipped, or not played (another's turn in relay, or not reached
 * yet). A teacher sees who needs what, and that a missing answer was the clock, not the pupil.
 */
export function pupilItemTable(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
): PupilItemTable {
  const columns = session.steps.flatMap((_, step) =>
    itemIdsOf(session, levels, step).map((itemId) => ({ step, itemId })),
  );
  const rows = session.participants.map((participant) => ({
    participant,
    marks: columns.map((column) => markOf(session, participant.id, column)),
  }));
  return { columns, rows };
}

function markOf(
  session: ClassroomSession,
  participantId: string,
  { step, itemId }: PupilItemColumn,
): ItemMark {
  const answer = session.answers.find(
    (candidate) => candidate.participantId === participantId && candidate.step === step,
  );
  if (!answer) {
    const skipped = session.skips.some((skip) => skip.participantId === participantId && skip.step === step);
    return skipped ? 'skipped' : 'notPlayed';
  }
  if (answer.unreached?.includes(itemId)) return 'timedOut';
  const item = answer.result.items.find((candidate) => candidate.itemId === itemId);
  if (!item || item.skipped) return 'dontKnow';
  if (item.correct) return 'right';
  return item.points > 0 ? 'partly' : 'wrong';
}
