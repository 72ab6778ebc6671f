import { newScoreRecord, type ScoreRecord } from '../leaderboard/score-record';
import type { Level } from '../level/level-types';
import { classScores } from './class-results';
import type { ClassroomSession } from './classroom-session';

/**
 * The session's scores as leaderboard records, one per participant and level played, tagged with
 * the class. Their ids are made from the session's, so saving them again (the results opened
 * twice) replaces rather than adds; each participant gets a player id of their own in this class.
 */
export function sessionScoreRecords(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
): ScoreRecord[] {
  return classScores(session, levels).flatMap(({ participant, levels: perLevel }) =>
    perLevel.flatMap((score, levelIndex) => {
      const levelId = session.playlist[levelIndex];
      if (!score || levelId === undefined) return [];
      const finishedAt = Math.max(
        ...session.answers
          .filter(
            (answer) =>
              answer.participantId === participant.id && session.steps[answer.step]?.levelId === levelId,
          )
          .map((answer) => answer.answeredAt),
      );
      return [
        newScoreRecord({
          id: `${session.id}.${participant.id}.${levelIndex}`,
          levelId,
          difficulty: session.settings.difficulty,
          player: { id: `${session.id}.${participant.id}`, name: participant.name },
          score,
          finishedAt,
          classroom: session.name,
        }),
      ];
    }),
  );
}
