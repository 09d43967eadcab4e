/**
 * A Direct Line 3.0 subset, so websites and apps can use Microsoft's Web Chat or the Direct Line JS
 * client against Stadtlotse directly: tokens, conversations, activities (polling by watermark) and the
 * WebSocket stream. Web-standard; the WebSocket upgrade comes from the runtime (`upgradeWebSocket`).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { UpgradeWebSocket } from 'hono/ws';
import { z } from 'zod';
import { AppError } from '../../core/app-error.js';
import type { AppContext, AppPlugin } from '../../http/app-context.js';
import type { AppEnv } from '../../http/app-env.js';
import { readJsonBody } from '../../http/json-body.js';
import { normalizeOrigin } from '../../http/middleware/cors.js';
import { requestOrigin } from '../../http/public-origin.js';
import { replyActivities, type Activity } from '../activity.js';
import { answerMessage } from '../channel-turn.js';
import { conversationIdDeriver } from '../conversation-id.js';
import { channelOrigin } from '../reply-rendering.js';
import { ActivityLog, type ActivityLogOptions } from './activity-log.js';
import { authorize, bearer, requireSecret, type Caller } from './authorize.js';
import { createTokenSigner } from './tokens.js';

export interface DirectLineOptions {
  /** DIRECTLINE_SECRET: given only to the website's backend, which exchanges it for tokens. */
  secret: string;
  /** Origins of the websites that embed Web Chat (CORS). */
  allowedOrigins?: readonly string[];
  /** Lifetime of a token. Default 3600 s (Microsoft's Direct Line: 1 hour). */
  tokenTtlSeconds?: number;
  /** The runtime's WebSocket upgrade (Node: @hono/node-server); without it there is no streamUrl and clients poll. */
  upgradeWebSocket?: UpgradeWebSocket<unknown>;
  history?: ActivityLogOptions;
  botName?: string;
  /**
   * CONVERSATION_ID_SECRET: the key that maps Direct Line conversation ids to the core's (conversation-id.ts).
   * Default: the Direct Line secret. Changing it starts new conversations.
   */
  conversationIdSecret?: string;
}

export const DIRECTLINE_BASE = '/v3/directline';
const BOT_ID = 'stadtlotse';

const userSchema = z.looseObject({ id: z.string().min(1).max(256), name: z.string().max(256).optional() });
const generateSchema = z.looseObject({ user: userSchema.optional() });

const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  // No length limit here: a message over MAX_TEXT_LENGTH gets a reply that says so (too-long.ts), not a 400
  // that Web Chat shows only as "Send failed". The body limit (16 KB) still applies.
  text: z.string().optional(),
  textFormat: z.string().max(32).optional(),
  locale: z.string().max(35).optional(),
  from: userSchema.optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.unknown()).max(20).optional(),
  name: z.string().max(256).optional(),
});

/** The client's fields worth echoing; ids, conversation and timestamps are the server's. */
const ECHOED = ['type', 'text', 'textFormat', 'locale', 'value', 'channelData', 'entities', 'name'] as const;

/** What a message says (its words or its button's value), to tell a message sent again from a new one under the same id. */
function messageKey(activity: Activity): string {
  return JSON.stringify([activity.type, activity.text ?? '', activity.value ?? null]);
}

function sameMessage(a: Activity, b: Activity): boolean {
  return messageKey(a) === messageKey(b);
}

function randomConversationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

