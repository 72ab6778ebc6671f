/**
 * `npm run bench -- --only live-scale [--pupils 300] [--rooms 10]`: Qantar Live on several
 * processes (issue 16). A redis-server of its own on a loopback port; two Live server processes
 * (`server/main.ts --redis …`) against it, then one, for comparison. Each room's teacher creates it
 * on one process, its pupils join through both in turn (seat reservation across processes), and
 * every pupil answers every challenge of the level within SPREAD_MS of it opening. Prints join p95,
 * answer latency p95 (send → `answerAccepted`, which the server sends once the answer is in Redis),
 * answers lost, and each process's memory. Figures, not a pass or fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@colyseus/sdk';
import {
  freePort,
  killProcess,
  startLiveServer,
  startRedisServer,
  waitUntil as waitFor,
} from '../scripts/child-processes.mjs';
import { summarize } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pupils: { type: 'string', default: '300' },
    rooms: { type: 'string', default: '10' },
    level: { type: 'string', default: 'the-whole-crisis' },
  },
  strict: false,
});
const PUPILS = Number(values.pupils);
const ROOMS = Number(values.rooms);
const SPREAD_MS = 2000;
const WAIT_MS = 60_000;
if (!Number.isInteger(PUPILS) || !Number.isInteger(ROOMS) || ROOMS < 1 || PUPILS < ROOMS || PUPILS > 3000)
  throw new Error('--pupils and --rooms: whole numbers, at least one pupil per room, at most 3000 pupils');
const level = JSON.parse(readFileSync(join(root, 'levels', `${values.level}.json`), 'utf8'));

/** Polled every 5 ms: the latencies measured here are a few milliseconds. */
function waitUntil(check, what, timeoutMs = WAIT_MS) {
  return waitFor(check, what, timeoutMs, 5);
}

function rssMb(pid) {
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(rss?.[1] ?? 0) / 1024;
}

function answerTo(view) {
  const challenge = level.challenges.find((candidate) => candidate.id === view.challenge.id);
  const shown = new Set(view.challenge.items.map((item) => item.id));
  const items = challenge.items.filter((item) => shown.has(item.id));
  if (challenge.kind === 'place')
    return { kind: 'place', drops: items.map((item) => ({ itemId: item.id, lonLat: item.lonLat })) };
  if (challenge.kind === 'timeline')
    return {
      kind: 'timeline',
      order: [...items].sort((a, b) => a.date.localeCompare(b.date)).map((item) => item.id),
    };
  return { kind: 'match', links: items.map((item) => ({ itemId: item.id, targetId: item.answer })) };
}

const children = [];
const dataDir = mkdtempSync(join(tmpdir(), 'qantar-live-scale-'));

