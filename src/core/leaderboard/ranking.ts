import type { Difficulty } from '../level/difficulty';
import type { ScoreMode } from '../scoring/score-mode';
import type { ScoreRecord } from './score-record';

/**
 * Which scores are ranked together. Modes and difficulties never mix: a fair-mode score has no
 * bonuses and an easy level has fewer items, so neither compares with the others.
 */
export interface Board {
  readonly mode: ScoreMode;
  readonly difficulty: Difficulty;
  /** Only the scores of this classroom session; null for every score. */
  readonly classroom: string | null;
}

export function onBoard(record: ScoreRecord, board: Board): boolean {
  return (
    record.mode === board.mode &&
    record.difficulty === board.difficulty &&
    (board.classroom === null || record.classroom === board.classroom)
  );
}

export interface LevelRow {
  /** Shared by equal scores: 1, 2, 2, 4. */
  readonly rank: number;
  readonly record: ScoreRecord;
}

/**
 * Every play of a level on the board, best first. Equal scores share a rank and are listed in the
 * order they were reached, so nobody moves ahead by playing the same score again later.
 */
export function rankLevel(records: readonly ScoreRecord[], levelId: string, board: Board): LevelRow[] {
  const sorted = records
    .filter((record) => record.levelId === levelId && onBoard(record, board))
    .sort(compareRecords);
  return withRanks(sorted, (record) => record.points).map(([rank, record]) => ({ rank, record }));
}

export interface Standing {
  readonly rank: number;
  readonly playerId: string;
  /** The sum of the player's best score on each level. */
  readonly points: number;
  readonly stars: number;
  readonly levels: number;
  /** When the most recent of those bests was made. */
  readonly lastFinishedAt: number;
}

/** Players by the sum of their bests over every level on the board. */
export function rankOverall(records: readonly ScoreRecord[], board: Board): Standing[] {
  const byPlayer = new Map<string, ScoreRecord[]>();
  for (const best of bestPerPlayerAndLevel(records.filter((record) => onBoard(record, board)))) {
    const list = byPlayer.get(best.playerId) ?? [];
    list.push(best);
    byPlayer.set(best.playerId, list);
  }
  const standings = [...byPlayer].map(([playerId, bests]) => ({
    playerId,
    points: sum(bests.map((best) => best.points)),
    stars: sum(bests.map((best) => best.stars)),
    levels: bests.length,
    lastFinishedAt: Math.max(...bests.map((best) => best.finishedAt)),
  }));
  standings.sort(
    (a, b) =>
      b.points - a.points ||
      a.lastFinishedAt - b.lastFinishedAt ||
      (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0),
  );
  return withRanks(standings, (standing) => standing.points).map(([rank, standing]) => ({
    rank,
    ...standing,
  }));
}

/** One player's best score per level on the board, for the level cards. */
export function personalBests(
  records: readonly ScoreRecord[],
  playerId: string,
  board: Board,
): Map<string, ScoreRecord> {
  const mine = records.filter((record) => record.playerId === playerId && onBoard(record, board));
  return new Map(bestPerPlayerAndLevel(mine).map((best) => [best.levelId, best]));
}

/**
 * The name to show for each player: the latest name they gave. Scores saved before the player
 * typed a name carry none, and still show under the name given since.
 */
export function playerNames(records: readonly ScoreRecord[]): Map<string, string> {
  const latest = new Map<string, ScoreRecord>();
  for (const record of records) {
    if (record.playerName === '') continue;
    const known = latest.get(record.playerId);
    if (!known || record.finishedAt > known.finishedAt) latest.set(record.playerId, record);
  }
  return new Map([...latest].map(([playerId, record]) => [playerId, record.playerName]));
}

/** Levels that have at least one score on the board. */
export function levelsOnBoard(records: readonly ScoreRecord[], board: Board): string[] {
  return [...new Set(records.filter((record) => onBoard(record, board)).map((record) => record.levelId))];
}

/** Classroom sessions named by any score, for the filter (which only shows when there is one). */
export function classroomsOf(records: readonly ScoreRecord[]): string[] {
  return [...new Set(records.flatMap((record) => (record.classroom ? [record.classroom] : [])))].sort();
}

function bestPerPlayerAndLevel(records: readonly ScoreRecord[]): ScoreRecord[] {
  const best = new Map<string, ScoreRecord>();
  for (const record of records) {
    const key = JSON.stringify([record.playerId, record.levelId]);
    const known = best.get(key);
    if (!known || compareRecords(record, known) < 0) best.set(key, record);
  }
  return [...best.values()];
}

/** Higher score first; then whoever reached it first; the id keeps the order total. */
function compareRecords(a: ScoreRecord, b: ScoreRecord): number {
  return b.points - a.points || a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function withRanks<T>(sorted: readonly T[], pointsOf: (entry: T) => number): [number, T][] {
  let rank = 0;
  return sorted.map((entry, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || pointsOf(previous) !== pointsOf(entry)) rank = index + 1;
    return [rank, entry];
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
