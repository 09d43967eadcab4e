/**
 * Report j-14: when the citizen erases an application the office's system already received, the erasure is
 * passed on (the outbox delivers the erasure marker once more, Art. 19) and the answer says when it was forwarded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryKey } from '../../src/dialogs/outbox-worker.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';
import { storedSubmission } from '../support/stored-submission.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

const submitted = () => storedSubmission(app, { type: 'hundesteuer', data: { name: 'Xaver Quellenbrink', iban: 'DE02120300000000202051' }, createdAt: '2026-11-20T10:00:00.000Z' });

const due = async (id: string) => (await app.node.store.dueOutbox('2999-01-01T00:00:00.000Z', 1000)).filter((item) => item.submissionId === id);

describe('erasing an application the office already received', () => {
  it('sends the erasure marker to the office once more, under a new key, and says when it was forwarded', async () => {
    const { token, record } = await submitted();
    const [original] = await due(record.id);
    await app.node.store.markDelivered(record.id, '2026-11-20T23:30:00.000Z');
    expect(await due(record.id)).toEqual([]);

    const res = await app.request(`/api/submissions/${record.reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    // 23:30 UTC is the next day in Düren.
    expect(await res.json()).toMatchObject({ status: 'erased', forwardedOn: '2026-11-21', officeNotified: true });

    const [notice] = await due(record.id);
    expect(notice?.payload).toEqual({ erased: true, erasedAt: expect.any(String) });
    expect(notice?.reference).toBe(record.reference);
    expect(original && notice && (await deliveryKey(notice)) !== (await deliveryKey(original))).toBe(true);
  });

  it('says nothing was forwarded when the office had not received it yet', async () => {
    const { token, record } = await submitted();
    const res = await app.request(`/api/submissions/${record.reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toMatchObject({ status: 'erased', forwardedOn: null, officeNotified: false });
    expect((await due(record.id)).map((item) => item.payload)).toEqual([{ erased: true, erasedAt: expect.any(String) }]);
  });
});
