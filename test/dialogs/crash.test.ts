/**
 * Every acknowledged submission survives a crash: the real server runs in a child process on a SQLite file,
 * a Wohngeld application is confirmed over HTTP, the process is killed with SIGKILL the moment the
 * acknowledgement arrives, and the reopened file holds the submission with that reference.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { ROOT } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a crash right after the acknowledgement', () => {
  it('loses no acknowledged submission (kill -9 of the server process)', async () => {
    const path = join(dir, 'crash.sqlite');
    // Own process group: npx -> tsx -> node. SIGKILL to the group kills the server itself, not just npx.
    const child = spawn('npx', ['tsx', join(ROOT, 'test/dialogs/fixtures/crash-server.ts'), path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /LISTENING (\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`server exited before listening: ${stderr}`)));
      });
      let conversationId: string | undefined;
      const send = async (text: string) => {
        const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text }) });
        expect(res.status).toBe(200);
        const body = (await res.json()) as { conversationId: string; dialog?: { step: string | null; reference?: string } };
        conversationId = body.conversationId;
        return body;
      };
      for (const text of ['Wohngeld', '2', '500 Euro', '1500 Euro brutto', 'Rente', 'nichts davon', 'hier', 'ja', 'Maria Schmidt', '12.03.1950', 'Markt 1, 52349 Düren', 'überspringen', 'überspringen', 'überspringen']) await send(text);
      const ack = await send('ja');
      // The acknowledgement is in hand: kill at once, no graceful shutdown, no later write can help.
      killGroup();
      expect(await exited).toBe('SIGKILL');
      const reference = ack.dialog?.reference ?? '';
      expect(reference).toMatch(/^DN-\d{4}-\d{6}$/);

      const store = await openSqliteStore(path);
      const submission = await store.getSubmissionByReference(reference);
      expect(submission?.payload).toMatchObject({ data: { antragsteller: { name: 'Maria Schmidt' } } });
      expect(await store.outboxState(submission?.id ?? '')).toMatchObject({ deliveredAt: null });
      await store.close();
    } finally {
      killGroup();
    }
  }, 120_000);
});
