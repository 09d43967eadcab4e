/**
 * Failed deliveries can be monitored (report C4): /health counts the submissions waiting for the city's webhook and
 * the age of the oldest; a successful delivery is logged, not only failures.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken, sha256Hex } from '../../src/dialogs/secrets.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let webhook: Server;
let webhookStatus = 500;
let webhookUrl = '';
beforeAll(async () => {
  webhook = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(webhookStatus).end());
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
});
afterAll(async () => new Promise((resolve) => webhook.close(resolve)));

async function submit(store: SqlStore, createdAt: Date) {
  const conversationId = crypto.randomUUID();
  await store.createSubmission({
    id: crypto.randomUUID(),
    type: 'sperrmuell',
    dialogId: 'sperrmuell',
    idempotencyKey: `${conversationId}:run-1`,
    conversationId,
    payload: { locale: 'de', summary: [] },
    summaryTokenHash: await sha256Hex(randomToken()),
    referencePrefix: 'DN',
    createdAt: createdAt.toISOString(),
    retainUntil: new Date(Date.now() + 86_400_000).toISOString(),
  });
}

const health = async (app: ComposedApp) => (await app.request('/health')).json() as Promise<Record<string, unknown>>;

describe('outbox monitoring', () => {
  it('shows in /health how many submissions wait for delivery and how old the oldest is, and stays 200', async () => {
    const app = await composedApp();
    try {
      expect(await health(app)).toMatchObject({ status: 'ok', outboxPending: 0, oldestPendingMinutes: null });
      await submit(app.node.store, new Date(Date.now() - 90 * 60_000));
      await submit(app.node.store, new Date(Date.now() - 5 * 60_000));
      const res = await app.request('/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', outboxPending: 2, oldestPendingMinutes: 90 });
    } finally {
      await app.close();
    }
  });

  it('logs each successful delivery, after the failed attempts, and /health then counts nothing pending', async () => {
    webhookStatus = 500;
    const app = await composedApp({ SUBMISSION_WEBHOOK_URL: webhookUrl, SUBMISSION_WEBHOOK_SECRET: 'a-webhook-secret-of-32-characters', OUTBOX_INTERVAL_MS: '100' });
    try {
      await submit(app.node.store, new Date());
      await expect.poll(() => app.logs.some((l) => l.includes('"outbox_delivery_failed"')), { timeout: 10_000 }).toBe(true);
      webhookStatus = 200;
      await app.node.store.db.batch([{ sql: 'UPDATE submission_outbox SET next_attempt_at = ?', params: [new Date(0).toISOString()] }]);
      await expect.poll(() => app.logs.some((l) => l.includes('"outbox_delivered"')), { timeout: 10_000 }).toBe(true);
      const delivered = JSON.parse(app.logs.find((l) => l.includes('"outbox_delivered"')) ?? '{}') as Record<string, unknown>;
      expect(delivered).toMatchObject({ level: 'info', attempts: 2 });
      expect(String(delivered.reference)).toMatch(/^DN-\d{4}-\d{6}$/);
      expect(await health(app)).toMatchObject({ outboxPending: 0, oldestPendingMinutes: null });
    } finally {
      await app.close();
    }
  }, 30_000);
});
