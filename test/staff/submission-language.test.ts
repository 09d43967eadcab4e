/**
 * The clerk reads every submission in German clerk format, whatever language the citizen used (tester-g D12):
 * "€3,420" is three euros to a German reader.
 */
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../src/core/types.js';
import type { DialogDefinition } from '../../src/dialogs/schema.js';
import { displayValue } from '../../src/dialogs/slot-values.js';
import { submit } from '../../src/dialogs/submit.js';
import { createCaseworkApp, NOW, type CaseworkApp } from './casework-fixture.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

/** A Wohngeld application stored as the engine stores it when the citizen answered in English. */
async function englishWohngeld(app: CaseworkApp): Promise<string> {
  const dialog = (app.content.dialogs as DialogDefinition[]).find((d) => d.id === 'wohngeld');
  if (!dialog) throw new Error('no wohngeld dialog');
  const answers: Record<string, JsonValue> = { personen: 4, miete: 750, einkommen: 3420, einkommen_art: 'arbeit', weiter: 'hier', name: 'Aisha Rahman', geburtsdatum: '1988-02-14', einwilligung: true };
  const summary = dialog.steps
    .filter((step) => step.slot in answers)
    .map((step) => ({ label: step.label, value: displayValue(step, answers[step.slot] ?? null, 'en'), slot: step.slot, type: step.type, raw: answers[step.slot] ?? null }));
  const { reference } = await submit(app.store, {
    dialog,
    profile: app.content.profile,
    conversationId: 'c-en',
    idempotencyKey: 'c-en:run',
    locale: 'en',
    plainLanguage: false,
    summary,
    // The estimate row comes rendered by the completion handler in the citizen's language.
    result: { payload: {}, summaryRows: [{ label: { de: 'Geschätztes Wohngeld (keine Zusage)', en: 'Estimated Wohngeld (no promise)' }, value: '€390' }] },
    now: NOW,
  });
  return reference;
}

describe('submissions in the clerk\'s language', () => {
  it('shows a Wohngeld application made in English with German amounts, option labels, dates and yes/no, and says the applicant wrote in English', async () => {
    const app = await createCaseworkApp();
    const reference = await englishWohngeld(app);
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${reference}`);
    const page = text(clerk.lastHtml);
    for (const expected of ['Bruttoeinkommen im Monat (alle Personen) 3.420 €', 'Bruttokaltmiete im Monat 750 €', 'Art des Einkommens Lohn oder Gehalt', 'Wie weiter Hier vorbereiten', 'Geburtsdatum 14.02.1988', 'Einwilligung ja', 'Geschätztes Wohngeld (keine Zusage) 390 €', 'Sprache des Antragstellers Englisch']) {
      expect(page).toContain(expected);
    }
    for (const english of ['€3,420', 'Wages or salary', '14/02/1988', 'Prepare it here', '€390']) expect(page).not.toContain(english);
  }, 30_000);

  it('shows a problem report made in the English chat in German, and one made in plain language as such', async () => {
    const app = await createCaseworkApp();
    for (const m of ['The street light in front of my house is broken', 'Kölnstraße 12', 'The lamp flickers all night', 'skip', 'yes']) await app.send(m, { locale: 'en' });
    const english = app.reference;
    app.newConversation();
    for (const m of ['Laterne kaputt', 'Kölnstraße 12', 'Die Lampe flackert', 'überspringen', 'ja']) await app.send(m, { plainLanguage: true });
    const plain = app.reference;
    expect(plain).not.toBe(english);
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${english}`);
    const page = text(clerk.lastHtml);
    expect(page).toContain('Art des Schadens Straßenlaterne defekt');
    expect(page).toContain('Kontakt für Rückfragen keine Angabe');
    expect(page).toContain('Sprache des Antragstellers Englisch');
    expect(page).not.toMatch(/Street light out|not given/);
    await clerk.get(`/staff/submissions/${plain}`);
    expect(text(clerk.lastHtml)).toContain('Sprache des Antragstellers Deutsch (Einfache Sprache)');
  }, 30_000);

  it('reads an English submission stored before the raw values were kept in German clerk format too', async () => {
    const app = await createCaseworkApp();
    const label = (de: string, en: string) => ({ de, en });
    const { record } = await app.store.createSubmission({
      id: crypto.randomUUID(),
      type: 'wohngeld',
      dialogId: 'wohngeld',
      idempotencyKey: 'old:run',
      conversationId: null,
      payload: {
        dialog: 'wohngeld',
        locale: 'en',
        summary: [
          { label: label('Personen im Haushalt', 'People in the household'), value: '4' },
          { label: label('Bruttoeinkommen im Monat (alle Personen)', 'Monthly gross income (everyone)'), value: '€3,420' },
          { label: label('Art des Einkommens', 'Kind of income'), value: 'Wages or salary' },
          { label: label('Geburtsdatum', 'Date of birth'), value: '14/02/1988' },
          { label: label('Telefon', 'Phone'), value: 'not given' },
          { label: label('Einwilligung', 'Consent'), value: 'yes' },
          { label: label('Weitere Personen im Haushalt', 'Other household members'), value: 'Omar 01/01/1985 husband' },
        ],
        data: {},
      },
      summaryTokenHash: 'x',
      referencePrefix: 'DN',
      createdAt: NOW.toISOString(),
      retainUntil: '2099-01-01T00:00:00.000Z',
    });
    const clerk = await app.signedIn('clara', ['clerk']);
    await clerk.get(`/staff/submissions/${record.reference}`);
    const page = text(clerk.lastHtml);
    for (const expected of ['3.420 €', 'Lohn oder Gehalt', '14.02.1988', 'Telefon keine Angabe', 'Einwilligung ja', 'Sprache des Antragstellers Englisch']) expect(page).toContain(expected);
    // What the citizen typed in free text stays as typed.
    expect(page).toContain('Omar 01/01/1985 husband');
  }, 30_000);
});
