import { describe, expect, it } from 'vitest';
import {
  type Board,
  classroomsOf,
  personalBests,
  playerNames,
  rankLevel,
  rankOverall,
} from '../../../src/core/leaderboard/ranking';
import { record } from './record-fixtures';

const board: Board = { mode: 'standard', difficulty: 'easy', classroom: null };

describe('the ranking of a level', () => {
  it('lists every play best first, equal scores sharing a rank in the order they were reached', () => {
    const rows = rankLevel(
      [
        record({ id: 'late-tie', points: 700, finishedAt: 30 }),
        record({ id: 'low', points: 100, finishedAt: 10 }),
        record({ id: 'top', points: 900, finishedAt: 50 }),
        record({ id: 'early-tie', points: 700, finishedAt: 20 }),
      ],
      'places',
      board,
    );
    expect(rows.map((row) => [row.rank, row.record.id])).toEqual([
      [1, 'top'],
      [2, 'early-tie'],
      [2, 'late-tie'],
      [4, 'low'],
    ]);
  });

  it('keeps modes, difficulties, levels and classroom sessions apart', () => {
    const records = [
      record({ id: 'mine' }),
      record({ id: 'fair', mode: 'fair' }),
      record({ id: 'hard', difficulty: 'hard' }),
      record({ id: 'other-level', levelId: 'timeline' }),
      record({ id: 'class-a', classroom: 'a' }),
    ];
    expect(rankLevel(records, 'places', board).map((row) => row.record.id)).toEqual(['mine', 'class-a']);
    expect(rankLevel(records, 'places', { ...board, mode: 'fair' }).map((row) => row.record.id)).toEqual([
      'fair',
    ]);
    expect(rankLevel(records, 'places', { ...board, classroom: 'a' }).map((row) => row.record.id)).toEqual([
      'class-a',
    ]);
    expect(classroomsOf(records)).toEqual(['a']);
  });
});

describe('the overall ranking', () => {
  it('adds up each player’s best score per level, not every play', () => {
    const standings = rankOverall(
      [
        record({ playerId: 'ana', levelId: 'places', points: 300 }),
        record({ playerId: 'ana', levelId: 'places', points: 800, stars: 2 }),
        record({ playerId: 'ana', levelId: 'timeline', points: 400, stars: 1 }),
        record({ playerId: 'bo', levelId: 'places', points: 1000, stars: 3 }),
        record({ playerId: 'bo', levelId: 'places', points: 900, mode: 'fair' }),
      ],
      board,
    );
    expect(standings).toMatchObject([
      { rank: 1, playerId: 'ana', points: 1200, stars: 3, levels: 2 },
      { rank: 2, playerId: 'bo', points: 1000, stars: 3, levels: 1 },
    ]);
  });

  it('shares a rank between equal totals', () => {
    const standings = rankOverall(
      [
        record({ playerId: 'a', points: 500 }),
        record({ playerId: 'b', points: 500 }),
        record({ playerId: 'c' }),
      ],
      board,
    );
    expect(standings.map((standing) => standing.rank)).toEqual([1, 1, 1]);
  });

  it('is empty without scores', () => {
    expect(rankOverall([], board)).toEqual([]);
  });
});

describe('players', () => {
  it('go by the latest name they gave, even on scores saved before they gave one', () => {
    const names = playerNames([
      record({ playerId: 'p', playerName: '', finishedAt: 3 }),
      record({ playerId: 'p', playerName: 'Old', finishedAt: 1 }),
      record({ playerId: 'p', playerName: 'New', finishedAt: 2 }),
      record({ playerId: 'q', playerName: '' }),
    ]);
    expect(names.get('p')).toBe('New');
    expect(names.has('q')).toBe(false);
  });

  it('have their best per level for the level cards', () => {
    const bests = personalBests(
      [
        record({ playerId: 'me', levelId: 'places', points: 200 }),
        record({ playerId: 'me', levelId: 'places', points: 600, id: 'best' }),
        record({ playerId: 'you', levelId: 'places', points: 900 }),
        record({ playerId: 'me', levelId: 'places', points: 950, difficulty: 'hard' }),
      ],
      'me',
      board,
    );
    expect([...bests.keys()]).toEqual(['places']);
    expect(bests.get('places')?.id).toBe('best');
  });
});
