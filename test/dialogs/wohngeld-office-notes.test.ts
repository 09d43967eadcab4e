/**
 * What the chat noticed about the figures reaches the Wohngeldstelle, and the estimate follows what it
 * noticed: incomes of different kinds are deducted each by its kind, a benefit that excludes Wohngeld as a
 * rule gets no amount.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { atRent, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

async function submit(h: Harness, answers: string[]): Promise<Record<string, unknown>> {
  for (const answer of answers) await h.send(answer);
  const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
  return (submission?.payload as { data: Record<string, unknown> }).data;
}

const APPLY = ['hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Hauptstraße 5, 52349 Düren', 'überspringen', 'überspringen', 'überspringen', 'ja'];

describe('the Wohngeld figures as the office gets them', () => {
  it('deducts a pension as a pension when it is named beside wages (it was taxed like wages: 198 € instead of 136 €)', async () => {
    const h = await atRent();
    await h.send('450');
    // The parts name their kinds, so the main kind is not asked (the larger part's, wages) and the estimate follows.
    expect(await h.send('1400 Lohn und 800 Rente')).not.toMatch(/Woher kommt das Einkommen/);
    const reply = await h.send('nichts davon');
    const amount = Number(/etwa (\d+) € Wohngeld/.exec(reply)?.[1]);
    const single = await atRent();
    await single.send('450');
    await single.send('2200');
    await single.send('Lohn');
    const asWages = Number(/etwa (\d+) € Wohngeld/.exec(await single.send('nichts davon'))?.[1]);
    expect(amount).toBeLessThan(asWages);
  });

  it('shows no amount to someone who named Bürgergeld, says why, and tells the office', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('ich bekomme 563 Bürgergeld');
    const reply = await h.send('sonstiges');
    expect(reply).toMatch(/bekommt in der Regel kein Wohngeld, denn die Wohnkosten sind darin schon enthalten \(§ 7 WoGG\)/);
    expect(reply).not.toMatch(/Meine Schätzung/);
    const data = await submit(h, APPLY);
    expect(data.schaetzung).toBeNull();
    expect(data.hinweise).toEqual([expect.stringMatching(/Bürgergeld, Sozialhilfe oder Grundsicherung genannt/)]);
  });

  it('does not take "kein Bürgergeld" for Bürgergeld', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('1800 Lohn, kein Bürgergeld');
    await h.send('Lohn');
    expect(await h.send('nichts davon')).toMatch(/Meine Schätzung/);
  });

  it('says BAföG excludes Wohngeld as a rule (§ 20 WoGG)', async () => {
    const h = await atRent();
    await h.send('330');
    await h.send('BAföG 812');
    expect(await h.send('sonstiges')).toMatch(/BAföG[\s\S]*§ 20 WoGG/);
  });

  it('asks for the allowances of § 17 WoGG before the estimate and names the others the office checks', async () => {
    const h = await atRent();
    await h.send('450');
    await h.send('1800');
    expect(await h.send('Lohn')).toMatch(/Trifft eines davon auf Ihren Haushalt zu\?[\s\S]*§ 17 WoGG/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toEqual(['alleinerziehend', 'schwerbehindert', 'beides', 'nein']);
    expect(await h.send('nichts davon')).toMatch(/Weitere Freibeträge \(§ 17 WoGG\), zum Beispiel für das eigene Einkommen eines Kindes, prüft die Wohngeldstelle/);
  });

  it('gives the office the warm rent and the parts of the income the citizen was told about', async () => {
    const h = await atRent();
    await h.send('650 warm');
    await h.send('mein Mann 1800 und ich 600 Minijob');
    await h.send('Lohn');
    await h.send('nichts davon');
    const data = await submit(h, APPLY);
    expect(data.hinweise).toEqual([expect.stringMatching(/Warmmiete/), expect.stringMatching(/1\.800 € \+ 600 €/)]);
    expect(data.einkommen).toMatchObject({ brutto_monatlich: 2400, teile: [{ monthly: 1800, kind: null }, { monthly: 600, kind: 'employment' }] });
  });

  it('forgets the notes of an income that is given again as one figure', async () => {
    const h = await atRent();
    await h.send('500');
    await h.send('mein Mann 1800 und ich 600 Minijob');
    await h.send('nein, das Einkommen ist 2000');
    await h.send('Lohn');
    await h.send('nichts davon');
    const data = await submit(h, APPLY);
    expect(data.hinweise).toEqual([]);
    expect(data.einkommen).toMatchObject({ brutto_monatlich: 2000, teile: null });
  });
});

describe('a figure corrected at the summary', () => {
  it('shows the new estimate and asks again how to go on, so the citizen never sends an amount they were not told', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('1200');
    await h.send('Lohn');
    expect(await h.send('nichts davon')).toMatch(/Meine Schätzung/);
    for (const answer of APPLY.slice(0, -1)) await h.send(answer);
    expect(h.last.dialog?.step).toBe('confirm');
    const corrected = await h.send('nein, die Miete ist 300');
    expect(corrected).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 300 €[\s\S]*Meine Schätzung: etwa \d+ €/);
    expect(h.last.dialog?.step).toBe('weiter');
    // The consent given before stays: "hier" goes straight back to the summary.
    await h.send('hier');
    expect(h.last.dialog?.step).toBe('confirm');
  });
});

describe('no or very little income', () => {
  it('says the Wohngeldstelle asks what the household lives on and that Bürgergeld may fit', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('ich habe kein Einkommen');
    await h.send('sonstiges');
    expect(await h.send('nichts davon')).toMatch(/unter dem Mindestbetrag[\s\S]*vielleicht ist Bürgergeld oder Grundsicherung die richtige Leistung/);
  });

  it('says nothing of it for an ordinary income', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('2000');
    await h.send('Lohn');
    expect(await h.send('nichts davon')).not.toMatch(/Mindestbetrag/);
  });
});
