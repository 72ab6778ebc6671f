import type { ChildProcess } from 'node:child_process';

export interface Started {
  readonly child: ChildProcess;
  readonly output: { readonly text: string };
}

export interface StartedLiveServer extends Started {
  readonly port: number;
}

export function freePort(): Promise<number>;
export function waitUntil(
  check: () => unknown,
  what: string,
  timeoutMs?: number,
  intervalMs?: number,
): Promise<void>;
export function startProcess(
  command: string,
  args: readonly string[],
  options: { ready: string; what: string; timeoutMs?: number; missing?: string },
): Promise<Started>;
export function startLiveServer(options: {
  port: number;
  dataDir: string;
  maxPupils?: number;
  redis?: string;
  what?: string;
  timeoutMs?: number;
}): Promise<StartedLiveServer>;
export function startRedisServer(
  port: number,
  options?: { timeoutMs?: number; missing?: string },
): Promise<Started>;
export function killProcess(child: ChildProcess): Promise<void>;
