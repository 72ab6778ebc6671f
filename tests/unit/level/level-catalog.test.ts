import { describe, expect, it } from 'vitest';
import { buildCatalog, findLevel, nextLevel } from '../../../src/core/level/level-catalog';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { createLevelValidator, type LevelValidator } from '../../../src/core/level/validate-level';
import { validLevel } from './valid-level';

const validator = createLevelValidator(validateLevelSchema);
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
    expect(catalog.problems[0]).toMatchObject({ file: 'bad.json', code: 'jsonUnfinished' });
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

describe('finding one level', () => {
  /** The validator, counting the files it parses. */
  function counting(): { validator: LevelValidator; parsed: string[] } {
    const parsed: string[] = [];
    return {
      parsed,
      validator: {
        check: validator.check,
        parse(name, text) {
          parsed.push(name);
          return validator.parse(name, text);
        },
      },
    };
  }

  it('validates only the files that claim the id', () => {
    const { validator: spy, parsed } = counting();
    const files = [
      file('a.json', { id: 'first' }),
      file('b.json', { id: 'wanted', order: 7 }),
      { file: 'broken.json', text: '{' },
      file('c.json', { id: 'third' }),
    ];
    const found = findLevel(spy, files, 'wanted', () => true);
    expect(found?.level.id).toBe('wanted');
    expect(found?.level.order).toBe(7);
    expect(found?.index).toBe(1);
    expect(parsed).toEqual(['b.json']);
  });

  it('finds the level the catalog keeps when several files claim one id', () => {
    const files = [
      file('broken-first.json', { id: 'twice', stars: 'many' }),
      file('good.json', { id: 'twice', order: 2 }),
      file('later.json', { id: 'twice', order: 3 }),
    ];
    const catalog = buildCatalog(validator, files, () => true);
    const found = findLevel(validator, files, 'twice', () => true);
    expect(found?.level).toEqual(catalog.levels.find((level) => level.id === 'twice'));
    expect(found?.level.order).toBe(2);
  });

  it('finds nothing for an unknown id, a broken level, or a level missing a text', () => {
    const files = [file('bad.json', { id: 'bad', chapter: 0 }), file('mute.json', { id: 'mute' })];
    expect(findLevel(validator, files, 'nowhere', () => true)).toBeUndefined();
    expect(findLevel(validator, files, 'bad', () => true)).toBeUndefined();
    expect(findLevel(validator, files, 'mute', (key) => key !== 'sample.title')).toBeUndefined();
  });
});
