/** GET /health: 200 only when the database answers a query; 503 otherwise (load balancers take the node out). */
import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';

const PING_TIMEOUT_MS = 2000;

export function healthRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const intents = context.content().intents.length;
    c.header('Cache-Control', 'no-store');
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS);
      });
      await Promise.race([context.store.ping(), timeout]).finally(() => clearTimeout(timer));
      return c.json({ status: 'ok', db: 'ok', intents });
    } catch (error) {
      context.logger.warn('health_db_failed', { error: error instanceof Error ? error.message : String(error) });
      return c.json({ status: 'unavailable', db: 'error', intents }, 503);
    }
  });
  return app;
}
