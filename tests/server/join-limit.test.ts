import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Booted, bootLive, hostRoom, pupil, refusal } from './live-fixtures';

let server: Booted;

beforeAll(async () => {
  server = await bootLive();
});

afterAll(async () => {
  await server.live.close();
});

describe('guessing a room code', () => {
  it('is cut short after ten wrong codes a minute from one address, a right code never counting', async () => {
    const host = await hostRoom(server.port);
    const { code } = await host.message('host');
    const check = (candidate: string) => fetch(`http://127.0.0.1:${server.port}/live/rooms/${candidate}`);
    expect((await check(code)).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await check(`WRONG${attempt}`);
      expect([answer.status, ((await answer.json()) as { error: string }).error]).toEqual([
        404,
        'roomNotFound',
      ]);
    }
    (await pupil(server.port, code, 'Ana')).room.leave(true);
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await refusal(pupil(server.port, `ZZZZZ${attempt}`, 'Ben'))).toBe('roomNotFound');
    // The eleventh try, and every join after it from this address, even with the right code.
    expect(await refusal(pupil(server.port, 'ZZZZZZ', 'Ben'))).toBe('tooManyAttempts');
    expect(await refusal(pupil(server.port, code, 'Ben'))).toBe('tooManyAttempts');
    const barred = await check(code);
    expect([barred.status, ((await barred.json()) as { error: string }).error]).toEqual([
      429,
      'tooManyAttempts',
    ]);
    // A minute later (on the server's clock) the address may try again.
    server.offset += 61_000;
    const ben = await pupil(server.port, code, 'Ben');
    expect((await ben.message('seat')).name).toBe('Ben');
    await Promise.all([ben.room.leave(true), host.room.leave(true)]);
  });

  it('lets one address create ten rooms a minute, no more', async () => {
    const hosts = [];
    for (let room = 0; room < 10; room++) hosts.push(await hostRoom(server.port));
    expect(await refusal(hostRoom(server.port))).toBe('tooManyAttempts');
    await Promise.all(hosts.map((host) => host.room.leave(true)));
  });

  it('serves the Live status and the security headers on every response', async () => {
    const status = await fetch(`http://127.0.0.1:${server.port}/live/status`);
    expect(await status.json()).toEqual({
      live: true,
      pupilUrl: `http://127.0.0.1:${server.port}/#/live`,
      teacherUrl: `http://127.0.0.1:${server.port}/`,
    });
    // The address the browser asks, which a static build answers from its own file with live: false.
    const asked = await fetch(`http://127.0.0.1:${server.port}/live/status.json`);
    expect(((await asked.json()) as { live: unknown }).live).toBe(true);
    for (const path of ['/live/status', '/', '/matchmake/joinById/NOPE00', '/nothing-here']) {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
        method: path.startsWith('/matchmake') ? 'POST' : 'GET',
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
      // The header is as strict as the page's own <meta> policy: inline styles only as attributes.
      expect(response.headers.get('content-security-policy')).not.toMatch(/style-src [^;]*'unsafe-inline'/);
    }
  });
});
