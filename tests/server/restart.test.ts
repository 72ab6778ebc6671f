/**
 * The server as a teacher runs it (its own process, `tsx server/main.ts`), killed without warning
 * (SIGKILL) in the middle of a step and started again on the same data folder: every room comes
 * back under its code, every client gets its seat back with its token, and the session finishes
 * with every answer counted once.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { killProcess, startLiveServer } from '../../scripts/child-processes.mjs';
import { answerTo, freePort, SETUP, sdk, tempDir, Watched, waitUntil } from './live-fixtures';

vi.setConfig({ testTimeout: 60_000 });

const running: ChildProcess[] = [];

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const { child } = await startLiveServer({ port, dataDir, what: 'the server', timeoutMs: 20_000 });
  running.push(child);
  return child;
}

afterAll(async () => {
  await Promise.all(running.map(killProcess));
});

describe('a server killed mid-session', () => {
  it('comes back with every room, seat and answer, and the session finishes with nothing lost or doubled', async () => {
    const [port, dataDir] = [await freePort(), tempDir()];
    const first = await startServer(port, dataDir);
    const host = new Watched(await sdk(port).create('live', { role: 'host', setup: SETUP }));
    const { code, hostToken } = await host.message('host');
    const pupils: Watched[] = [];
    for (const name of ['Ana', 'Ben', 'Chloé'])
      pupils.push(new Watched(await sdk(port).joinById(code, { role: 'pupil', name, language: 'en' })));
    const seats = await Promise.all(pupils.map((entry) => entry.message('seat')));
    host.send('start');
    const { view } = await pupils[0]!.message('challenge');
    for (const entry of pupils.slice(0, 2)) entry.send('answer', { step: 0, answer: answerTo(view) });
    await Promise.all(pupils.slice(0, 2).map((entry) => entry.message('answerAccepted')));

    await killProcess(first);
    await startServer(port, dataDir);

    // Everyone comes back with their token, as the browser does after a restart.
    const projector = new Watched(await sdk(port).joinById(code, { role: 'host', hostToken }));
    const back = await Promise.all(
      seats.map(
        async (seat) =>
          new Watched(await sdk(port).joinById(code, { role: 'pupil', seatToken: seat.seatToken })),
      ),
    );
    expect(
      (await Promise.all(back.map((entry) => entry.message('seat')))).map((seat) => seat.pupilId),
    ).toEqual(seats.map((seat) => seat.pupilId));
    const again = await Promise.all(back.map((entry) => entry.message('challenge')));
    expect(again.map((message) => [message.view.step, message.answered])).toEqual([
      [0, true],
      [0, true],
      [0, false],
    ]);
    const restored = await projector.message('session');
    expect(restored.session.answers.map((answer) => answer.participantId)).toEqual(['p1', 'p2']);

    // A repeat after the restart changes nothing; the last pupil's answer closes the step.
    back[0]!.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => back[0]!.errors().includes('alreadyAnswered'), 'the repeat refused');
    back[2]!.send('answer', { step: 0, answer: answerTo(view) });
    await projector.stateWhere((state) => state.phase === 'review', 'the class map');
    for (let step = 1; step < 3; step++) {
      projector.send('next');
      projector.send('next');
      const views = await Promise.all(back.map((entry) => entry.message('challenge', step)));
      for (const [index, entry] of back.entries())
        entry.send('answer', { step, answer: answerTo(views[index]!.view) });
      await projector.stateWhere(
        (state) => state.phase === 'review' && state.step === step,
        `review ${step}`,
      );
    }
    projector.send('next');
    projector.send('next');
    await projector.stateWhere((state) => state.phase === 'finished', 'the end');
    const final = await projector.message('session', projector.count('session') - 1);
    expect(final.session.endedAt).not.toBeNull();
    expect(final.session.endedEarly).toBe(false);
    const perPupilStep = final.session.answers.map((answer) => `${answer.participantId}@${answer.step}`);
    expect(perPupilStep.sort()).toEqual(
      ['p1', 'p2', 'p3'].flatMap((id) => [0, 1, 2].map((step) => `${id}@${step}`)).sort(),
    );
    expect(final.session.answers.every((answer) => answer.result.items.every((item) => item.correct))).toBe(
      true,
    );
    await Promise.all([projector, ...back].map((entry) => entry.room.leave(true)));
  });
});
