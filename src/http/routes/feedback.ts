/** POST /api/feedback: thumbs up/down on an answer, shown to staff per topic. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { isUuid, readJsonBody } from '../json-body.js';

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
    await context.store.addFeedback({
      conversationId: body.conversationId.toLowerCase(),
      seq: body.seq ?? null,
      intent: body.intent ?? null,
      rating: body.rating,
      comment: null,
      at: context.now().toISOString(),
    });
    return c.json({ status: 'stored' }, 201);
  });
  return app;
}
