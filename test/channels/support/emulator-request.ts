/** A POST to /api/messages as @hono/node-server hands it to the app: with the socket's peer address in env.incoming. */
import type { Hono } from 'hono';
import type { AppEnv } from '../../../src/http/app-env.js';

export function emulatorPost(app: Hono<AppEnv>, activity: unknown, options: { peer?: string; headers?: Record<string, string> } = {}) {
  return app.request(
    '/api/messages',
    { method: 'POST', headers: { 'content-type': 'application/json', ...options.headers }, body: JSON.stringify(activity) },
    { incoming: { socket: { remoteAddress: options.peer ?? '127.0.0.1' } } },
  );
}
