import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDifficulty, EASY_ITEMS, parseDifficulty } from '../../../src/core/level/difficulty';
import type { Level } from '../../../src/core/level/level-types';

const read = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../levels', file), 'utf8')) as Level;

describe('difficulty', () => {
  it('makes places easier to hit in easy and harder in hard, never beyond half the maximum distance', () => {
    const level = read('places-of-the-crisis.json');
    const place = (l: Level) => l.challenges[0] as Extract<Level['challenges'][number], { kind: 'place' }>;
    const original = place(level).items[0]!.toleranceKm;
    expect(place(applyDifficulty(level, 'easy')).items[0]!.toleranceKm).toBeGreaterThan(original);
    expect(place(applyDifficulty(level, 'hard')).items[0]!.toleranceKm).toBeLessThan(original);
    for (const item of place(applyDifficulty(level, 'easy')).items) {
      expect(item.toleranceKm).toBeLessThanOrEqual(place(level).maxDistanceKm / 2);
    }
  });

  it('keeps every item in hard and at most a few in easy, without turning dropped answers into distractors', () => {
    const level = read('who-is-who.json');
    const pairs = level.challenges[0] as Extract<Level['challenges'][number], { kind: 'match' }>;
    const easy = applyDifficulty(level, 'easy').challenges[0] as typeof pairs;
    expect(applyDifficulty(level, 'hard').challenges[0]!.items).toHaveLength(pairs.items.length);
    expect(easy.items).toHaveLength(Math.min(EASY_ITEMS, pairs.items.length));
    const distractors = (c: typeof pairs) =>
      c.targets.filter((t) => !c.items.some((i) => i.answer === t.id)).length;
    expect(distractors(easy)).toBe(distractors(pairs));
  });

  it('shows country names only in easy', () => {
    const level = read('places-of-the-crisis.json');
    expect(applyDifficulty(level, 'hard').map.labels).toBe(false);
    expect(applyDifficulty({ ...level, map: { ...level.map, labels: true } }, 'easy').map.labels).toBe(true);
  });

  it('reads an unknown setting as easy', () => {
    expect(parseDifficulty(null)).toBe('easy');
    expect(parseDifficulty('hard')).toBe('hard');
    expect(parseDifficulty('nightmare')).toBe('easy');
  });
});
