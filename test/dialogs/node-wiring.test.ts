/**
 * The Node runtime wires the dialog manager, the dialog routes and the outbox worker: a Wohngeld application
 * confirmed through the composed app reaches a local webhook, signed, without anyone calling the worker.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { composeNodeApp } from '../../src/runtime/node/compose.js';
import { readConfig } from '../../src/runtime/node/config.js';
import { ROOT } from './harness.js';

const SECRET = 'wiring-secret-0123456789';
let server: Server | null = null;
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('the Node runtime', () => {
  it('delivers a confirmed application to SUBMISSION_WEBHOOK_URL through the outbox', async () => {
    const received: Array<{ body: string; signature: string | undefined }> = [];
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ body, signature: req.headers['x-stadtlotse-signature'] as string | undefined });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
    const hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const config = readConfig({ DATABASE_PATH: ':memory:', CONTENT_ROOT: ROOT, SUBMISSION_WEBHOOK_URL: hook, SUBMISSION_WEBHOOK_SECRET: SECRET, OUTBOX_INTERVAL_MS: '100' }, ROOT);
    const node = await composeNodeApp(config, silentLogger);
    try {
      let conversationId: string | undefined;
      let reference = '';
      for (const text of ['Wohngeld', '1', '450 Euro', '1500 Euro', 'Lohn', 'nichts davon', 'hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Markt 1, 52349 Düren', 'überspringen', 'überspringen', 'ja']) {
        const res = await node.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text }) });
        const body = (await res.json()) as { conversationId: string; dialog?: { reference?: string } };
        conversationId = body.conversationId;
        reference = body.dialog?.reference ?? reference;
      }
      expect(reference).toMatch(/^DN-\d{4}-\d{6}$/);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      const delivery = received[0];
      expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ reference, type: 'wohngeld' });
      expect(delivery?.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(delivery?.body ?? '').digest('hex')}`);
      const estimate = await node.app.request('/api/wohngeld/estimate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ members: 1, rent: 600, countedIncome: 908.25, mietenstufe: 'V' }) });
      expect(((await estimate.json()) as { amount: number }).amount).toBe(368);
    } finally {
      await node.close();
    }
  }, 120_000);
});
