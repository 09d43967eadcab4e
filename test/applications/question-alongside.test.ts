import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('a question asked along with an answer', () => {
  it('takes the answer and answers the question before the next one ("nächste Woche, und was kostet das?")', async () => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '2 Stühle', 'Hauptstraße 5, 52349 Düren']) await h.send(m);
    const reply = await h.send('nächste Woche, und was kostet das?');
    expect(reply).toMatch(/Wunschzeitraum: 30\.11\.2026 – 06\.12\.2026[\s\S]*mögliche Kosten[\s\S]*Wie ist Ihr Name/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('keeps the "nein" of a yes/no step and answers the question about the tax', async () => {
    const h = await harness();
    for (const m of ['Ich möchte einen Hund anmelden', 'Erika Mustermann', 'Hauptstraße 5, 52349 Düren', '1']) await h.send(m);
    const reply = await h.send('nein, und was kostet die Hundesteuer?');
    expect(reply).toMatch(/Gefährlicher Hund dabei: nein[\s\S]*84 €[\s\S]*Seit wann/);
  });

  it('answers the question that comes with "ja" to "Sollen wir weitermachen?"', async () => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '2 Stühle', 'Was kostet ein Reisepass?']) await h.send(m);
    const reply = await h.send('ja, und wann hat das Bürgerbüro geöffnet?');
    expect(reply).toMatch(/Öffnungszeiten[\s\S]*An welcher Adresse/);
  });
});
