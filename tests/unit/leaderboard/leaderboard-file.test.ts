import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/core/leaderboard/csv-text';
import { leaderboardFileText, readLeaderboardFile } from '../../../src/core/leaderboard/leaderboard-file';
import { record } from './record-fixtures';

describe('the JSON export', () => {
  it('reads back exactly what it wrote', () => {
    const records = [record({ playerName: 'Zoé Ærø' }), record({ playerName: 'Алия', classroom: '5B' })];
    const text = leaderboardFileText(records, Date.UTC(2026, 0, 5));
    expect(JSON.parse(text).exportedAt).toBe('2026-01-05T00:00:00.000Z');
    expect(readLeaderboardFile(text)).toEqual({ ok: true, records, rejected: [] });
  });

  it('rejects bad records one by one and keeps the good ones', () => {
    const good = record();
    const text = JSON.stringify({
      kind: 'qantar-leaderboard',
      version: 1,
      records: [good, { ...record(), points: 'NaN' }, 'junk'],
    });
    expect(readLeaderboardFile(text)).toEqual({
      ok: true,
      records: [good],
      rejected: [
        { index: 1, problem: { code: 'invalidField', field: 'points' } },
        { index: 2, problem: { code: 'notAnObject' } },
      ],
    });
  });

  it.each([
    ['notJson', '{ not json'],
    ['notAnExport', '[]'],
    ['notAnExport', '{"kind":"something-else","version":1,"records":[]}'],
    ['notAnExport', '{"kind":"qantar-leaderboard","version":1,"records":{}}'],
    ['notAnExport', '{"kind":"qantar-leaderboard","version":"1","records":[]}'],
    ['newerVersion', '{"kind":"qantar-leaderboard","version":2,"records":[]}'],
  ])('refuses a file that is %s', (problem, text) => {
    expect(readLeaderboardFile(text)).toEqual({ ok: false, problem });
  });

  it('accepts a file saved with a byte order mark', () => {
    const text = `\uFEFF${leaderboardFileText([], 0)}`;
    expect(readLeaderboardFile(text)).toMatchObject({ ok: true, records: [] });
  });

  it('refuses a file too large to be a leaderboard before parsing it', () => {
    expect(readLeaderboardFile(' '.repeat(20_000_001))).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('the CSV export', () => {
  it('quotes every cell, doubles quotes, ends lines with CRLF and starts with a UTF-8 byte order mark', () => {
    expect(
      csvText([
        ['Joueur', 'Score'],
        ['Zoé "Z" Ærø, Алия', 1200],
      ]),
    ).toBe('\uFEFF"Joueur","Score"\r\n"Zoé ""Z"" Ærø, Алия","1200"\r\n');
  });

  it('keeps a name that a spreadsheet would run as a formula as text', () => {
    expect(csvText([['=HYPERLINK("x")', '+1', '-2', '@a', 'ok']])).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")","\'+1","\'-2","\'@a","ok"\r\n',
    );
  });
});
