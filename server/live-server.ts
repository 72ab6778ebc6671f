/**
 * The Qantar Live server: one Node process, one HTTP server, one origin. It serves the built game
 * (sirv) and carries the Colyseus matchmaking routes and WebSocket on the same port, so a pupil's
 * page and its socket share an origin (no mixed content, no prompt for local-network access).
 *
 * Every HTTP request goes through `dispatch` first: security headers on every response, the
 * Live routes (/live/status, /live/rooms/:code), the wrong-code limit on joins, a cap on request
 * bodies; then Colyseus (matchmaking) and the game's files. Saved rooms are restored before any
 * join is let through.
 */
import { contentSecurityPolicy as pagePolicy } from '../scripts/content-security-policy';
import './node20-websocket';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import { LIVE_ROOM, MAX_CLIENT_MESSAGE_BYTES } from '../src/core/live/live-protocol';
import { JoinGuard, ROOMS_PER_MINUTE } from './join-guard';
import { loadLevelSource } from './level-source';
import { configureLiveRooms, LIVE_JOIN_ERROR, LiveRoom, queueRestore } from './live-room';
import { fileSessionStore, KEEP_FINISHED_MS, type SavedRoom, type SessionStore } from './session-store';

export interface LiveServerOptions {
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /** The built game to serve. */
  readonly dist: string;
  readonly dataDir: string;
  readonly maxPupils: number;
  /** The project folder, where levels/ and locales/ are. */
  readonly root?: string;
  readonly store?: SessionStore;
  /**
   * Several processes serving the same rooms: Colyseus's Redis presence and driver on this URL,
   * and the address (host:port) at which pupils' sockets reach this process. The store should
   * then be shared too (redis-session-store.ts): rooms are restored on demand, not at start.
   */
  readonly redis?: { readonly url: string; readonly publicAddress: string };
  /** Rooms one address may create a minute (ROOMS_PER_MINUTE by default). */
  readonly roomsPerMinute?: number;
  readonly now?: () => number;
}

export interface RunningLiveServer {
  readonly port: number;
  readonly teacherUrl: string;
  readonly pupilUrl: string;
  /** Every address pupils may use (the LAN's, when listening on all interfaces). */
  readonly addresses: readonly string[];
  /** How many saved rooms were restored at start. */
  readonly restored: number;
  /** The Colyseus server, for tests (@colyseus/testing) and tools. */
  readonly gameServer: Server;
  close(): Promise<void>;
}

/** An unfinished session left this long is a lesson nobody came back to: it is not reopened. */
const ABANDONED_MS = 24 * 3600 * 1000;
/** A setup with a few teachers' levels fits; anything larger is not a Live request. */
const MAX_REQUEST_BYTES = 2 * 1024 * 1024;
/** A WebSocket frame larger than this closes the socket; smaller oversize messages get `badMessage`. */
const MAX_FRAME_BYTES = 4 * MAX_CLIENT_MESSAGE_BYTES;

const ROOM_PATH = /^\/matchmake\/(joinById|reconnect)\/([^/?]+)/;
const CREATE_PATH = /^\/matchmake\/(create|joinOrCreate)\//;
const CHECK_PATH = /^\/live\/rooms\/([^/?]+)$/;
const ROOM_CODE = /^[A-Z0-9]{4,12}$/;

