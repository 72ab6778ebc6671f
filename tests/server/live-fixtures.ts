/**
 * Helpers for the Live server tests: the real server on a free loopback port, SDK clients that
 * record every message and state they receive, and bounded waits (never an open-ended loop).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';
import { ColyseusTestServer } from '@colyseus/testing';
import { freePort, waitUntil as waitFor } from '../../scripts/child-processes.mjs';
import { type RunningLiveServer, startLiveServer } from '../../server/live-server';
import type { Level } from '../../src/core/level/level-types';
import type { LiveServerMessage, LiveSetup } from '../../src/core/live/live-protocol';

export { freePort };

export const SETUP: LiveSetup = {
  className: '4e B',
  playlist: ['the-whole-crisis'],
  settings: {
    difficulty: 'easy',
    timeLimitSeconds: null,
    hints: true,
    language: 'en',
    scoreMode: 'fair',
    ranking: 'full',
  },
};

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'qantar-live-'));
}

export interface Booted {
  readonly live: RunningLiveServer;
  readonly colyseus: ColyseusTestServer;
  readonly port: number;
  readonly dataDir: string;
  /** The server's clock runs this far ahead of the real one (ms); tests move it. */
  offset: number;
}

export async function bootLive(
  options: { maxPupils?: number; dataDir?: string; roomsPerMinute?: number } = {},
): Promise<Booted> {
  const port = await freePort();
  const dataDir = options.dataDir ?? tempDir();
  const booted = { offset: 0 } as Booted;
  const live = await startLiveServer({
    host: '127.0.0.1',
    port,
    dist: join(dataDir, 'no-build'),
    dataDir,
    maxPupils: options.maxPupils ?? 60,
    ...(options.roomsPerMinute === undefined ? {} : { roomsPerMinute: options.roomsPerMinute }),
    now: () => Date.now() + booted.offset,
  });
  return Object.assign(booted, { live, colyseus: new ColyseusTestServer(live.gameServer), port, dataDir });
}

/** A client as a test sees it: every message and every state it was sent, in order. */
export class Watched {
  readonly messages: LiveServerMessage[] = [];
  readonly states: Record<string, unknown>[] = [];

  constructor(readonly room: Room) {
    room.reconnection.minUptime = 0;
    room.onMessage('*', (_type, message) => this.messages.push(message as LiveServerMessage));
    room.onStateChange((state) =>
      this.states.push(JSON.parse(JSON.stringify((state as { toJSON(): unknown }).toJSON()))),
    );
  }

  send(type: string, body: Record<string, unknown> = {}): void {
    this.room.send(type, { type, ...body });
  }

  /** The n-th message of this type (0 = first), waited for. */
  async message<T extends LiveServerMessage['type']>(
    type: T,
    nth = 0,
    timeoutMs = 8000,
  ): Promise<Extract<LiveServerMessage, { type: T }>> {
    const found = () => this.messages.filter((message) => message.type === type)[nth];
    await waitUntil(() => found() !== undefined, `message ${type} #${nth}`, timeoutMs);
    return found() as Extract<LiveServerMessage, { type: T }>;
  }

  count(type: LiveServerMessage['type']): number {
    return this.messages.filter((message) => message.type === type).length;
  }

  errors(): string[] {
    return this.messages.flatMap((message) => (message.type === 'error' ? [message.code] : []));
  }

  /** The room's public state as last received. */
  get state(): {
    phase: string;
    step: number;
    deadline: number;
    pausedRemainingMs: number;
    paused: boolean;
    hostConnected: boolean;
    pupils: { id: string; name: string; connected: boolean; answered: boolean }[];
  } {
    return JSON.parse(JSON.stringify((this.room.state as { toJSON(): unknown }).toJSON()));
  }

  async stateWhere(predicate: (state: Watched['state']) => boolean, what: string, timeoutMs = 8000) {
    await waitUntil(() => predicate(this.state), what, timeoutMs);
    return this.state;
  }
}

/** Polls until `check` holds, for at most `timeoutMs` (8 s: one room on loopback answers far sooner). */
export function waitUntil(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  return waitFor(check, what, timeoutMs);
}

export function sdk(port: number): Client {
  return new Client(`http://127.0.0.1:${port}`);
}

export async function hostRoom(port: number, setup: LiveSetup = SETUP): Promise<Watched> {
  return new Watched(await sdk(port).create('live', { role: 'host', setup }));
}

export async function pupil(port: number, code: string, name: string, language = 'en'): Promise<Watched> {
  return new Watched(await sdk(port).joinById(code, { role: 'pupil', name, language }));
}

/** The LiveErrorCode a refused join or create carries, as the browser reads it (the error's message). */
export async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the server accepted what it should have refused');
}

type View = Extract<LiveServerMessage, { type: 'challenge' }>['view'];

const LEVEL = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../levels/the-whole-crisis.json'), 'utf8'),
) as Level;

/**
 * The right raw answer to a player view, as a pupil who knows everything would send it: the test
 * reads the truth from the level file, the pupil's client never has it.
 */
export function answerTo(view: View): unknown {
  const challenge = LEVEL.challenges.find((candidate) => candidate.id === view.challenge.id);
  if (!challenge) throw new Error(`no challenge ${view.challenge.id} in the level`);
  const shown = new Set(view.challenge.items.map((item) => item.id));
  switch (challenge.kind) {
    case 'place':
      return {
        kind: 'place',
        drops: challenge.items
          .filter((item) => shown.has(item.id))
          .map((item) => ({ itemId: item.id, lonLat: item.lonLat })),
      };
    case 'timeline':
      return {
        kind: 'timeline',
        order: challenge.items
          .filter((item) => shown.has(item.id))
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((item) => item.id),
      };
    case 'match':
      return {
        kind: 'match',
        links: challenge.items
          .filter((item) => shown.has(item.id))
          .map((item) => ({ itemId: item.id, targetId: item.answer })),
      };
  }
}

const FORBIDDEN = new Set(['date', 'answer', 'fact', 'note', 'source', 'toleranceKm', 'maxDistanceKm']);

/**
 * Every field of a value that would give an answer away: a date, a right answer, a fact card, a
 * source, a tolerance, and a true position on a place card (kind 'place' challenges' items).
 */
export function answerFields(value: unknown, path = '$', inPlace = false): string[] {
  if (Array.isArray(value))
    return value.flatMap((entry, index) => answerFields(entry, `${path}[${index}]`, inPlace));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const place = record.kind === 'place';
  return Object.entries(record).flatMap(([key, child]) => {
    const here = `${path}.${key}`;
    const own = FORBIDDEN.has(key) || (inPlace && key === 'lonLat') ? [here] : [];
    return [...own, ...answerFields(child, here, inPlace || (place && key === 'items'))];
  });
}
