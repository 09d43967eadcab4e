/**
 * The public contract: every line of examples.tsv (copied from the project's shared contract) gets its
 * intent from POST /api/chat as the first message of a new conversation, with the real content and NLU.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AppEnv } from '../../src/http/app-env.js';
import { createApp } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { trainNlu } from '../../src/nlu/index.js';
import { loadContentFromDisk } from '../../src/runtime/node/content-fs.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';

const root = join(import.meta.dirname, '..', '..');
const examples = readFileSync(join(import.meta.dirname, 'examples.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [text = '', expected = ''] = line.split('\t');
    return { text, expected: expected.split('|').map((id) => id.trim()) };
  });

let app: Hono<AppEnv>;
beforeAll(async () => {
  const content = await loadContentFromDisk(root);
  const nlu = trainNlu(content);
  app = createApp({ store: await openSqliteStore(':memory:'), nlu: () => nlu, content: () => content, logger: silentLogger });
});

describe('public examples (test/contract/examples.tsv)', () => {
  it('has the whole sample', () => {
    expect(examples.length).toBeGreaterThanOrEqual(60);
  });

  it.each(examples)('"$text" -> $expected', async ({ text, expected }) => {
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { intent: { id: string } | null; replies: Array<{ text: string }> };
    expect(expected).toContain(body.intent?.id);
    expect(body.replies[0]?.text.length).toBeGreaterThan(0);
  });
});
