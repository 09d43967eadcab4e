/**
 * Transcript tests of the Wohngeld amounts as citizens give them: rent in parts, warm or cold, income net
 * or gross, before or after the figure. The estimate is only as good as these two numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { atRent, harness, realContent, toContact, toEstimate } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

describe('the Wohngeld amounts', () => {
  it('adds up basic rent and service charges, and does not take the second figure as the income', async () => {
    const h = await atRent();
    const reply = await h.send('Kaltmiete 600 € plus 150 € Nebenkosten');
    expect(reply).toMatch(/Verstanden: Bruttokaltmiete im Monat: 750 €\. Ich habe die Kaltmiete \(600 €\) und die Nebenkosten \(150 €\) zusammengezählt/);
    expect(reply).not.toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 150/);
    expect(h.last.dialog?.step).toBe('einkommen');
    await h.send('1800 Euro brutto');
    await h.send('Lohn');
    expect(await h.send('nichts davon')).toMatch(/Gerechnet habe ich mit 3 Personen, 750 € Bruttokaltmiete/);
  });

  it('takes the heating off a warm rent given with it, and says so', async () => {
    const h = await atRent();
    expect(await h.send('Warmmiete 900, davon Heizung 100')).toMatch(/Bruttokaltmiete im Monat: 800 €\. Ich habe die Heizkosten \(100 €\) von der Miete mit Heizung \(900 €\) abgezogen/);
  });

  it('notes a warm or a cold rent whichever side of the figure the word stands', async () => {
    const warm = await atRent();
    expect(await warm.send('meine Warmmiete beträgt 850 €')).toMatch(/Hinweis: Sie haben die Warmmiete genannt/);
    const cold = await atRent();
    expect(await cold.send('600 kalt')).toMatch(/Hinweis: Sie haben die Kaltmiete genannt\. Für Wohngeld zählen die Nebenkosten ohne Heizung dazu/);
  });

  it('takes a "Nettomiete" as the rent, not as a net income', async () => {
    const h = await atRent();
    await h.send('700');
    expect(await h.send('die Nettomiete ist 500')).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 500 €\. Hinweis: Sie haben die Kaltmiete genannt/);
  });

  it('does not take the heating alone as the rent', async () => {
    const h = await atRent();
    await h.send('850 warm');
    const reply = await h.send('Heizung 100');
    expect(reply).toMatch(/Das sind die Heizkosten\. Für Wohngeld zählt die Miete ohne Heizung/);
    expect(reply).not.toMatch(/Korrigiert/);
    expect(h.last.dialog?.step).toBe('einkommen');
    expect(await h.send('die Miete ist doch 750')).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 750 €/);
  });

  it('asks again for the gross income when the net is given, with the word before the figure', async () => {
    const h = await atRent();
    await h.send('700');
    expect(await h.send('ich verdiene netto 1400')).toMatch(/Bitte nennen Sie das Bruttoeinkommen .*nicht das Nettoeinkommen/);
    expect(h.last.dialog?.step).toBe('einkommen');
    expect(await h.send('1900 brutto')).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 1\.900 €/);
  });

  it('skips the optional contact details with "habe kein Telefon", "keine E-Mail" and "nein"', async () => {
    const h = await harness();
    await toContact(h);
    expect(await h.send('habe kein Telefon')).toMatch(/Und Ihre E-Mail-Adresse/);
    expect(await h.send('keine E-Mail')).toMatch(/Wer wohnt noch in Ihrem Haushalt/);
    await h.send('nein');
    expect(h.last.dialog?.step).toBe('confirm');
  });

  it('asks for consent before the first personal answer, and refusing it is no dead end', async () => {
    const h = await harness();
    await toEstimate(h);
    expect(await h.send('hier')).toMatch(/Bevor Sie mir Ihren Namen und Ihre Anschrift geben, brauche ich Ihre Einwilligung/);
    expect(h.last.dialog?.step).toBe('einwilligung');
    // The reply says how to apply without it; nothing personal was asked yet.
    expect(await h.send('nein')).toMatch(/direkt bei der Wohngeldstelle stellen\. Schreiben Sie dann „abbrechen“/);
    expect(h.last.dialog?.step).toBe('einwilligung');
    // The § 17 answer went with the refusal, so it is asked again after the consent.
    expect(await h.send('ja')).toMatch(/Trifft eines davon/);
  });

  it('adds up the incomes of two earners and divides a yearly amount by 12', async () => {
    const h = await atRent();
    await h.send('700');
    expect(await h.send('mein Mann 1800 und ich 600 Minijob')).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 2\.400 €\. Ich habe die Einkommen zusammengezählt/);
    const y = await atRent();
    await y.send('700');
    expect(await y.send('18000 im Jahr')).toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 1\.500 €\. Ein Jahresbetrag zählt geteilt durch 12/);
  });

  it.each(['mein Mann bekommt 1200 Rente und ich 600 Rente', '1200 Lohn und 600 Rente', 'ich 1200 Lohn und mein Mann 600 Rente'])(
    'keeps the rent when a second income is called "Rente" ("%s": the rent\'s keyword "rent" starts the word)',
    async (income) => {
      const h = await atRent();
      await h.send('450');
      const reply = await h.send(income);
      expect(reply).toMatch(/Verstanden: Bruttoeinkommen im Monat \(alle Personen\): 1\.800 €/);
      expect(reply).not.toMatch(/Korrigiert|Bruttokaltmiete im Monat: 600/);
      // Every part names its kind, so the kind is not asked; the estimate follows the allowances, with the rent as given.
      expect(h.last.dialog?.step).toBe('freibetrag');
      expect(await h.send('nichts davon')).toMatch(/450 € Bruttokaltmiete/);
      expect(h.last.dialog?.step).toBe('weiter');
    },
  );

  it.each(['ich habe kein Einkommen', 'nichts', 'wir haben zur Zeit kein Einkommen', 'no income'])('takes "%s" as an income of 0 € (it got the Bürgergeld answer)', async (answer) => {
    const h = await atRent();
    await h.send('450');
    const reply = await h.send(answer);
    expect(reply).toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 0 €|Monthly gross income \(everyone\): €0/);
    expect(h.last.dialog?.step).toBe('einkommen_art');
  });

  it('leaves "kein" at the rent to its question (the rent may not be 0)', async () => {
    const h = await atRent();
    await h.send('nichts');
    expect(h.last.dialog?.step).toBe('miete');
  });

  it('reads the parts and the net income in English', async () => {
    const h = await harness();
    await h.send('I would like to apply for housing benefit');
    await h.send('3');
    expect(await h.send('the rent is 600 plus 120 service charges')).toMatch(/I added up the basic rent \(€600\) and the service charges \(€120\): €720/);
    // Given again at the income question, the service charges stay part of the rent.
    expect(await h.send('the rent is 620 plus 80 service charges')).not.toMatch(/Monthly gross income \(everyone\): €80/);
    expect(await h.send('I take home 1400 a month')).toMatch(/Please give the gross income/);
  });
});
