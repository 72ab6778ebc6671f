import { describe, expect, it } from 'vitest';
import { sessionScoreRecords } from '../../../src/core/classroom/session-score-records';
import { readScoreRecord } from '../../../src/core/leaderboard/score-record';
import { LEVELS, newSession, playThrough } from './classroom-fixtures';

describe('session scores on the leaderboard', () => {
  it('makes one valid record per participant and level, tagged with the class, with stable ids', () => {
    const session = playThrough(
      newSession(['Ana', 'Ben'], {}, ['first', 'second']),
      (name) => name === 'Ana',
    );
    const records = sessionScoreRecords(session, LEVELS);
    expect(records).toHaveLength(4);
    for (const record of records) expect(readScoreRecord(record)).toEqual({ ok: true, record });
    expect(
      records.map((record) => [record.playerName, record.levelId, record.points, record.classroom]),
    ).toEqual([
      ['Ana', 'first', 400, '4e B'],
      ['Ana', 'second', 400, '4e B'],
      ['Ben', 'first', 0, '4e B'],
      ['Ben', 'second', 0, '4e B'],
    ]);
    expect(sessionScoreRecords(session, LEVELS).map((record) => record.id)).toEqual(records.map((r) => r.id));
    expect(new Set(records.map((record) => record.playerId)).size).toBe(2);
  });
});
