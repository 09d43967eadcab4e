/**
 * Starts Stadtlotse on Node: SQLite store, content from disk, trained NLU, Hono on
 * @hono/node-server. Used by `npm start` (main.ts), the browser tests and the benchmarks.
 */
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import type { Logger } from '../../http/logger.js';
import { composeNodeApp, type NodeApp } from './compose.js';
import type { NodeConfig } from './config.js';
import { listenProblem, preflight } from './preflight.js';

export interface RunningServer {
  /** A URL to reach the server from this machine (127.0.0.1 when bound to all interfaces). */
  url: string;
  /** The bound address as the operator should read it: "0.0.0.0:3000 (all interfaces)" or "127.0.0.1:3000". */
  listening: string;
  port: number;
  app: Hono<AppEnv>;
  node: NodeApp;
  /** Stops accepting, lets in-flight requests finish (up to the timeout), closes the database. */
  close(): Promise<void>;
}

export async function startServer(config: NodeConfig, logger: Logger): Promise<RunningServer> {
  // Settings that would fail later (folders, port in use, unknown host) stop the start here, before migrations run.
  await preflight(config);
  const node = await composeNodeApp(config, logger);
  let inFlight = 0;
  let drained: (() => void) | null = null;
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const started = serve(
        {
          fetch: (request, env) => node.app.fetch(request, env),
          port: config.port,
          hostname: config.host,
          ...(node.websocket ? { websocket: node.websocket } : {}),
        },
        () => resolve(started as Server),
      ) as Server;
      started.once('error', (error) => reject(listenProblem(error, config.host, config.port)));
    });
  } catch (error) {
    await node.close();
    throw error;
  }
  // A request counts until its response is fully written (not merely returned by the app), so closing
  // after the drain never cuts off a response that is still being sent.
  server.on('request', (_req, res: ServerResponse) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0 && drained) drained();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const allInterfaces = config.host === '0.0.0.0' || config.host === '::';
  // `url` is for connecting from this machine; `listening` says what is really bound (all interfaces or one).
  const url = `http://${allInterfaces ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const listening = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}${allInterfaces ? ' (all interfaces)' : ''}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await stopped;
      await node.close();
    })();
    return closing;
  };
  return { url, listening, port, app: node.app, node, close };
}
