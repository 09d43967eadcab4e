/**
 * What the Worker answers while the app cannot be built, instead of an uncaught exception (Cloudflare's HTML
 * error 1101, or a stack trace under `wrangler dev`): JSON 503 on every path, never a stack trace.
 * - A bad setting (ConfigError): `{"error":{"code":"misconfigured","reason":"<VARIABLE>: …"}}`.
 * - Migrations missing in D1: /health names them; chat and voice give the same friendly answer with the city's
 *   phone number as the Node server when its database is down (unavailableReply, src/http/routes/chat.ts).
 * - Anything else (D1 not answering at start): the same friendly 503, and the next request tries again.
 */
import { Hono, type Context } from 'hono';
import type { Locale } from '../../core/types.js';
import { cors } from '../../http/middleware/cors.js';
import { securityHeaders } from '../../http/middleware/security-headers.js';
import { unavailableReply } from '../../http/routes/chat.js';
import { originsValue } from '../env-values.js';
import { WorkersConfigError, type WorkersEnv } from './config.js';
import { bundledContent } from './content.js';
import { MissingMigrationsError } from './migrations.js';

export type StartupProblem = { kind: 'misconfigured'; reason: string } | { kind: 'migrations'; missing: string[] } | { kind: 'unavailable'; reason: string };

export function startupProblem(error: unknown): StartupProblem {
  if (error instanceof WorkersConfigError) return { kind: 'misconfigured', reason: error.message };
  if (error instanceof MissingMigrationsError) return { kind: 'migrations', missing: error.missing };
  return { kind: 'unavailable', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

const STORE_UNAVAILABLE = { code: 'store_unavailable', reason: 'The database is unavailable. Please try again later.' } as const;

/** The reply with the city's phone number; the bundled content is assembled once, on the first failed turn. */
let friendlyContent: ReturnType<typeof bundledContent> | null = null;
function friendlyReply(locale: Locale) {
  friendlyContent ??= bundledContent();
  return unavailableReply(friendlyContent, locale);
}

async function requestLocale(c: Context): Promise<Locale> {
  const body = (await c.req.json().catch(() => null)) as { locale?: unknown } | null;
  return typeof body?.locale === 'string' && body.locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}

function allowedOrigins(env: WorkersEnv): string[] {
  try {
    return originsValue(env.ALLOWED_ORIGINS);
  } catch {
    return [];
  }
}

export function startupFailureApp(problem: StartupProblem, env: WorkersEnv): Hono {
  const app = new Hono();
  // The widget on the city's site must be able to read the answer (CORS), as from the real app.
  app.use(securityHeaders(), cors({ allowedOrigins: allowedOrigins(env) }));
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    c.header('Retry-After', '30');
    await next();
  });
  if (problem.kind === 'misconfigured') {
    const error = { code: 'misconfigured', reason: problem.reason };
    app.get('/health', (c) => c.json({ status: 'misconfigured', error }, 503));
    app.all('*', (c) => c.json({ error }, 503));
    return app;
  }
  app.get('/health', (c) =>
    problem.kind === 'migrations'
      ? c.json({ status: 'unavailable', db: 'migrations_missing', missingMigrations: problem.missing, reason: `apply the migrations, then reload: npx wrangler d1 migrations apply DB --remote` }, 503)
      : c.json({ status: 'unavailable', db: 'error' }, 503),
  );
  app.post('/api/chat', async (c) => c.json({ error: STORE_UNAVAILABLE, replies: [friendlyReply(await requestLocale(c))] }, 503));
  app.post('/api/voice/turn', async (c) => {
    const reply = friendlyReply(await requestLocale(c));
    return c.json({ error: STORE_UNAVAILABLE, text: reply.text, speak: reply.speak, expectingInput: false }, 503);
  });
  app.all('*', (c) => c.json({ error: STORE_UNAVAILABLE }, 503));
  return app;
}
