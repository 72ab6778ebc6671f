/**
 * Redis going away in the middle of a step (issue 16): the server log says so, the projector is
 * told (`storageDown`), pupils' answers are still taken and kept in memory, and once Redis is back
 * they are saved (and only then confirmed to the pupils). Starts its own redis-server, so that it
 * can stop it; fails with a clear message when redis-server is not installed.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { answerTo, SETUP, sdk, Watched, waitUntil } from './live-fixtures';
import { kill, killAll, startLive, startRedis, WAIT_MS } from './redis-fixtures';

vi.setConfig({ testTimeout: 240_000 });

afterAll(killAll);

describe('a Live server whose Redis goes away mid-session', () => {
  it('tells the log and the projector, keeps the answers given meanwhile and saves them when Redis is back', async () => {
    const redis = await startRedis();
    const live = await startLive(redis.url);
    const host = new Watched(await sdk(live.port).create('live', { role: 'host', setup: SETUP }));
    const { code } = await host.message('host', 0, WAIT_MS);
    const pupils: Watched[] = [];
    for (const name of ['Ana', 'Ben'])
      pupils.push(new Watched(await sdk(live.port).joinById(code, { role: 'pupil', name, language: 'en' })));
    await Promise.all(pupils.map((entry) => entry.message('seat', 0, WAIT_MS)));
    host.send('start');
    const { view } = await pupils[0]!.message('challenge', 0, WAIT_MS);

    await kill(redis.child);
    pupils[0]!.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => host.errors().includes('storageDown'), 'the projector told', WAIT_MS);
    expect(live.output.text).toMatch(/Redis \(redis:\/\/127\.0\.0\.1:\d+\) cannot be reached/);
    // The answer counts on the projector at once; the pupil is not told it is saved while it is not.
    await host.stateWhere((state) => state.pupils[0]?.answered === true, 'the answer counted', WAIT_MS);
    expect(pupils[0]!.count('answerAccepted')).toBe(0);
    pupils[1]!.send('answer', { step: 0, answer: answerTo(view) });
    await host.stateWhere((state) => state.phase === 'review', 'the class map without Redis', WAIT_MS);

    // Redis back on the same port (empty: it kept nothing): what was kept in memory is saved.
    await startRedis(redis.port);
    await Promise.all(pupils.map((entry) => entry.message('answerAccepted', 0, WAIT_MS)));
    await waitUntil(() => live.output.text.includes('is back'), 'the log to say Redis is back', WAIT_MS);
    const check = new Redis(redis.url);
    try {
      const saved = JSON.parse((await check.hget(`qantar:live:room:${code}`, 'record')) ?? 'null') as {
        session: { answers: { participantId: string; step: number }[] };
      };
      expect(saved.session.answers.map((answer) => `${answer.participantId}@${answer.step}`).sort()).toEqual([
        'p1@0',
        'p2@0',
      ]);
    } finally {
      check.disconnect();
    }
    // The room is still listed for new joins: a late pupil gets in through matchmaking.
    const late = new Watched(
      await sdk(live.port).joinById(code, { role: 'pupil', name: 'Chloé', language: 'en' }),
    );
    await late.message('seat', 0, WAIT_MS);
    await Promise.all([host, ...pupils, late].map((entry) => entry.room.leave(true)));
  });
});
