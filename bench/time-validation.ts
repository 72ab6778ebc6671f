/**
 * Run by bench/run-bench.mjs through vite-node (the core is TypeScript): how long the core takes to
 * get its level validator ready and to validate 1,000 level files into a catalog, as the game does on
 * the level select. Prints one JSON line of milliseconds.
 *
 * The schema is compiled at build time (`npm run levels:validator`), so `compileMs` is now only the
 * time to wrap the precompiled function: nothing is compiled at run time, in the game or here.
 * `loadMs` is the one-time import of the generated module (its top-level code builds the regular
 * expressions and constants).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCatalog, type LevelFile } from '../src/core/level/level-catalog';
import { createLevelValidator } from '../src/core/level/validate-level';

const LEVELS = 1_000;
const ROUNDS = 7;
const root = join(import.meta.dirname, '..');
const shipped = readdirSync(join(root, 'levels'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => JSON.parse(readFileSync(join(root, 'levels', name), 'utf8')) as { id: string });

// The shipped levels again and again, each under its own id so that all 1,000 are kept.
const files: LevelFile[] = Array.from({ length: LEVELS }, (_, index) => {
  const level = shipped[index % shipped.length]!;
  return { file: `level-${index}.json`, text: JSON.stringify({ ...level, id: `${level.id}-${index}` }) };
});

const loadStart = performance.now();
const { default: validateLevelSchema } = await import('../src/core/level/level-schema-validator.generated');
const loadMs = performance.now() - loadStart;

const compileMs: number[] = [];
const validateMs: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const compileStart = performance.now();
  const validator = createLevelValidator(validateLevelSchema);
  compileMs.push(performance.now() - compileStart);
  const start = performance.now();
  const catalog = buildCatalog(validator, files, () => true);
  validateMs.push(performance.now() - start);
  if (catalog.levels.length !== LEVELS)
    throw new Error(`only ${catalog.levels.length} of ${LEVELS} levels valid`);
}
console.info(JSON.stringify({ loadMs, compileMs, validateMs }));
