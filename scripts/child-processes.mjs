/**
 * Child processes for the tests and the bench that run the Live server as a teacher does (its own
 * Node process, `server/main.ts` through tsx) and a redis-server of their own, on free loopback
 * ports. Every child started here is killed when the parent exits, so none is ever left running.
 * Plain JavaScript, so the bench (.mjs) and the Vitest tests (TypeScript) share it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const started = [];

process.once('exit', () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** A loopback port free at this moment. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it holds; never open-ended: fails after `timeoutMs` saying what it waited for. */
export async function waitUntil(check, what, timeoutMs = 20_000, intervalMs = 10) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Starts `command` in the project's folder and waits until its output says `ready`. Fails with
 * the output so far if it stops first, and with `missing` added if the command cannot be run.
 */
export async function startProcess(command, args, { ready, what, timeoutMs = 90_000, missing = '' }) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  const output = { text: '' };
  let failed = null;
  child.once('error', (error) => {
    failed = error;
  });
  child.stdout.on('data', (chunk) => {
    output.text += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output.text += String(chunk);
  });
  await waitUntil(
    () => failed !== null || output.text.includes(ready) || child.exitCode !== null,
    `${what} to start`,
    timeoutMs,
  ).catch((error) => {
    throw new Error(`${error.message}; its output so far: ${output.text}`);
  });
  if (failed)
    throw new Error(`${what} could not be started (${failed.message})${missing ? `: ${missing}` : ''}`);
  if (child.exitCode !== null) throw new Error(`${what} stopped: ${output.text}`);
  return { child, output };
}

/** `server/main.ts` as `npm run live` runs it, with no built game (the rooms only). */
export async function startLiveServer({
  port,
  dataDir,
  maxPupils,
  redis,
  what = 'the Live server',
  timeoutMs,
}) {
  const args = ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data-dir', dataDir];
  args.push('--dist', join(dataDir, 'no-build'));
  if (maxPupils !== undefined) args.push('--max-pupils', String(maxPupils));
  if (redis !== undefined) args.push('--redis', redis);
  const { child, output } = await startProcess(process.execPath, args, {
    ready: 'Qantar is running',
    what,
    timeoutMs,
  });
  return { child, port, output };
}

/** A redis-server that keeps nothing on disk, on the given loopback port. */
export function startRedisServer(port, { timeoutMs, missing } = {}) {
  return startProcess(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { ready: 'Ready to accept connections', what: 'redis-server', timeoutMs, missing },
  );
}

/** Kills without warning (as a crash would) and resolves once the process is gone. */
export function killProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
