/**
 * `npm run bench`: builds the game and a blank Phaser page (bench/baseline/) with the same Vite
 * config, serves both on 127.0.0.1, and measures them in Chromium: cold loads (A B A B, each in a
 * fresh context), bytes before the title is interactive, frame times while dragging and zooming the
 * map, the heap over replays, validation speed, and the leaderboard. Prints a table against the
 * targets of docs/performance.md.
 *
 *   npm run bench                   the whole bench (several minutes)
 *   npm run bench -- --runs 9       more cold loads per page (default 7)
 *   npm run bench -- --json out.json   also writes every sample
 *   npm run bench -- --only loads,leaderboard   only some parts: loads, frames, heap, leaderboard, validation
 *   npm run bench -- --monkey 300   only the monkey test (tests/e2e/monkey.spec.ts), for 300 s
 *   npm run bench -- --only live --pupils 60   the Qantar Live server (bench/live-bench.mjs)
 *   npm run bench -- --only live-scale   300 pupils, 10 rooms, 2 processes and 1 Redis, then 1 process (bench/live-scale-bench.mjs)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  coldLoad,
  coldLoadPlaceLevel,
  launchBrowser,
  measureHeap,
  measureLeaderboard,
  measureMapInteraction,
} from './browser-measures.mjs';
import { serveDirectory } from './static-server.mjs';
import { summarize } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    monkey: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string' },
    pupils: { type: 'string', default: '60' },
  },
});

const PARTS = ['loads', 'frames', 'heap', 'leaderboard', 'validation', 'live', 'live-scale'];
const chosenParts = options.only ? options.only.split(',').map((part) => part.trim()) : PARTS;
for (const part of chosenParts) {
  if (!PARTS.includes(part))
    throw new Error(`--only: unknown part "${part}"; the parts are ${PARTS.join(', ')}`);
}
/** A part left out prints n/a, never a figure that would read as met. */
const runs = (part) => chosenParts.includes(part);

