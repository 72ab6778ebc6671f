import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, nextLevel } from '../../../src/core/level/level-catalog';
import { createLevelValidator } from '../../../src/core/level/validate-level';
import { validLevel } from './valid-level';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../levels/schema.json'), 'utf8'));
const validator = createLevelValidator(schema);
const file = (name: string, changes: Record<string, unknown>) => ({
  file: name,
  text: JSON.stringify({ ...validLevel(), ...changes }),
});

describe('level catalog', () => {
  it('groups levels by chapter in the order the files give, whatever the file names', () => {
    const catalog = buildCatalog(
      validator,
      [
        file('z.json', { id: 'first', chapter: 1, order: 1 }),
        file('a.json', { id: 'third', chapter: 2, order: 0 }),
        file('m.json', { id: 'second', chapter: 1, order: 2 }),
      ],
      () => true,
    );
    expect(
      catalog.chapters.map((chapter) => [chapter.chapter, chapter.levels.map((level) => level.id)]),
    ).toEqual([
      [1, ['first', 'second']],
      [2, ['third']],
    ]);
    expect(nextLevel(catalog, 'second')?.id).toBe('third');
    expect(nextLevel(catalog, 'third')).toBeUndefined();
  });

  it('keeps the good levels when a file is broken and names the broken one', () => {
    const catalog = buildCatalog(
      validator,
      [file('good.json', { id: 'good' }), { file: 'bad.json', text: '{' }],
      () => true,
    );
    expect(catalog.levels.map((level) => level.id)).toEqual(['good']);
    expect(catalog.brokenFiles).toEqual(['bad.json']);
    expect(catalog.problems[0]).toMatchObject({ file: 'bad.json', code: 'invalidJson' });
  });

  it('refuses a second level with the same id', () => {
    const catalog = buildCatalog(
      validator,
      [file('a.json', { id: 'same' }), file('b.json', { id: 'same' })],
      () => true,
    );
    expect(catalog.levels).toHaveLength(1);
    expect(catalog.problems).toEqual([
      { file: 'b.json', path: '/id', code: 'duplicateLevelId', params: { id: 'same', other: 'a.json' } },
    ]);
  });

  it('refuses a level whose text is missing in every language', () => {
    const catalog = buildCatalog(validator, [file('a.json', {})], (key) => key !== 'sample.almaty-fact');
    expect(catalog.levels).toHaveLength(0);
    expect(catalog.problems).toEqual([
      { file: 'a.json', path: '', code: 'missingText', params: { key: 'sample.almaty-fact' } },
    ]);
  });
});
