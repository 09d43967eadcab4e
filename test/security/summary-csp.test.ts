/** The printable summary's inline stylesheet was blocked by its own CSP (report E3): the CSP now allows exactly it. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken, sha256Hex } from '../../src/dialogs/secrets.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

describe('the printable summary page', () => {
  it("allows exactly its one inline stylesheet by hash, and no scripts, other styles or framing", async () => {
    const token = randomToken();
    const conversationId = crypto.randomUUID();
    const { record } = await app.node.store.createSubmission({
      id: crypto.randomUUID(),
      type: 'sperrmuell',
      dialogId: 'sperrmuell',
      idempotencyKey: `${conversationId}:run-1`,
      conversationId,
      payload: { locale: 'de', summary: [{ label: { de: 'Ort', en: 'Place' }, value: 'Markt 1' }] },
      summaryTokenHash: await sha256Hex(token),
      referencePrefix: 'DN',
      createdAt: new Date().toISOString(),
      retainUntil: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const res = await app.request(`/api/submissions/${record.reference}/summary?token=${encodeURIComponent(token)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0] ?? '').digest('base64');
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['style-src']).toEqual([`'sha256-${hash}'`]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['script-src']).toBeUndefined();
    expect(html).not.toMatch(/<script|style="/);
  });
});
