/**
 * The levels a Live room may play, read in Node as the game reads them: the shipped files of
 * levels/, checked by the game's own validator (compiled by `npm run levels:validator`) against
 * the texts of locales/<language>/content.json, plus a teacher's own level files sent with the
 * setup, checked the same way. The shipped levels come first, so a teacher's file cannot take the
 * id of a shipped level.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type LevelFile } from '../src/core/level/level-catalog';
import type { LevelProblem } from '../src/core/level/level-problem';
import validateLevelSchema from '../src/core/level/level-schema-validator.generated';
import type { Level } from '../src/core/level/level-types';
import { createLevelValidator } from '../src/core/level/validate-level';

export interface LevelSource {
  /** The shipped levels and the custom ones that passed every check; the custom ones' problems. */
  withCustom(customTexts: readonly string[]): {
    readonly levels: readonly Level[];
    readonly problems: readonly LevelProblem[];
  };
}

export function loadLevelSource(root: string): LevelSource {
  const validator = createLevelValidator(validateLevelSchema);
  const shipped: LevelFile[] = readdirSync(join(root, 'levels'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((file) => ({ file, text: readFileSync(join(root, 'levels', file), 'utf8') }));
  const keys = contentKeys(root);
  const hasText = (key: string) => keys.has(key);
  const base = buildCatalog(validator, shipped, hasText);
  if (base.problems.length > 0)
    console.warn(
      `Qantar Live: shipped level file(s) refused (npm run levels:check says why): ${base.brokenFiles.join(', ')}`,
    );
  return {
    withCustom(customTexts) {
      if (customTexts.length === 0) return { levels: base.levels, problems: [] };
      const custom = customTexts.map((text, index) => ({ file: `custom-${index + 1}.json`, text }));
      const catalog = buildCatalog(validator, [...shipped, ...custom], hasText);
      const problems = catalog.problems.filter((problem) => problem.file.startsWith('custom-'));
      return { levels: catalog.levels, problems };
    },
  };
}

/** Every content key that has a text in some language. */
function contentKeys(root: string): Set<string> {
  const keys = new Set<string>();
  const locales = join(root, 'locales');
  for (const language of readdirSync(locales)) {
    const file = join(locales, language, 'content.json');
    if (!statSync(join(locales, language)).isDirectory()) continue;
    flatten(JSON.parse(readFileSync(file, 'utf8')) as unknown, '', keys);
  }
  return keys;
}

function flatten(value: unknown, prefix: string, into: Set<string>): void {
  if (typeof value === 'string') {
    into.add(prefix);
    return;
  }
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
}
