/**
 * Finding and exporting one application (tester-g D13): by the applicant's name, as JSON and as a printable page
 * for an access request (PRIVACY.md § 4), the list export in German; only for the case-work role, all audited.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/core/types.js';
import { createStaffRepository } from '../../src/staff/store/staff-repository.js';
import { createCaseworkApp, NOW, type CaseworkApp } from './casework-fixture.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

async function stored(app: CaseworkApp, type: string, name: string, createdAt = NOW.toISOString()): Promise<string> {
  const summary: JsonObject[] = [
    { label: { de: 'Name', en: 'Name' }, value: name, slot: 'name', type: 'text', raw: name },
    { label: { de: 'Bruttokaltmiete im Monat', en: 'Monthly rent without heating' }, value: '€450', slot: 'miete', type: 'money', raw: 450 },
  ];
  const { record } = await app.store.createSubmission({
    id: crypto.randomUUID(),
    type,
    dialogId: type,
    idempotencyKey: `${crypto.randomUUID()}:run`,
    conversationId: null,
    payload: { dialog: type, locale: 'en', plainLanguage: false, summary, data: { antragsteller: { name } } },
    summaryTokenHash: 'x',
    referencePrefix: 'DN',
    createdAt,
    retainUntil: '2099-01-01T00:00:00.000Z',
  });
  return record.reference;
}

describe('finding and exporting submissions', () => {
  it('finds an application by the applicant\'s name however the umlauts are typed, and names the kind in German', async () => {
    const app = await createCaseworkApp();
    const mueller = await stored(app, 'wohngeld', 'Erika Müller-Lüdenscheidt');
    const other = await stored(app, 'wohngeld', 'Paul Probe');
    const clerk = await app.signedIn('clara', ['clerk']);
    for (const search of ['müller', 'Mueller-Luedenscheidt', 'muller erika']) {
      await clerk.get(`/staff/submissions?name=${encodeURIComponent(search)}`);
      expect(clerk.lastHtml).toContain(mueller);
      expect(clerk.lastHtml).not.toContain(other);
    }
    expect(text(clerk.lastHtml)).toContain('Wohngeld Erika Müller-Lüdenscheidt');
    expect(clerk.lastHtml).toContain('<option value="wohngeld">Wohngeld</option>');
    // The audit log says who searched and what they saw, not the name searched for.
    const audit = await createStaffRepository(app.store.db).listAudit({ limit: 20, offset: 0, action: 'submission.list' });
    const entry = JSON.stringify(audit[0]);
    expect(entry).toContain(mueller);
    expect(entry).toContain('nameSearch');
    expect(entry).not.toMatch(/muller|Müller/i);
  }, 30_000);

  it('exports one application with its data as JSON and as a printable page, each written to the audit log', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'wohngeld', 'Erika Müller');
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${reference}`);
    expect(clerk.lastHtml).toContain(`/staff/submissions/${reference}/export.json`);
    const json = await clerk.get(`/staff/submissions/${reference}/export.json`);
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="${reference}.json"`);
    const body = (await json.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ aktenzeichen: reference, art: 'Wohngeld', art_kennung: 'wohngeld', status: 'neu', status_kennung: 'new', sprache_antragsteller: 'Englisch', daten: { antragsteller: { name: 'Erika Müller' } } });
    expect(body.angaben).toEqual([{ angabe: 'Name', wert: 'Erika Müller' }, { angabe: 'Bruttokaltmiete im Monat', wert: '450 €' }]);
    await clerk.get(`/staff/submissions/${reference}/druck`);
    const page = text(clerk.lastHtml);
    expect(page).toContain(`Wohngeld: Antrag ${reference}`);
    expect(page).toContain('Bruttokaltmiete im Monat 450 €');
    expect(page).toContain('Ausdruck vom 26.11.2026, 10:00 durch clara');
    const audit = await createStaffRepository(app.store.db).listAudit({ limit: 20, offset: 0, action: 'submission.export' });
    expect(audit.filter((e) => e.target === `submission:${reference}`)).toHaveLength(2);
  }, 30_000);

  it('exports the list with German headers and status labels, the codes for scripts, the name and the applicant\'s language', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'wohngeld', 'Erika Müller', '2026-03-02T09:00:00.000Z');
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${reference}`);
    await clerk.post(`/staff/submissions/${reference}/status`, { status: 'rejected', loaded_status: 'new' });
    const csv = await (await clerk.get('/staff/submissions.csv')).text();
    expect(csv).toContain(
      'Aktenzeichen;Art;Art (Kennung);Name;Eingang (Europe/Berlin);Status;Status (Kennung);Status geändert (Europe/Berlin);Weitergeleitet (Europe/Berlin);Löschung am (Europe/Berlin);Vom Antragsteller gelöscht (Europe/Berlin);Sprache des Antragstellers',
    );
    expect(csv).toContain(`${reference};Wohngeld;wohngeld;Erika Müller;2026-03-02 10:00:00;abgelehnt;rejected;2026-11-26 10:00:00;;2099-01-01 01:00:00;;Englisch`);
  }, 30_000);

  it('keeps a bidi override or NUL stored before input was cleaned out of the CSV export and isolates the name in the list (retest 19 N6)', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'wohngeld', "Ërika 😀 O'Brien\u0000 \u202eXYZ\u2066");
    const clerk = await app.signedIn('clara', ['clerk']);
    const csv = await (await clerk.get('/staff/submissions.csv')).text();
    expect(csv).toContain(`${reference};Wohngeld;wohngeld;Ërika 😀 O'Brien XYZ;`);
    expect(csv).not.toMatch(/[\u0000\u202a-\u202e\u2066-\u2069]/);
    await clerk.get('/staff/submissions');
    expect(clerk.lastHtml).toMatch(/<bdi>Ërika 😀 O&#39;Brien/);
  }, 30_000);

  it('lets no editor or administrator list, search or export submissions', async () => {
    const app = await createCaseworkApp();
    const reference = await stored(app, 'wohngeld', 'Erika Müller');
    for (const [user, role] of [['eddie', 'editor'], ['ada', 'admin']] as const) {
      const client = await app.signedIn(user, [role]);
      for (const path of ['/staff/submissions?name=M%C3%BCller', '/staff/submissions.csv?name=M%C3%BCller', `/staff/submissions/${reference}/export.json`, `/staff/submissions/${reference}/druck`]) {
        const res = await client.get(path);
        expect(res.status).toBe(403);
        expect(await res.text()).not.toContain('Müller');
      }
    }
  }, 30_000);
});
