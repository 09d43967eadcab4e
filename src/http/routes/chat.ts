/** POST /api/chat: the web chat's turn endpoint. */
import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
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
  })
  .strict()
  .refine((body) => Boolean(body.text?.trim() || body.action?.trim()), { message: 'send "text" or "action"', path: ['text'] });

export function chatRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const body = await readJsonBody(c, chatRequestSchema);
    const result = await context.engine.handle({
      channel: 'web',
      ...(body.conversationId ? { conversationId: body.conversationId.toLowerCase() } : {}),
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.action !== undefined ? { action: body.action } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      ...(body.plainLanguage !== undefined ? { plainLanguage: body.plainLanguage } : {}),
    });
    return c.json({
      conversationId: result.conversationId,
      replies: result.replies,
      intent: result.intent,
      locale: result.locale,
      expectingInput: result.expectingInput,
      ...(result.dialog ? { dialog: result.dialog } : {}),
    });
  });
  return app;
}
