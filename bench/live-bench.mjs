/**
 * `npm run bench -- --only live [--pupils 60] [--level the-whole-crisis]`: the Qantar Live server
 * in its own process (as `npm run live` runs it) on a loopback port, a host and N headless SDK
 * pupils in one room, every challenge of a level answered by everyone (each pupil at a random
 * moment within SPREAD_MS of the challenge opening, as a class does). Prints figures, not a pass
 * or fail: join time, answer-to-projector latency (a pupil's send → the host's state showing that
 * pupil answered), the server's CPU and memory per pupil, messages and bytes per pupil per
 * challenge, and answers lost. CPU and memory are read from /proc (Linux).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@colyseus/sdk';
import { freePort, startLiveServer, waitUntil as waitFor } from '../scripts/child-processes.mjs';
import { summarize } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pupils: { type: 'string', default: '60' },
    level: { type: 'string', default: 'the-whole-crisis' },
  },
  strict: false,
});
const PUPILS = Number(values.pupils);
const SPREAD_MS = 2000;
const WAIT_MS = 20_000;
if (!Number.isInteger(PUPILS) || PUPILS < 1 || PUPILS > 500)
  throw new Error('--pupils: a number from 1 to 500');
const level = JSON.parse(readFileSync(join(root, 'levels', `${values.level}.json`), 'utf8'));

/** Polled every 5 ms: the latencies measured here are a few milliseconds. */
function waitUntil(check, what, timeoutMs = WAIT_MS) {
  return waitFor(check, what, timeoutMs, 5);
}

/** CPU seconds (user + system) and resident memory (MB) of a process, from /proc. */
function usage(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuS: ticks / 100, rssMb: Number(rss?.[1] ?? 0) / 1024 };
}

/** The right answer to a view, from the level file (the bench plays a pupil who knows it all). */
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

/** An SDK room that counts what it receives: messages (by type) and WebSocket frames and bytes. */
function watch(room) {
  const watched = { room, messages: [], frames: 0, bytes: 0 };
  room.onMessage('*', (_type, message) => watched.messages.push(message));
  const socket = room.connection.transport.ws;
  socket.addEventListener('message', (event) => {
    watched.frames += 1;
    watched.bytes += event.data.byteLength ?? event.data.length ?? 0;
  });
  return watched;
}

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'qantar-live-bench-'));
const { child: server } = await startLiveServer({ port, dataDir, maxPupils: PUPILS, what: 'the server' });

