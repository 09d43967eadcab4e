/** POST /api/nlu/parse: the NLU's view of a message (intent ranking and entities), for staff tools and integrators. */
import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { readJsonBody } from '../json-body.js';

const parseRequestSchema = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`),
    locale: z.enum(['de', 'en']).optional(),
  })
  .strict();

export function nluRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/parse', async (c) => {
    const body = await readJsonBody(c, parseRequestSchema);
    const result = context.nlu().parse(body.text, { ...(body.locale ? { locale: body.locale } : {}), now: context.now() });
    return c.json({ intents: result.intents.slice(0, 5), entities: result.entities, language: result.language });
  });
  return app;
}