export async function startLiveServer(options: LiveServerOptions): Promise<RunningLiveServer> {
  const root = options.root ?? resolve(import.meta.dirname, '..');
  const now = options.now ?? Date.now;
  const store = options.store ?? fileSessionStore(options.dataDir);
  configureLiveRooms({ levels: loadLevelSource(root), store, maxPupils: options.maxPupils, now });

  const httpServer = createServer();
  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_FRAME_BYTES });
  const files = existsSync(options.dist)
    ? sirv(options.dist, { etag: true, dotfiles: false })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`The game is not built: run "npm run build" (looked in ${options.dist}).`);
      };
  const gameServer = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(options.redis
      ? {
          presence: new RedisPresence(options.redis.url),
          driver: new RedisDriver(options.redis.url),
          publicAddress: options.redis.publicAddress,
          // A room lives where it was asked for (or restored): its saved record is at hand there.
          selectProcessIdToCreateRoom: async () => matchMaker.processId,
        }
      : {}),
    express: (app) => {
      app.use((req: IncomingMessage, res: ServerResponse) => files(req, res));
    },
  });
  gameServer.define(LIVE_ROOM, LiveRoom);

  // Colyseus logs a listen error (a port in use) and never settles: the error is taken here first.
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    gameServer.listen(options.port, options.host).then(() => {
      httpServer.off('error', reject);
      resolve();
    }, reject);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const addresses = displayHosts(options.host).map((host) => `http://${host}:${port}/`);
  const teacherUrl = addresses[0] ?? `http://127.0.0.1:${port}/`;
  const pupilUrl = `${teacherUrl}#/live`;

  const guard = new JoinGuard(now);
  const creations = new JoinGuard(now, options.roomsPerMinute ?? ROOMS_PER_MINUTE);
  const csp = contentSecurityPolicy(options.dist);
  let restoring: Promise<number> = Promise.resolve(0);
  const colyseus = httpServer.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    dispatch(req, res).catch((error: unknown) => {
      console.error('Qantar Live: a request failed.', error);
      if (!res.headersSent) json(res, 500, { code: 500, error: 'server' });
    });
  });

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const address = req.socket.remoteAddress ?? 'unknown';
    // The built game ships a static live/status.json saying { live: false }: this answer takes its place.
    if (req.method === 'GET' && (path === '/live/status' || path === '/live/status.json')) {
      json(res, 200, { live: true, pupilUrl, teacherUrl });
      return;
    }
    const check = CHECK_PATH.exec(path);
    if (req.method === 'GET' && check) {
      await restoring;
      const status = await roomStatus(decodeURIComponent(check[1] ?? ''), address);
      json(res, status === 'ok' ? 200 : status === 'roomNotFound' ? 404 : 429, {
        code: status === 'ok' ? 200 : LIVE_JOIN_ERROR,
        error: status,
      });
      return;
    }
    if (path.startsWith('/matchmake/')) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) {
        json(res, 413, { code: LIVE_JOIN_ERROR, error: 'badSetup' });
        req.resume();
        return;
      }
      await restoring;
      if (req.method === 'POST' && CREATE_PATH.test(path)) {
        if (creations.barred(address)) {
          json(res, 429, { code: LIVE_JOIN_ERROR, error: 'tooManyAttempts' });
          req.resume();
          return;
        }
        creations.miss(address);
      }
      const room = ROOM_PATH.exec(path);
      if (req.method === 'POST' && room) {
        const status = await roomStatus(decodeURIComponent(room[2] ?? ''), address);
        if (status !== 'ok') {
          json(res, status === 'roomNotFound' ? 404 : 429, { code: LIVE_JOIN_ERROR, error: status });
          req.resume();
          return;
        }
      }
    }
    for (const listener of colyseus) listener.call(httpServer, req, res);
  }

  async function roomStatus(
    code: string,
    address: string,
  ): Promise<'ok' | 'roomNotFound' | 'tooManyAttempts'> {
    if (guard.barred(address)) return 'tooManyAttempts';
    if (await roomIsLive(code)) return 'ok';
    if (options.redis && ROOM_CODE.test(code) && (await restoreOnDemand(code))) return 'ok';
    guard.miss(address);
    return 'roomNotFound';
  }

  /**
   * Whether a room with this code runs in a live process. A room listed by a process that has left
   * Redis (killed: its channel is gone) is cleaned out with Colyseus's own health check.
   */
  async function roomIsLive(code: string): Promise<boolean> {
    const found = await matchMaker.query({ roomId: code });
    const listing = found[0];
    if (!listing) return false;
    if (!options.redis || listing.processId === matchMaker.processId) return true;
    const channels = await matchMaker.presence.channels(`p:${listing.processId}`);
    if (channels.length > 0) return true;
    return matchMaker.healthCheckProcessId(listing.processId);
  }

  const restoringCodes = new Map<string, Promise<boolean>>();
  function restoreOnDemand(code: string): Promise<boolean> {
    const running = restoringCodes.get(code);
    if (running) return running;
    const restore = restoreSavedRoom(code).finally(() => restoringCodes.delete(code));
    restoringCodes.set(code, restore);
    return restore;
  }

  /** A saved unfinished room whose process is gone comes back here, under its code, once. */
  async function restoreSavedRoom(code: string): Promise<boolean> {
    // Running here but not listed: Redis came back empty. The listing is put back, never a second room.
    if (matchMaker.getLocalRoomById(code)) {
      await matchMaker.restoreMissingRoomCaches();
      return true;
    }
    if (!store.load || !(await store.has?.(code))) return false;
    if (store.claim && !(await store.claim(code))) return waitForRoom(code);
    const record = await store.load(code);
    if (!record || !restorable(record, now())) return false;
    // Another process may have restored it between the listing checked and the claim taken.
    if (await roomIsLive(code)) return true;
    queueRestore(record);
    try {
      await matchMaker.createRoom(LIVE_ROOM, { restoreCode: code });
      console.info(`Qantar Live: room ${code} restored in this process from the saved session.`);
      return true;
    } catch (error) {
      console.error(`Qantar Live: room ${code} could not be restored.`, error);
      return false;
    }
  }

  /** Another process is restoring this room: it is live within a few seconds, or not at all. */
  async function waitForRoom(code: string): Promise<boolean> {
    for (let tries = 0; tries < 50; tries++) {
      if (await roomIsLive(code)) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  }

  // A Redis that comes back empty (no persistence) has lost the listings of this process's rooms.
  const stopWatching = options.redis
    ? store.watch?.((up) => {
        if (up)
          matchMaker.restoreMissingRoomCaches().catch((error: unknown) => {
            console.error(
              'Qantar Live: the rooms of this process could not be listed again in Redis.',
              error,
            );
          });
      })
    : undefined;
  // With a shared store every process would restore every room: they come back on demand instead.
  restoring = options.redis ? Promise.resolve(0) : restoreRooms(store, now());
  const restored = await restoring;

  return {
    port,
    teacherUrl,
    pupilUrl,
    addresses,
    restored,
    gameServer,
    async close() {
      await gameServer.gracefullyShutdown(false);
      await new Promise<void>((done) => {
        httpServer.close(() => done());
        httpServer.closeAllConnections();
      });
      stopWatching?.();
      await store.close?.();
    },
  };
}

