/**
 * Amounts too small to be meant are asked back once (tester-r A1): a gross cold rent of 2 € or an income of 3 € a
 * month went into the estimate and the application without a question. "ja" keeps the amount, a new amount
 * replaces it; an income of 0 € stays a plain answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestionValues } from '../support/transcript-harness.js';
import { atRent, harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('a rent of a few euros', () => {
  it.each([['2 €', '2 €'], ['3 Euro', '3 €'], ['49', '49 €']])('is asked back: "%s"', async (answer, amount) => {
    const h = await atRent();
    const reply = await h.send(answer);
    expect(reply).toContain(`Meinen Sie wirklich ${amount} im Monat?`);
    expect(reply).not.toMatch(/Verstanden: Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('is kept with "ja"', async () => {
    const h = await atRent();
    await h.send('2 €');
    const reply = await h.send('ja');
    expect(reply).toMatch(/Verstanden: Bruttokaltmiete im Monat: 2 €/);
    expect(h.last.dialog?.step).toBe('einkommen');
  });

  it('is replaced by a new amount', async () => {
    const h = await atRent();
    await h.send('2 €');
    expect(await h.send('550 Euro')).toMatch(/Verstanden: Bruttokaltmiete im Monat: 550 €/);
    expect(h.last.dialog?.step).toBe('einkommen');
  });

  it('is asked for again after "nein"', async () => {
    const h = await atRent();
    await h.send('2 €');
    expect(await h.send('nein')).toMatch(/Dann nennen Sie bitte die Miete im Monat in Euro\.[\s\S]*Wie hoch ist Ihre Bruttokaltmiete/);
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('is asked alone, with Ja/Nein, and again after "Was ist Bruttokaltmiete?"; "ja" then keeps it', async () => {
    const h = await atRent();
    expect(await h.send('30 Euro')).not.toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(await h.send('Was ist Bruttokaltmiete?')).toMatch(/Kaltmiete plus die Nebenkosten[\s\S]*Meinen Sie wirklich 30 € im Monat\?/);
    expect(await h.send('ja')).toMatch(/Verstanden: Bruttokaltmiete im Monat: 30 €/);
  });

  it('is not asked back from 50 € on', async () => {
    const h = await atRent();
    expect(await h.send('50 Euro')).toMatch(/Verstanden: Bruttokaltmiete im Monat: 50 €/);
  });

  it('given as a correction at a later question, is taken with a note (a "ja" there would answer that question)', async () => {
    const h = await atRent();
    await h.send('600 Euro');
    const reply = await h.send('die Miete ist doch 3');
    expect(reply).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 3 €\. Hinweis: 3 € im Monat ist sehr wenig/);
    expect(h.last.dialog?.step).toBe('einkommen');
  });

  it('is asked back in English', async () => {
    const h = await harness();
    await h.send('I would like to apply for housing benefit');
    await h.send('3');
    expect(await h.send('3 euros')).toMatch(/Do you really mean €3 a month\?/);
    expect(await h.send('yes')).toMatch(/Monthly rent without heating: €3/);
  });
});

describe('an income of a few euros', () => {
  async function atIncome() {
    const h = await atRent();
    await h.send('600 Euro');
    return h;
  }

  it('is asked again in Einfache Sprache after "Einfache Sprache bitte", and "ja" keeps it', async () => {
    const h = await atIncome();
    await h.send('5 Euro');
    expect(await h.send('Einfache Sprache bitte')).toMatch(/Bekommen Sie wirklich nur 5 € im Monat\?/);
    expect(await h.send('ja')).toMatch(/5 €\./);
    expect(h.last.dialog?.step).toBe('einkommen_art');
  });

  it('is asked back as perhaps meant in thousands: "2"', async () => {
    const h = await atIncome();
    const reply = await h.send('2 Euro');
    expect(reply).toContain('Meinen Sie wirklich 2 € im Monat, oder 2.000 €?');
    expect(h.last.dialog?.step).toBe('einkommen');
    expect(await h.send('2000')).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 2\.000 €/);
  });

  it('is kept with "ja"', async () => {
    const h = await atIncome();
    await h.send('5 Euro');
    expect(await h.send('ja')).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 5 €/);
    expect(h.last.dialog?.step).toBe('einkommen_art');
  });

  it.each(['0', '0 Euro', 'kein Einkommen'])('of 0 € is taken without a question: "%s"', async (answer) => {
    const h = await atIncome();
    const reply = await h.send(answer);
    expect(reply).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 0 €/);
    expect(reply).not.toMatch(/Meinen Sie wirklich/);
  });

  it('is not asked back from 10 € on', async () => {
    const h = await atIncome();
    expect(await h.send('450 Euro')).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 450 €/);
  });
});
