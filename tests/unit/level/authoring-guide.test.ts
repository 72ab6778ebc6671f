import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/core/level/level-catalog';
import validateLevelSchema from '../../../src/core/level/level-schema-validator.generated';
import { levelTextKeys } from '../../../src/core/level/level-types';
import { createLevelValidator } from '../../../src/core/level/validate-level';

const root = join(import.meta.dirname, '../../..');
const guide = readFileSync(join(root, 'docs/levels.md'), 'utf8');

/** The fenced blocks of the guide tagged `json <name>`, e.g. ```json level. */
function block(name: string): unknown {
  const match = new RegExp(`\`\`\`json ${name}\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!match?.[1]) throw new Error(`docs/levels.md has no \`\`\`json ${name} block`);
  return JSON.parse(match[1]);
}

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );
}

describe('the level authoring guide', () => {
  it('builds a playable level from its complete example, with every text in French and English', () => {
    const level = block('level');
    const locales = {
      en: [block('locale-en'), JSON.parse(readFileSync(join(root, 'locales/en/content.json'), 'utf8'))],
      fr: [block('locale-fr'), JSON.parse(readFileSync(join(root, 'locales/fr/content.json'), 'utf8'))],
    };
    const hasText = (key: string) =>
      Object.values(locales).every((trees) => trees.some((tree) => typeof lookup(tree, key) === 'string'));

    const catalog = buildCatalog(
      createLevelValidator(validateLevelSchema),
      [{ file: 'geneva-talks.json', text: JSON.stringify(level) }],
      hasText,
    );
    expect(catalog.problems).toEqual([]);
    expect(catalog.levels.map((l) => l.id)).toEqual(['geneva-talks']);
    expect(levelTextKeys(catalog.levels[0]!).length).toBeGreaterThan(5);
  });
});
