/**
 * The limits of POST /api/voice/turn. A SIP or IVR gateway sends every caller from its own address, so the chat
 * limit per address (120 a minute, burst 40) cut off other callers once about 40 turns came at once (tester-r
 * B5). Voice has its own, wider limit per address (VOICE_RATE_LIMIT_PER_MINUTE) and, inside it, the chat limit
 * per conversation: one caller cannot use up the gateway's share, and a new call (no conversationId yet) counts
 * only against the address.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { isUuid, MAX_BODY_BYTES } from '../../http/json-body.js';
import { chatRule, rateLimit, type RateLimitRule } from '../../http/middleware/rate-limit.js';

/** VOICE_RATE_LIMIT_PER_MINUTE when not set: about 60 calls at once, each with a turn every 6 seconds. */
export const DEFAULT_VOICE_RATE_LIMIT_PER_MINUTE = 600;

/** The address rule: sustained per minute, burst a third of it (at least 20), as for Bot Framework. */
export function voiceAddressRule(perMinute: number): RateLimitRule {
  return { perMinute, burst: Math.max(20, Math.round(perMinute / 3)) };
}

/**
 * The conversation the turn continues, read from the body (Hono keeps the body, so the route reads it again);
 * null for a new call or a body the route will refuse anyway.
 */
async function conversationOf(c: Context): Promise<string | null> {
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) return null;
  if (Number(c.req.header('content-length') ?? '0') > MAX_BODY_BYTES) return null;
  try {
    const bytes = await c.req.arrayBuffer();
    if (bytes.byteLength > MAX_BODY_BYTES) return null;
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const id = typeof body === 'object' && body !== null && 'conversationId' in body ? body.conversationId : null;
    return typeof id === 'string' && isUuid(id) ? id.toLowerCase() : null;
  } catch {
    return null;
  }
}

export interface VoiceRateLimitOptions {
  /** VOICE_RATE_LIMIT_PER_MINUTE: turns per minute per client address (the gateway's). */
  perMinute: number;
  /** CHAT_RATE_LIMIT_PER_MINUTE: turns per minute per conversation (one caller), burst a third of it. */
  conversationPerMinute: number;
  clientKey: (c: Context) => string;
  now?: () => number;
}

export function voiceRateLimit(options: VoiceRateLimitOptions): MiddlewareHandler {
  const clock = options.now ? { now: options.now } : {};
  const byAddress = rateLimit({ rule: voiceAddressRule(options.perMinute), clientKey: options.clientKey, ...clock });
  const conversations = new WeakMap<Request, string>();
  const byConversation = rateLimit({ rule: chatRule(options.conversationPerMinute), clientKey: (c) => conversations.get(c.req.raw) ?? '', ...clock });
  return async (c, next) => {
    const conversation = await conversationOf(c);
    if (conversation === null) return byAddress(c, next);
    conversations.set(c.req.raw, conversation);
    return byAddress(c, async () => {
      await byConversation(c, next);
    });
  };
}
