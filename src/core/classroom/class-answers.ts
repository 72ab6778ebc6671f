import { compareEvents } from '../challenges/timeline/timeline-rules';
import type { TimelineItem } from '../level/level-types';
import type { ItemResult } from '../run/level-run';
import type { ClassroomSession, Participant } from './classroom-session';
import { answerOf, turnOrder } from './session-position';

/** One participant's answer to one item of a step; `result` is absent when they did not answer. */
export interface ItemAnswer {
  readonly participant: Participant;
  readonly result: ItemResult | undefined;
}

/** Every participant's answer to an item, in the order they played the step. */
export function itemAnswers(session: ClassroomSession, step: number, itemId: string): ItemAnswer[] {
  return turnOrder(session, step).flatMap((participant) => {
    const answer = answerOf(session, participant.id, step);
    if (!answer) return [];
    return [{ participant, result: answer.result.items.find((item) => item.itemId === itemId) }];
  });
}

/** A group of participants who gave the same answer to an item. */
export interface AnswerGroup {
  /** A timeline position ("1", "2"…), a match target id, or null for no answer. */
  readonly answer: string | null;
  readonly participants: readonly Participant[];
  readonly correct: boolean;
}

/**
 * The spread of answers to an item of a timeline (the positions it was given) or a match (the
 * targets chosen): one group per distinct answer, the most frequent first, so the class sees at a
 * glance where it agrees and where it is split.
 */
export function answerSpread(session: ClassroomSession, step: number, itemId: string): AnswerGroup[] {
  const groups = new Map<string | null, { participants: Participant[]; correct: boolean }>();
  for (const { participant, result } of itemAnswers(session, step, itemId)) {
    const answer = result?.answer ?? null;
    const group = groups.get(answer) ?? { participants: [], correct: result?.correct ?? false };
    group.participants.push(participant);
    groups.set(answer, group);
  }
  return [...groups]
    .map(([answer, group]) => ({ answer, ...group }))
    .sort(
      (a, b) =>
        b.participants.length - a.participants.length ||
        Number(b.correct) - Number(a.correct) ||
        compareAnswers(a.answer, b.answer),
    );
}

/** How many participants got an item right, of those who answered the step. */
export function itemTally(session: ClassroomSession, step: number, itemId: string) {
  const answers = itemAnswers(session, step, itemId);
  return { right: answers.filter((answer) => answer.result?.correct).length, answered: answers.length };
}

function compareAnswers(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}

/**
 * The positions (1-based) a timeline event may take and be right: after every event surely
 * earlier, before every event surely later; a range when others share its date.
 */
export function rightPositions(
  items: readonly TimelineItem[],
  itemId: string,
): { first: number; last: number } {
  const item = items.find((candidate) => candidate.id === itemId);
  if (!item) return { first: 0, last: -1 };
  const earlier = items.filter((other) => compareEvents(other, item) < 0).length;
  const later = items.filter((other) => compareEvents(other, item) > 0).length;
  return { first: earlier + 1, last: items.length - later };
}
