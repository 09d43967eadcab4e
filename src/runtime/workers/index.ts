/**
 * The Cloudflare Workers entry (wrangler.toml `main`): the same app as `npm start`, on D1, with the content
 * and the NLU model bundled at build time (`npm run build:workers`). The app is built once per isolate and
 * env (lazily, on the first request or cron tick); a failed build is retried by the next request.
 */
import { composeWorkersApp, type WorkersApp } from './compose.js';
import type { WorkersEnv } from './config.js';
import { runScheduled } from './scheduled.js';

/** The parts of Cloudflare's ExecutionContext and ScheduledController used here. */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}
export interface ScheduledControllerLike {
  scheduledTime: number;
  cron: string;
}

const apps = new WeakMap<WorkersEnv, Promise<WorkersApp>>();

export function workersApp(env: WorkersEnv): Promise<WorkersApp> {
  let app = apps.get(env);
  if (!app) {
    app = composeWorkersApp(env);
    apps.set(env, app);
    app.catch(() => apps.delete(env));
  }
  return app;
}

export async function fetchHandler(request: Request, env: WorkersEnv, ctx?: WaitUntil): Promise<Response> {
  const { app } = await workersApp(env);
  return app.fetch(request, env, ctx as Parameters<typeof app.fetch>[2]);
}

export async function scheduledHandler(_controller: ScheduledControllerLike, env: WorkersEnv, ctx?: WaitUntil): Promise<void> {
  const run = workersApp(env).then((workers) => runScheduled(workers));
  ctx?.waitUntil(run);
  await run;
}

export default { fetch: fetchHandler, scheduled: scheduledHandler };
