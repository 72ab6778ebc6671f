/**
 * `tsx server/main.ts [--host 127.0.0.1] [--port 5173] [--dist dist] [--data-dir .qantar-live]
 * [--max-pupils 60] [--redis redis://127.0.0.1:6379] [--public-address host:port]`: the game and the
 * Qantar Live server in one process. Prints where the teacher and the pupils open the game. Stops
 * on Ctrl+C (or SIGTERM), every room already saved.
 *
 * With `--redis` (or QANTAR_REDIS_URL) several such processes serve the same rooms: Colyseus's
 * Redis presence and driver, rooms saved in Redis instead of the data folder, and each process
 * reached by pupils' sockets at its `--public-address` (host:port by default).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_PUPILS } from '../src/core/live/live-protocol';
import { displayHosts, startLiveServer } from './live-server';
import { redisSessionStore } from './redis-session-store';
import { fileSessionStore } from './session-store';

const USAGE =
  'Usage: tsx server/main.ts [--host 127.0.0.1] [--port 5173] [--dist dist] [--data-dir .qantar-live] [--max-pupils 60] [--redis redis://host:port] [--public-address host:port]';

const { values } = readOptions();

function readOptions() {
  try {
    return parseOptions();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function parseOptions() {
  return parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5173' },
      dist: { type: 'string', default: 'dist' },
      'data-dir': { type: 'string', default: '.qantar-live' },
      'max-pupils': { type: 'string', default: String(DEFAULT_MAX_PUPILS) },
      redis: { type: 'string' },
      'public-address': { type: 'string' },
    },
    strict: true,
  });
}

const port = Number(values.port);
const maxPupils = Number(values['max-pupils']);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(2);
}
if (!Number.isInteger(maxPupils) || maxPupils < 1 || maxPupils > 500) {
  console.error(`--max-pupils must be a whole number from 1 to 500, not "${values['max-pupils']}".`);
  process.exit(2);
}

const redisUrl = values.redis ?? process.env.QANTAR_REDIS_URL ?? '';
if (redisUrl && !/^rediss?:\/\/./.test(redisUrl)) {
  console.error(`--redis (or QANTAR_REDIS_URL) must be a redis:// or rediss:// URL, not "${redisUrl}".`);
  process.exit(2);
}
// On every interface, the first LAN address is where other machines reach this process.
const publicAddress = values['public-address'] ?? `${displayHosts(values.host)[0]}:${port}`;
const savedIn = redisUrl ? 'Redis' : values['data-dir'];

try {
  const server = await startLiveServer({
    host: values.host,
    port,
    dist: resolve(values.dist),
    dataDir: resolve(values['data-dir']),
    maxPupils,
    store: redisUrl
      ? redisSessionStore(redisUrl, publicAddress)
      : fileSessionStore(resolve(values['data-dir'])),
    ...(redisUrl ? { redis: { url: redisUrl, publicAddress } } : {}),
  });
  const restored = server.restored > 0 ? ` (${server.restored} session(s) restored)` : '';
  console.info(`Qantar is running${restored}.`);
  if (redisUrl)
    console.info(
      `  Shared through Redis (${redisUrl.replace(/\/\/[^@/]*@/, '//***@')}); this process is ${publicAddress}.`,
    );
  console.info(`  Teacher (projector): ${server.teacherUrl}`);
  for (const address of server.addresses) console.info(`  Pupils join at:      ${address}#/live`);
  if (values.host === '127.0.0.1')
    console.info('  This address works on this computer only; "npm run live" opens it to the local network.');
  const stop = (signal: string) => {
    console.info(`Qantar Live: ${signal}, stopping; every session is saved in ${savedIn}.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Qantar Live: stopping failed.', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} is already in use: choose another with --port.`);
  else if (code === 'EADDRNOTAVAIL')
    console.error(`This computer has no address ${values.host}: check --host.`);
  else console.error('Qantar Live could not start.', error);
  process.exit(1);
}
