import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/level/level-catalog';
import type { LevelProblem, LevelProblemCode } from '../../../src/core/level/level-problem';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { createLevelValidator, type LevelParseResult } from '../../../src/core/level/validate-level';
import { validLevel } from './valid-level';

/**
 * Whatever an author or a broken disk hands the game, validation answers with ok or problems: it
 * never throws. 10,000 documents in all: real levels mutated, random text and random JSON.
 */

const root = join(import.meta.dirname, '../../..');
const validator = createLevelValidator(validateLevelSchema);
const shipped = readdirSync(join(root, 'levels'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => JSON.parse(readFileSync(join(root, 'levels', name), 'utf8')) as unknown);
const seeds = [...shipped, validLevel()];

const KNOWN_CODES = new Set<LevelProblemCode>([
  'tooLarge',
  'notUtf8',
  'emptyFile',
  'tooDeep',
  'jsonUnexpected',
  'jsonUnfinished',
  'jsonTrailingComma',
  'jsonNotANumber',
  'jsonComment',
  'duplicateKey',
  'notAnObject',
  'unsupportedVersion',
  'versionNotNumber',
  'required',
  'unknownProperty',
  'type',
  'allowedValues',
  'pattern',
  'invalidKey',
  'range',
  'tooFew',
  'tooMany',
  'notUnique',
  'duplicateId',
  'duplicateLevelId',
  'unknownArticle',
  'paragraphOutOfRange',
  'unknownTarget',
  'targetUsedTwice',
  'unknownConfusionItem',
  'confusionWithItself',
  'emptyBox',
  'invalidDate',
  'outsideMap',
  'missingText',
  'levelTextMissing',
  'levelTextShape',
  'textTooLong',
  'ownTextTooLong',
  'starsNotIncreasing',
  'toleranceLargerThanMap',
  'toleranceNotBelowMax',
  'timelineOneDate',
  'moreProblems',
  'schema',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every place in a document that can be changed: a parent and the key or index under it. */
function slots(document: Json): { parent: Container; key: string | number }[] {
  const found: { parent: Container; key: string | number }[] = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        found.push({ parent: value, key: index });
        walk(child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        found.push({ parent: value, key });
        walk(child);
      }
    }
  };
  walk(document);
  return found;
}

function valueAt(slot: { parent: Container; key: string | number }): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key] as Json;
}

function kindOf(value: Json): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Another value of a different type, keeping some of the old one's content. */
function retyped(value: Json): Json {
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((child, index) => [String(index), child]));
  if (value === null) return {};
  return Object.values(value);
}

const mutation = fc.oneof(
  // Same-type values from elsewhere in the level keep the shape valid and reach the semantic checks.
  { arbitrary: fc.record({ op: fc.constant('borrow' as const), pick: fc.nat(), from: fc.nat() }), weight: 6 },
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('string' as const), pick: fc.nat(), value: fc.string({ unit: 'grapheme' }) }),
  // Numbers JSON cannot carry (NaN, ±Infinity, -0) still reach `check` from other callers.
  fc.record({ op: fc.constant('number' as const), pick: fc.nat(), value: fc.double() }),
  fc.record({ op: fc.constant('copy' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('addKey' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'kind', 'id', 'items', 'source'), fc.string()),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(document: Json, change: Mutation): void {
  const all = slots(document);
  const slot = all[change.pick % Math.max(1, all.length)];
  if (!slot) return;
  const { parent, key } = slot;
  const set = (value: Json) => {
    // An own property even for "__proto__", as JSON.parse would make it.
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  };
  const current = valueAt(slot);
  switch (change.op) {
    case 'borrow': {
      const sameType = all.filter((other) => kindOf(valueAt(other)) === kindOf(current));
      const donor = sameType[change.from % sameType.length];
      if (donor) set(structuredClone(valueAt(donor)));
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      set(change.value as Json);
      break;
    case 'retype':
      set(retyped(current));
      break;
    case 'string':
      set(change.value);
      break;
    case 'number':
      set(change.value);
      break;
    case 'copy':
      // A second element (duplicate ids, lists past their maximum) or a second key beside the first.
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else parent[`${key}2`] = structuredClone(current);
      break;
    case 'addKey':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else set(change.value as Json);
      break;
  }
}

/** Whether a JSON Pointer names something in the document. */
function resolves(document: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Well-formed problems: known codes, plain parameters, and a JSON Pointer into the document. Checked
 * without `expect` per problem, which would dominate the run time; the faulty ones are then shown.
 */
function expectWellFormedProblems(problems: readonly LevelProblem[], file: string, document?: unknown): void {
  const faulty = problems.filter(
    (problem) =>
      problem.file !== file ||
      !KNOWN_CODES.has(problem.code) ||
      !(problem.path === '' || problem.path.startsWith('/')) ||
      Object.values(problem.params).some((value) => typeof value !== 'string' && typeof value !== 'number') ||
      (document !== undefined && !resolves(document, problem.path)),
  );
  expect(faulty).toEqual([]);
}

function expectWellFormed(result: LevelParseResult, file: string, document?: unknown): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  expectWellFormedProblems(result.problems, file, document);
}

/** The text as the game reads it: parsed, validated and catalogued, in one pass. */
function expectCatalogSurvives(file: string, text: string, document?: unknown): void {
  const catalog = buildCatalog(validator, [{ file, text }], (key) => key.length % 2 === 0);
  expect(catalog.levels.length + catalog.brokenFiles.length).toBe(1);
  expect(catalog.brokenFiles.length > 0).toBe(catalog.problems.length > 0);
  expectWellFormedProblems(catalog.problems, file, document);
}

const textChange = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), insert: fc.string({ unit: 'binary' }) }),
);

describe('validation never throws', () => {
  it('on 8,000 real levels with random changes, checked as values and as text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        textChange,
        (seed, changes, edit) => {
          const document = structuredClone(seed) as Json;
          for (const change of changes) mutate(document, change);
          expectWellFormed(validator.check('mutated.json', document), 'mutated.json', document);

          let text = JSON.stringify(document);
          if (edit.kind === 'truncate') text = text.slice(0, edit.at % (text.length + 1));
          if (edit.kind === 'splice') {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(at);
          }
          const parsed = (() => {
            try {
              return { value: JSON.parse(text) as unknown };
            } catch {
              return undefined;
            }
          })();
          expectCatalogSurvives('mutated.json', text, parsed?.value);
        },
      ),
      { numRuns: 8_000 },
    );
  }, 60_000);

  it('on 1,000 random texts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectCatalogSurvives('random.json', text);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);

  it('on 1,000 random JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        expectWellFormed(validator.check('random.json', document), 'random.json', document);
        expectCatalogSurvives('random.json', JSON.stringify(document), document);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
