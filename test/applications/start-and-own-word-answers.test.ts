/**
 * Smoke 19 B1, B2, B3, B5: a phone number beside the name goes to the contact step; the question's own word
 * answers it ("Lastschrift", "Reisepass"); a misspelt start is no answer to the first step; a question about
 * the topic in any word order gets the topic's answer, not the form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asksForInformation } from '../../src/dialogs/info-question.js';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('answers that the applications now understand', () => {
  it('takes "Max Müller, 0176 12345678" as the name and the phone number as the contact', async () => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '2 Matratzen', 'Hauptstraße 5, 52349 Düren', 'egal']) await h.send(m);
    const reply = await h.send('Max Müller, 0176 12345678');
    expect(reply).toMatch(/Name: Max Müller(?!,)/);
    expect(reply).not.toMatch(/Name: Max Müller, 0176/);
    expect(reply).toMatch(/Telefon oder E-Mail: 0176/);
  });

  async function atDirectDebit() {
    const h = await harness();
    for (const m of ['Ich möchte meinen Hund anmelden', 'Hans Müller', 'Hauptstraße 5, 52349 Düren', '1', 'nein', 'seit gestern', 'Labrador', 'Bello', 'überspringen']) await h.send(m);
    expect(h.last.dialog?.step).toBe('lastschrift');
    return h;
  }

  it('reads "Lastschrift" at the direct-debit question as yes and "Überweisung" as no', async () => {
    const yes = await atDirectDebit();
    expect(await yes.send('Lastschrift')).toMatch(/Zahlung per Lastschrift: ja[\s\S]*Wie lautet Ihre IBAN/);
    const no = await atDirectDebit();
    expect(await no.send('Überweisung')).toMatch(/Zahlung per Lastschrift: nein/);
    expect(no.last.dialog?.step).not.toBe('iban');
  });

  it.each([
    ['Reisepass', 'Reisepass'],
    ['Meldebescheinigung', 'Meldebescheinigung'],
  ])('books with the concern taken when "%s" answers "buchen, absagen oder verschieben?"', async (answer, concern) => {
    const h = await harness();
    await h.send('Termin im Bürgerbüro');
    expect(h.last.dialog?.step).toBe('aktion');
    expect(await h.send(answer)).toMatch(new RegExp(`Anliegen zum Termin: Termin buchen; Anliegen: ${concern}`));
    expect(h.last.dialog?.step).toBe('wunsch');
  });

  it.each(['sperrmül anmelden', 'sperrmul anmelden', 'Ich möchte bitte Sperrmuell anmelden'])('asks for the items after the start "%s" instead of storing it as them', async (start) => {
    const h = await harness();
    const reply = await h.send(start);
    expect(reply).not.toMatch(/Gegenstände:/);
    expect(reply).toMatch(/Was soll abgeholt werden/);
  });

  it('still takes the items named in the start message', async () => {
    const h = await harness();
    expect(await h.send('Sperrmüll anmelden: ein Sofa und zwei Matratzen')).toMatch(/Gegenstände: ein Sofa und zwei Matratzen/);
  });

  it.each(['hundesteuer wie viel', 'hundesteur wie viel', 'Kann ich die Hundesteuer leichter bezahlen?'])('answers "%s" with the rates and the start button', async (text) => {
    const h = await harness();
    const reply = await h.send(text);
    expect(reply).toMatch(/84 € für einen Hund/);
    expect(reply).not.toMatch(/Wie heißt die Halterin/);
    expect(h.last.replies.at(-1)?.suggestions?.[0]?.value).toBe('intent:hundesteuer');
  });

  it.each(['Wohngeld was ist das', 'Wohngeld einfach erklärt', 'hundesteuer wie viel', 'Kann ich die Hundesteuer leichter bezahlen?'])('reads "%s" as asking for information', (text) => {
    expect(asksForInformation(text)).toBe(true);
  });

  it.each(['Kann ich Wohngeld einfacher beantragen?', 'Wohngeld beantragen', 'Ich möchte meinen Hund anmelden'])('still reads "%s" as asking for the application', (text) => {
    expect(asksForInformation(text)).toBe(false);
  });
});