async function runWith(processCount) {
  const redisPort = await freePort();
  const { child: redis } = await startRedisServer(redisPort, {
    missing: 'is redis-server installed? apt-get install redis-server',
  });
  children.push(redis);
  const servers = [];
  for (let index = 0; index < processCount; index++) {
    const port = await freePort();
    const { child } = await startLiveServer({
      port,
      dataDir,
      maxPupils: Math.ceil(PUPILS / ROOMS),
      redis: `redis://127.0.0.1:${redisPort}`,
      what: `Live process ${index + 1}`,
    });
    children.push(child);
    servers.push({ child, endpoint: `http://127.0.0.1:${port}` });
  }
  const idleMb = servers.map((server) => rssMb(server.child.pid));
  const setup = {
    className: 'Bench',
    playlist: [level.id],
    settings: {
      difficulty: 'easy',
      timeLimitSeconds: null,
      hints: true,
      language: 'en',
      scoreMode: 'standard',
      ranking: 'full',
    },
  };
  const rooms = [];
  for (let index = 0; index < ROOMS; index++) {
    const host = await new Client(servers[index % processCount].endpoint).create('live', {
      role: 'host',
      setup,
    });
    const room = { host, pupils: [], session: null };
    host.onMessage('*', (type, message) => {
      if (type === 'session') room.session = message.session;
    });
    rooms.push(room);
  }
  const joinMs = [];
  await Promise.all(
    Array.from({ length: PUPILS }, async (_, index) => {
      const room = rooms[index % ROOMS];
      const through = servers[Math.floor(index / ROOMS) % processCount];
      const started = performance.now();
      const joined = await new Client(through.endpoint).joinById(room.host.roomId, {
        role: 'pupil',
        name: `Pupil ${index + 1}`,
        language: 'en',
      });
      joinMs.push(performance.now() - started);
      const pupil = { room: joined, challenges: [], accepted: 0, waiting: new Map() };
      joined.onMessage('*', (type, message) => {
        if (type === 'challenge') pupil.challenges.push(message);
        if (type !== 'answerAccepted') return;
        pupil.accepted += 1;
        const sentAt = pupil.waiting.get(message.step);
        if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
      });
      room.pupils.push(pupil);
    }),
  );
  const joinedMb = servers.map((server) => rssMb(server.child.pid));
  const latencies = [];
  let sent = 0;
  const steps = level.challenges.length;
  await Promise.all(
    rooms.map(async (room) => {
      const { host, pupils } = room;
      for (let step = 0; step < steps; step++) {
        host.send(step === 0 ? 'start' : 'next', { type: step === 0 ? 'start' : 'next' });
        const challengeOf = (pupil) => pupil.challenges.find((message) => message.view.step === step);
        await waitUntil(() => pupils.every(challengeOf), `every pupil's challenge ${step}`);
        await Promise.all(
          pupils.map(
            (pupil) =>
              new Promise((resolve) =>
                setTimeout(() => {
                  pupil.waiting.set(step, performance.now());
                  pupil.room.send('answer', {
                    type: 'answer',
                    step,
                    answer: answerTo(challengeOf(pupil).view),
                  });
                  sent += 1;
                  resolve();
                }, Math.random() * SPREAD_MS),
              ),
          ),
        );
        await waitUntil(() => host.state.phase === 'review' && host.state.step === step, `review ${step}`);
        host.send('next', { type: 'next' });
        await waitUntil(() => host.state.phase === 'scoreboard', `scoreboard ${step}`);
      }
      host.send('next', { type: 'next' });
      await waitUntil(() => host.state.phase === 'finished', 'the end');
    }),
  );
  const accepted = () =>
    rooms.reduce((total, room) => total + room.pupils.reduce((n, p) => n + p.accepted, 0), 0);
  await waitUntil(() => accepted() === sent, 'every answer accepted', 20_000).catch((error) =>
    console.warn(`${error.message}: the figures below show how many were`),
  );
  const doneMb = servers.map((server) => rssMb(server.child.pid));
  await waitUntil(() => rooms.every((room) => room.session?.endedAt), 'every final session');
  const recorded = rooms.map((room) => room.session.answers.length);
  for (const room of rooms)
    await Promise.all([room.host, ...room.pupils.map((p) => p.room)].map((r) => r.leave(true)));
  for (const server of servers) server.child.kill('SIGTERM');
  redis.kill('SIGTERM');
  await Promise.all(
    [...servers.map((server) => server.child), redis].map(
      (child) =>
        new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))),
    ),
  );
  return {
    processCount,
    joinMs,
    latencies,
    sent,
    accepted: accepted(),
    recorded,
    idleMb,
    joinedMb,
    doneMb,
    steps,
  };
}

function print(result) {
  const join = summarize(result.joinMs);
  const latency = summarize(result.latencies);
  const recorded = result.recorded.reduce((a, b) => a + b, 0);
  const rows = [
    ['processes, rooms, pupils, challenges', `${result.processCount}, ${ROOMS}, ${PUPILS}, ${result.steps}`],
    ['join p50 / p95 (ms)', `${join.median.toFixed(0)} / ${join.p95.toFixed(0)}`],
    [
      'answer → accepted (in Redis) p50 / p95 (ms)',
      `${latency.median.toFixed(0)} / ${latency.p95.toFixed(0)}`,
    ],
    ['answers sent / accepted / recorded', `${result.sent} / ${result.accepted} / ${recorded}`],
    ['answers lost', String(result.sent - recorded)],
    ...result.idleMb.map((idle, index) => [
      `process ${index + 1} RSS idle → joined → end (MB)`,
      `${idle.toFixed(0)} → ${result.joinedMb[index].toFixed(0)} → ${result.doneMb[index].toFixed(0)}`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.info(`\nQantar Live on ${result.processCount} process(es) and one Redis, over loopback\n`);
  for (const [label, value] of rows) console.info(`  ${label.padEnd(width)}  ${value}`);
}

try {
  print(await runWith(2));
  print(await runWith(1));
} finally {
  await Promise.all(children.map(killProcess));
  rmSync(dataDir, { recursive: true, force: true });
}
