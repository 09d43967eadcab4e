import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { createTestApp } from '../support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a restart', () => {
  it('keeps the conversation: the same id continues on the same database file', async () => {
    const path = join(dir, 'restart.sqlite');
    const before = await createTestApp({}, await openSqliteStore(path));
    const first = (await (await before.post('/api/chat', { text: 'Hallo' })).json()) as { conversationId: string };
    await before.store.close();

    const after = await createTestApp({}, await openSqliteStore(path));
    const res = await after.post('/api/chat', { conversationId: first.conversationId, text: 'Ausweis' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { conversationId: string; replies: Array<{ text: string }> };
    expect(body.conversationId).toBe(first.conversationId);
    expect(body.replies[0]?.text).not.toMatch(/automatisches Programm/);
    const transcript = (await (await after.app.request(`/api/conversations/${first.conversationId}`)).json()) as { messages: unknown[] };
    expect(transcript.messages).toHaveLength(4);
    await after.store.close();
  });
});
