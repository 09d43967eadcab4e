/**
 * The public contract: every line of examples.tsv (copied from the project's shared contract) gets its
 * intent from POST /api/chat as the first message of a new conversation, on the app as `npm start` composes
 * it (the dialog manager and the status handler answer some first messages before the FAQ does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

const examples = readFileSync(join(import.meta.dirname, 'examples.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [text = '', expected = ''] = line.split('\t');
    return { text, expected: expected.split('|').map((id) => id.trim()) };
  });

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => {
  await app.close();
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
