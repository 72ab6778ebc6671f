import type { ScoreRecord } from './score-record';

export interface Merge {
  /** Records to add, each once. */
  readonly added: readonly ScoreRecord[];
  /** Incoming records already known (or repeated within the import). */
  readonly duplicates: number;
}

/**
 * What an import adds to the scores already kept. A record is the same score when it has the same
 * id, or, should an id have been changed by hand, the same player, level, scoring, points and
 * finishing time: importing an export twice, or an export of an export, adds nothing.
 */
export function mergeRecords(existing: readonly ScoreRecord[], incoming: readonly ScoreRecord[]): Merge {
  const ids = new Set(existing.map((record) => record.id));
  const plays = new Set(existing.map(playKey));
  const added: ScoreRecord[] = [];
  let duplicates = 0;
  for (const record of incoming) {
    const play = playKey(record);
    if (ids.has(record.id) || plays.has(play)) {
      duplicates += 1;
      continue;
    }
    ids.add(record.id);
    plays.add(play);
    added.push(record);
  }
  return { added, duplicates };
}

function playKey(record: ScoreRecord): string {
  return JSON.stringify([
    record.playerId,
    record.levelId,
    record.mode,
    record.difficulty,
    record.points,
    record.finishedAt,
  ]);
}
