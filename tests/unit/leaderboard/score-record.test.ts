import { describe, expect, it } from 'vitest';
import { newScoreRecord, readScoreRecord } from '../../../src/core/leaderboard/score-record';
import { scoreLevel } from '../../../src/core/scoring/level-score';
import { sampleLevel, sampleRun } from '../scoring/score-fixtures';
import { record } from './record-fixtures';

describe('reading a saved score', () => {
  it('accepts a valid record as it is', () => {
    const valid = record({ classroom: 'class-5b' });
    expect(readScoreRecord(JSON.parse(JSON.stringify(valid)))).toEqual({ ok: true, record: valid });
  });

  it.each([
    ['id', { id: '' }],
    ['levelId', { levelId: 42 }],
    ['mode', { mode: 'turbo' }],
    ['difficulty', { difficulty: 'nightmare' }],
    ['playerName', { playerName: '  padded  ' }],
    ['playerName', { playerName: 'x'.repeat(31) }],
    ['points', { points: 'lots' }],
    ['points', { points: 2000 }],
    ['points', { points: -1 }],
    ['maxPoints', { maxPoints: 1.5 }],
    ['accuracy', { accuracy: Number.NaN }],
    ['stars', { stars: 4 }],
    ['durationMs', { durationMs: '1 min' }],
    ['finishedAt', { finishedAt: null }],
    ['classroom', { classroom: '' }],
  ])('refuses a bad %s', (field, change) => {
    expect(readScoreRecord({ ...record(), ...change })).toEqual({
      ok: false,
      problem: { code: 'invalidField', field },
    });
  });

  it('refuses what is not a record, or a record of an unknown format', () => {
    expect(readScoreRecord(null)).toMatchObject({ ok: false, problem: { code: 'notAnObject' } });
    expect(readScoreRecord([1])).toMatchObject({ ok: false, problem: { code: 'notAnObject' } });
    expect(readScoreRecord({ ...record(), format: 9 })).toMatchObject({
      ok: false,
      problem: { code: 'unknownFormat', format: '9' },
    });
  });

  it('keeps a name that looks like markup as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const check = readScoreRecord(record({ playerName: name }));
    expect(check.ok && check.record.playerName).toBe(name);
  });

  it('drops unknown fields', () => {
    const check = readScoreRecord({ ...record(), extra: 'kept?' });
    expect(check.ok && 'extra' in check.record).toBe(false);
  });
});

describe('a new record', () => {
  it('carries the total of the mode and the stars of the accuracy', () => {
    const level = sampleLevel();
    const score = scoreLevel(level, sampleRun([true, true, true, true, true, true, false]), {
      mode: 'standard',
      durationMs: 12_345.6,
    });
    const made = newScoreRecord({
      id: 'new',
      levelId: level.id,
      difficulty: 'hard',
      player: { id: 'p', name: 'Zoé' },
      score,
      finishedAt: 1_700_000_000_000,
    });
    expect(made).toMatchObject({
      points: score.total,
      maxPoints: score.maxTotal,
      stars: score.stars,
      durationMs: 12_346,
    });
    expect(readScoreRecord(made)).toEqual({ ok: true, record: made });
  });
});
