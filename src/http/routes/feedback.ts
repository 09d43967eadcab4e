/** POST /api/feedback: thumbs up/down on an answer the conversation got, shown to staff per topic. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { isUuid, readJsonBody } from '../json-body.js';
import { findRatedAnswer } from './feedback-answer.js';

const feedbackSchema = z
  .object({
    conversationId: z.string().refine(isUuid, 'must be a conversation id (UUID)'),
    rating: z.enum(['up', 'down']),
    intent: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be an intent id').max(64).optional(),
    seq: z.number().int().min(0).optional(),
  })
  .strict();

export function feedbackRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const body = await readJsonBody(c, feedbackSchema);
    const conversationId = body.conversationId.toLowerCase();
    const answer = await findRatedAnswer(context.store, conversationId, { intent: body.intent, seq: body.seq });
    const status = await context.store.addFeedback({ conversationId, seq: answer.seq, intent: answer.intent, rating: body.rating, comment: null, at: context.now().toISOString() });
    return c.json({ status, seq: answer.seq, ...(answer.intent ? { intent: answer.intent } : {}) }, status === 'stored' ? 201 : 200);
  });
  return app;
}
