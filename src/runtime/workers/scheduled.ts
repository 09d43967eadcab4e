/**
 * The Cron Trigger's work (wrangler.toml [triggers]): what the Node server does on timers. The retention
 * purge deletes everything past its period; the outbox delivers due submissions once (signed, with backoff).
 */
import { createOutboxWorker } from '../../dialogs/outbox-worker.js';
import { purgeExpired, type PurgeResult } from '../../store/retention.js';
import { purgeTargets } from '../../store/purge-targets.js';
import type { WorkersApp } from './compose.js';

export interface ScheduledResult {
  purged: PurgeResult | null;
  outbox: { delivered: number; failed: number } | null;
}

export async function runScheduled(workers: Pick<WorkersApp, 'store' | 'config' | 'logger'>, now: () => Date = () => new Date(), fetcher: typeof fetch = (input, init) => fetch(input, init)): Promise<ScheduledResult> {
  const { store, config, logger } = workers;
  const result: ScheduledResult = { purged: null, outbox: null };
  const failures: string[] = [];
  try {
    result.purged = await purgeExpired(store.db, now(), { conversationDays: config.conversationRetentionDays }, purgeTargets);
    logger.info('purge', result.purged);
  } catch (error) {
    failures.push(`purge: ${error instanceof Error ? error.message : String(error)}`);
    logger.error('purge_failed', { error: error instanceof Error ? error.message : String(error) });
  }
  if (config.submissionWebhook) {
    const outbox = createOutboxWorker({
      store,
      url: config.submissionWebhook.url,
      secret: config.submissionWebhook.secret,
      fetch: fetcher,
      now,
      onError: (error, item) => logger.warn('outbox_delivery_failed', { reference: item.reference, attempts: item.attempts + 1, error }),
      onDelivered: (item) => logger.info('outbox_delivered', { reference: item.reference, attempts: item.attempts + 1 }),
    });
    try {
      result.outbox = await outbox.runOnce();
      logger.info('outbox', result.outbox);
    } catch (error) {
      failures.push(`outbox: ${error instanceof Error ? error.message : String(error)}`);
      logger.error('outbox_failed', { error: error instanceof Error ? error.message : String(error) });
    }
  }
  // A failed run shows as failed in the Cron Trigger's history (and is retried at the next tick).
  if (failures.length > 0) throw new Error(failures.join('; '));
  return result;
}
