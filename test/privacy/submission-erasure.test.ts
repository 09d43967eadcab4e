/** DELETE /api/submissions/<reference>: the citizen erases their personal data with the key from the summary link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken } from '../../src/dialogs/secrets.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';
import { storedSubmission } from '../support/stored-submission.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

const submitted = () => storedSubmission(app, { type: 'wohngeld', data: { name: 'Erika Mustermann', iban: 'DE89370400440532013000' }, summaryName: 'Erika Mustermann' });

describe('erasing a submission', () => {
  it('drops the personal data, keeps reference and status, and kills the summary link', async () => {
    const { token, record } = await submitted();
    const summary = `/api/submissions/${record.reference}/summary?token=${encodeURIComponent(token)}`;
    expect((await app.request(summary)).status).toBe(200);

    const res = await app.request(`/api/submissions/${record.reference}?token=${encodeURIComponent(token)}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference: record.reference, type: 'wohngeld', status: 'erased' });

    const row = await app.node.store.getSubmissionByReference(record.reference);
    expect(row?.payload).toEqual({ erased: true, erasedAt: expect.any(String) });
    expect(row?.conversationId).toBeNull();
    expect(JSON.stringify(row)).not.toMatch(/Mustermann|DE89/);
    expect((await app.request(summary)).status).toBe(404);
    const status = await app.request(`/api/submissions/${record.reference}/status`);
    if (status.status !== 404) expect(await status.json()).toMatchObject({ reference: record.reference, type: 'wohngeld' });
    // A second request finds nothing to erase.
    expect((await app.request(`/api/submissions/${record.reference}?token=${encodeURIComponent(token)}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('accepts the key as a bearer token', async () => {
    const { token, record } = await submitted();
    const res = await app.request(`/api/submissions/${record.reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
  });

  it('refuses without the right key and keeps the data', async () => {
    const { record } = await submitted();
    const none = await app.request(`/api/submissions/${record.reference}`, { method: 'DELETE' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'token_required', field: 'token' } });
    const wrong = await app.request(`/api/submissions/${record.reference}?token=${randomToken()}`, { method: 'DELETE' });
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toMatchObject({ error: { code: 'submission_not_found', field: 'token' } });
    const bad = await app.request('/api/submissions/nonsense?token=x', { method: 'DELETE' });
    expect(bad.status).toBe(400);
    expect((await app.node.store.getSubmissionByReference(record.reference))?.payload).toMatchObject({ data: { name: 'Erika Mustermann' } });
  });
});
