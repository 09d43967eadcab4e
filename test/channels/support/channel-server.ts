/** The test app with the Direct Line channel on a real Node HTTP server (WebSocket included), on 127.0.0.1. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { directLinePlugin, type DirectLineOptions } from '../../../src/channels/directline/index.js';
import type { AppDeps } from '../../../src/http/create-app.js';
import { createNodeWebSocket } from '../../../src/runtime/node/websocket.js';
import { createTestApp } from '../../support/test-app.js';

export const DIRECTLINE_SECRET = 'test-directline-secret-0123456789abcdef';

export async function startDirectLineServer(overrides: Partial<AppDeps> = {}, options: Partial<DirectLineOptions> = {}) {
  const socket = createNodeWebSocket();
  const built = await createTestApp({
    ...overrides,
    plugins: [...(overrides.plugins ?? []), directLinePlugin({ secret: DIRECTLINE_SECRET, upgradeWebSocket: socket.upgradeWebSocket, ...options })],
  });
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: built.app.fetch, port: 0, hostname: '127.0.0.1', websocket: { server: socket.server } }, () => resolve(started as Server)) as Server;
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...built,
    url,
    domain: `${url}/v3/directline`,
    async generateToken(user?: { id: string }): Promise<{ conversationId: string; token: string; expires_in: number }> {
      const response = await fetch(`${url}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DIRECTLINE_SECRET}`, ...(user ? { 'content-type': 'application/json' } : {}) },
        ...(user ? { body: JSON.stringify({ user }) } : {}),
      });
      if (response.status !== 200) throw new Error(`tokens/generate: ${response.status}`);
      return (await response.json()) as { conversationId: string; token: string; expires_in: number };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
