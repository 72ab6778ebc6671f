/**
 * Runs the import rules of .dependency-cruiser.cjs over src/ and server/ (no import circles; the
 * core, the services and the server never import the scenes). dependency-cruiser's command line
 * refuses Node 20, which this project supports, so its programmatic API is called instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const roots = ['src', 'server'].filter((folder) => existsSync(folder));
const result = await cruise(roots, { ...options, validate: true, outputType: 'err' }, undefined, {
  tsConfig: extractTSConfig('./tsconfig.json'),
});
process.stdout.write(String(result.output));
process.exitCode = result.exitCode === 0 ? 0 : 1;