export function directLinePlugin(options: DirectLineOptions): AppPlugin {
  const signer = createTokenSigner(options.secret);
  const coreConversationId = conversationIdDeriver(options.conversationIdSecret || options.secret);
  const ttl = options.tokenTtlSeconds ?? 3600;
  const log = new ActivityLog(options.history);
  const allowed = new Set((options.allowedOrigins ?? []).map(normalizeOrigin));
  const bot = { id: BOT_ID, name: options.botName ?? 'Stadtlotse', role: 'bot' };

  return (app, context: AppContext) => {
    const nowSeconds = () => Math.floor(context.now().getTime() / 1000);
    const routes = new Hono<AppEnv>();

    routes.use(
      '*',
      cors({
        origin: (origin, c) => (origin && (allowed.has(origin) || origin === new URL(c.req.url).origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['authorization', 'content-type', 'x-ms-bot-agent', 'x-requested-with'],
        exposeHeaders: ['X-Request-Id', 'Retry-After'],
        maxAge: 600,
      }),
    );

    const issue = async (conversationId: string, userId?: string) => {
      const token = await signer.sign({ conversationId, ...(userId ? { userId } : {}), exp: nowSeconds() + ttl });
      return { conversationId, token, expires_in: ttl };
    };

    const inflight = new Map<string, Promise<string>>();
    const streamUrl = (c: Context, conversationId: string, token: string) => {
      if (!options.upgradeWebSocket) return {};
      // The browser's scheme and host (X-Forwarded-* only with TRUST_PROXY), not the proxy's 127.0.0.1.
      const origin = requestOrigin(c);
      return { streamUrl: `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(token)}` };
    };

    /** Echoes the citizen's activity and logs the answer; the echo's id. A repeated message is answered once. */
    const receive = async (c: Context, id: string, userId: string, incoming: Activity, clientId?: string): Promise<string> => {
      // Only the same message counts as sent again: a client that reuses an id for another text sends a new one (re-test 19 2.4).
      const earlier = clientId ? log.findByClientId(id, clientId, (activity) => sameMessage(activity, incoming)) : undefined;
      // Its answer is in the history already: the client gets it by polling or on the stream.
      if (earlier?.id && log.hasReplyTo(id, earlier.id)) return earlier.id;
      const echoed: Omit<Activity, 'id'> = { type: incoming.type };
      for (const field of ECHOED) if (incoming[field] !== undefined) echoed[field] = incoming[field];
      // The echo tells Web Chat (by channelData.clientActivityID) that its message arrived.
      const echo = earlier?.id
        ? earlier
        : log.append(id, {
            ...echoed,
            channelId: 'directline',
            conversation: { id },
            from: { id: userId, ...(incoming.from?.name ? { name: incoming.from.name } : {}), role: 'user' },
            timestamp: context.now().toISOString(),
          });
      if (incoming.type !== 'message') return echo.id ?? '';
      const coreId = await coreConversationId('directline', id);
      const existed = (await context.store.getConversation(coreId)) !== null;
      // The same message id after a restart (history gone) still gets the stored answer from the core.
      const result = await answerMessage(context, incoming, { channel: 'directline', conversationId: coreId, channelMessage: clientId ?? echo.id ?? '' });
      if (!result) return echo.id ?? '';
      // "Lösch meine Daten" erased the conversation: what the citizen wrote goes from the history too (tester-r A2).
      if (existed && (await context.store.getConversation(coreId)) === null) log.erase(id, echo.id ? [echo.id] : []);
      // Web Chat on the city's site would open a path on the city's host: links carry this server's origin.
      for (const reply of replyActivities(result, userId, { origin: channelOrigin(c), ...(incoming.locale ? { localeTag: incoming.locale } : {}) })) {
        log.append(id, { ...reply, channelId: 'directline', conversation: { id }, from: bot, recipient: { id: userId, role: 'user' }, replyToId: echo.id, timestamp: context.now().toISOString() });
      }
      return echo.id ?? '';
    };

    /** Starting or resuming: the secret opens a new conversation, a token its own. */
    const open = async (c: Context, caller: Caller, status: 200 | 201) => {
      const conversationId = caller.kind === 'token' ? caller.claims.conversationId : randomConversationId();
      log.since(conversationId);
      const issued = await issue(conversationId, caller.kind === 'token' ? caller.claims.userId : undefined);
      return c.json({ ...issued, ...streamUrl(c, conversationId, issued.token) }, status);
    };

    routes.post('/tokens/generate', async (c) => {
      await requireSecret(signer, bearer(c));
      const body = c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : await readJsonBody(c, generateSchema);
      return c.json(await issue(randomConversationId(), body.user?.id));
    });

    routes.post('/tokens/refresh', async (c) => {
      const caller = await authorize(signer, bearer(c), nowSeconds());
      if (caller.kind !== 'token') throw new AppError(400, 'token_required', 'Refresh a token, not the secret.', { field: 'authorization' });
      return c.json(await issue(caller.claims.conversationId, caller.claims.userId));
    });

    routes.post('/conversations', async (c) => open(c, await authorize(signer, bearer(c), nowSeconds()), 201));

    routes.get('/conversations/:id', async (c) => {
      const caller = await authorize(signer, bearer(c), nowSeconds(), c.req.param('id'));
      if (caller.kind === 'secret') return open(c, { kind: 'token', claims: { conversationId: c.req.param('id'), exp: 0 } }, 200);
      return open(c, caller, 200);
    });

    routes.get('/conversations/:id/activities', async (c) => {
      const id = c.req.param('id');
      await authorize(signer, bearer(c), nowSeconds(), id);
      return c.json(log.since(id, c.req.query('watermark')));
    });

    routes.post('/conversations/:id/activities', async (c) => {
      const id = c.req.param('id');
      const caller = await authorize(signer, bearer(c), nowSeconds(), id);
      const incoming = (await readJsonBody(c, activitySchema)) as Activity;
      const userId = (caller.kind === 'token' ? caller.claims.userId : undefined) ?? incoming.from?.id ?? 'user';
      const clientId = typeof incoming.channelData?.clientActivityID === 'string' ? incoming.channelData.clientActivityID : undefined;
      if (!clientId) return c.json({ id: await receive(c, id, userId, incoming) });
      // Web Chat sends a message again (same clientActivityID) after a network error: answered once (tester-r A1).
      const key = `${id}\n${clientId}\n${messageKey(incoming)}`;
      const running = inflight.get(key) ?? receive(c, id, userId, incoming, clientId).finally(() => inflight.delete(key));
      inflight.set(key, running);
      return c.json({ id: await running });
    });

    if (options.upgradeWebSocket) {
      const upgrade = options.upgradeWebSocket;
      routes.get(
        '/conversations/:id/stream',
        async (c, next) => {
          await authorize(signer, c.req.query('t') ?? bearer(c), nowSeconds(), c.req.param('id'));
          await next();
        },
        upgrade((c) => {
          const id = c.req.param('id') ?? '';
          const watermark = c.req.query('watermark');
          let unsubscribe: (() => void) | null = null;
          return {
            onOpen(_event, ws) {
              const backlog = log.since(id, watermark);
              if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
              unsubscribe = log.subscribe(id, (set) => ws.send(JSON.stringify(set)));
            },
            onClose() {
              unsubscribe?.();
            },
            onError() {
              unsubscribe?.();
            },
          };
        }),
      );
    }

    app.route(DIRECTLINE_BASE, routes);
  };
}
