/** Wires the Node adapters (SQLite, content from disk, NLU) into the runtime-agnostic app. */
import type { WebSocketServerLike } from '@hono/node-server';
import type { Hono, MiddlewareHandler } from 'hono';
import type { ContentBundle } from '../../content/model.js';
import type { Nlu } from '../../core/ports.js';
import type { AppEnv } from '../../http/app-env.js';
import { createAppWithContext } from '../../http/create-app.js';
import type { Logger } from '../../http/logger.js';
import { trainNlu } from '../../nlu/index.js';
import type { SqlStore } from '../../store/sql-store.js';
import type { NodeConfig } from './config.js';
import { openSqliteStore } from './open-store.js';
import { chatRouteLimits, chatRule, rateLimit } from '../../http/middleware/rate-limit.js';
import { purgeExpired } from '../../store/retention.js';
import { purgeTargets } from '../../store/purge-targets.js';
import { nodeClientKey } from './client-key.js';
import { LiveContent } from '../../core/live-content.js';
import { redactPii } from '../../privacy/redact.js';
import { submissionRightsPlugin } from '../../http/routes/submission-rights.js';
import { cors } from '../../http/middleware/cors.js';
import { securityHeaders } from '../../http/middleware/security-headers.js';
import { webPlugin } from '../../web/index.js';
import { staffPlugin } from '../../staff/index.js';
import { loadStaffContent } from './staff-content.js';
import { sameIntents } from '../../staff/content-source.js';
import { resolveDeep } from '../../content/placeholders.js';
import { createDefaultRegistry } from '../../dialogs/applications.js';
import { createSubmissionStatusHandler } from '../../dialogs/applications/maengelmelder/status-handler.js';
import { appointmentPlugin } from '../../http/routes/appointments.js';
import { submissionStatusPlugin } from '../../http/routes/submission-status.js';
import { dialogPlugin } from '../../dialogs/http-plugin.js';
import { createDialogManager } from '../../dialogs/manager.js';
import { createOutboxWorker } from '../../dialogs/outbox-worker.js';
import { keyClientHashes } from '../../dialogs/secrets.js';
import { createDialogValidator } from '../../dialogs/validate-content.js';
import { nodeChannels } from './channels.js';

export interface NodeApp {
  app: Hono<AppEnv>;
  store: SqlStore;
  content: () => ContentBundle;
  nlu: () => Nlu;
  live: LiveContent;
  websocket?: { server: WebSocketServerLike };
  close(): Promise<void>;
}

export async function composeNodeApp(config: NodeConfig, logger: Logger): Promise<NodeApp> {
  const store = await openSqliteStore(config.databasePath);
  // Staff edits live in the database: its published version is served; YAML seeds it the first time (see docs/STAFF-GUIDE.md).
  const staffContent = await loadStaffContent(config.contentRoot, config.cityProfile, store, createDialogValidator(createDefaultRegistry()));
  const content = staffContent.content;
  // YAML edited after the first start is not served until an editor imports it in the workspace: say so, or the
  // IT that just changed a file wonders why citizens still get the old text (docs/ADOPTING.md).
  if (!staffContent.seeded && !sameIntents(staffContent.yaml.intents.map((intent) => resolveDeep(intent, content.profile)), content.intents)) {
    logger.warn('content_yaml_differs', { publishedVersion: staffContent.version, hint: 'intents/*.yaml differ from the published version in the database, which is served; import them in the staff workspace (aus YAML importieren)' });
  }
  const trainStarted = performance.now();
  const nlu = trainNlu(content);
  logger.info('nlu_trained', { intents: content.intents.length, ms: Math.round(performance.now() - trainStarted) });
  const live = new LiveContent(content, nlu);
  const dialogRegistry = createDefaultRegistry({ store, redact: (text) => redactPii(text).text });
  const clientKey = nodeClientKey(config.trustProxy);
  keyClientHashes(config.channels.conversationIdSecret); // one login brake across restarts and instances (DEPLOY.md)
  const channels = nodeChannels(config, clientKey);
  // The chat, feedback, NLU parse and Wohngeld estimate: the chat's limit, a bucket per route (SECURITY.md).
  const chatLimits = chatRouteLimits(chatRule(config.chatRateLimitPerMinute), clientKey);
  // Every other API route (transcripts, submissions, resume, ...): a wider bucket of its own, against floods
  // only; the channels' routes have their own limits (channels.middleware).
  const apiLimit = rateLimit({ rule: { perMinute: config.chatRateLimitPerMinute * 5, burst: Math.max(50, Math.round((config.chatRateLimitPerMinute * 5) / 3)) }, clientKey });
  const limited = (path: string) => path.startsWith('/api/') && path !== '/api/messages' && path !== '/api/voice/turn';
  const apiLimits: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const own = chatLimits.limits(c.req.path);
    if (own) return own(c, next);
    return limited(c.req.path) ? apiLimit(c, next) : next();
  };
  const { app } = createAppWithContext({
    store,
    nlu: live.nlu,
    content: live.content,
    live,
    logger,
    clientKey,
    // Transcripts (and everything that reads them: staff inbox, analytics) never hold e-mail, phone, IBAN, IDs, birth dates, addresses or names.
    redact: (text) => redactPii(text).text,
    middleware: [securityHeaders({ trustProxy: config.trustProxy }), cors({ allowedOrigins: config.allowedOrigins }), apiLimits, channels.middleware],
    plugins: [webPlugin({ retentionDays: config.conversationRetentionDays }), dialogPlugin({ clientKey }), submissionRightsPlugin, appointmentPlugin({ clientKey }), submissionStatusPlugin({ clientKey }), staffPlugin({ ...staffContent.options, clientKey, maxRegressionPoints: config.staffMaxRegressionPoints }), ...channels.plugins],
    handlers: [createSubmissionStatusHandler(store), createDialogManager({ store, registry: dialogRegistry })],
  });

  const purge = async () => {
    try {
      const deleted = await purgeExpired(store.db, new Date(), { conversationDays: config.conversationRetentionDays }, purgeTargets);
      logger.info('purge', deleted);
    } catch (error) {
      logger.error('purge_failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  await purge();
  const purgeTimer = setInterval(() => void purge(), config.purgeIntervalMinutes * 60_000);
  purgeTimer.unref();

  // Submissions reach the city's systems through the outbox: at least once, signed, with backoff.
  const outbox =
    config.submissionWebhookUrl && config.submissionWebhookSecret
      ? createOutboxWorker({
          store,
          url: config.submissionWebhookUrl,
          secret: config.submissionWebhookSecret,
          setTimer: (run, ms) => setTimeout(run, ms).unref(),
          onError: (error, item) => logger.warn('outbox_delivery_failed', { reference: item.reference, attempts: item.attempts + 1, error }),
          onDelivered: (item) => logger.info('outbox_delivered', { reference: item.reference, attempts: item.attempts + 1 }),
        })
      : null;
  outbox?.start(config.outboxIntervalMs);

  return {
    app,
    store,
    ...(channels.websocket ? { websocket: channels.websocket } : {}),
    content: live.content,
    nlu: live.nlu,
    live,
    close: async () => {
      clearInterval(purgeTimer);
      outbox?.stop();
      await store.close();
    },
  };
}
