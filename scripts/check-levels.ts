/**
 * `npm run levels:check`: every level valid, every text key used by code or levels present in every
 * language (with the plural forms that language needs), and no text that nothing uses.
 * Prints one line per problem, naming the file to fix, and exits 1 if there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from '../src/core/level/level-catalog';
import validateLevelSchema from '../src/core/level/level-schema-validator.generated';
import { codePointLength, LEVEL_TEXT_LIMITS, levelTextRoles } from '../src/core/level/level-text-limits';
import { levelTextKeys } from '../src/core/level/level-types';
import { createLevelValidator } from '../src/core/level/validate-level';
import { levelSourceProblems } from './level-source-checks';

const root = join(import.meta.dirname, '..');
const problems: string[] = [];

// The schema as the game compiles it, ahead of time (`npm run levels:validator` runs first).
const validator = createLevelValidator(validateLevelSchema);
const levelFiles = readdirSync(join(root, 'levels'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((file) => ({ file, text: readFileSync(join(root, 'levels', file), 'utf8') }));
const catalog = buildCatalog(validator, levelFiles, () => true);
for (const problem of catalog.problems) {
  problems.push(
    `levels/${problem.file} at ${problem.path || '/'}: ${problem.code} ${JSON.stringify(problem.params)}`,
  );
}

type Flat = Map<string, string>;
function flatten(value: unknown, prefix: string, into: Flat): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const languages = readdirSync(join(root, 'locales')).filter((name) =>
  statSync(join(root, 'locales', name)).isDirectory(),
);
/** language → "namespace:key" (plural suffix removed) → plural categories present */
const locales = new Map<string, Map<string, Set<string>>>();
const namespaces = new Set<string>();
for (const language of languages) {
  const keys = new Map<string, Set<string>>();
  for (const file of readdirSync(join(root, 'locales', language)).filter((name) => name.endsWith('.json'))) {
    const namespace = file.replace(/\.json$/, '');
    namespaces.add(namespace);
    const flat: Flat = new Map();
    try {
      flatten(JSON.parse(readFileSync(join(root, 'locales', language, file), 'utf8')), '', flat);
    } catch (error) {
      problems.push(`locales/${language}/${file}: not valid JSON (${(error as Error).message})`);
    }
    for (const [key, text] of flat) {
      if (text.trim() === '') problems.push(`locales/${language}/${file}: "${key}" is empty`);
      const plural = PLURAL_SUFFIX.exec(key);
      const base = `${namespace}:${plural ? key.slice(0, plural.index) : key}`;
      const forms = keys.get(base) ?? new Set<string>();
      if (plural?.[1]) forms.add(plural[1]);
      keys.set(base, forms);
    }
  }
  locales.set(language, keys);
}

/** Keys the code names literally, and prefixes of keys it builds at run time (`ui:kind.${kind}`). */
const usedKeys = new Set<string>();
const usedPrefixes = new Set<string>();
const namespacePattern = [...namespaces].join('|');
const keyLiteral = new RegExp(`['"\`](${namespacePattern}):([A-Za-z0-9_.-]*)(\\$\\{)?`, 'g');
function scan(directory: string): void {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) scan(path);
    else if (/\.ts$/.test(name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(keyLiteral)) {
        const key = `${match[1]}:${match[2]}`;
        // A bare "content:" is code testing a key's namespace, not naming a text.
        if (!match[2] && !match[3]) continue;
        if (match[3]) usedPrefixes.add(key);
        else usedKeys.add(key);
      }
    }
  }
}
scan(join(root, 'src'));
for (const level of catalog.levels) for (const key of levelTextKeys(level)) usedKeys.add(`content:${key}`);

const reference = locales.get('fr') ?? new Map();
// A key naming a group of texts (the code lists its children, e.g. the glossary) uses the whole group.
for (const key of [...usedKeys]) {
  if (!reference.has(key) && [...reference.keys()].some((other) => other.startsWith(`${key}.`))) {
    usedKeys.delete(key);
    usedPrefixes.add(`${key}.`);
  }
}
for (const key of usedKeys) {
  for (const [language, keys] of locales) {
    if (!keys.has(key))
      problems.push(
        `locales/${language}/${key.split(':')[0]}.json: missing "${key.split(':')[1]}" (used by ${whoUses(key)})`,
      );
  }
}
for (const [language, keys] of locales) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const key of reference.keys()) {
    if (!keys.has(key) && !usedKeys.has(key))
      problems.push(
        `locales/${language}/${key.split(':')[0]}.json: missing "${key.split(':')[1]}" (present in fr)`,
      );
  }
  for (const [key, forms] of keys) {
    const isUsed = usedKeys.has(key) || [...usedPrefixes].some((prefix) => key.startsWith(prefix));
    if (!isUsed)
      problems.push(
        `locales/${language}/${key.split(':')[0]}.json: "${key.split(':')[1]}" is not used by any code or level`,
      );
    if (forms.size > 0) {
      for (const category of categories) {
        if (!forms.has(category))
          problems.push(
            `locales/${language}/${key.split(':')[0]}.json: "${key.split(':')[1]}" lacks the plural form "_${category}"`,
          );
      }
    }
  }
}

// The game's own texts keep to the lengths a teacher's level is held to: the screens are laid out for them.
for (const language of languages) {
  const content: Flat = new Map();
  flatten(JSON.parse(readFileSync(join(root, 'locales', language, 'content.json'), 'utf8')), '', content);
  for (const [key, role] of catalog.levels.flatMap((level) => [...levelTextRoles(level)])) {
    const text = content.get(key);
    if (text !== undefined && codePointLength(text) > LEVEL_TEXT_LIMITS[role])
      problems.push(
        `locales/${language}/content.json: "${key}" has ${codePointLength(text)} characters, at most ${LEVEL_TEXT_LIMITS[role]} for a ${role}`,
      );
  }
}

function whoUses(key: string): string {
  return key.startsWith('content:') ? 'a level' : 'the code';
}

// Citations of articles that exist, and the "not in the articles" mark on every record fact.
problems.push(...levelSourceProblems(root, catalog.levels));

const summary = `${catalog.levels.length} level(s), ${languages.length} language(s) (${languages.join(', ')}), ${usedKeys.size} key(s) checked`;
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.error(`levels:check: ${problems.length} problem(s); ${summary}`);
  process.exit(1);
}
console.info(`levels:check: OK — ${summary}`);
