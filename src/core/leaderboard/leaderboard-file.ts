import validateLeaderboardFile from '../records/leaderboard-file.validator.generated';
import { type RecordProblem, readScoreRecord, type ScoreRecord } from './score-record';

/** What marks a JSON file as a Qantar leaderboard export, and the version of that file format. */
export const LEADERBOARD_FILE_KIND = 'qantar-leaderboard';
export const LEADERBOARD_FILE_VERSION = 1;

/** A file far larger than any classroom's scores is refused before parsing. */
export const MAX_IMPORT_CHARACTERS = 20_000_000;

export interface LeaderboardFile {
  readonly kind: typeof LEADERBOARD_FILE_KIND;
  readonly version: typeof LEADERBOARD_FILE_VERSION;
  /** ISO 8601, for the reader of the file; the import does not need it. */
  readonly exportedAt: string;
  readonly records: readonly ScoreRecord[];
}

export function leaderboardFileText(records: readonly ScoreRecord[], exportedAt: number): string {
  const file: LeaderboardFile = {
    kind: LEADERBOARD_FILE_KIND,
    version: LEADERBOARD_FILE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    records,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface RejectedRecord {
  /** Position in the file's `records`, from 0. */
  readonly index: number;
  readonly problem: RecordProblem;
}

export type LeaderboardFileCheck =
  | {
      readonly ok: true;
      readonly records: readonly ScoreRecord[];
      readonly rejected: readonly RejectedRecord[];
    }
  | { readonly ok: false; readonly problem: 'tooLarge' | 'notJson' | 'notAnExport' | 'newerVersion' };

/**
 * Reads an export. The file as a whole must be one (leaderboard-file.schema.json: the right kind, a
 * version this game knows); inside it, each record is checked on its own and a bad one is rejected
 * without losing the good ones.
 */
export function readLeaderboardFile(text: string): LeaderboardFileCheck {
  if (text.length > MAX_IMPORT_CHARACTERS) return { ok: false, problem: 'tooLarge' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!validateLeaderboardFile(parsed)) return { ok: false, problem: 'notAnExport' };
  if (parsed.version > LEADERBOARD_FILE_VERSION) return { ok: false, problem: 'newerVersion' };
  if (parsed.version !== LEADERBOARD_FILE_VERSION || !Array.isArray(parsed.records))
    return { ok: false, problem: 'notAnExport' };
  const records: ScoreRecord[] = [];
  const rejected: RejectedRecord[] = [];
  parsed.records.forEach((raw: unknown, index: number) => {
    const check = readScoreRecord(raw);
    if (check.ok) records.push(check.record);
    else rejected.push({ index, problem: check.problem });
  });
  return { ok: true, records, rejected };
}
