/**
 * The outbox delivers a stored submission to a local webhook (node:http on 127.0.0.1) that fails first and
 * then succeeds: signed body, Idempotency-Key, backoff between attempts, delivered exactly when 2xx came back.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, createOutboxWorker, SIGNATURE_HEADER } from '../../src/dialogs/outbox-worker.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { SqlStore } from '../../src/store/sql-store.js';

const SECRET = 'test-secret-0123456789';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function webhook(statuses: number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses[received.length - 1] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server?.address() as AddressInfo).port}/hook`, received };
}

async function storeWithSubmission(): Promise<{ store: SqlStore; id: string; reference: string }> {
  const store = await openSqliteStore(':memory:');
  const { record } = await store.createSubmission({
    id: crypto.randomUUID(),
    type: 'wohngeld',
    dialogId: 'wohngeld',
    idempotencyKey: 'conv-1:run-1',
    conversationId: null,
    payload: { data: { name: 'Maria Schmidt' } },
    summaryTokenHash: 'x'.repeat(64),
    referencePrefix: 'DN',
    createdAt: '2026-11-26T10:00:00.000Z',
    retainUntil: '2027-05-25T10:00:00.000Z',
  });
  return { store, id: record.id, reference: record.reference };
}

describe('the outbox worker', () => {
  it('retries with backoff until the webhook accepts, then stops delivering', async () => {
    const hook = await webhook([500, 503, 200]);
    const { store, id, reference } = await storeWithSubmission();
    let now = new Date('2026-11-26T10:00:00.000Z');
    const worker = createOutboxWorker({ store, url: hook.url, secret: SECRET, now: () => now, baseDelayMs: 1000, maxDelayMs: 60_000 });

    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(await store.outboxState(id)).toMatchObject({ attempts: 1, deliveredAt: null, lastError: 'HTTP 500', nextAttemptAt: '2026-11-26T10:00:01.000Z' });
    // not due yet: nothing is sent
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(hook.received).toHaveLength(1);

    now = new Date('2026-11-26T10:00:01.000Z');
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await store.outboxState(id))?.nextAttemptAt).toBe('2026-11-26T10:00:03.000Z'); // 2 s: doubled

    now = new Date('2026-11-26T10:00:03.000Z');
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await store.outboxState(id)).toMatchObject({ attempts: 3, deliveredAt: '2026-11-26T10:00:03.000Z', lastError: null });

    now = new Date('2026-11-27T10:00:00.000Z');
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    expect(hook.received).toHaveLength(3);

    // every attempt carries the same idempotency key and a valid HMAC-SHA256 signature of the exact body
    const key = hook.received[0]?.headers['idempotency-key'];
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const r of hook.received) {
      expect(r.headers['idempotency-key']).toBe(key);
      expect(JSON.parse(r.body).idempotencyKey).toBe(key);
      expect(r.headers[SIGNATURE_HEADER.toLowerCase()]).toBe(`sha256=${createHmac('sha256', SECRET).update(r.body).digest('hex')}`);
      expect(JSON.parse(r.body)).toMatchObject({ reference, type: 'wohngeld', submission: { data: { name: 'Maria Schmidt' } } });
    }
    await store.close();
  });

  it('never sends the conversation id, the key to the citizen\'s transcript, in the header or the body (report j-6)', async () => {
    const hook = await webhook([200]);
    const conversationId = crypto.randomUUID();
    const store = await openSqliteStore(':memory:');
    await store.createSubmission({
      id: crypto.randomUUID(), type: 'hundesteuer', dialogId: 'hundesteuer', idempotencyKey: `${conversationId}:run-7`, conversationId,
      payload: { data: { halter: 'Xaver Quellenbrink' } }, summaryTokenHash: 'x'.repeat(64), referencePrefix: 'DN',
      createdAt: '2026-11-26T10:00:00.000Z', retainUntil: '2027-05-25T10:00:00.000Z',
    });
    const worker = createOutboxWorker({ store, url: hook.url, secret: SECRET, now: () => new Date('2026-11-26T10:00:00.000Z') });
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    const [request] = hook.received;
    expect(JSON.stringify(request?.headers)).not.toContain(conversationId);
    expect(request?.body).not.toContain(conversationId);
    expect(request?.body).not.toContain('run-7');
    await store.close();
  });

  it('treats an unreachable webhook as a failed attempt', async () => {
    const { store, id } = await storeWithSubmission();
    const worker = createOutboxWorker({ store, url: 'http://127.0.0.1:1/hook', secret: SECRET, now: () => new Date('2026-11-26T10:00:00.000Z') });
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await store.outboxState(id))?.lastError).toBeTruthy();
    await store.close();
  });

  it('runs on its injected timer until stopped', async () => {
    const hook = await webhook([200]);
    const { store, id } = await storeWithSubmission();
    const timers: Array<() => void> = [];
    const worker = createOutboxWorker({ store, url: hook.url, secret: SECRET, now: () => new Date('2026-11-26T10:00:00.000Z'), setTimer: (run) => timers.push(run), clearTimer: () => undefined });
    worker.start(1000);
    timers.shift()?.();
    await expect.poll(async () => (await store.outboxState(id))?.deliveredAt).toBe('2026-11-26T10:00:00.000Z');
    await expect.poll(() => timers.length).toBe(1);
    worker.stop();
    await store.close();
  });

  it('doubles the delay per attempt up to the maximum', () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffMs(n, 30_000, 3_600_000))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000]);
  });
});
