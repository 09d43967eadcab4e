/** The intent editor holds staff to the rules of `npm run content:check` (tester report A1-A4, B1). */
import { describe, expect, it } from 'vitest';
import { createStaffApp, editorOf, formOf, postChat, type StaffApp } from './staff-fixture.js';

const fieldError = (html: string, field: string) => new RegExp(`id="${field}-error">([^<]*)<`).exec(html)?.[1] ?? '';
const invalid = (html: string, field: string) => new RegExp(`<textarea[^>]*id="${field}"[^>]*aria-invalid="true"`).test(html) || new RegExp(`<input[^>]*id="${field}"[^>]*aria-invalid="true"`).test(html);
const updates = (app: StaffApp) => app.staffRepo.listAudit({ limit: 5, offset: 0, action: 'intent.' });

describe('the intent editor checks content like content:check', () => {
  it('refuses invented phone numbers, fees, hours and postcodes at the answer field and keeps the typed text', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const invented = 'Der Pass kostet 75 €. Rufen Sie uns an: 02421 999999. Geöffnet Sa 9:00 bis 20:00 Uhr, Hauptstraße 5, 52355 Teststadt.';
    const res = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: invented, answer_en: 'Call +49 2421 123456.' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(invalid(html, 'answer_de')).toBe(true);
    const error = fieldError(html, 'answer_de');
    for (const fact of ['Betrag „75“', 'Telefonnummer „02421 999999“', 'Uhrzeit „9:00“', 'Uhrzeit „20:00 Uhr“', 'Postleitzahl „52355“']) expect(error).toContain(`${fact} steht nicht in den geprüften Fakten`);
    expect(fieldError(html, 'answer_en')).toContain('Telefonnummer „+49 2421 123456“');
    expect(formOf(html).answer_de).toBe(invented);
    expect(await updates(app)).toEqual([]);
  }, 30_000);

  it('refuses a broken placeholder, a text of 6,000 characters, too few examples and an example of another intent, each at its field', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/personalausweis');
    const fields = formOf(client.lastHtml);
    const res = await client.post('/staff/intents/personalausweis', {
      ...fields,
      answer_plain: 'Gehen Sie ins Bürgerbüro: {{profile.buergerbuero_address',
      answer_en: 'Apply at the citizens office. '.repeat(200),
      examples_en: 'id card',
      examples_de: `${fields.examples_de}\nhundesteuer anmelden`,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'answer_plain')).toMatch(/^Unvollständiger Platzhalter bei „\{\{profile\.buergerbuero_address“/);
    expect(fieldError(html, 'answer_en')).toMatch(/^Der Text hat 5\.999 Zeichen, höchstens 1\.200 sind erlaubt/);
    expect(fieldError(html, 'examples_en')).toBe('Mindestens 8 englische Beispielfragen nötig, bisher 1.');
    expect(fieldError(html, 'examples_de')).toBe('„hundesteuer anmelden“ ist schon Beispielfrage beim Anliegen hundesteuer. Eine Frage gehört zu genau einem Anliegen.');
    for (const field of ['answer_plain', 'answer_en', 'examples_en', 'examples_de']) expect(invalid(html, field), field).toBe(true);
    expect(await updates(app)).toEqual([]);
  }, 30_000);

  it('refuses emptying the German examples, which the regression check let through before', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/personalausweis');
    const res = await client.post('/staff/intents/personalausweis', { ...formOf(client.lastHtml), examples_de: '' });
    expect(res.status).toBe(422);
    expect(fieldError(await res.text(), 'examples_de')).toBe('Mindestens 20 deutsche Beispielfragen nötig, bisher 0.');
  }, 30_000);

  it('saves hard-to-read Einfache Sprache but warns at the field, also after saving', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/personalausweis');
    const plain = 'Die Beantragung erfolgt unter Vorlage sämtlicher erforderlicher Nachweisdokumente bei der zuständigen Meldebehörde.';
    const res = await client.post('/staff/intents/personalausweis', { ...formOf(client.lastHtml), answer_plain: plain });
    expect(res.status).toBe(303);
    await client.get(res.headers.get('location') ?? '');
    expect(client.lastHtml).toContain('Gespeichert im Entwurf');
    expect(client.lastHtml).toMatch(/id="answer_plain-warning">Hinweis: Lesbarkeit -?\d+\. Für Einfache Sprache ist das Ziel 60 oder mehr/);
    expect(invalid(client.lastHtml, 'answer_plain')).toBe(false);
  }, 30_000);

  it('says in German what is wrong with an identifier, an empty title and a synonym line with two colons', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    await client.get('/staff/intents/new');
    const res = await client.post('/staff/intents/new', { id: 'Grillen-Park', kind: 'faq', title_de: '', title_en: 'Barbecue', synonyms: 'personalausweis: perso: ausweis\ngrill:' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(fieldError(html, 'id')).toBe('Nur Kleinbuchstaben (a–z), Ziffern und _, am Anfang ein Buchstabe.');
    expect(fieldError(html, 'title_de')).toBe('Bitte ausfüllen.');
    expect(fieldError(html, 'synonyms')).toBe('Zeile 1: Nur ein Doppelpunkt pro Zeile; trennen Sie die Varianten mit Kommas: „Begriff: Variante, Variante“. Zeile 2: Nach dem Doppelpunkt fehlt mindestens eine Variante.');
    expect(html).not.toMatch(/must not be empty|lower-case letters/);
    expect(invalid(html, 'id') && invalid(html, 'title_de') && invalid(html, 'synonyms')).toBe(true);
  }, 30_000);

  it('without the facts file, saves numbers unchecked and says so on the page', async () => {
    const app = await createStaffApp({ facts: undefined });
    const client = await editorOf(app);
    await client.get('/staff/intents/reisepass');
    const res = await client.post('/staff/intents/reisepass', { ...formOf(client.lastHtml), answer_de: 'Rufen Sie 02421 999999 an.' });
    expect(res.status).toBe(303);
    await client.get('/staff/intents/reisepass');
    expect(client.lastHtml).toContain('Auf diesem Server fehlt die Faktendatei (docs/facts.md)');
    await client.get('/staff/publish');
    expect(client.lastHtml).toContain('Zahlen wurden nicht mit den geprüften Fakten verglichen');
  }, 30_000);
});

