/**
 * Wires the Workers adapters (D1, bundled content and model) into the same runtime-agnostic app as
 * src/runtime/node/compose.ts, from the same plugin and handler factories. Not here, and why:
 * - Bot Framework (/api/messages): botframework-connector needs Node (http, crypto streams); it stays on Node.
 * - Direct Line WebSocket: activities live in one isolate's memory, so only polling within that isolate works.
 * - Timers: the purge and the outbox run from the Cron Trigger (scheduled.ts), not from setInterval.
 */
import { clientNetwork } from '../../http/client-network.js';
import type { Context, Hono } from 'hono';
import { DIRECTLINE_BASE, directLinePlugin } from '../../channels/directline/index.js';
import { voicePlugin } from '../../channels/voice/index.js';
import { voiceRateLimit } from '../../channels/voice/voice-rate-limit.js';
import { createDefaultRegistry } from '../../dialogs/applications.js';
import { createSubmissionStatusHandler } from '../../dialogs/applications/maengelmelder/status-handler.js';
import { dialogPlugin } from '../../dialogs/http-plugin.js';
import { createDialogManager } from '../../dialogs/manager.js';
import { keyClientHashes } from '../../dialogs/secrets.js';
import { createDialogValidator } from '../../dialogs/validate-content.js';
import type { AppPlugin } from '../../http/app-context.js';
import type { AppEnv } from '../../http/app-env.js';
import { createAppWithContext } from '../../http/create-app.js';
import { createJsonLogger, type Logger } from '../../http/logger.js';
import { cors } from '../../http/middleware/cors.js';
import { chatRouteLimits, chatRule as chatRuleFor, rateLimit } from '../../http/middleware/rate-limit.js';
import { securityHeaders } from '../../http/middleware/security-headers.js';
import { appointmentPlugin } from '../../http/routes/appointments.js';
import { submissionRightsPlugin } from '../../http/routes/submission-rights.js';
import { submissionStatusPlugin } from '../../http/routes/submission-status.js';
import { redactPii } from '../../privacy/redact.js';
// Staff passwords set on Workers are hashed with the platform maximum (src/staff/crypto.ts says why).
import { WORKERS_MAX_PBKDF2_ITERATIONS } from '../../staff/crypto.js';
import { staffPlugin } from '../../staff/index.js';
import { createSqlStore, type SqlStore } from '../../store/sql-store.js';
import { webPlugin } from '../../web/index.js';
import { readWorkersConfig, type WorkersConfig, type WorkersEnv } from './config.js';
import { bundledMigrations, checkBundleProfile, loadWorkersContent, type WorkersContent } from './content.js';
import { createD1Db } from './d1-db.js';
import { assertMigrated } from './migrations.js';

export interface WorkersApp {
  app: Hono<AppEnv>;
  store: SqlStore;
  config: WorkersConfig;
  content: WorkersContent;
  logger: Logger;
}

/** Cloudflare sets CF-Connecting-IP to the client's address; a client cannot forge it through Cloudflare. IPv6: its /64. */
export function workersClientKey(c: Context): string {
  return clientNetwork(c.req.header('cf-connecting-ip') ?? 'unknown');
}

export async function composeWorkersApp(env: WorkersEnv, logger: Logger = createJsonLogger()): Promise<WorkersApp> {
  const config = readWorkersConfig(env);
  // The same hashes in every isolate, so a staff login lock stored in D1 holds in all of them (DEPLOY.md).
  keyClientHashes(config.clientHashSecret);
  checkBundleProfile(config.cityProfile);
  const store = createSqlStore(createD1Db(env.DB));
  // Before anything reads a table: a missing migration is named here instead of failing every turn later.
  await assertMigrated(store.db, bundledMigrations());
  const content = await loadWorkersContent(store.db, { cityProfile: config.cityProfile, validateDialogs: createDialogValidator(createDefaultRegistry()), logger, syncMs: config.contentSyncMs });
  const live = content.live;
  const clientKey = workersClientKey;
  const redact = (text: string) => redactPii(text).text;
  const chatRule = chatRuleFor(config.chatRateLimitPerMinute);
  // Per isolate, like every in-memory limit on Workers: a brake against floods; Cloudflare's WAF rate rules are the global one.
  // The chat, feedback, NLU parse and Wohngeld estimate: a bucket per route, as on Node (SECURITY.md).
  const chatLimits = chatRouteLimits(chatRule, clientKey);
  const voiceLimit = voiceRateLimit({ perMinute: config.voiceRateLimitPerMinute, conversationPerMinute: config.chatRateLimitPerMinute, clientKey });
  const directLineSend = rateLimit({ rule: chatRule, clientKey });
  const directLineRead = rateLimit({ rule: { perMinute: 300, burst: 60 }, clientKey });

  const channels: AppPlugin[] = [voicePlugin()];
  if (config.directLine) {
    channels.push(directLinePlugin({ secret: config.directLine.secret, allowedOrigins: config.allowedOrigins, tokenTtlSeconds: config.directLine.tokenTtlSeconds, ...(config.directLine.conversationIdSecret ? { conversationIdSecret: config.directLine.conversationIdSecret } : {}) }));
  }
  const { app } = createAppWithContext({
    store,
    nlu: live.nlu,
    content: live.content,
    live,
    logger,
    redact,
    clientKey,
    middleware: [
      // Every request arrives over HTTPS at Cloudflare's edge; there is no proxy header to trust.
      securityHeaders(),
      cors({ allowedOrigins: config.allowedOrigins }),
      content.sync,
      async (c, next) => {
        if (c.req.method === 'OPTIONS') return next();
        const path = c.req.path;
        const own = chatLimits.limits(path);
        if (own) return own(c, next);
        if (path === '/api/voice/turn') return voiceLimit(c, next);
        if (path.startsWith(`${DIRECTLINE_BASE}/`)) return (c.req.method === 'GET' ? directLineRead : directLineSend)(c, next);
        return next();
      },
    ],
    plugins: [
      webPlugin({ retentionDays: config.conversationRetentionDays }),
      dialogPlugin({ clientKey }),
      submissionRightsPlugin,
      appointmentPlugin({ clientKey }),
      submissionStatusPlugin({ clientKey }),
      staffPlugin({ assemble: content.assemble, yaml: content.yaml, ...(content.facts !== undefined ? { facts: content.facts } : {}), clientKey, maxRegressionPoints: config.staffMaxRegressionPoints, passwordIterations: WORKERS_MAX_PBKDF2_ITERATIONS }),
      ...channels,
    ],
    handlers: [createSubmissionStatusHandler(store), createDialogManager({ store, registry: createDefaultRegistry({ store, redact }) })],
  });
  return { app, store, config, content, logger };
}
