import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLevelBytes } from '../../../src/core/level/decode-level-bytes';
import { buildCatalog, type LevelFile } from '../../../src/core/level/level-catalog';
import type { LevelProblem } from '../../../src/core/level/level-problem';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { createLevelValidator, MAX_LEVEL_FILE_CHARS } from '../../../src/core/level/validate-level';

const root = join(import.meta.dirname, '../../..');

function levelFiles(directory: string): LevelFile[] {
  return readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((file) => ({ file, text: readFileSync(join(root, directory, file), 'utf8') }));
}

/**
 * Files whose bytes are the case (an encoding): read as the level picker reads a teacher's file.
 * They live in a folder of their own, which the test build's level list does not take.
 */
const byteFixtures = readdirSync(join(root, 'tests/fixtures/levels/bytes')).map((name) => {
  const file = `bytes/${name}`;
  const decoded = decodeLevelBytes(file, readFileSync(join(root, 'tests/fixtures/levels', file)));
  return { file, problems: decoded.ok ? [] : decoded.problems };
});

/** The English message a teacher reads for a problem, filled in as i18next does. */
const englishUi = JSON.parse(readFileSync(join(root, 'locales/en/ui.json'), 'utf8')) as {
  levelProblem: Record<string, string>;
};
function englishMessage(problem: LevelProblem): string {
  const template = englishUi.levelProblem[problem.code] ?? `<no message for ${problem.code}>`;
  return template.replaceAll(/\{\{(\w+)\}\}/g, (_, name: string) => String(problem.params[name]));
}

interface Expectation {
  code: string;
  path: string;
  params?: Record<string, string | number>;
  message?: string;
}

/** What a problem is compared on: code and path always, parameters and message when written down. */
function asExpected(problem: LevelProblem, expectation: Expectation | undefined) {
  return {
    code: problem.code,
    path: problem.path,
    ...(expectation?.params ? { params: problem.params } : {}),
    ...(expectation?.message ? { message: englishMessage(problem) } : {}),
  };
}

/** Every content key that has a text in at least one language, as the game's catalog asks. */
function contentKeys(): Set<string> {
  const keys = new Set<string>();
  const collect = (value: unknown, prefix: string) => {
    if (typeof value === 'string') keys.add(prefix);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) collect(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  for (const language of readdirSync(join(root, 'locales'))) {
    collect(JSON.parse(readFileSync(join(root, 'locales', language, 'content.json'), 'utf8')), '');
  }
  return keys;
}

const shipped = levelFiles('levels');
const fixtures = levelFiles('tests/fixtures/levels');
const expected: Record<string, Expectation[]> = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/expected-level-problems.json'), 'utf8'),
);
const texts = contentKeys();
// Shipped and broken files together, as a test build of the game loads them.
const catalog = buildCatalog(createLevelValidator(validateLevelSchema), [...shipped, ...fixtures], (key) =>
  texts.has(key),
);

describe('the broken level corpus', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(
      [...fixtures.map((fixture) => fixture.file), ...byteFixtures.map((fixture) => fixture.file)].sort(),
    );
  });

  it.each(fixtures.map((fixture) => fixture.file))('reports exactly the expected problems of %s', (file) => {
    const found = catalog.problems
      .filter((problem) => problem.file === file)
      .map((problem, index) => asExpected(problem, expected[file]?.[index]));
    expect(found).toEqual(expected[file]);
    expect(catalog.brokenFiles).toContain(file);
  });

  it.each(byteFixtures.map((fixture) => fixture.file))('refuses the bytes of %s as expected', (file) => {
    const problems = byteFixtures.find((fixture) => fixture.file === file)?.problems ?? [];
    expect(problems.map((problem, index) => asExpected(problem, expected[file]?.[index]))).toEqual(
      expected[file],
    );
  });

  it('keeps every shipped level playable next to the broken ones', () => {
    expect(
      catalog.problems.filter((problem) => shipped.some((level) => level.file === problem.file)),
    ).toEqual([]);
    expect(catalog.levels.map((level) => level.id).sort()).toEqual(
      shipped.map((level) => JSON.parse(level.text).id).sort(),
    );
  });

  // A formatter collapsing its arrays must not quietly bring the file back under the limit.
  it('keeps the too-large fixture past the size limit', () => {
    const huge = fixtures.find((fixture) => fixture.file === 'broken-too-large.json');
    expect(huge?.text.length).toBeGreaterThan(MAX_LEVEL_FILE_CHARS);
  });
});
