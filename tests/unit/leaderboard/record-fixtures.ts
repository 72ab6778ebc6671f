import type { ScoreRecord } from '../../../src/core/leaderboard/score-record';

let counter = 0;

/** A valid record; tests change what they look at. */
export function record(overrides: Partial<ScoreRecord> = {}): ScoreRecord {
  counter += 1;
  return {
    format: 1,
    id: `r${counter}`,
    levelId: 'places',
    mode: 'standard',
    difficulty: 'easy',
    playerId: 'p-ana',
    playerName: 'Ana',
    points: 500,
    maxPoints: 1000,
    accuracy: 0.5,
    stars: 1,
    durationMs: 60_000,
    finishedAt: 1_700_000_000_000 + counter,
    ...overrides,
  };
}
