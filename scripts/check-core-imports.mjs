/**
 * Keeps src/core pure: its files may import each other and a few pure libraries, nothing else
 * (no Phaser, Howler, i18next, storage, and no file outside src/core). The core's tsconfig already
 * keeps DOM types out; this catches what types cannot, such as importing a scene.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// geojson and topojson-specification hold types only.
const ALLOWED_PACKAGES = new Set([
  'ajv',
  'jsonc-parser',
  'd3-geo',
  'topojson-client',
  'polylabel',
  'geojson',
  'topojson-specification',
]);
const root = resolve(import.meta.dirname, '..');
const core = join(root, 'src/core');
const importPattern =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

const problems = [];
function walk(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts')) check(path);
  }
}

function check(file) {
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier) continue;
    const where = relative(root, file);
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(core))
        problems.push(`${where}: imports ${specifier}, which is outside src/core`);
    } else {
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (!ALLOWED_PACKAGES.has(name))
        problems.push(
          `${where}: imports "${specifier}"; src/core may only use ${[...ALLOWED_PACKAGES].join(', ')}`,
        );
    }
  }
}

walk(core);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.info('core imports: OK — src/core depends on nothing outside itself but pure libraries');
