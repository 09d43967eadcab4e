/**
 * Corrections at the Wohngeld summary (re-test 18, N11 and N13): "<Angabe>: <Wert>" with a label that holds
 * brackets and "§", and the choice after the estimate that a changed estimate asks again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, toEstimate, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

async function atSummary(): Promise<Harness> {
  const h = await harness();
  await toEstimate(h);
  for (const answer of ['hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Hauptstraße 5, 52349 Düren', '0176 12345678', 'überspringen', 'Tom Schmidt, 1.2.2015, Sohn']) await h.send(answer);
  return h;
}

describe('corrections at the Wohngeld summary', () => {
  it('reads "Freibeträge (§ 17 WoGG): GdB 50" as the allowance and checks it, instead of answering a side question (N11)', async () => {
    const h = await atSummary();
    const reply = await h.send('Freibeträge (§ 17 WoGG): GdB 50');
    expect(reply).toMatch(/^Dieser Freibetrag gilt nur bei einem Grad der Behinderung \(GdB\) von 100/);
    expect(reply).not.toMatch(/Schwerbehindertenausweis|weitermachen\?/);
    expect(h.last.dialog?.step).toBe('freibetrag');
    expect(await h.send('Freibeträge (§ 17 WoGG): Alleinerziehend mit Kindern unter 18')).toMatch(/Verstanden: Freibeträge \(§ 17 WoGG\): Alleinerziehend mit Kindern unter 18/);
  });

  it('says why the choice after the estimate comes again after a new rent, and names the options when a name is typed there (N13)', async () => {
    const h = await atSummary();
    const reply = await h.send('Bruttokaltmiete im Monat: 550');
    expect(reply).toMatch(/Korrigiert: Bruttokaltmiete im Monat: 550 €\. Weil sich das geändert hat, frage ich „Wie weiter“ noch einmal\. Meine Schätzung/);
    expect(h.last.dialog?.step).toBe('weiter');
    const name = await h.send('Maria Müller');
    expect(name).toMatch(/^Bitte wählen Sie eine dieser Antworten: „Online beim Land NRW“, „Hier vorbereiten“ oder „Jetzt nicht“\./);
    expect(name).not.toMatch(/nicht verstanden/);
    expect(await h.send('hier')).toMatch(/Bitte prüfen Sie Ihre Angaben:[\s\S]*Bruttokaltmiete im Monat: 550 €/);
  });
});
