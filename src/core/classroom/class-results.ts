import { applyDifficulty } from '../level/difficulty';
import type { ChallengeKind, Level } from '../level/level-types';
import type { LevelRun } from '../run/level-run';
import { type LevelScore, scoreLevel } from '../scoring/level-score';
import type { ClassroomSession, Participant, RecordedAnswer } from './classroom-session';

export interface ParticipantScore {
  readonly participant: Participant;
  /** Shared by equal totals: 1, 2, 2, 4. */
  readonly rank: number;
  /** One per level of the playlist, in its order: what this participant played of it, or null. */
  readonly levels: readonly (LevelScore | null)[];
  readonly total: number;
  readonly maxTotal: number;
  /** Points from the answers alone over their maximum, 0 when nothing was played. */
  readonly accuracy: number;
  readonly rightItems: number;
  readonly itemCount: number;
}

/**
 * Every participant's score, best first, scored as the game scores a level (scoreLevel) in the
 * session's scoring mode. A participant's play of a level is the challenges of it they answered, in
 * order; its time is the time spent on those turns only, not the waiting between them.
 */
export function classScores(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
): ParticipantScore[] {
  const scored = session.participants.map((participant) => {
    const perLevel = session.playlist.map((levelId) => levelScore(session, levels, participant, levelId));
    const played = perLevel.filter((score): score is LevelScore => score !== null);
    const base = sum(played.map((score) => score.base));
    const maxBase = sum(played.map((score) => score.maxBase));
    return {
      participant,
      levels: perLevel,
      total: sum(played.map((score) => score.total)),
      maxTotal: sum(played.map((score) => score.maxTotal)),
      accuracy: maxBase > 0 ? base / maxBase : 0,
      rightItems: sum(played.map((score) => score.rightItems)),
      itemCount: sum(played.map((score) => score.itemCount)),
    };
  });
  const order = new Map(session.participants.map((participant, index) => [participant.id, index]));
  scored.sort(
    (a, b) => b.total - a.total || (order.get(a.participant.id) ?? 0) - (order.get(b.participant.id) ?? 0),
  );
  let rank = 0;
  return scored.map((entry, index) => {
    if (index === 0 || scored[index - 1]?.total !== entry.total) rank = index + 1;
    return { ...entry, rank };
  });
}

/** The podium: ranks 1 to 3, ties included. */
export function podium(scores: readonly ParticipantScore[]): ParticipantScore[] {
  return scores.filter((score) => score.rank <= 3 && score.itemCount > 0);
}

export interface ItemStat {
  readonly step: number;
  readonly levelId: string;
  readonly challengeId: string;
  readonly kind: ChallengeKind;
  readonly itemId: string;
  /** Participants who put it exactly right, and who answered the challenge it belongs to. */
  readonly right: number;
  readonly answered: number;
  /** Who said "I don't know" for it (or gave no answer to it in time they had). */
  readonly dontKnow: number;
  /** Whose time ran out before they reached it: not counted as wrong, nor in the share. */
  readonly timedOut: number;
  /** right / (answered - timedOut): of those who reached it; 0 when nobody did. */
  readonly share: number;
}

/**
 * Every fact of the playlist with the share of the class that got it exactly right, hardest first:
 * what to go over again. A pupil whose time ran out before the fact is counted apart, not as
 * wrong. Facts nobody reached come last; equal shares keep the playlist's order.
 */
export function itemAnalysis(session: ClassroomSession, levels: ReadonlyMap<string, Level>): ItemStat[] {
  const stats = session.steps.flatMap((step, index) => {
    const answers = session.answers.filter((answer) => answer.step === index);
    return itemIdsOf(session, levels, index).map((itemId) => {
      const results = answers.flatMap((answer) =>
        answer.result.items.filter((item) => item.itemId === itemId),
      );
      const right = results.filter((item) => item.correct).length;
      const timedOut = answers.filter((answer) => answer.unreached?.includes(itemId)).length;
      const skipped = results.filter((item) => item.skipped).length;
      const reached = answers.length - timedOut;
      return {
        step: index,
        levelId: step.levelId,
        challengeId: step.challengeId,
        kind: step.kind,
        itemId,
        right,
        answered: answers.length,
        dontKnow: Math.max(0, skipped - timedOut),
        timedOut,
        share: reached > 0 ? right / reached : 0,
      };
    });
  });
  return stats
    .map((stat, index) => ({ stat, index }))
    .sort(
      (a, b) =>
        Number(a.stat.answered - a.stat.timedOut === 0) - Number(b.stat.answered - b.stat.timedOut === 0) ||
        a.stat.share - b.stat.share ||
        a.index - b.index,
    )
    .map(({ stat }) => stat);
}

/** The level as the class played it: the session's difficulty, and no country names without hints. */
export function playedLevel(session: ClassroomSession, level: Level): Level {
  const played = applyDifficulty(level, session.settings.difficulty);
  return session.settings.hints ? played : { ...played, map: { ...played.map, labels: false } };
}

/** The ids of a step's items, in the challenge's order. */
export function itemIdsOf(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  index: number,
): string[] {
  const step = session.steps[index];
  const level = step ? levels.get(step.levelId) : undefined;
  const challenge = level
    ? playedLevel(session, level).challenges.find((candidate) => candidate.id === step?.challengeId)
    : undefined;
  if (challenge) return challenge.items.map((item) => item.id);
  // A level no longer on the device: its items are still known from the answers.
  return [
    ...new Set(
      session.answers
        .filter((answer) => answer.step === index)
        .flatMap((answer) => answer.result.items.map((item) => item.itemId)),
    ),
  ];
}

function levelScore(
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  participant: Participant,
  levelId: string,
): LevelScore | null {
  const answers: RecordedAnswer[] = session.answers
    .filter(
      (answer) => answer.participantId === participant.id && session.steps[answer.step]?.levelId === levelId,
    )
    .sort((a, b) => a.step - b.step);
  const first = answers[0];
  if (!first) return null;
  const run: LevelRun = {
    levelId,
    difficulty: session.settings.difficulty,
    startedAt: first.startedAt,
    challengeIndex: answers.length,
    results: answers.map((answer) => answer.result),
  };
  const durationMs = sum(answers.map((answer) => Math.max(0, answer.answeredAt - answer.startedAt)));
  return scoreLevel(levels.get(levelId) ?? missingLevel(levelId), run, {
    mode: session.settings.scoreMode,
    durationMs,
  });
}

/** Stands in for a level removed from the device since: its answers still count, with no stars to earn. */
function missingLevel(id: string): Level {
  return {
    formatVersion: 1,
    id,
    chapter: 0,
    order: 0,
    title: id,
    articles: {},
    map: { projection: 'equirectangular', bbox: [-180, -90, 180, 90] },
    stars: [Infinity, Infinity, Infinity],
    challenges: [],
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
