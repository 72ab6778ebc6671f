import { describe, expect, it } from 'vitest';
import { decodeLevelBytes } from '../../../src/core/level/decode-level-bytes';
import type { LevelProblem } from '../../../src/core/level/level-problem';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { MAX_LEVEL_NESTING } from '../../../src/core/level/read-level-json';
import { createLevelValidator, MAX_PROBLEMS_PER_FILE } from '../../../src/core/level/validate-level';
import { createI18nService } from '../../../src/services/i18n-service';
import { validLevel } from './valid-level';

/**
 * Files a teacher (or someone pretending to be one) might load: whatever they hold, checking them
 * ends, without a stack overflow, and what they carry is never run as i18next syntax.
 */

const validator = createLevelValidator(validateLevelSchema);
const problemsOfText = (text: string): LevelProblem[] => {
  const result = validator.parse('teacher.json', text);
  return result.ok ? [] : [...result.problems];
};

/** The sample level with its own English texts for every key it names. */
function levelWithOwnTexts(title: string): Record<string, unknown> {
  const level = validLevel();
  const sample: Record<string, string> = {};
  for (const key of JSON.stringify(level).match(/"sample\.[a-z0-9-]+"/g) ?? []) {
    sample[key.slice('"sample.'.length, -1)] = `Text of ${key}`;
  }
  sample.title = title;
  return { ...level, texts: { en: { sample } } };
}

