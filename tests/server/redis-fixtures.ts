/**
 * Child processes for the multi-process Live tests: a redis-server of the test's own and Live
 * servers started as a deployment runs them (scripts/child-processes.mjs). Every child is killed
 * at the end (killAll) and, should the test runner itself stop, when it exits.
 */
import type { ChildProcess } from 'node:child_process';
import {
  freePort,
  killProcess,
  type StartedLiveServer,
  startLiveServer,
  startRedisServer,
} from '../../scripts/child-processes.mjs';
import { tempDir } from './live-fixtures';

/** Waits are generous: the machines that run these are often busy; none is open-ended. */
export const WAIT_MS = 30_000;

const children: ChildProcess[] = [];

export interface RedisProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
}

/** A redis-server of the test's own, on a free loopback port (or the given one, to bring it back). */
export async function startRedis(port?: number): Promise<RedisProcess> {
  port ??= await freePort();
  const { child } = await startRedisServer(port, {
    timeoutMs: WAIT_MS,
    missing:
      "install Debian's redis-server (apt-get install redis-server); QANTAR_TEST_REDIS_URL serves the two-process test only, the outage test stops and restarts a redis-server of its own.",
  });
  children.push(child);
  return { child, port, url: `redis://127.0.0.1:${port}` };
}

export type LiveProcess = StartedLiveServer;

/** `server/main.ts --redis <url>` as a deployment runs it, on a free loopback port. */
export async function startLive(redisUrl: string): Promise<LiveProcess> {
  const live = await startLiveServer({
    port: await freePort(),
    dataDir: tempDir(),
    redis: redisUrl,
    what: 'a Live server',
    timeoutMs: 90_000,
  });
  children.push(live.child);
  return live;
}

export const kill = killProcess;

export async function killAll(): Promise<void> {
  await Promise.all(children.map(killProcess));
}
