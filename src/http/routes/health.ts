/**
 * GET /health: 200 only when the database answers a query; 503 otherwise (load balancers take the node out).
 * It also tells monitoring how many submissions wait for delivery to the city and since when: a webhook that
 * is down keeps /health at 200 (the citizens are still served) but makes oldestPendingMinutes grow (DEPLOY.md).
 */
import { Hono } from 'hono';
import type { SqlDb } from '../../store/sql-db.js';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';

const PING_TIMEOUT_MS = 2000;

export interface OutboxHealth {
  /** Submissions not yet delivered to the webhook (all of them when no webhook is configured). */
  outboxPending: number;
  /** Age in whole minutes of the oldest undelivered submission; null when none waits. */
  oldestPendingMinutes: number | null;
}

export async function outboxHealth(db: SqlDb, now: Date): Promise<OutboxHealth> {
  const row = await db.first<{ pending: number; oldest: string | null }>('SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM submission_outbox WHERE delivered_at IS NULL');
  const pending = Number(row?.pending ?? 0);
  const oldest = row?.oldest ? Date.parse(row.oldest) : Number.NaN;
  return { outboxPending: pending, oldestPendingMinutes: pending > 0 && Number.isFinite(oldest) ? Math.max(0, Math.floor((now.getTime() - oldest) / 60_000)) : null };
}

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
      const outbox = await Promise.race([context.store.ping().then(() => outboxHealth(context.store.db, context.now())), timeout]).finally(() => clearTimeout(timer));
      return c.json({ status: 'ok', db: 'ok', intents, ...outbox });
    } catch (error) {
      context.logger.warn('health_db_failed', { error: error instanceof Error ? error.message : String(error) });
      return c.json({ status: 'unavailable', db: 'error', intents }, 503);
    }
  });
  return app;
}
