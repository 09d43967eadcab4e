/** GET /api/submissions/<reference>/status and the chat's status answer, on the app as `npm start` composes it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken, sha256Hex } from '../../src/dialogs/secrets.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let app: ComposedApp;
beforeAll(async () => {
  // Behind a proxy, so that each test's client can have its own address (X-Forwarded-For).
  app = await composedApp({ TRUST_PROXY: 'true' });
});
afterAll(async () => app?.close());

async function submitted(referencePrefix = 'DN', type = 'wohngeld', createdAt = new Date().toISOString()) {
  const token = randomToken();
  const { record } = await app.node.store.createSubmission({
    id: crypto.randomUUID(),
    type,
    dialogId: type,
    idempotencyKey: `${crypto.randomUUID()}:run-1`,
    conversationId: null,
    payload: { locale: 'de', data: { name: 'Erika Mustermann' } },
    summaryTokenHash: await sha256Hex(token),
    referencePrefix,
    createdAt,
    retainUntil: new Date(Date.now() + 180 * 86_400_000).toISOString(),
  });
  return { token, reference: record.reference, id: record.id };
}

const setProgress = (id: string, status: string) =>
  app.node.store.db.batch([{ sql: 'INSERT INTO submission_progress (submission_id, status, updated_at, updated_by) VALUES (?, ?, ?, ?)', params: [id, status, new Date().toISOString(), 'clerk'] }]);
const statusOf = async (reference: string, client = '198.51.100.1') => app.request(`/api/submissions/${reference}/status`, { headers: { 'x-forwarded-for': client } });

async function chat(text: string): Promise<{ text: string; intent: string | undefined }> {
  const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const body = (await res.json()) as { replies: Array<{ text: string }>; intent: { id: string } | null };
  return { text: body.replies.map((r) => r.text).join('\n'), intent: body.intent?.id };
}

// Days as Düren sees them (Europe/Berlin), not UTC days: the fix of tester-o A1.
const day = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
const german = (iso: string) => day(iso).split('-').reverse().join('.');

describe('the status of a submission', () => {
  it('says that the citizen erased it, over HTTP and in chat, instead of "wird weitergeleitet"', async () => {
    const { token, reference } = await submitted();
    const before = await (await app.request(`/api/submissions/${reference}/status`)).json();
    expect(before).toMatchObject({ reference, type: 'wohngeld', erasedOn: null });

    const erasure = await app.request(`/api/submissions/${reference}?token=${encodeURIComponent(token)}`, { method: 'DELETE' });
    expect(erasure.status).toBe(200);
    const { erasedAt } = (await erasure.json()) as { erasedAt: string };
    const res = await app.request(`/api/submissions/${reference}/status`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference, type: 'wohngeld', erasedOn: day(erasedAt) });

    const answer = await chat(`Stand ${reference}`);
    expect(answer.text).toContain(`Die Angaben dazu wurden am ${german(erasedAt)} von Ihnen gelöscht.`);
    expect(answer.text).not.toMatch(/weitergeleitet|bearbeitet/);
  });

  it('gives the Düren day of receipt and erasure, also between midnight and 1 a.m. when UTC is still the day before (tester-o A1)', async () => {
    // 23:45 UTC on 31.12.2026 is 00:45 on 1.1.2027 in Düren.
    const { token, reference, id } = await submitted('DN', 'sperrmuell', '2026-12-31T23:45:00.000Z');
    expect(await (await statusOf(reference, '198.51.100.20')).json()).toMatchObject({ receivedOn: '2027-01-01', erasedOn: null });
    expect((await chat(`Stand ${reference}`)).text).toContain('ist am 01.01.2027 eingegangen');

    const erasure = await app.request(`/api/submissions/${reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(await erasure.json()).toMatchObject({ reference, receivedOn: '2027-01-01' });
    // The erasure marker as if written at 00:40 Düren time on New Year's Day.
    await app.node.store.db.batch([{ sql: 'UPDATE submissions SET payload = ? WHERE id = ?', params: [JSON.stringify({ erased: true, erasedAt: '2026-12-31T23:40:00.000Z' }), id] }]);
    expect(await (await statusOf(reference, '198.51.100.20')).json()).toMatchObject({ receivedOn: '2027-01-01', erasedOn: '2027-01-01' });
    expect((await chat(`Stand ${reference}`)).text).toContain('Die Angaben dazu wurden am 01.01.2027 von Ihnen gelöscht.');
  });

  it('names the kind of request and logs the lookup under its topic', async () => {
    const { reference } = await submitted();
    const answer = await chat(`Was ist mit meinem Antrag ${reference}?`);
    expect(answer.text).toMatch(new RegExp(`Ihr Vorgang „Wohngeld“ mit der Nummer ${reference} ist am`));
    expect(answer.intent).toBe('wohngeld');
  });

  it('does not say whether Wohngeld or the dog tax was granted or refused: both read "closed", as in the chat (tester-n 3)', async () => {
    for (const type of ['wohngeld', 'hundesteuer']) {
      const granted = await submitted('DN', type);
      const refused = await submitted('DN', type);
      await setProgress(granted.id, 'done');
      await setProgress(refused.id, 'rejected');
      expect(await (await statusOf(granted.reference)).json()).toMatchObject({ progress: 'closed' });
      expect(await (await statusOf(refused.reference)).json()).toMatchObject({ progress: 'closed' });
    }
    const report = await submitted('DN', 'maengelmelder');
    await setProgress(report.id, 'rejected');
    expect(await (await statusOf(report.reference)).json()).toMatchObject({ progress: 'rejected' });
  });

  it('answers 429 after 20 unknown references from one client, so references cannot be tried in bulk', async () => {
    for (let i = 0; i < 20; i++) expect((await statusOf(`DN-2026-9${String(i).padStart(5, '0')}`, '198.51.100.7')).status).toBe(404);
    const refused = await statusOf('DN-2026-999999', '198.51.100.7');
    expect(refused.status).toBe(429);
    expect((await statusOf('DN-2026-999999', '198.51.100.8')).status).toBe(404);
  });

  it('accepts every reference the city can issue, also with a six-letter prefix', async () => {
    const { reference } = await submitted('TABCDE');
    const res = await app.request(`/api/submissions/${reference}/status`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference });
  });
});
