import { csvText } from '../../core/leaderboard/csv-text';
import { rankLevel } from '../../core/leaderboard/ranking';
import type { ScoreRecord } from '../../core/leaderboard/score-record';
import { DIFFICULTIES } from '../../core/level/difficulty';
import type { Translator } from '../../core/ports/translator';
import { SCORE_MODES } from '../../core/scoring/score-mode';
import { dateStamp } from './download-file';

const COLUMNS = [
  'level',
  'mode',
  'difficulty',
  'rank',
  'player',
  'score',
  'max',
  'accuracy',
  'stars',
  'time',
  'date',
  'classroom',
] as const;

export interface CsvContext {
  readonly i18n: Translator;
  /** Level ids in the order of the level select; others follow. */
  readonly levelOrder: readonly string[];
  readonly levelTitle: (levelId: string) => string;
  readonly nameOf: (record: ScoreRecord) => string;
}

/**
 * Every kept score as a spreadsheet, one row per play, grouped by level, scoring and difficulty
 * and ranked within each group. Headers are in the reader's language; numbers stay plain
 * (accuracy in per cent, time in seconds) and dates are local `YYYY-MM-DD HH:MM`, so a spreadsheet
 * can sort and sum them.
 */
export function leaderboardCsv(records: readonly ScoreRecord[], context: CsvContext): string {
  const { i18n } = context;
  const levels = [...new Set([...context.levelOrder, ...records.map((record) => record.levelId)])];
  const rows: (string | number)[][] = [COLUMNS.map((column) => i18n.t(`leaderboard:csv.${column}`))];
  for (const levelId of levels) {
    for (const mode of SCORE_MODES) {
      for (const difficulty of DIFFICULTIES) {
        for (const { rank, record } of rankLevel(records, levelId, { mode, difficulty, classroom: null })) {
          rows.push([
            context.levelTitle(levelId),
            i18n.t(`leaderboard:mode.${mode}`),
            i18n.t(`ui:difficulty.${difficulty}`),
            rank,
            context.nameOf(record),
            record.points,
            record.maxPoints,
            Math.round(record.accuracy * 100),
            record.stars,
            record.durationMs === null ? '' : Math.round(record.durationMs / 1000),
            localTime(record.finishedAt),
            record.classroom ?? '',
          ]);
        }
      }
    }
  }
  return csvText(rows);
}

function localTime(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${dateStamp(epochMs)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
