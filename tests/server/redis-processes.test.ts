/**
 * Qantar Live on two server processes sharing one Redis (issue 16), each process started as a
 * teacher's deployment runs it (`server/main.ts --redis …`): a teacher on process A, pupils on A
 * and on B in one room; the room's process is killed without warning (SIGKILL) in the middle of a
 * step; everyone comes back through B with their tokens, the room is restored there from Redis, and
 * the session finishes with every answer counted once.
 *
 * Uses QANTAR_TEST_REDIS_URL if set, else starts its own redis-server on a free loopback port (and
 * stops it). Without redis-server installed the test fails and says how to install it.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerTo, SETUP, sdk, Watched, waitUntil } from './live-fixtures';
import { kill, killAll, startLive, startRedis, WAIT_MS } from './redis-fixtures';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let redisUrl = process.env.QANTAR_TEST_REDIS_URL ?? '';

beforeAll(async () => {
  if (!redisUrl) redisUrl = (await startRedis()).url;
});

afterAll(killAll);

describe('two Live processes sharing one Redis', () => {
  it('play one room across both; the room survives its process being killed, nothing lost or doubled', async () => {
    const a = await startLive(redisUrl);
    const b = await startLive(redisUrl);
    const host = new Watched(await sdk(a.port).create('live', { role: 'host', setup: SETUP }));
    const { code, hostToken } = await host.message('host', 0, WAIT_MS);
    const through = [a, a, b, b];
    const pupils: Watched[] = [];
    for (const [index, name] of ['Ana', 'Ben', 'Chloé', 'Dana'].entries())
      pupils.push(
        new Watched(await sdk(through[index]!.port).joinById(code, { role: 'pupil', name, language: 'en' })),
      );
    const seats = await Promise.all(pupils.map((entry) => entry.message('seat', 0, WAIT_MS)));
    await host.stateWhere(
      (state) => state.pupils.filter((entry) => entry.connected).length === 4,
      'the four pupils in the lobby, two of them joined through B',
      WAIT_MS,
    );

    host.send('start');
    const { view } = await pupils[0]!.message('challenge', 0, WAIT_MS);
    for (const index of [0, 2]) pupils[index]!.send('answer', { step: 0, answer: answerTo(view) });
    await Promise.all([0, 2].map((index) => pupils[index]!.message('answerAccepted', 0, WAIT_MS)));

    // The room lives on A (where the teacher created it): A dies without warning. The old sockets'
    // own retries would only knock on A's door: the clients rejoin with their tokens instead.
    for (const entry of [host, ...pupils]) entry.room.reconnection.enabled = false;
    await kill(a.child);

    // Everyone comes back through B with their tokens, as the browser does.
    const projector = new Watched(await sdk(b.port).joinById(code, { role: 'host', hostToken }));
    const back = await Promise.all(
      seats.map(
        async (seat) =>
          new Watched(await sdk(b.port).joinById(code, { role: 'pupil', seatToken: seat.seatToken })),
      ),
    );
    expect(b.output.text).toContain(`room ${code} restored in this process`);
    expect(
      (await Promise.all(back.map((entry) => entry.message('seat', 0, WAIT_MS)))).map((seat) => seat.pupilId),
    ).toEqual(seats.map((seat) => seat.pupilId));
    const again = await Promise.all(back.map((entry) => entry.message('challenge', 0, WAIT_MS)));
    expect(again.map((message) => [message.view.step, message.answered])).toEqual([
      [0, true],
      [0, false],
      [0, true],
      [0, false],
    ]);
    const restored = await projector.message('session', 0, WAIT_MS);
    expect(restored.session.answers.map((answer) => answer.participantId).sort()).toEqual(['p1', 'p3']);

    back[0]!.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => back[0]!.errors().includes('alreadyAnswered'), 'the repeat refused', WAIT_MS);
    for (const index of [1, 3]) back[index]!.send('answer', { step: 0, answer: answerTo(view) });
    await projector.stateWhere((state) => state.phase === 'review', 'the class map', WAIT_MS);
    for (let step = 1; step < 3; step++) {
      projector.send('next');
      projector.send('next');
      const views = await Promise.all(back.map((entry) => entry.message('challenge', step, WAIT_MS)));
      for (const [index, entry] of back.entries())
        entry.send('answer', { step, answer: answerTo(views[index]!.view) });
      await Promise.all(back.map((entry) => entry.message('answerAccepted', step === 1 ? 0 : 1, WAIT_MS)));
      await projector.stateWhere(
        (state) => state.phase === 'review' && state.step === step,
        `review ${step}`,
        WAIT_MS,
      );
    }
    projector.send('next');
    projector.send('next');
    await projector.stateWhere((state) => state.phase === 'finished', 'the end', WAIT_MS);
    const final = await projector.message('session', projector.count('session') - 1);
    const expected = ['p1', 'p2', 'p3', 'p4']
      .flatMap((id) => [0, 1, 2].map((step) => `${id}@${step}`))
      .sort();
    const perPupilStep = (answers: readonly { participantId: string; step: number }[]) =>
      answers.map((answer) => `${answer.participantId}@${answer.step}`).sort();
    expect(final.session.endedAt).not.toBeNull();
    expect(perPupilStep(final.session.answers)).toEqual(expected);
    expect(final.session.answers.every((answer) => answer.result.items.every((item) => item.correct))).toBe(
      true,
    );

    // What Redis holds is the same finished session: 12 answers, none twice.
    const redis = new Redis(redisUrl);
    try {
      const saved = JSON.parse((await redis.hget(`qantar:live:room:${code}`, 'record')) ?? 'null') as {
        session: { endedAt: number | null; answers: { participantId: string; step: number }[] };
      };
      expect(saved.session.endedAt).not.toBeNull();
      expect(perPupilStep(saved.session.answers)).toEqual(expected);
    } finally {
      redis.disconnect();
    }
    await Promise.all([projector, ...back].map((entry) => entry.room.leave(true)));
  });
});