describe('a new intent from the inbox', () => {
  it('closes the inbox group when the intent is created from it', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    for (const text of ['Darf ich im Stadtpark grillen?', 'Darf ich im Stadtpark grillen?', 'darf man im stadtpark grillen']) await postChat(app, { text });
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain('Darf ich im Stadtpark grillen?');
    const href = (/href="(\/staff\/intents\/new\?[^"]+)"/.exec(client.lastHtml)?.[1] ?? '').replace(/&amp;/g, '&');
    await client.get(href);
    const keys = [...client.lastHtml.matchAll(/name="inbox_keys" value="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    const fields = formOf(client.lastHtml);
    expect(fields.examples_de).toBe('Darf ich im Stadtpark grillen?');
    const examplesDe = [fields.examples_de, ...Array.from({ length: 19 }, (_, i) => `grillen im park regel ${i + 1}`)];
    const examplesEn = Array.from({ length: 8 }, (_, i) => `barbecue in the park rule ${i + 1}`);
    const created = await client.post('/staff/intents/new', {
      ...fields,
      id: 'grillen_park',
      kind: 'faq',
      title_de: 'Grillen im Park',
      title_en: 'Barbecue in the park',
      examples_de: examplesDe.join('\n'),
      examples_en: examplesEn.join('\n'),
      answer_de: 'Grillen ist im Stadtpark erlaubt.',
      answer_en: 'You may barbecue in the park.',
      answer_plain: 'Sie dürfen im Park grillen.',
      inbox_keys: keys,
    });
    expect(created.status).toBe(303);
    await client.get('/staff/inbox');
    expect(client.lastHtml).not.toContain('Stadtpark grillen');
    expect(client.lastHtml).toContain('0 Gruppe(n) offen.');
    const [audit] = await app.staffRepo.listAudit({ limit: 1, offset: 0, action: 'intent.create' });
    expect(audit?.after).toMatchObject({ inbox: keys });
  }, 30_000);
});
