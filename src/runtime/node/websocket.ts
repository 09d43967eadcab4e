/**
 * WebSocket support on Node: a `ws` server in noServer mode that @hono/node-server hands the upgrade
 * requests to, and the matching `upgradeWebSocket` for routes (the Direct Line stream).
 */
import { upgradeWebSocket, type WebSocketServerLike } from '@hono/node-server';
import { WebSocketServer } from 'ws';

export interface NodeWebSocket {
  server: WebSocketServerLike;
  upgradeWebSocket: typeof upgradeWebSocket;
}

export function createNodeWebSocket(): NodeWebSocket {
  // Direct Line messages are small JSON; a client has no reason to send large frames.
  return { server: new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 }) as unknown as WebSocketServerLike, upgradeWebSocket };
}