function run(command, args, env = {}) {
  console.info(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

if (runs('live')) {
  run(process.execPath, ['bench/live-bench.mjs', '--pupils', options.pupils]);
  if (chosenParts.length === 1) process.exit(0);
}
// Several processes: its own defaults (300 pupils in 10 rooms), not --pupils's 60 in one room.
if (runs('live-scale')) {
  run(process.execPath, ['bench/live-scale-bench.mjs']);
  if (chosenParts.length === 1) process.exit(0);
}

if (options.monkey !== undefined) {
  const seconds = Number(options.monkey);
  if (!(seconds > 0)) throw new Error('--monkey needs a number of seconds, e.g. --monkey 300');
  run('npm', ['run', 'geo:build']);
  run('npm', ['run', 'levels:validator']);
  run('npx', ['vite', 'build', '--mode', 'test']);
  run('npx', ['playwright', 'test', 'tests/e2e/monkey.spec.ts'], { QANTAR_MONKEY_SECONDS: String(seconds) });
  process.exit(0);
}

const RUNS = Number(options.runs);
const PLAYS = 20;
const STORED_SCORES = 10_000;
const LEADERBOARD_OPENINGS = 5;
const INTERACTION_MS = 5_000;
const TARGETS = {
  titleRatio: 1.1,
  playableRatio: 1.2,
  initialJsGzipKb: 420,
  dragP95Ms: 17,
  heapGrowth: 0.05,
  leaderboardMs: 100,
};

const distDir = join(root, 'dist');
const baselineDir = join(root, 'dist-baseline');
const levels = readdirSync(join(root, 'levels'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => JSON.parse(readFileSync(join(root, 'levels', name), 'utf8')))
  .sort((a, b) => a.chapter - b.chapter || a.order - b.order);
// The first level in play order that opens on a place challenge: the map is what costs most.
const placeLevelId = levels.find((level) => level.challenges[0]?.kind === 'place')?.id;
if (!placeLevelId) throw new Error('no level in levels/ starts with a place challenge');

run('npm', ['run', 'build']);
run('npx', [
  'vite',
  'build',
  'bench/baseline',
  '--config',
  'vite.config.ts',
  '--outDir',
  '../../dist-baseline',
  '--emptyOutDir',
]);

const game = await serveDirectory(distDir);
const baseline = await serveDirectory(baselineDir);
const browser = await launchBrowser();
const pageErrors = new Set();
const failures = new Map();

/** One measurement; a failure is reported in the table as n/a with its reason instead of ending the bench. */
async function attempt(what, measure) {
  try {
    const result = await measure();
    for (const error of result.errors ?? []) pageErrors.add(error);
    return result;
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    failures.set(what, reason);
    console.warn(`  ${what} failed: ${reason}`);
    return null;
  }
}

try {
  console.info(`\nChromium ${browser.version()}; ${RUNS} cold loads of each page, A B A B…`);
  const samples = { title: [], baselineForTitle: [], challenge: [], playable: [], baselineForPlayable: [] };
  let titleResources = [];
  let placeWorks = true;
  for (let round = 0; runs('loads') && round < RUNS; round++) {
    const title = await attempt('title cold load', () =>
      coldLoad(browser, game.url, 'qantar:title-first-frame'),
    );
    const blankA = await attempt('baseline cold load', () =>
      coldLoad(browser, baseline.url, 'qantar:baseline-first-frame'),
    );
    // A level that cannot open once will not open on the next round either: skip its minute of waiting.
    const level = placeWorks
      ? await attempt('place level cold load', () => coldLoadPlaceLevel(browser, game.url, placeLevelId))
      : null;
    placeWorks &&= level !== null;
    const blankB = await attempt('baseline cold load', () =>
      coldLoad(browser, baseline.url, 'qantar:baseline-first-frame'),
    );
    samples.title.push(title?.ms ?? Number.NaN);
    samples.baselineForTitle.push(blankA?.ms ?? Number.NaN);
    samples.challenge.push(level?.firstFrameMs ?? Number.NaN);
    samples.playable.push(level?.readyMs ?? Number.NaN);
    samples.baselineForPlayable.push(blankB?.ms ?? Number.NaN);
    if (titleResources.length === 0 && title) titleResources = title.resources;
    const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} ms`);
    console.info(
      `  round ${round + 1}: title ${ms(title?.ms)}, baseline ${ms(blankA?.ms)}, ` +
        `challenge frame ${ms(level?.firstFrameMs)}, playable ${ms(level?.readyMs)}, baseline ${ms(blankB?.ms)}`,
    );
  }
  const ratio = (a, b) => a.map((value, index) => value / b[index]);
  const titleRatio = summarize(ratio(samples.title, samples.baselineForTitle));
  const playableRatio = summarize(ratio(samples.playable, samples.baselineForPlayable));

  const chunks = titleResources.map((url) => sizeOf(distDir, url));
  const measuredBytes = chunks.length > 0;
  const jsGzip = measuredBytes
    ? chunks.filter((chunk) => chunk.type === '.js').reduce((sum, chunk) => sum + chunk.gzip, 0)
    : Number.NaN;
  const allGzip = measuredBytes ? chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) : Number.NaN;

  console.info(`\nFrame times: dragging the map for ${INTERACTION_MS / 1_000} s, then zooming…`);
  const frames =
    placeWorks && runs('frames')
      ? await attempt('map interaction', () =>
          measureMapInteraction(browser, game.url, placeLevelId, INTERACTION_MS),
        )
      : null;
  const drag = summarize(frames?.drag ?? []);
  const zoom = summarize(frames?.zoom ?? []);

  console.info(`Heap: the place level played ${PLAYS} times…`);
  const heap =
    placeWorks && runs('heap')
      ? await attempt('heap over replays', () => measureHeap(browser, game.url, placeLevelId, PLAYS))
      : null;
  const heapGrowth = heap ? heap.afterAll / heap.afterOne - 1 : Number.NaN;

  console.info(
    `Leaderboard: opened from the title on ${LEADERBOARD_OPENINGS} fresh pages, ${STORED_SCORES} stored scores…`,
  );
  const leaderboardMs = { first: [], again: [] };
  for (let opening = 0; runs('leaderboard') && opening < LEADERBOARD_OPENINGS; opening++) {
    const levelIds = levels.map((level) => level.id);
    const result = await attempt('leaderboard', () =>
      measureLeaderboard(browser, game.url, levelIds, STORED_SCORES),
    );
    if (!result) break;
    leaderboardMs.first.push(result.firstMs);
    leaderboardMs.again.push(result.againMs);
  }
  const leaderboard = summarize(leaderboardMs.first);

  console.info('Validation: 1,000 levels in Node…');
  const validation = (runs('validation')
    ? await attempt('validation', async () => validationTimes())
    : null) ?? {
    loadMs: Number.NaN,
    validateMs: [],
  };

  const kb = (bytes) => bytes / 1024;
  const mb = (bytes) => bytes / 2 ** 20;
  const met = (value, limit) => (Number.isFinite(value) ? value <= limit : null);
  const rows = [
    row('title first frame (ms)', summarize(samples.title)),
    row('baseline first frame (ms)', summarize(samples.baselineForTitle)),
    row(
      'title / baseline, per pair',
      titleRatio,
      `≤ ${TARGETS.titleRatio}×`,
      met(titleRatio.median, TARGETS.titleRatio),
    ),
    row('challenge scene first frame, via link (ms)', summarize(samples.challenge)),
    row('challenge playable, map drawn, via link (ms)', summarize(samples.playable)),
    row('baseline first frame, second of pair (ms)', summarize(samples.baselineForPlayable)),
    row(
      'playable / baseline, per pair',
      playableRatio,
      `≤ ${TARGETS.playableRatio}×`,
      met(playableRatio.median, TARGETS.playableRatio),
    ),
    row(
      'JS before the title, gzip (KB)',
      single(kb(jsGzip)),
      `≤ ${TARGETS.initialJsGzipKb}`,
      met(kb(jsGzip), TARGETS.initialJsGzipKb),
    ),
    row('all files before the title, gzip (KB)', single(kb(allGzip))),
    row(
      'frame time dragging the map (ms)',
      drag,
      `p95 ≤ ${TARGETS.dragP95Ms}`,
      met(drag.p95, TARGETS.dragP95Ms),
    ),
    row(
      'frames > 20 ms dragging',
      single(frames ? frames.drag.filter((ms) => ms > 20).length : Number.NaN),
      `of ${drag.count}`,
    ),
    row('frame time zooming the map (ms)', zoom),
    row(
      'frames > 20 ms zooming',
      single(frames ? frames.zoom.filter((ms) => ms > 20).length : Number.NaN),
      `of ${zoom.count}`,
    ),
    row('heap after load (MB)', single(heap ? mb(heap.afterLoad) : Number.NaN)),
    row('heap after 1 play (MB)', single(heap ? mb(heap.afterOne) : Number.NaN)),
    row(`heap after ${Math.ceil(PLAYS / 2)} plays (MB)`, single(heap ? mb(heap.afterHalf) : Number.NaN)),
    row(
      `heap after ${PLAYS} plays (MB)`,
      single(heap ? mb(heap.afterAll) : Number.NaN),
      `≤ +${TARGETS.heapGrowth * 100} % of 1 play`,
      met(heapGrowth, TARGETS.heapGrowth),
    ),
    row(
      `leaderboard of ${STORED_SCORES} scores, first opening (ms)`,
      leaderboard,
      `≤ ${TARGETS.leaderboardMs}`,
      met(leaderboard.median, TARGETS.leaderboardMs),
    ),
    row('leaderboard, opened again (ms)', summarize(leaderboardMs.again)),
    row('load the precompiled level validator, Node (ms)', single(validation.loadMs)),
    row('validate 1,000 levels, Node (ms)', summarize(validation.validateMs)),
  ];
  printTable(rows);
  if (heap) {
    console.info(
      `\nheap: ${(heapGrowth * 100).toFixed(1)} % from 1 to ${PLAYS} plays, ` +
        `${((heap.afterAll - heap.afterHalf) / 1024 / (PLAYS - Math.ceil(PLAYS / 2))).toFixed(0)} KB a play over the last ` +
        `${PLAYS - Math.ceil(PLAYS / 2)} (a leak keeps growing there; warm-up does not); ` +
        `${heap.completed} of ${PLAYS} plays reached the results`,
    );
  }
  console.info('\nLoaded before the title was interactive:');
  for (const chunk of chunks) {
    console.info(
      `  ${chunk.file.padEnd(48)} ${kb(chunk.raw).toFixed(1).padStart(9)} KB raw ${kb(chunk.gzip).toFixed(1).padStart(8)} KB gzip`,
    );
  }
  for (const [what, reason] of failures) console.warn(`n/a — ${what}: ${reason}`);
  if (pageErrors.size > 0) console.warn(`\nPage errors during the bench:\n  ${[...pageErrors].join('\n  ')}`);
  if (options.json) {
    const chromium = browser.version();
    const all = {
      chromium,
      samples,
      frames,
      heap,
      leaderboardMs,
      validation,
      chunks,
      failures: [...failures],
    };
    writeFileSync(options.json, `${JSON.stringify(all, null, 2)}\n`);
  }
} finally {
  await browser.close();
  await game.close();
  await baseline.close();
  // Rebuilt on every run, and not among the folders git and Biome ignore.
  rmSync(baselineDir, { recursive: true, force: true });
}

function sizeOf(directory, url) {
  const path = new URL(url).pathname;
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const bytes = readFileSync(join(directory, decodeURIComponent(file)));
  return { file: file.slice(1), type: extname(file), raw: bytes.length, gzip: gzipSync(bytes).length };
}

function validationTimes() {
  const result = spawnSync('npx', ['vite-node', 'bench/time-validation.ts'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench/time-validation.ts failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

function single(value) {
  return { count: Number.isFinite(value) ? 1 : 0, median: value, p95: value, min: value, max: value };
}

/** `met` is true or false against a target, null when the figure is missing, undefined without a target. */
function row(metric, stats, target = '', met = undefined) {
  return { metric, stats, target, met };
}

function printTable(rows) {
  const number = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 0) : 'n/a');
  const width = Math.max(...rows.map((entry) => entry.metric.length));
  const columns = ['median', 'p95', 'min', 'max'];
  console.info(`\n${'metric'.padEnd(width)}  ${columns.map((name) => name.padStart(8)).join(' ')}  target`);
  for (const { metric, stats, target, met } of rows) {
    const verdict = met === undefined ? '' : met === null ? '  n/a' : met ? '  met' : '  NOT MET';
    const figures = columns.map((name) => number(stats[name]).padStart(8)).join(' ');
    console.info(`${metric.padEnd(width)}  ${figures}  ${target}${verdict}`);
  }
}
