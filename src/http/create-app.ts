/**
 * The app factory. Everything runtime-specific (database, content source, NLU model, clock,
 * logger) comes in as deps, so the same app runs on Node, Workers and in app.request() tests.
 */
import { Hono, type Context } from 'hono';
import type { ContentBundle } from '../content/model.js';
import type { LiveContent } from '../core/live-content.js';
import type { Nlu } from '../core/ports.js';
import type { TurnHandler } from '../core/turn-handler.js';
import { createTurnEngine } from '../core/turn-engine.js';
import type { SqlStore } from '../store/sql-store.js';
import type { AppContext, AppPlugin } from './app-context.js';
import type { AppEnv } from './app-env.js';
import { createJsonLogger, type Logger } from './logger.js';
import { requestLog } from './middleware/request-log.js';
import { notFoundHandler } from './not-found.js';
import { createOnError } from './on-error.js';
import { chatRoutes } from './routes/chat.js';
import { conversationRoutes } from './routes/conversations.js';
import { feedbackRoutes } from './routes/feedback.js';
import { healthRoutes } from './routes/health.js';
import { nluRoutes } from './routes/nlu.js';

export interface AppDeps {
  store: SqlStore;
  nlu: () => Nlu;
  content: () => ContentBundle;
  handlers?: TurnHandler[];
  /** Features mounted before the API: web pages and widget, channels, staff workspace. */
  plugins?: AppPlugin[];
  /** Middleware run first on every request (security headers, CORS, rate limits). */
  middleware?: Parameters<Hono<AppEnv>['use']>[1][];
  logger?: Logger;
  now?: () => Date;
  randomId?: () => string;
  redact?: (text: string) => string;
  /** When given, routes can publish new content; `nlu`/`content` should then read from it. */
  live?: LiveContent;
  /** The runtime's client key (as for the rate limits): the web chat hands it to the turn (bookings per client). */
  clientKey?: (c: Context) => string;
}

export interface StadtlotseApp {
  app: Hono<AppEnv>;
  context: AppContext;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  return createAppWithContext(deps).app;
}

export function createAppWithContext(deps: AppDeps): StadtlotseApp {
  const logger = deps.logger ?? createJsonLogger();
  const now = deps.now ?? (() => new Date());
  const engine = createTurnEngine({
    store: deps.store,
    nlu: deps.nlu,
    content: deps.content,
    handlers: deps.handlers ?? [],
    now,
    ...(deps.randomId ? { randomId: deps.randomId } : {}),
    ...(deps.redact ? { redact: deps.redact } : {}),
  });
  const context: AppContext = { engine, store: deps.store, nlu: deps.nlu, content: deps.content, logger, now, ...(deps.live ? { live: deps.live } : {}) };

  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger));
  for (const middleware of deps.middleware ?? []) app.use('*', middleware);
  app.onError(createOnError(logger));
  app.notFound(notFoundHandler(app));

  app.route('/health', healthRoutes(context));
  app.route('/api/chat', chatRoutes(context, deps.clientKey ? { clientKey: deps.clientKey } : {}));
  app.route('/api/nlu', nluRoutes(context));
  app.route('/api/conversations', conversationRoutes(context));
  app.route('/api/feedback', feedbackRoutes(context));
  for (const plugin of deps.plugins ?? []) plugin(app, context);
  return { app, context };
}