/**
 * Every unfinished saved session of the last day gets its room back, under the same code; files of
 * sessions finished or left more than KEEP_FINISHED_MS ago go.
 */
async function restoreRooms(store: SessionStore, now: number): Promise<number> {
  let count = 0;
  for (const record of await store.loadAll()) {
    if (!restorable(record, now)) {
      if (now - record.session.updatedAt > KEEP_FINISHED_MS) await store.remove(record.code);
      continue;
    }
    queueRestore(record);
    try {
      await matchMaker.createRoom(LIVE_ROOM, { restoreCode: record.code });
      count += 1;
    } catch (error) {
      console.error(`Qantar Live: room ${record.code} could not be restored.`, error);
    }
  }
  return count;
}

/** An unfinished session of the last day. */
function restorable(record: SavedRoom, now: number): boolean {
  return record.session.endedAt === null && now - record.session.updatedAt <= ABANDONED_MS;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The hosts to print: the LAN's IPv4 addresses when listening on every interface. */
export function displayHosts(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry?.address ?? '');
  return lan.length > 0 ? lan : ['127.0.0.1'];
}

/**
 * The built page's own policy (the one its <meta> tag carries), plus what only a header can say:
 * no page may frame the game.
 */
export function contentSecurityPolicy(dist: string): string {
  const index = join(dist, 'index.html');
  const html = existsSync(index) ? readFileSync(index, 'utf8') : '';
  return `${pagePolicy(html)}; frame-ancestors 'none'`;
}
