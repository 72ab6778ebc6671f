import type { Difficulty } from '../level/difficulty';
import { checkPlayerName } from '../player/player-name';
import type { PlayerProfile } from '../player/player-profile';
import { fieldAtFault } from '../records/record-validator';
import validateScoreRecord from '../records/score-record.validator.generated';
import type { LevelScore } from '../scoring/level-score';
import type { ScoreMode } from '../scoring/score-mode';

/** The shape of a saved score; a record of another format is migrated on reading, or refused. */
export const SCORE_RECORD_FORMAT = 1;

/** One finished level, as kept on the device and exchanged in exports. Plain JSON. */
export interface ScoreRecord {
  readonly format: typeof SCORE_RECORD_FORMAT;
  /** Random and unique: two tabs or two devices never make the same one, so merging is by id. */
  readonly id: string;
  readonly levelId: string;
  readonly mode: ScoreMode;
  readonly difficulty: Difficulty;
  readonly playerId: string;
  /** The name when the score was made; '' when the player had not given one yet. */
  readonly playerName: string;
  readonly points: number;
  readonly maxPoints: number;
  /** 0 to 1. */
  readonly accuracy: number;
  readonly stars: 0 | 1 | 2 | 3;
  readonly durationMs: number | null;
  /** Milliseconds since the Unix epoch. */
  readonly finishedAt: number;
  /** The name of the class whose session the level was played in, when there is one (a name, checked as one). */
  readonly classroom?: string;
}

export interface NewRecord {
  readonly id: string;
  readonly levelId: string;
  readonly difficulty: Difficulty;
  readonly player: PlayerProfile;
  readonly score: LevelScore;
  readonly finishedAt: number;
  readonly classroom?: string;
}

export function newScoreRecord({
  id,
  levelId,
  difficulty,
  player,
  score,
  finishedAt,
  classroom,
}: NewRecord): ScoreRecord {
  return {
    format: SCORE_RECORD_FORMAT,
    id,
    levelId,
    mode: score.mode,
    difficulty,
    playerId: player.id,
    playerName: player.name,
    points: score.total,
    maxPoints: score.maxTotal,
    accuracy: score.accuracy,
    stars: score.stars,
    durationMs: score.durationMs === null ? null : Math.max(0, Math.round(score.durationMs)),
    finishedAt: Math.round(finishedAt),
    ...(classroom ? { classroom } : {}),
  };
}

export type RecordCheck =
  | { readonly ok: true; readonly record: ScoreRecord }
  | { readonly ok: false; readonly problem: RecordProblem };

export type RecordProblem =
  | { readonly code: 'notAnObject' }
  | { readonly code: 'unknownFormat'; readonly format: string }
  | { readonly code: 'invalidField'; readonly field: string };

/**
 * Reads a record from storage or from an import: anything not exactly a valid record is refused
 * with the first field at fault, so one damaged entry can be skipped and reported while the others
 * are shown. The shape is score-record.schema.json's (compiled at build time); the rules a schema
 * cannot say are here. This is also where older record formats will be migrated, one step per format.
 */
export function readScoreRecord(raw: unknown): RecordCheck {
  if (!isObject(raw)) return { ok: false, problem: { code: 'notAnObject' } };
  if (raw.format !== SCORE_RECORD_FORMAT)
    return { ok: false, problem: { code: 'unknownFormat', format: String(raw.format) } };
  const invalid = (field: string): RecordCheck => ({ ok: false, problem: { code: 'invalidField', field } });
  if (!validateScoreRecord(raw)) return invalid(fieldAtFault(validateScoreRecord));
  if (!isKeptName(raw.playerName)) return invalid('playerName');
  if (raw.points > raw.maxPoints) return invalid('points');
  // The class's name, held to the same rule as a player's (graphemes, not UTF-16 units): a class
  // named with 30 emoji families is a valid class, and its scores are read back, not skipped.
  if (raw.classroom !== undefined && !isKeptName(raw.classroom)) return invalid('classroom');
  return { ok: true, record: raw };
}

/** A name is kept exactly as the name check leaves it, so what an import brings is what it shows. */
function isKeptName(name: string): boolean {
  if (name === '') return true;
  const check = checkPlayerName(name);
  return check.ok && check.name === name;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
