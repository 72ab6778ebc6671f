import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LevelProblem } from '../../../src/core/level/level-problem';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import {
  createLevelValidator,
  isRealDate,
  MAX_LEVEL_FILE_CHARS,
} from '../../../src/core/level/validate-level';
import { validLevel } from './valid-level';

const root = join(import.meta.dirname, '../../..');
const validator = createLevelValidator(validateLevelSchema);

function problemsOf(document: unknown): LevelProblem[] {
  const result = validator.check('test.json', document);
  return result.ok ? [] : [...result.problems];
}

function broken(mutate: (level: any) => void): LevelProblem[] {
  const level = validLevel();
  mutate(level);
  return problemsOf(level);
}

describe('level validation', () => {
  it('accepts the sample level', () => {
    expect(problemsOf(validLevel())).toEqual([]);
  });

  const shipped = readdirSync(join(root, 'levels')).filter(
    (name) => name.endsWith('.json') && name !== 'schema.json',
  );
  it.each(shipped)('accepts the shipped level %s', (file) => {
    const result = validator.parse(file, readFileSync(join(root, 'levels', file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('rejects text that is not JSON, naming the file', () => {
    const result = validator.parse('bad.json', '{ "id": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      file: 'bad.json',
      path: '',
      code: 'jsonUnfinished',
    });
  });

  it('rejects a file too large to be a level before parsing it', () => {
    const result = validator.parse('huge.json', ' '.repeat(MAX_LEVEL_FILE_CHARS + 1));
    expect(!result.ok && result.problems[0]?.code).toBe('tooLarge');
  });

  it('rejects a document that is not an object', () => {
    expect(problemsOf([1, 2, 3])).toEqual([{ file: 'test.json', path: '', code: 'notAnObject', params: {} }]);
  });

  it('rejects a missing field, naming it', () => {
    expect(broken((level) => delete level.title)).toContainEqual({
      file: 'test.json',
      path: '',
      code: 'required',
      params: { property: 'title' },
    });
  });

  it('rejects an unknown challenge kind, listing the kinds', () => {
    expect(broken((level) => (level.challenges[0].kind = 'quiz'))).toEqual([
      {
        file: 'test.json',
        path: '/challenges/0/kind',
        code: 'allowedValues',
        params: { allowed: 'place, timeline, match' },
      },
    ]);
  });

  it('rejects a latitude out of range', () => {
    expect(broken((level) => (level.challenges[0].items[0].lonLat = [76.9, 143.2]))).toContainEqual({
      file: 'test.json',
      path: '/challenges/0/items/0/lonLat/1',
      code: 'range',
      params: { comparison: '<=', limit: 90 },
    });
  });

  it('rejects a place outside the map box', () => {
    expect(broken((level) => (level.challenges[0].items[0].lonLat = [6.14, 46.2]))).toEqual([
      {
        file: 'test.json',
        path: '/challenges/0/items/0/lonLat',
        code: 'outsideMap',
        params: { lon: 6.14, lat: 46.2 },
      },
    ]);
  });

  it('rejects an article id of two letters, naming the key', () => {
    expect(broken((level) => (level.articles.AB = level.articles.A))).toEqual([
      {
        file: 'test.json',
        path: '/articles/AB',
        code: 'invalidKey',
        params: { key: 'AB', pattern: '^[A-Z]$' },
      },
    ]);
  });

  it('points at a bad key through an escaped JSON pointer', () => {
    expect(broken((level) => (level.texts = { 'en/GB': {} }))).toEqual([
      {
        file: 'test.json',
        path: '/texts/en~1GB',
        code: 'invalidKey',
        params: { key: 'en/GB', pattern: '^[a-z]{2,3}$' },
      },
    ]);
  });

  it('rejects a source that names an article the level does not declare', () => {
    expect(
      broken((level) => (level.challenges[0].items[0].source = [{ article: 'C', paragraph: 1 }])),
    ).toEqual([
      {
        file: 'test.json',
        path: '/challenges/0/items/0/source/0/article',
        code: 'unknownArticle',
        params: { article: 'C' },
      },
    ]);
  });

  it('rejects a paragraph the article does not have', () => {
    expect(
      broken((level) => (level.challenges[0].items[0].source = [{ article: 'A', paragraph: 4 }])),
    ).toEqual([
      {
        file: 'test.json',
        path: '/challenges/0/items/0/source/0/paragraph',
        code: 'paragraphOutOfRange',
        params: { paragraph: 4, article: 'A', max: 3 },
      },
    ]);
  });

  it('rejects an item without a source', () => {
    expect(broken((level) => delete level.challenges[1].items[0].source)).toContainEqual({
      file: 'test.json',
      path: '/challenges/1/items/0',
      code: 'required',
      params: { property: 'source' },
    });
  });

  it('rejects duplicate ids anywhere in the level', () => {
    expect(broken((level) => (level.challenges[1].items[1].id = 'almaty'))).toEqual([
      {
        file: 'test.json',
        path: '/challenges/1/items/1/id',
        code: 'duplicateId',
        params: { id: 'almaty', first: '/challenges/0/items/0/id' },
      },
    ]);
  });

  it('rejects an empty challenge list and an empty challenge', () => {
    expect(broken((level) => (level.challenges = []))).toContainEqual({
      file: 'test.json',
      path: '/challenges',
      code: 'tooFew',
      params: { limit: 1 },
    });
    expect(broken((level) => (level.challenges[0].items = []))).toContainEqual({
      file: 'test.json',
      path: '/challenges/0/items',
      code: 'tooFew',
      params: { limit: 1 },
    });
  });

  it('rejects a wrong type', () => {
    expect(broken((level) => (level.chapter = 'one'))).toContainEqual({
      file: 'test.json',
      path: '/chapter',
      code: 'type',
      params: { expected: 'integer' },
    });
  });

  it('rejects a property the format does not know, such as a typo', () => {
    expect(broken((level) => (level.challenges[0].items[0].tolerancekm = 5))).toContainEqual({
      file: 'test.json',
      path: '/challenges/0/items/0',
      code: 'unknownProperty',
      params: { property: 'tolerancekm' },
    });
  });

  it('rejects a date that does not exist', () => {
    expect(broken((level) => (level.challenges[1].items[0].date = '2022-02-30'))).toEqual([
      {
        file: 'test.json',
        path: '/challenges/1/items/0/date',
        code: 'invalidDate',
        params: { date: '2022-02-30' },
      },
    ]);
  });

  it('rejects a match answer that names no target', () => {
    expect(broken((level) => (level.challenges[2].items[0].answer = 'king'))).toEqual([
      {
        file: 'test.json',
        path: '/challenges/2/items/0/answer',
        code: 'unknownTarget',
        params: { target: 'king' },
      },
    ]);
  });

  it('accepts a known confusion between two places of the challenge, and refuses one naming no item or itself', () => {
    const withOther = (level: any) => {
      level.challenges[0].items.push({
        ...level.challenges[0].items[0],
        id: 'astana',
        name: 'sample.astana',
        lonLat: [71.43, 51.13],
      });
    };
    expect(
      broken((level) => {
        withOther(level);
        level.challenges[0].confusions = [{ item: 'almaty', confusedWith: 'astana', note: 'sample.mix-up' }];
      }),
    ).toEqual([]);
    expect(
      broken((level) => {
        withOther(level);
        level.challenges[0].confusions = [
          { item: 'almaty', confusedWith: 'shymkent', note: 'sample.mix-up' },
          { item: 'astana', confusedWith: 'astana', note: 'sample.mix-up' },
        ];
      }),
    ).toEqual([
      {
        file: 'test.json',
        path: '/challenges/0/confusions/0/confusedWith',
        code: 'unknownConfusionItem',
        params: { item: 'shymkent' },
      },
      {
        file: 'test.json',
        path: '/challenges/0/confusions/1/confusedWith',
        code: 'confusionWithItself',
        params: { item: 'astana' },
      },
    ]);
  });

  it('rejects two items sharing one target in pairs mode', () => {
    const problems = broken((level) =>
      level.challenges[2].items.push({
        ...level.challenges[2].items[0],
        id: 'nazarbayev',
        text: 'sample.nazarbayev',
      }),
    );
    expect(problems).toEqual([
      {
        file: 'test.json',
        path: '/challenges/2/items/1/answer',
        code: 'targetUsedTwice',
        params: { target: 'president', other: 'tokayev' },
      },
    ]);
  });

  it('rejects a map box that runs backwards', () => {
    expect(broken((level) => (level.map.bbox = [90, 35, 20, 60]))).toContainEqual({
      file: 'test.json',
      path: '/map/bbox',
      code: 'emptyBox',
      params: { west: 90, south: 35, east: 20, north: 60 },
    });
  });

  it('rejects a future format version it cannot read', () => {
    expect(broken((level) => (level.formatVersion = 2))).toEqual([
      {
        file: 'test.json',
        path: '/formatVersion',
        code: 'unsupportedVersion',
        params: { found: '2', supported: 1 },
      },
    ]);
  });

  it('rejects an unknown projection and a malformed text key', () => {
    expect(broken((level) => (level.map.projection = 'peters'))[0]).toMatchObject({
      path: '/map/projection',
      code: 'allowedValues',
    });
    expect(broken((level) => (level.title = 'Places of the crisis'))[0]).toMatchObject({
      path: '/title',
      code: 'pattern',
    });
  });
});

describe('isRealDate', () => {
  it('knows leap years and partial dates', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2022-02-29')).toBe(false);
    expect(isRealDate('2003-11')).toBe(true);
    expect(isRealDate('1990')).toBe(true);
    expect(isRealDate('2022-13')).toBe(false);
  });
});
