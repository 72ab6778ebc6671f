import { type ClassConfusion, classConfusions } from '../../core/classroom/class-confusions';
import { playedLevel } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import type { CountryShape } from '../../core/geo/country-shapes';
import type { Level } from '../../core/level/level-types';

/** How many confusions the page, the print and the CSV list for one challenge. */
export const CONFUSIONS_PER_CHALLENGE = 5;

/**
 * The class's most common confusions, challenge by challenge in playing order, the most common
 * first within each: each step's challenge as the class played it (its difficulty), so a drop is
 * judged against the places the pupils had. Without the country shapes (the map not loaded yet)
 * only the confusions between places, targets and events are found.
 */
export function sessionConfusions(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  shapes?: readonly CountryShape[],
): ClassConfusion[] {
  const all = classConfusions(
    session,
    (step) => {
      const level = levels.get(step.levelId);
      return level
        ? playedLevel(session, level).challenges.find((challenge) => challenge.id === step.challengeId)
        : undefined;
    },
    shapes ? { shapes } : {},
  );
  const byStep = new Map<number, ClassConfusion[]>();
  for (const confusion of all) {
    const list = byStep.get(confusion.step) ?? [];
    if (list.length < CONFUSIONS_PER_CHALLENGE) list.push(confusion);
    byStep.set(confusion.step, list);
  }
  return [...byStep.keys()].sort((a, b) => a - b).flatMap((step) => byStep.get(step) ?? []);
}
