import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../src/core/leaderboard/merge-records';
import { record } from './record-fixtures';

describe('merging an import', () => {
  it('adds new records and counts the ones already kept', () => {
    const kept = [record({ id: 'a' }), record({ id: 'b' })];
    const merge = mergeRecords(kept, [record({ id: 'b' }), record({ id: 'c' })]);
    expect(merge.added.map((r) => r.id)).toEqual(['c']);
    expect(merge.duplicates).toBe(1);
  });

  it('recognises the same play under another id', () => {
    const play = record({ id: 'original' });
    const merge = mergeRecords([play], [{ ...play, id: 'renamed' }]);
    expect(merge).toEqual({ added: [], duplicates: 1 });
  });

  it('adds a record repeated within the import once', () => {
    const twice = record({ id: 'x' });
    expect(mergeRecords([], [twice, twice]).added).toHaveLength(1);
  });

  it('adds nothing when the same export is imported twice', () => {
    const file = [record(), record(), record()];
    const first = mergeRecords([], file);
    expect(mergeRecords(first.added, file)).toEqual({ added: [], duplicates: 3 });
  });

  it('keeps different plays with equal scores', () => {
    const merge = mergeRecords(
      [record({ points: 100, finishedAt: 1 })],
      [record({ points: 100, finishedAt: 2 })],
    );
    expect(merge.added).toHaveLength(1);
  });
});
