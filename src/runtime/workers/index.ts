/**
 * The Cloudflare Workers entry (wrangler.toml `main`): the same app as `npm start`, on D1, with the content
 * and the NLU model bundled at build time (`npm run build:workers`). The app is built once per isolate and
 * env (lazily, on the first request or cron tick). When it cannot be built, every request gets a JSON 503
 * (startup-failure.ts), logged once. Every named export must be a function: workerd takes them as entrypoints.
 * A bad setting stays bad until the next deployment, so it is not retried;
 * missing migrations are checked again after MIGRATIONS_RECHECK_MS (an operator applying them heals the isolate);
 * anything else is retried by the next request.
 */
import { createJsonLogger, type Logger } from '../../http/logger.js';
import { composeWorkersApp, type WorkersApp } from './compose.js';
import type { WorkersEnv } from './config.js';
import { MIGRATIONS_RECHECK_MS } from './migrations.js';
import { runScheduled } from './scheduled.js';
import { startupFailureApp, startupProblem, type StartupProblem } from './startup-failure.js';

/** The parts of Cloudflare's ExecutionContext and ScheduledController used here. */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}
export interface ScheduledControllerLike {
  scheduledTime: number;
  cron: string;
}

const apps = new WeakMap<WorkersEnv, Promise<WorkersApp>>();
/** The last problem logged per env, so a failing isolate logs each distinct problem once, not per request. */
const logged = new WeakMap<WorkersEnv, string>();
let logger: Logger = createJsonLogger();

/** For tests: where the entry's log lines go. */
export function setWorkersLogger(next: Logger): void {
  logger = next;
}

/** When the cached failure of an env may be retried (missing migrations only). */
const retryAt = new WeakMap<WorkersEnv, number>();

export function workersApp(env: WorkersEnv): Promise<WorkersApp> {
  let app = apps.get(env);
  const retry = retryAt.get(env);
  // Checked on access, not with a timer: a Worker's timers do not outlive the request that set them.
  if (app && retry !== undefined && Date.now() >= retry) {
    app = undefined;
    retryAt.delete(env);
  }
  if (!app) {
    const built = composeWorkersApp(env, logger);
    app = built;
    apps.set(env, built);
    built.catch((error: unknown) => {
      const problem = startupProblem(error);
      if (problem.kind === 'migrations') retryAt.set(env, Date.now() + MIGRATIONS_RECHECK_MS);
      else if (problem.kind !== 'misconfigured' && apps.get(env) === built) apps.delete(env);
    });
  }
  return app;
}

function report(env: WorkersEnv, problem: StartupProblem): void {
  const key = JSON.stringify(problem);
  if (logged.get(env) === key) return;
  logged.set(env, key);
  if (problem.kind === 'misconfigured') logger.error('misconfigured', { reason: problem.reason });
  else if (problem.kind === 'migrations') logger.error('migrations_missing', { missing: problem.missing.join(', '), fix: 'npx wrangler d1 migrations apply DB --remote' });
  else logger.error('startup_failed', { error: problem.reason });
}

export async function fetchHandler(request: Request, env: WorkersEnv, ctx?: WaitUntil): Promise<Response> {
  let workers: WorkersApp;
  try {
    workers = await workersApp(env);
  } catch (error) {
    const problem = startupProblem(error);
    report(env, problem);
    return startupFailureApp(problem, env).fetch(request);
  }
  logged.delete(env);
  return workers.app.fetch(request, env, ctx as Parameters<typeof workers.app.fetch>[2]);
}

export async function scheduledHandler(_controller: ScheduledControllerLike, env: WorkersEnv, ctx?: WaitUntil): Promise<void> {
  const run = workersApp(env).then((workers) => runScheduled(workers));
  ctx?.waitUntil(run);
  await run;
}

export default { fetch: fetchHandler, scheduled: scheduledHandler };
