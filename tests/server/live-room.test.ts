import { CloseCode } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LiveRoom } from '../../server/live-room';
import {
  answerFields,
  answerTo,
  type Booted,
  bootLive,
  hostRoom,
  pupil,
  refusal,
  SETUP,
  sdk,
  Watched,
  waitUntil,
} from './live-fixtures';

vi.setConfig({ testTimeout: 20_000 });

let server: Booted;

beforeAll(async () => {
  // Every test here opens rooms from the same address, far more than a teacher would.
  server = await bootLive({ maxPupils: 4, roomsPerMinute: 1000 });
});

afterAll(async () => {
  await server.live.close();
});

/** A room with a host and three pupils in the lobby. */
async function lobby(
  names = ['Ana', 'Ben', 'Chloé'],
): Promise<{ host: Watched; pupils: Watched[]; code: string }> {
  const host = await hostRoom(server.port);
  const { code } = await host.message('host');
  const pupils: Watched[] = [];
  for (const name of names) pupils.push(await pupil(server.port, code, name));
  await host.stateWhere((state) => state.pupils.length === names.length, 'every pupil in the lobby');
  return { host, pupils, code };
}

function roomOf(code: string): LiveRoom {
  return server.colyseus.getRoomById(code) as unknown as LiveRoom;
}

/** Every client leaves; one the server already let go is not waited for. */
async function leaveAll(...clients: Watched[]): Promise<void> {
  await Promise.all(
    clients.filter((client) => client.room.connection.isOpen).map((client) => client.room.leave(true)),
  );
}

