/**
 * @colyseus/core 0.18 checks a reconnecting client against the global `WebSocket.OPEN`, which
 * Node 20 (this project's runtime and CI) does not define: without it every reconnection fails
 * with "WebSocket is not defined". The `ws` package the WebSocket transport is built on provides
 * the same constants. Imported first by live-server.ts.
 */
import { WebSocket as NodeWebSocket } from 'ws';

const scope = globalThis as { WebSocket?: unknown };
scope.WebSocket ??= NodeWebSocket;
