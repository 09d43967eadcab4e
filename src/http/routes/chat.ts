/** POST /api/chat: the web chat's turn endpoint. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { ContentBundle } from '../../content/model.js';
import { toSsml } from '../../core/ssml.js';
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
import type { Locale } from '../../core/types.js';
import { isStoreUnavailable, withTimeout } from '../../store/store-errors.js';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { isUuid, readJsonBody } from '../json-body.js';

export const chatRequestSchema = z
  .object({
    conversationId: z.string().refine(isUuid, 'must be a conversation id (UUID) returned by the server').optional(),
    text: z.string().max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`).optional(),
    action: z.string().max(200, 'at most 200 characters').optional(),
    locale: z.enum(['de', 'en']).optional(),
    plainLanguage: z.boolean().optional(),
    // The client's id for this message: sent again with a retry, it gets the first answer, not a second turn.
    messageId: z.string().refine(isUuid, 'must be a UUID the client chose for this message').optional(),
  })
  .strict()
  .refine((body) => Boolean(body.text?.trim() || body.action?.trim()), { message: 'send "text" or "action"', path: ['text'] });

/**
 * The longest a citizen waits for a turn. A locked database fails sooner, after SQLite's busy_timeout (5 s);
 * this bound catches what busy_timeout does not (a stalled disk, a store that never answers) while leaving
 * room for queueing under heavy load. Either way the answer is the friendly 503 with the phone number.
 */
export const TURN_TIMEOUT_MS = 8000;

/** The answer when the database is locked or gone: what happened and the city's phone number, never a hang. */
export function unavailableReply(content: ContentBundle, locale: Locale) {
  const phone = content.profile.values.phone_central;
  const call = typeof phone === 'string' ? phone : '';
  const text =
    locale === 'en'
      ? `Sorry, the assistant is not working right now. Please try again in a few minutes.${call ? ` Or call the city: ${call}.` : ''}`
      : `Entschuldigung, der Assistent ist gerade gestört. Bitte versuchen Sie es in ein paar Minuten noch einmal.${call ? ` Oder rufen Sie die Stadt an: ${call}.` : ''}`;
  return { text, speak: toSsml(text, locale) };
}

export interface ChatRouteOptions {
  turnTimeoutMs?: number;
  /**
   * The runtime's client key (the rate limits' one: the address, IPv6 by /64), handed to the turn for limits such
   * as the appointment bookings per client (TurnInput.client). Without it, those limits count per conversation.
   */
  clientKey?: (c: Context) => string;
}

/**
 * A loopback address is the proxy's, not a citizen's: behind a proxy without TRUST_PROXY every citizen would be
 * one client, and three bookings a day would end booking for the whole city. Then limits count per conversation.
 */
const SHARED = /^(?:127\.|::1$|0:0:0:0::\/64$|unknown$)/;

function clientOf(c: Context, clientKey: ((c: Context) => string) | undefined): { client?: string } {
  const client = clientKey?.(c);
  return client && !SHARED.test(client) ? { client } : {};
}

export function chatRoutes(context: AppContext, options: ChatRouteOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const body = await readJsonBody(c, chatRequestSchema);
    const turn = context.engine.handle({
      channel: 'web',
      ...clientOf(c, options.clientKey),
      ...(body.conversationId ? { conversationId: body.conversationId.toLowerCase() } : {}),
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.action !== undefined ? { action: body.action } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      ...(body.plainLanguage !== undefined ? { plainLanguage: body.plainLanguage } : {}),
      ...(body.messageId ? { messageId: body.messageId.toLowerCase() } : {}),
    });
    let result: Awaited<typeof turn>;
    try {
      result = await withTimeout(turn, options.turnTimeoutMs ?? TURN_TIMEOUT_MS);
    } catch (error) {
      if (!isStoreUnavailable(error)) throw error;
      context.logger.error('store_unavailable', { requestId: c.get('requestId'), route: '/api/chat', error: error instanceof Error ? error.message : String(error) });
      const reply = unavailableReply(context.content(), body.locale ?? 'de');
      c.header('Retry-After', '30');
      return c.json({ error: { code: 'store_unavailable', reason: 'The database is unavailable. Please try again later.' }, replies: [reply] }, 503);
    }
    return c.json({
      conversationId: result.conversationId,
      replies: result.replies,
      intent: result.intent,
      locale: result.locale,
      expectingInput: result.expectingInput,
      ...(result.plainLanguage !== undefined ? { plainLanguage: result.plainLanguage } : {}),
      ...(result.dialog ? { dialog: result.dialog } : {}),
    });
  });
  return app;
}