describe('reading a level file', () => {
  it('accepts UTF-8 with and without a byte order mark, and UTF-16 with one', () => {
    const text = JSON.stringify(levelWithOwnTexts('Алматы — Aktaou, ville côtière'));
    const utf8 = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16 = (littleEndian: boolean) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      const view = new DataView(bytes.buffer);
      view.setUint16(0, 0xfeff, littleEndian);
      for (let index = 0; index < text.length; index += 1)
        view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
      return bytes;
    };
    for (const bytes of [utf8, withBom, utf16(true), utf16(false)]) {
      const decoded = decodeLevelBytes('teacher.json', bytes);
      expect(decoded).toEqual({ ok: true, text: expect.stringContaining('Алматы — Aktaou, ville côtière') });
      expect(decoded.ok && problemsOfText(decoded.text)).toEqual([]);
    }
  });

  it('refuses Windows-1252 accents, overlong forms and surrogates, naming the line', () => {
    const lines = (bytes: number[]) =>
      new Uint8Array([...new TextEncoder().encode('{\n"a":\n"'), ...bytes, 0x22]);
    for (const bad of [[0xe9], [0x93, 0x94], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(decodeLevelBytes('teacher.json', lines(bad))).toEqual({
        ok: false,
        problems: [{ file: 'teacher.json', path: '', code: 'notUtf8', params: { line: 3 } }],
      });
    }
  });

  it('stops at the nesting limit before any parser recurses, even 200,000 levels deep', () => {
    for (const open of ['[', '{"a":']) {
      const text = open.repeat(200_000);
      const started = performance.now();
      expect(problemsOfText(text)).toEqual([
        {
          file: 'teacher.json',
          path: '',
          code: 'tooDeep',
          params: { line: 1, column: open.length * MAX_LEVEL_NESTING + 1, limit: MAX_LEVEL_NESTING },
        },
      ]);
      // Bounded work: a linear scan. Generous, so a busy machine does not fail it.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });

  it('is not fooled by brackets inside strings when counting depth', () => {
    const level = levelWithOwnTexts(`${'['.repeat(30)} a title of brackets ${'{'.repeat(30)}`);
    expect(problemsOfText(JSON.stringify(level))).toEqual([]);
  });

  it('gives the line and column of a trailing comma, NaN, -Infinity and a stray character', () => {
    expect(problemsOfText('{\n  "a": [1, 2,\n  ]\n}')).toEqual([
      { file: 'teacher.json', path: '', code: 'jsonTrailingComma', params: { line: 2, column: 13 } },
    ]);
    expect(problemsOfText('{\n "a": -Infinity }')[0]).toMatchObject({
      code: 'jsonNotANumber',
      params: { line: 2, column: 7, value: '-Infinity' },
    });
    expect(problemsOfText("{ 'a': 1 }")[0]).toMatchObject({
      code: 'jsonUnexpected',
      params: { line: 1, column: 3, found: "'" },
    });
  });

  it('names each key written twice with the position of the second, at any depth', () => {
    expect(problemsOfText('{"map": {"bbox": [1], "bbox": [2]},\r\n "id": "a", "id": "b"}')).toEqual([
      {
        file: 'teacher.json',
        path: '/map/bbox',
        code: 'duplicateKey',
        params: { key: 'bbox', line: 1, column: 23 },
      },
      { file: 'teacher.json', path: '/id', code: 'duplicateKey', params: { key: 'id', line: 2, column: 13 } },
    ]);
  });

  it('reports a bounded list for a file with thousands of faults, with a count of the rest', () => {
    const level = validLevel() as { challenges: { items: Record<string, unknown>[] }[] };
    const item = level.challenges[0]?.items[0] ?? {};
    level.challenges[0] = {
      ...level.challenges[0],
      items: Array.from({ length: 40 }, () => ({ ...item, lonLat: 'x', toleranceKm: 'y' })),
    };
    const problems = problemsOfText(JSON.stringify(level));
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(problems.at(-1)).toMatchObject({ code: 'moreProblems', params: { count: expect.any(Number) } });
  });

  it('quotes at most a short piece of a huge key in its message', () => {
    const key = 'k'.repeat(100_000);
    const [problem] = problemsOfText(JSON.stringify({ ...validLevel(), [key]: 1 }));
    expect(problem?.code).toBe('unknownProperty');
    expect(String(problem?.params.property).length).toBeLessThan(100);
  });
});

describe("a level's own texts", () => {
  /** `$t` nested so that every level doubles the work when i18next expands it: 2^40 lookups. */
  function nestingBomb(): Record<string, string> {
    const texts: Record<string, string> = { b0: 'boom' };
    for (let index = 1; index <= 40; index += 1)
      texts[`b${index}`] = `$t(content:sample.b${index - 1}) $t(content:sample.b${index - 1})`;
    return texts;
  }

  it('are shown as written: no $t(…) nesting and no {{…}} interpolation, and it ends', async () => {
    const i18n = await createI18nService('en', ['ui', 'content']);
    const bomb = nestingBomb();
    i18n.addLevelTexts({
      en: { sample: { ...bomb, title: '{{title}} $t(content:sample.b40)', almaty: '<b>x</b>' } },
    });
    expect(i18n.t('content:sample.title', { title: 'SUBSTITUTED' })).toBe('{{title}} $t(content:sample.b40)');
    expect(i18n.t('content:sample.b40')).toBe(bomb.b40);
    expect(i18n.t('content:sample.almaty')).toBe('<b>x</b>');
    expect(i18n.exists('content:sample.b3')).toBe(true);
    // Passed into one of the game's own messages, the text is still only text.
    expect(
      i18n.t('ui:levelProblem.line', { file: i18n.t('content:sample.b40'), path: '/', message: 'm' }),
    ).toContain('$t(content:sample.b39)');
  });

  it("leave the game's own text in place, and fall back to French, then to the file's first language", async () => {
    const i18n = await createI18nService('ru', ['ui', 'content']);
    const gameTitle = i18n.t('content:places-of-the-crisis.title');
    i18n.addLevelTexts({
      de: { 'places-of-the-crisis': { title: 'Hijacked' }, mine: { only: 'Nur deutsch' } },
      fr: { mine: { both: 'En français' } },
    });
    expect(i18n.t('content:places-of-the-crisis.title')).toBe(gameTitle);
    expect(i18n.t('content:mine.both')).toBe('En français');
    expect(i18n.t('content:mine.only')).toBe('Nur deutsch');
  });

  it('refuse a 200,000-character title quickly, and a title past its own limit', () => {
    const started = performance.now();
    expect(problemsOfText(JSON.stringify(levelWithOwnTexts('A'.repeat(200_000))))).toEqual([
      { file: 'teacher.json', path: '/texts/en/sample/title', code: 'textTooLong', params: { limit: 2000 } },
    ]);
    expect(problemsOfText(JSON.stringify(levelWithOwnTexts('👨‍👩‍👧'.repeat(40))))).toEqual([
      {
        file: 'teacher.json',
        path: '/texts/en/sample/title',
        code: 'ownTextTooLong',
        params: { key: 'sample.title', role: 'title', found: 200, limit: 100 },
      },
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
