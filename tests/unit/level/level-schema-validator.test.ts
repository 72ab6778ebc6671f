import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { validLevel } from './valid-level';

/**
 * The game validates levels with the schema compiled at build time (scripts/build-level-validator.mjs).
 * It must be the schema of today, and answer exactly as Ajv compiling it at run time did: the level
 * problems (codes, JSON pointers) are made from these error objects.
 */

const root = join(import.meta.dirname, '../../..');
const schemaText = readFileSync(join(root, 'levels/schema.json'), 'utf8');
const generated = readFileSync(join(root, 'src/core/level/level-schema-validator.generated.js'), 'utf8');

// The options createLevelValidator compiled the schema with before it was compiled ahead of time.
const runtimeValidate = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
}).compile(JSON.parse(schemaText));

function errorsOf(validate: typeof validateLevelSchema, document: unknown) {
  const valid = validate(document);
  return { valid, errors: valid ? null : validate.errors };
}

function documents(directory: string): unknown[] {
  return readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .flatMap((name) => {
      try {
        return [JSON.parse(readFileSync(join(root, directory, name), 'utf8'))];
      } catch {
        return [];
      }
    });
}

/** Every key path inside a document, e.g. ["challenges", 0, "items"]. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...paths(child, path)];
  });
}

describe('the precompiled level schema', () => {
  it('was generated from the current levels/schema.json (run npm run levels:validator)', () => {
    const hash = createHash('sha256').update(schemaText).digest('hex');
    expect(generated).toContain(`// schema sha256: ${hash}`);
  });

  it('needs only Ajv’s small run-time helpers, not its compiler', () => {
    const imports = [...generated.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^ajv\/dist\/runtime\/[a-z0-9]+\.js$/i);
    expect(generated).not.toMatch(/\brequire\(|new Function|\beval\(/);
  });

  it.each([...documents('levels'), ...documents('tests/fixtures/levels')])(
    'gives the errors of a run-time compile for each level and broken fixture (%#)',
    (document) => {
      expect(errorsOf(validateLevelSchema, document)).toEqual(errorsOf(runtimeValidate, document));
    },
  );

  it('gives the errors of a run-time compile for any JSON, and for levels with a value replaced', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...paths(validLevel())), fc.jsonValue(), fc.string({ maxLength: 4 }))
      .map(([path, value, newKey]) => {
        const level = validLevel();
        let parent: any = level;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path.at(-1)!;
        // Either a new value, or the same value under another key (for propertyNames and friends).
        if (Array.isArray(parent) || newKey === '') parent[last] = value;
        else {
          parent[newKey] = parent[last];
          delete parent[last];
        }
        return level;
      });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated, mutated), (document) => {
        expect(errorsOf(validateLevelSchema, document)).toEqual(errorsOf(runtimeValidate, document));
      }),
      { numRuns: 1000 },
    );
  });
});
