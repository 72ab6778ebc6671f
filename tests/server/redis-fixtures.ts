/**
 * Child processes for the multi-process Live tests: a redis-server of the test's own and Live
 * servers started as a deployment runs them. Every child is killed at the end (killAll) and, should
 * the test runner itself stop, when it exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, tempDir, waitUntil } from './live-fixtures';

/** Waits are generous: the machines that run these are often busy; none is open-ended. */
export const WAIT_MS = 30_000;

const root = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];

// Even if vitest itself is ended, no redis-server or Live server is left running.
process.once('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function collect(child: ChildProcess): { readonly text: string } {
  const output = { text: '' };
  child.stdout?.on('data', (chunk) => {
    output.text += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output.text += String(chunk);
  });
  return output;
}

export interface RedisProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
}

/** A redis-server of the test's own, on a free loopback port (or the given one, to bring it back). */
export async function startRedis(port?: number): Promise<RedisProcess> {
  port ??= await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let missing: Error | null = null;
  child.once('error', (error) => {
    missing = error;
  });
  const output = collect(child);
  await waitUntil(
    () => missing !== null || output.text.includes('Ready to accept connections') || child.exitCode !== null,
    'redis-server to start',
    WAIT_MS,
  );
  if (missing)
    throw new Error(
      `redis-server could not be started (${(missing as Error).message}): install Debian's redis-server (apt-get install redis-server); QANTAR_TEST_REDIS_URL serves the two-process test only, the outage test stops and restarts a redis-server of its own.`,
    );
  if (child.exitCode !== null) throw new Error(`redis-server stopped: ${output.text}`);
  return { child, port, url: `redis://127.0.0.1:${port}` };
}

export interface LiveProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly output: { readonly text: string };
}

/** `server/main.ts --redis <url>` as a deployment runs it, on a free loopback port. */
export async function startLive(redisUrl: string): Promise<LiveProcess> {
  const [port, dataDir] = [await freePort(), tempDir()];
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--dist',
      join(dataDir, 'no-build'),
      '--redis',
      redisUrl,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  const output = collect(child);
  await waitUntil(
    () => output.text.includes('Qantar is running') || child.exitCode !== null,
    'a Live server to start',
    90_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; its output so far: ${output.text}`);
  });
  if (child.exitCode !== null) throw new Error(`the Live server stopped: ${output.text}`);
  return { child, port, output };
}

export function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export async function killAll(): Promise<void> {
  await Promise.all(children.map(kill));
}
