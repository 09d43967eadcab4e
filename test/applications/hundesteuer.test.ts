import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dogTax } from '../../src/dialogs/applications/hundesteuer/tax.js';
import { harness, realContent, restartMidDialog, suggestionValues, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-hundesteuer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

/** From the start to the number of dogs. */
async function toCount(h: Harness): Promise<string> {
  await h.send('Ich möchte meinen Hund anmelden');
  await h.send('Erika Mustermann');
  return h.send('Schulstraße 5, 52349 Düren');
}

describe('dog tax registration (hundesteuer)', () => {
  it('computes the yearly tax from the rates in docs/facts.md', () => {
    const rates = { oneDog: 84, eachOfSeveral: 96, eachDangerous: 400 };
    expect(dogTax(rates, 1, 0).total).toBe(84);
    expect(dogTax(rates, 2, 0).total).toBe(192);
    expect(dogTax(rates, 1, 1).total).toBe(400);
    expect(dogTax(rates, 3, 1).total).toBe(2 * 96 + 400);
  });

  it('registers two dogs with a SEPA mandate, checks the IBAN and shows the expected tax', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('2');
    await h.send('ja');
    await h.send('nein');
    expect(await h.send('seit gestern')).toMatch(/Welche Rasse hat der Hund/);
    await h.send('Labrador');
    await h.send('Bello');
    expect(await h.send('276 09 8100123456')).toMatch(/192 €[\s\S]*Lastschrift/);
    await h.send('ja');
    expect(await h.send('DE89 3704 0044 0532 0130 01')).toMatch(/IBAN/);
    await h.send('DE89 3704 0044 0532 0130 00');
    await h.send('Erika Mustermann');
    expect(await h.send('ja')).toMatch(/Ist alles richtig/);
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({
      data: { dogs: 2, dangerous_dogs: 0, yearly_tax_eur: 192, dog: { breed: 'Labrador', name: 'Bello', chip_number: '276098100123456' }, sepa_mandate: { iban: 'DE89370400440532013000', consent: true } },
    });
  });

  it('reports the dialog status and the yes/no buttons in the HTTP response of POST /api/chat', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: 'name', done: false });
    expect(h.last.expectingInput).toBe(true);
    await h.send('Erika Mustermann');
    await h.send('Schulstraße 5, 52349 Düren');
    await h.send('1');
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: 'gefaehrlich', done: false });
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    await h.send('nein');
    await h.send('seit gestern');
    await h.send('Mischling');
    await h.send('überspringen');
    await h.send('überspringen');
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(await h.send('nein')).toMatch(/Ist alles richtig/);
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: 'confirm', done: false });
    await h.send('ja');
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: null, done: true, reference: expect.stringMatching(/^DN-2026-\d{6}$/) });
  });

  it.each(['einen', 'ein Hund', 'nur einen', 'one dog'])('counts "%s" as one dog', async (answer) => {
    const h = await harness();
    await toCount(h);
    expect(await h.send(answer)).toMatch(/Verstanden: Anzahl Hunde im Haushalt: 1/);
  });

  it('offers the explanation for "weiß nicht" at the dangerous-dog question instead of reading it as "nein"', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    const reply = await h.send('weiß nicht');
    expect(reply).not.toMatch(/Verstanden/);
    expect(h.last.dialog?.step).toBe('gefaehrlich');
  });

  it('answers "Was kostet die Hundesteuer?" at the owner question with the fees, not the breed help ("Hundes" is no mention of "Hundesteuer")', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    const reply = await h.send('Was kostet die Hundesteuer?');
    expect(reply).toMatch(/84 € für einen Hund/);
    expect(reply).not.toMatch(/Die Rasse braucht das Steueramt/);
  });

  it('says how to pay by transfer instead when the SEPA mandate is refused', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    await h.send('nein');
    for (const answer of ['seit gestern', 'Mischling', 'überspringen', 'überspringen', 'ja', 'DE89 3704 0044 0532 0130 00', 'Erika Mustermann']) await h.send(answer);
    expect(await h.send('nein')).toMatch(/Ohne Ihre Zustimmung kann die Stadt nicht abbuchen\. Sagen Sie „selbst überweisen“/);
  });

  it('checks the other answers again after a correction at the summary: no more dangerous dogs than dogs', async () => {
    const h = await harness();
    await toCount(h);
    for (const answer of ['2', 'ja', 'ja', '2', 'seit gestern', 'Dackel', 'überspringen', 'überspringen', 'nein']) await h.send(answer);
    const reply = await h.send('nein, 1 Hund');
    expect(reply).toMatch(/Davon gefährliche Hunde: Das kann nicht mehr sein als die Zahl Ihrer Hunde \(1\)/);
    // The changed number of dogs changes the tax: the payment question comes again with the new amount.
    expect(reply).toMatch(/400 € im Jahr[\s\S]*Lastschrift/);
    expect(await h.send('nein')).toMatch(/• Davon gefährliche Hunde: 1\n/);
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { dogs: 1, dangerous_dogs: 1, yearly_tax_eur: 400 } });
  });

  it('takes "auf mich" as the account holder: the owner named before', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    expect(await h.send('ich heiße Erika Mustermann')).toMatch(/Verstanden: Halterin oder Halter: Erika Mustermann\./);
    await h.send('Schulstraße 5, 52349 Düren');
    for (const answer of ['1', 'nein', 'seit gestern', 'Dackel', 'überspringen', 'überspringen', 'ja', 'DE89 3704 0044 0532 0130 00']) await h.send(answer);
    expect(await h.send('auf mich')).toMatch(/Verstanden: Kontoinhaberin oder Kontoinhaber: Erika Mustermann\./);
  });

  it('takes the number of dogs and the date from one message', async () => {
    const h = await harness();
    await toCount(h);
    const reply = await h.send('Wir haben 2 Hunde seit gestern');
    expect(reply).toMatch(/Verstanden: Anzahl Hunde im Haushalt: 2; Im Haushalt seit: 25\.11\.2026/);
    expect(h.last.dialog?.step).toBe('weitere_angemeldet');
    await h.send('ja');
    expect(await h.send('nein')).toMatch(/Welche Rasse/);
    await h.send('Mischling');
    await h.send('überspringen');
    expect(await h.send('überspringen')).toMatch(/192 €/);
  });

  // The clock is Thursday 26.11.2026: a date without a year and a weekday are the last ones, not the next.
  it.each([
    ['seit dem 20.11.', '20.11.2026'],
    ['20.11.', '20.11.2026'],
    ['seit Montag', '23.11.2026'],
    ['Montag', '23.11.2026'],
    ['seit 3 Tagen', '23.11.2026'],
    ['since 20 November', '20.11.2026'],
    // A month, a year or a span: the month's or year's first day, the span counted back.
    ['seit März 2023', '01.03.2023'],
    ['seit Oktober', '01.10.2026'],
    ['im Januar', '01.01.2026'],
    ['Ende November', '21.11.2026'],
    ['seit 2019', '01.01.2019'],
    ['letzten Monat', '01.10.2026'],
    ['seit einem Jahr', '26.11.2025'],
    ['vor zwei Monaten', '26.09.2026'],
  ])('reads "%s" as the date the dog came, %s', async (answer, date) => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    await h.send('nein');
    expect(await h.send(answer)).toMatch(new RegExp(`Verstanden: Im Haushalt seit: ${date.replace(/\./g, '\\.')}`));
  });

  it('says that a day without a year does not exist: "seit 31.2."', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    await h.send('nein');
    expect(await h.send('seit 31.2.')).toMatch(/Den 31\.2\. gibt es nicht/);
    expect(h.last.dialog?.step).toBe('seit');
  });

  it('asks for the breed, and takes a chip number only with 15 digits', async () => {
    const h = await harness();
    await toCount(h);
    for (const answer of ['1', 'nein', 'seit gestern']) await h.send(answer);
    expect(h.last.dialog?.step).toBe('rasse');
    expect(await h.send('überspringen')).toMatch(/Rasse/);
    expect(h.last.dialog?.step).toBe('rasse');
    await h.send('Golden Retriever');
    await h.send('überspringen');
    expect(await h.send('12345')).toMatch(/15 Ziffern/);
    expect(h.last.dialog?.step).toBe('chipnummer');
    expect(await h.send('276-09-8100-123456')).toMatch(/Verstanden: Chipnummer: 276098100123456/);
  });

  it('says the deadline without reproach to a late registration, and names the moving-in rule', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    await h.send('nein');
    const reply = await h.send('seit 1.11.2026');
    expect(reply).toMatch(/Die Frist für die Anmeldung ist eigentlich 14 Tage, nach einem Umzug mit Hund bis zum Folgemonat\. Melden Sie den Hund trotzdem jetzt an\./);
    expect(reply).not.toMatch(/fällig/);
  });

  it('shows the whole mandate text in Einfache Sprache too (the same mandate version is stored)', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden', { plainLanguage: true });
    for (const answer of ['Erika Mustermann', 'Schulstraße 5, 52349 Düren', '1', 'nein', 'seit gestern', 'Mischling', 'überspringen', 'überspringen', 'ja', 'DE89 3704 0044 0532 0130 00']) await h.send(answer);
    const mandate = await h.send('Erika Mustermann');
    expect(mandate).toMatch(/Dafür haben Sie 8 Wochen Zeit, ab dem Tag der Abbuchung/);
    expect(mandate).toMatch(/Zugleich weise ich mein Kreditinstitut an/);
  });

  it('still refuses a date ahead ("morgen", "1.12.2026")', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    await h.send('nein');
    expect(await h.send('morgen')).toMatch(/Dieses Datum liegt in der Zukunft/);
    expect(await h.send('1.12.2026')).toMatch(/Dieses Datum liegt in der Zukunft/);
    expect(await h.send('der Hund kommt erst am 1.12.')).toMatch(/Dieses Datum liegt in der Zukunft/);
    expect(await h.send('ab Januar')).toMatch(/Dieses Datum liegt in der Zukunft/);
  });

  it('corrects the number of dogs at a later question ("nein, 3 Hunde") and the tax follows it', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('2');
    await h.send('ja');
    await h.send('nein');
    const reply = await h.send('nein, 3 Hunde');
    expect(reply).toMatch(/Korrigiert: Anzahl Hunde im Haushalt: 3/);
    expect(reply).toMatch(/Seit wann lebt der Hund/);
    await h.send('seit gestern');
    await h.send('Mischling');
    await h.send('überspringen');
    expect(await h.send('überspringen')).toMatch(/288 €/);
  });

  it('answers an FAQ question mid-dialog and resumes at the same question', async () => {
    const h = await harness();
    await toCount(h);
    const away = await h.send('Wo ist das Bürgerbüro?');
    expect(away).toMatch(/Markt 2[\s\S]*Sollen wir mit „Hund anmelden \(Hundesteuer\)“ weitermachen\?/);
    expect(await h.send('ja')).toMatch(/Wie viele Hunde/);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('cancels on request and stores nothing; a plain "nein" to a question is an answer, not a cancellation', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    expect(await h.send('nein')).toMatch(/Verstanden: Gefährlicher Hund dabei: nein/);
    expect(await h.send('stop')).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/Anmeldung verworfen/);
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: null, done: true });
    expect(await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions')).toEqual({ n: 0 });
  });

  it('names the tax office after three unusable answers and asks the same question again', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('blau');
    expect(await h.send('grün')).not.toMatch(/Steueramt hilft/);
    const third = await h.send('gelb');
    expect(third).toMatch(/Das Steueramt hilft Ihnen weiter, über die Zentrale 02421 25-0/);
    expect(third).toMatch(/Wie viele Hunde/);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('continues after a restart: the same conversation on a reopened database file', async () => {
    const after = await restartMidDialog(join(dir, 'restart.sqlite'), async (h) => {
      await h.send('Ich möchte meinen Hund anmelden');
      await h.send('Erika Mustermann');
    });
    expect(await after.send('Schulstraße 5, 52349 Düren')).toMatch(/Wie viele Hunde/);
    expect(after.last.dialog?.step).toBe('anzahl');
    await after.store.close();
  });
});