describe('a live room', () => {
  it('seats the host and pupils, plays a step for everyone at once, and reveals it once all answered', async () => {
    const { host, pupils, code } = await lobby();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const seats = await Promise.all(pupils.map((entry) => entry.message('seat')));
    expect(seats.map((seat) => seat.name)).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(host.state.phase).toBe('lobby');

    host.send('start');
    const challenges = await Promise.all(pupils.map((entry) => entry.message('challenge')));
    expect(challenges.map((message) => [message.view.step, message.answered])).toEqual([
      [0, false],
      [0, false],
      [0, false],
    ]);
    const view = challenges[0]!.view;
    expect(Math.abs((challenges[0]!.serverNow ?? 0) - Date.now())).toBeLessThan(5000);
    expect(view).toMatchObject({ steps: 3, levelId: 'the-whole-crisis', settings: { language: 'en' } });

    pupils[1]!.send('answer', { step: 0, answer: answerTo(view) });
    await pupils[1]!.message('answerAccepted');
    const counted = await host.stateWhere(
      (state) => state.pupils.filter((entry) => entry.answered).length === 1,
      'one answer counted on the projector',
    );
    expect(counted.phase).toBe('play');
    pupils[0]!.send('answer', { step: 0, answer: answerTo(view) });
    pupils[2]!.send('answer', { step: 0, answer: { kind: 'place', drops: [] } });
    await host.stateWhere((state) => state.phase === 'review', 'the class map once everyone answered');

    const reveals = await Promise.all(pupils.map((entry) => entry.message('reveal')));
    expect(reveals[0]!.challenge.kind).toBe('place');
    expect(reveals[0]!.result?.items.some((item) => item.correct)).toBe(true);
    expect(reveals[2]!.result?.items.every((item) => item.skipped && !item.correct)).toBe(true);
    expect(reveals[2]!.rank).toEqual({ rank: 3, of: 3 });
    const session = roomOf(code).record().session;
    expect(session.answers.map((answer) => answer.participantId).sort()).toEqual(['p1', 'p2', 'p3']);

    host.send('next');
    await host.stateWhere((state) => state.phase === 'scoreboard', 'the scoreboard');
    host.send('next');
    await host.stateWhere((state) => state.phase === 'play' && state.step === 1, 'the second step');
    const second = await pupils[0]!.message('challenge', 1);
    expect(second.view.challenge.kind).toBe('timeline');
    const hostSession = await host.message('session', host.count('session') - 1);
    expect(hostSession.session.settings.turnMode).toBe('live');
    expect(hostSession.levels.map((level) => level.id)).toEqual(['the-whole-crisis']);
    await leaveAll(host, ...pupils);
  });

  it('counts one answer per pupil per step: a repeat, another step or a closed step change nothing', async () => {
    const { host, pupils, code } = await lobby(['Dana', 'Eli']);
    host.send('start');
    const { view } = await pupils[0]!.message('challenge');
    const [dana, eli] = pupils as [Watched, Watched];
    dana.send('answer', { step: 0, answer: answerTo(view) });
    await dana.message('answerAccepted');
    dana.send('answer', { step: 0, answer: { kind: 'place', drops: [] } });
    dana.send('answer', { step: 1, answer: { kind: 'timeline', order: [] } });
    await waitUntil(() => dana.errors().length === 2, 'two refusals');
    expect(dana.errors()).toEqual(['alreadyAnswered', 'badMessage']);
    host.send('close');
    await host.stateWhere((state) => state.phase === 'review', 'the step closed by the teacher');
    eli.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => eli.errors().length === 1, 'a late answer refused');
    expect(eli.errors()).toEqual(['lateAnswer']);
    const answers = roomOf(code).record().session.answers;
    expect(answers.map((answer) => answer.participantId)).toEqual(['p1']);
    expect(answers[0]!.result.items.some((item) => item.correct)).toBe(true);
    await leaveAll(host, ...pupils);
  });

  it('closes the step at the deadline, keeping the time left over a pause, and scores the drafts', async () => {
    const host = await hostRoom(server.port, {
      ...SETUP,
      settings: { ...SETUP.settings, timeLimitSeconds: 30 },
    });
    const { code } = await host.message('host');
    const [fay, gus] = [await pupil(server.port, code, 'Fay'), await pupil(server.port, code, 'Gus')];
    host.send('start');
    const { view } = await fay.message('challenge');
    const playing = await host.stateWhere((state) => state.deadline > 0, 'a deadline');
    fay.send('draft', { step: 0, answer: answerTo(view) });
    // 29.6 s go by on the server's clock; the pause keeps the 0.4 s left.
    server.offset += 29_600;
    host.send('pause');
    const paused = await host.stateWhere((state) => state.paused, 'the pause');
    expect(paused.deadline).toBe(0);
    expect(paused.pausedRemainingMs).toBeGreaterThan(0);
    expect(paused.pausedRemainingMs).toBeLessThanOrEqual(playing.deadline - Date.now() - server.offset + 100);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(host.state.phase).toBe('play');
    host.send('resume');
    await host.stateWhere((state) => state.phase === 'review', 'time up after the resume');
    const [fayReveal, gusReveal] = [await fay.message('reveal'), await gus.message('reveal')];
    expect(fayReveal.result?.items.some((item) => item.correct)).toBe(true);
    // Gus was there and never moved a card: scored as an empty answer, as on one device.
    expect(gusReveal.result?.items.every((item) => item.skipped)).toBe(true);
    const answers = roomOf(code).record().session.answers;
    expect(answers.map((answer) => [answer.participantId, answer.timedOut])).toEqual([
      ['p1', true],
      ['p2', true],
    ]);
    server.offset = 0;
    await leaveAll(host, fay, gus);
  });

  it('gives a dropped pupil their socket back, and a seat token their seat and answers', async () => {
    const { host, pupils, code } = await lobby(['Hana', 'Ivo']);
    const [hana] = pupils as [Watched, Watched];
    const { seatToken, pupilId } = await hana.message('seat');
    host.send('start');
    const { view } = await hana.message('challenge');
    hana.send('answer', { step: 0, answer: answerTo(view) });
    await hana.message('answerAccepted');

    hana.room.connection.close(CloseCode.MAY_TRY_RECONNECT, 'phone asleep');
    await host.stateWhere(
      (state) => state.pupils.find((entry) => entry.id === pupilId)?.connected === false,
      'the projector showing Hana offline',
    );
    await host.stateWhere(
      (state) => state.pupils.find((entry) => entry.id === pupilId)?.connected === true,
      'Hana back on her socket',
      6000,
    );
    const again = await hana.message('challenge', 1);
    expect(again.answered).toBe(true);

    // A reload: a new client with the seat token kept in the tab.
    const reloaded = new Watched(await sdk(server.port).joinById(code, { role: 'pupil', seatToken }));
    const seat = await reloaded.message('seat');
    expect(seat).toMatchObject({ pupilId, name: 'Hana' });
    expect((await reloaded.message('challenge')).answered).toBe(true);
    reloaded.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => reloaded.errors().length === 1, 'the repeat refused');
    expect(reloaded.errors()).toEqual(['alreadyAnswered']);
    expect(roomOf(code).record().session.answers).toHaveLength(1);

    // The teacher's projector reloads too.
    const { hostToken } = await host.message('host');
    const projector = new Watched(await sdk(server.port).joinById(code, { role: 'host', hostToken }));
    const restored = await projector.message('session');
    expect(restored.session.answers).toHaveLength(1);
    expect(await refusal(sdk(server.port).joinById(code, { role: 'host', hostToken: 'guess' }))).toBe(
      'notHost',
    );
    expect(await refusal(sdk(server.port).joinById(code, { role: 'pupil', seatToken: 'guess' }))).toBe(
      'notInRoom',
    );
    await leaveAll(host, projector, reloaded, ...pupils);
  });

  it('lets only the host start, pause, close, move on, remove or end', async () => {
    const { host, pupils, code } = await lobby(['Jo', 'Kim']);
    const [jo, kim] = pupils as [Watched, Watched];
    for (const type of ['start', 'pause', 'resume', 'close', 'next', 'end']) jo.send(type);
    jo.send('remove', { pupilId: 'p2' });
    await waitUntil(() => jo.errors().length === 7, 'seven refusals');
    expect(new Set(jo.errors())).toEqual(new Set(['notHost']));
    expect(host.state.phase).toBe('lobby');
    expect(host.state.pupils).toHaveLength(2);

    const { seatToken } = await kim.message('seat');
    host.send('remove', { pupilId: 'p2' });
    await waitUntil(() => kim.errors().includes('removed'), 'Kim told she was removed');
    await host.stateWhere((state) => state.pupils.length === 1, 'Kim gone from the projector');
    expect(await refusal(sdk(server.port).joinById(code, { role: 'pupil', seatToken }))).toBe('removed');
    host.send('end');
    await host.stateWhere((state) => state.phase === 'finished', 'the end');
    expect(
      await refusal(sdk(server.port).joinById(code, { role: 'pupil', name: 'Late', language: 'en' })),
    ).toBe('sessionOver');
    await leaveAll(host, ...pupils);
  });

  it('refuses hostile messages with a clear code and changes nothing', async () => {
    const { host, pupils, code } = await lobby(['Lea']);
    const [lea] = pupils as [Watched];
    host.send('start');
    const { view } = await lea.message('challenge');
    lea.send('cheat', { score: 100 });
    lea.send('answer', { step: 'zero', answer: answerTo(view) });
    lea.send('answer', { step: 0, answer: 'everything right' });
    lea.send('answer', {
      step: 0,
      answer: { kind: 'place', drops: [{ itemId: 'nowhere', lonLat: [0, 0] }] },
    });
    lea.send('answer', { step: 0, answer: answerTo(view), padding: 'x'.repeat(20_000) });
    lea.room.send('answer', 'not an object');
    await waitUntil(() => lea.errors().length === 6, 'six refusals');
    expect(new Set(lea.errors())).toEqual(new Set(['badMessage']));
    host.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => host.errors().length === 1, 'the host cannot answer');
    expect(roomOf(code).record().session.answers).toHaveLength(0);

    // A flood: 60 drafts at once. Past 20 a second they are dropped, with one rateLimited reply.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const before = lea.errors().length;
    for (let index = 0; index < 40; index++) lea.send('draft', { step: 0, answer: answerTo(view) });
    lea.send('answer', { step: 0, answer: answerTo(view) });
    await waitUntil(() => lea.errors().length > before, 'the flood refused');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lea.errors().slice(before)).toEqual(['rateLimited']);
    expect(lea.count('answerAccepted')).toBe(0);
    expect(roomOf(code).record().session.answers).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    lea.send('answer', { step: 0, answer: answerTo(view) });
    await lea.message('answerAccepted');
    await leaveAll(host, ...pupils);
  });

  it('says when a room is full, a name is taken or invalid, a language unknown, a setup wrong', async () => {
    const { host, pupils, code } = await lobby(['Mia', 'Noé', 'Oli', 'Pia']);
    expect(await refusal(pupil(server.port, code, 'Quinn'))).toBe('roomFull');
    host.send('remove', { pupilId: 'p4' });
    await host.stateWhere((state) => state.pupils.length === 3, 'a seat free again');
    expect(await refusal(pupil(server.port, code, ' MIA '))).toBe('nameTaken');
    expect(await refusal(pupil(server.port, code, '\u200b\u200b'))).toBe('nameInvalid');
    expect(await refusal(pupil(server.port, code, 'Rui', 'de'))).toBe('languageInvalid');
    expect(await refusal(sdk(server.port).joinById(code, { role: 'teacher' }))).toBe('badMessage');
    const client = sdk(server.port);
    expect(
      await refusal(client.create('live', { role: 'host', setup: { ...SETUP, playlist: ['nope'] } })),
    ).toBe('unknownLevel');
    expect(await refusal(client.create('live', { role: 'host', setup: { className: 42 } }))).toBe('badSetup');
    expect(
      await refusal(
        client.create('live', { role: 'host', setup: { ...SETUP, customLevels: ['{"id": 1}'] } }),
      ),
    ).toBe('badSetup');
    expect(await refusal(client.create('live', { role: 'host', setup: SETUP, restoreCode: code }))).toBe(
      'badMessage',
    );
    // Rooms are found by code only.
    expect(await refusal(client.join('live', { role: 'pupil', name: 'Sam', language: 'en' }))).not.toBe('');
    await leaveAll(host, ...pupils);
  });

  it('never sends a pupil an answer before the reveal, in a message or in the room state', async () => {
    const { host, pupils, code } = await lobby(['Tom', 'Uma']);
    const [tom, uma] = pupils as [Watched, Watched];
    host.send('start');
    for (let step = 0; step < 3; step++) {
      const [mine, theirs] = [await tom.message('challenge', step), await uma.message('challenge', step)];
      tom.send('draft', { step, answer: answerTo(mine.view) });
      tom.send('answer', { step, answer: answerTo(mine.view) });
      uma.send('answer', { step, answer: answerTo(theirs.view) });
      await host.stateWhere(
        (state) => state.phase === 'review' && state.step === step,
        `review of step ${step}`,
      );
      // Before its own reveal, each step's messages hold no answer.
      for (const client of [tom, uma]) {
        const revealAt = client.messages.findIndex(
          (message) => message.type === 'reveal' && message.step === step,
        );
        const before = client.messages.slice(0, revealAt === -1 ? undefined : revealAt);
        expect(before.filter((message) => message.type !== 'reveal').flatMap((m) => answerFields(m))).toEqual(
          [],
        );
      }
      await tom.message('reveal', step);
      if (step < 2) {
        host.send('next');
        host.send('next');
      }
    }
    for (const client of [tom, uma]) {
      const secret = client.messages.filter((message) => message.type !== 'reveal');
      expect(secret.flatMap((message) => answerFields(message))).toEqual([]);
      expect(client.states.length).toBeGreaterThan(3);
      expect(client.states.flatMap((state) => answerFields(state))).toEqual([]);
    }
    // The search does find answers where they are: in the reveals.
    const reveal = await tom.message('reveal', 0);
    expect(answerFields(reveal).some((field) => field.endsWith('lonLat'))).toBe(true);
    expect(answerFields(await tom.message('reveal', 2)).some((field) => field.endsWith('answer'))).toBe(true);
    expect(roomOf(code).record().session.answers).toHaveLength(6);
    await leaveAll(host, ...pupils);
  });

  it("plays a teacher's own level, sending pupils only the texts their screen shows", async () => {
    const item = (id: string, lonLat: [number, number]) => ({
      id,
      name: `teacher.items.${id}.name`,
      kind: 'city',
      lonLat,
      toleranceKm: 50,
      fact: `teacher.items.${id}.fact`,
      source: [{ article: 'A', paragraph: 1 }],
    });
    const words = (name: string) => ({ name, fact: `${name} is where it happened.` });
    const custom = {
      formatVersion: 1,
      id: 'my-own-level',
      chapter: 9,
      order: 1,
      title: 'teacher.title',
      articles: { A: { title: 'teacher.article', paragraphs: 3 } },
      map: { projection: 'conicConformal', bbox: [20, 35, 90, 60], highlight: ['KAZ'] },
      stars: [0.4, 0.65, 0.85],
      challenges: [
        {
          kind: 'place',
          id: 'places',
          prompt: 'teacher.prompt',
          maxDistanceKm: 1500,
          items: [item('almaty', [76.928, 43.257]), item('aktau', [51.2, 43.65])],
        },
      ],
      texts: {
        en: {
          teacher: {
            title: 'My level',
            prompt: 'Place the two cities.',
            article: 'The article',
            items: { almaty: words('Almaty'), aktau: words('Aktau') },
          },
        },
      },
    };
    const host = await hostRoom(server.port, {
      ...SETUP,
      playlist: ['my-own-level'],
      customLevels: [JSON.stringify(custom)],
    });
    const { code } = await host.message('host');
    const vera = await pupil(server.port, code, 'Vera');
    host.send('start');
    const { view } = await vera.message('challenge');
    expect(view.texts).toEqual({
      en: {
        teacher: {
          title: 'My level',
          prompt: 'Place the two cities.',
          items: { almaty: { name: 'Almaty' }, aktau: { name: 'Aktau' } },
        },
      },
    });
    expect(answerFields(view)).toEqual([]);
    vera.send('answer', {
      step: 0,
      answer: { kind: 'place', drops: [{ itemId: 'almaty', lonLat: [76.93, 43.26] }] },
    });
    const reveal = await vera.message('reveal');
    expect(reveal.result?.items.map((entry) => [entry.itemId, entry.correct])).toEqual([
      ['almaty', true],
      ['aktau', false],
    ]);
    const session = await host.message('session', host.count('session') - 1);
    expect(session.levels.map((level) => level.id)).toEqual(['my-own-level']);
    expect(roomOf(code).record().levels[0]?.texts).toBeDefined();
    await leaveAll(host, vera);
  });
});
