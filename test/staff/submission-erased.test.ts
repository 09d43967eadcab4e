/** A submission the citizen erased (tester-g D15): a plain note for the clerk, marked in the list, status frozen. */
import { describe, expect, it } from 'vitest';
import { eraseSubmissionData } from '../../src/store/submission-erasure.js';
import { createCaseworkApp, NOW } from './casework-fixture.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

describe('a submission erased by the citizen', () => {
  it('shows when the citizen erased it in Berlin time instead of raw JSON, marks it in the list and refuses a status change', async () => {
    const app = await createCaseworkApp();
    const { record } = await app.store.createSubmission({
      id: crypto.randomUUID(),
      type: 'wohngeld',
      dialogId: 'wohngeld',
      idempotencyKey: 'e:run',
      conversationId: null,
      payload: { dialog: 'wohngeld', locale: 'de', summary: [{ label: { de: 'Name', en: 'Name' }, value: 'Erika Muster' }], data: {} },
      summaryTokenHash: 'x',
      referencePrefix: 'DN',
      createdAt: NOW.toISOString(),
      retainUntil: '2099-01-01T00:00:00.000Z',
    });
    expect(await eraseSubmissionData(app.store.db, record.id, '2026-11-29T11:27:48.198Z')).toEqual({ appointmentCancelled: false });
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${record.reference}`);
    const page = text(clerk.lastHtml);
    expect(page).toContain('Vom Antragsteller gelöscht am 29.11.2026, 12:27');
    expect(page).not.toMatch(/erased|erasedAt|Erika Muster/);
    expect(clerk.lastHtml).not.toContain('name="status"');
    await clerk.get('/staff/submissions');
    expect(text(clerk.lastHtml)).toMatch(new RegExp(`${record.reference} Wohngeld – .* neu Vom Antragsteller gelöscht am 29\\.11\\.2026, 12:27`));
    const refused = await clerk.post(`/staff/submissions/${record.reference}/status`, { status: 'done', loaded_status: 'new' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Vom Antragsteller gelöscht am 29.11.2026, 12:27. Sein Status lässt sich nicht mehr ändern.');
    expect(await app.store.getSubmissionProgress(record.id)).toBeNull();
  }, 30_000);
});