try {
  const endpoint = `http://127.0.0.1:${port}`;
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
  const host = watch(await new Client(endpoint).create('live', { role: 'host', setup }));
  await waitUntil(() => host.messages.some((message) => message.type === 'host'), 'the host seat');
  const code = host.room.roomId;
  const idle = usage(server.pid);

  const joinMs = [];
  const joinStart = performance.now();
  const pupils = await Promise.all(
    Array.from({ length: PUPILS }, async (_, index) => {
      const started = performance.now();
      const room = await new Client(endpoint).joinById(code, {
        role: 'pupil',
        name: `Pupil ${index + 1}`,
        language: ['fr', 'en', 'ru'][index % 3],
      });
      joinMs.push(performance.now() - started);
      return watch(room);
    }),
  );
  const joinTotalMs = performance.now() - joinStart;
  await waitUntil(() => host.room.state.pupils.length === PUPILS, 'every pupil on the projector');
  const joined = usage(server.pid);
  const seatOf = (pupil) => pupil.messages.find((message) => message.type === 'seat')?.pupilId;
  const receivedBefore = pupils.map((pupil) => ({ frames: pupil.frames, bytes: pupil.bytes }));

  // The projector's view of each answer: when the host's state first shows that pupil answered.
  let seenAnswered = new Map();
  host.room.onStateChange((state) => {
    const now = performance.now();
    for (const entry of state.pupils)
      if (entry.answered && !seenAnswered.has(entry.id)) seenAnswered.set(entry.id, now);
  });

  const latencies = [];
  const steps = level.challenges.length;
  let sent = 0;
  for (let step = 0; step < steps; step++) {
    seenAnswered = new Map();
    host.room.send(step === 0 ? 'start' : 'next', { type: step === 0 ? 'start' : 'next' });
    const challengeOf = (pupil) =>
      pupil.messages.find((message) => message.type === 'challenge' && message.view.step === step);
    await waitUntil(() => pupils.every(challengeOf), `every pupil's challenge ${step}`);
    const sentAt = new Map();
    await Promise.all(
      pupils.map(
        (pupil) =>
          new Promise((resolve) =>
            setTimeout(() => {
              sentAt.set(seatOf(pupil), performance.now());
              pupil.room.send('answer', { type: 'answer', step, answer: answerTo(challengeOf(pupil).view) });
              sent += 1;
              resolve();
            }, Math.random() * SPREAD_MS),
          ),
      ),
    );
    await waitUntil(
      () => host.room.state.phase === 'review' && host.room.state.step === step,
      `review ${step}`,
    );
    await waitUntil(() => seenAnswered.size === PUPILS, 'every answer on the projector');
    for (const [id, at] of sentAt) latencies.push(seenAnswered.get(id) - at);
    // Review → scoreboard; the next round's `next` opens the following step.
    host.room.send('next', { type: 'next' });
    await waitUntil(() => host.room.state.phase === 'scoreboard', `scoreboard ${step}`);
  }
  host.room.send('next', { type: 'next' });
  await waitUntil(() => host.room.state.phase === 'finished', 'the end');
  const done = usage(server.pid);
  await waitUntil(
    () => host.messages.filter((message) => message.type === 'session').at(-1)?.session.endedAt,
    'the final session',
  );
  const finalSession = host.messages.filter((message) => message.type === 'session').at(-1).session;
  const accepted = pupils.reduce(
    (total, pupil) => total + pupil.messages.filter((message) => message.type === 'answerAccepted').length,
    0,
  );
  const perPupilChallenge = (read) =>
    summarize(pupils.map((pupil, index) => (read(pupil) - read(receivedBefore[index])) / steps)).median;

  const join = summarize(joinMs);
  const latency = summarize(latencies);
  const rows = [
    ['pupils, challenges', `${PUPILS}, ${steps} (${level.id})`],
    ['join p50 / p95 (ms)', `${join.median.toFixed(0)} / ${join.p95.toFixed(0)}`],
    ['all joined in (ms)', joinTotalMs.toFixed(0)],
    ['answer → projector p50 / p95 (ms)', `${latency.median.toFixed(0)} / ${latency.p95.toFixed(0)}`],
    ['answer → projector max (ms)', latency.max.toFixed(0)],
    ['server CPU per pupil, whole level (ms)', (((done.cpuS - idle.cpuS) * 1000) / PUPILS).toFixed(1)],
    [
      'server RSS idle → all joined → end (MB)',
      `${idle.rssMb.toFixed(0)} → ${joined.rssMb.toFixed(0)} → ${done.rssMb.toFixed(0)}`,
    ],
    ['server RSS per pupil (KB)', (((done.rssMb - idle.rssMb) * 1024) / PUPILS).toFixed(0)],
    ['frames to a pupil per challenge (median)', perPupilChallenge((pupil) => pupil.frames).toFixed(1)],
    ['bytes to a pupil per challenge (median)', perPupilChallenge((pupil) => pupil.bytes).toFixed(0)],
    ['messages from a pupil per challenge', (sent / PUPILS / steps).toFixed(1)],
    ['answers sent / accepted / recorded', `${sent} / ${accepted} / ${finalSession.answers.length}`],
    ['answers lost', String(sent - finalSession.answers.length)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.info(`\nQantar Live, ${PUPILS} headless pupils over loopback\n`);
  for (const [label, value] of rows) console.info(`  ${label.padEnd(width)}  ${value}`);
  await Promise.all([host, ...pupils].map((entry) => entry.room.leave(true)));
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  rmSync(dataDir, { recursive: true, force: true });
}
