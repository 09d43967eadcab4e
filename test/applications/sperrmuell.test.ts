import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, restartMidDialog, suggestionValues, type Harness } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'stadtlotse-sperrmuell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

async function toName(h: Harness): Promise<string> {
  await h.send('Ich möchte Sperrmüll anmelden');
  await h.send('2 Matratzen und 1 Schrank');
  await h.send('Schulstraße 5, 52349 Düren');
  return h.send('nächste Woche');
}

const submissions = async (h: Harness) => (await h.store.db.first<{ n: number }>('SELECT COUNT(*) AS n FROM submissions'))?.n;

describe('bulky waste request (sperrmuell)', () => {
  it('takes items, a Düren address, a period and contact, and forwards it to the DSB without inventing a date', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte Sperrmüll anmelden')).toMatch(/Den Abholtermin legt der DSB fest[\s\S]*Was soll abgeholt werden/);
    expect(await h.send('2 Matratzen und 1 Schrank')).toMatch(/Gegenstände: 2 Matratzen und 1 Schrank/);
    expect(await h.send('Schulstraße 5, 52349 Düren')).toMatch(/Wann würde Ihnen/);
    expect(await h.send('nächste Woche')).toMatch(/Wunschzeitraum: 30\.11\.2026 – 06\.12\.2026/);
    await h.send('Erika Mustermann');
    expect(await h.send('0176 12345678')).toMatch(/Ist alles richtig/);
    const done = await h.send('ja');
    expect(done).toMatch(/DN-2026-\d{6}[\s\S]*Der DSB legt den Abholtermin fest[\s\S]*noch kein fester Termin/);
    expect(done).not.toMatch(/€/);
    // How long the summary link works, from retention_days of dialogs/sperrmuell.yaml (tester-o E1).
    expect(done).toContain('Der Link funktioniert 90 Tage lang; danach sind Ihre Angaben hier gelöscht.');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { forward_to: 'dsb', postcode: '52349', preferred_period: { from: '2026-11-30', to: '2026-12-06' } } });
  });

  it('names the ways out after the intro, acknowledges "zurück", and links the DSB in the plain help (tester-l C2)', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte Sperrmüll anmelden', { plainLanguage: true })).toMatch(/„zurück“, „abbrechen“ oder „Hilfe“/);
    await h.send('ein Sofa');
    expect(await h.send('zurück')).toMatch(/^Gut\. Wir gehen eine Frage zurück\./);
    expect(await h.send('hilfe')).toMatch(/Mehr steht auf der Seite [^:]+: https?:\/\//);
  });

  it('counts letters, not padding, for the minimum length of the items (tester-n 9)', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(await h.send(`a${' '.repeat(998)}b`)).toMatch(/mindestens 3 Zeichen/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
  });

  it('reports the dialog status and the answer buttons in the HTTP response of POST /api/chat', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: 'gegenstaende', done: false });
    expect(h.last.expectingInput).toBe(true);
    await toName(h);
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: 'name', done: false });
    await h.send('Erika Mustermann');
    await h.send('erika@example.org');
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: 'confirm', done: false });
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    await h.send('ja');
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: null, done: true, reference: expect.stringMatching(/^DN-2026-\d{6}$/) });
    expect(h.last.expectingInput).toBe(false);
  });

  it('takes the address and the period from one message', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    await h.send('ein altes Sofa');
    const reply = await h.send('Schulstraße 5, 52349 Düren, nächste Woche');
    expect(reply).toMatch(/Verstanden: Abholadresse: Schulstraße 5, 52349 Düren; Wunschzeitraum: 30\.11\.2026 – 06\.12\.2026/);
    expect(reply).toMatch(/Wie ist Ihr Name/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('corrects the address two questions later with "nein, …", and the postcode follows it', async () => {
    const h = await harness();
    await toName(h);
    const reply = await h.send('nein, Markt 1, 52351 Düren');
    expect(reply).toMatch(/Korrigiert: Abholadresse: Markt 1, 52351 Düren/);
    expect(reply).toMatch(/Wie ist Ihr Name/);
    await h.send('Erika Mustermann');
    const summary = await h.send('0176 12345678');
    expect(summary).toMatch(/Abholadresse: Markt 1, 52351 Düren/);
    expect(summary).toMatch(/Postleitzahl: 52351/);
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { postcode: '52351', address: { street: 'Markt', number: '1' } } });
  });

  it('answers a question about bulky waste mid-dialog and resumes; the question is not taken as the name', async () => {
    const h = await harness();
    await toName(h);
    const away = await h.send('Wie viel kostet Sperrmüll?');
    expect(away).toMatch(/dn-sb\.de/);
    expect(away).toMatch(/Sollen wir mit „Sperrmüll-Abholung anfragen“ weitermachen\?/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(await h.send('ja')).toMatch(/Wie ist Ihr Name/);
    expect(h.last.dialog?.step).toBe('name');
    expect(await h.send('Wo ist das Bürgerbüro?')).toMatch(/Markt 2[\s\S]*weitermachen/);
    expect(await h.send('ja')).toMatch(/Wie ist Ihr Name/);
  });

  it('offers to switch to another application and switches only on "ja"', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('2 Matratzen');
    const offer = await h.send('Ich möchte meinen Hund anmelden');
    expect(offer).toMatch(/Möchten Sie „Sperrmüll-Abholung anfragen“ abbrechen und mit „Hund anmelden \(Hundesteuer\)“ beginnen\?/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: 'adresse', done: false });
    expect(await h.send('nein')).toMatch(/An welcher Adresse/);
    expect(h.last.dialog?.step).toBe('adresse');
    await h.send('Ich möchte meinen Hund anmelden');
    const switched = await h.send('ja');
    expect(switched).toMatch(/„Sperrmüll-Abholung anfragen“ ist abgebrochen[\s\S]*Wie heißt die Halterin oder der Halter/);
    expect(h.last.dialog).toEqual({ id: 'hundesteuer', step: 'name', done: false });
    expect(JSON.stringify((await h.store.getConversation(h.conversationId ?? ''))?.state)).not.toContain('Matratzen');
  });

  it('cancels on request and stores nothing', async () => {
    const h = await harness();
    await toName(h);
    expect(await h.send('abbrechen')).toMatch(/wirklich abbrechen/);
    expect(await h.send('ja')).toMatch(/Anfrage verworfen/);
    expect(h.last.dialog).toEqual({ id: 'sperrmuell', step: null, done: true });
    expect((await h.store.getConversation(h.conversationId ?? ''))?.state.dialog).toBeUndefined();
    expect(await submissions(h)).toBe(0);
  });

  it('rejects an address outside Düren, asks for a missing postcode, and hands over after three failures', async () => {
    const h = await harness();
    await h.send('Sperrmüll abholen lassen');
    await h.send('ein altes Sofa');
    expect(await h.send('Hauptstraße 1, 50667 Köln')).toMatch(/gehört nicht zu Düren/);
    expect(await h.send('Schulstraße 5')).toMatch(/Wie ist die Postleitzahl/);
    expect(await h.send('50667')).toMatch(/nicht zu Düren/);
    await h.send('12345');
    expect(await h.send('99999')).toMatch(/dn-sb\.de/);
  });

  async function atPeriod(): Promise<Harness> {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('2 Matratzen und 1 Schrank');
    await h.send('Schulstraße 5, 52349 Düren');
    return h;
  }

  it.each([
    ['letzte Woche', /Dieser Zeitraum liegt in der Vergangenheit/],
    ['31.2.', /Den 31\.2\. gibt es nicht/],
    ['yes', /Wann passt es Ihnen|Wann würde Ihnen/],
  ])('does not take "%s" as the wished period', async (answer, reply) => {
    const h = await atPeriod();
    expect(await h.send(answer)).toMatch(reply);
    expect(h.last.dialog?.step).toBe('zeitraum');
  });

  it.each([
    ['nach Weihnachten', /Wunschzeitraum: 27\.12\.2026 – 09\.01\.2027/],
    ['so bald wie möglich', /Wunschzeitraum: so bald wie möglich/],
    ['Ende Dezember', /Wunschzeitraum: 21\.12\.2026 – 31\.12\.2026/],
  ])('takes "%s" as the wished period', async (answer, reply) => {
    const h = await atPeriod();
    expect(await h.send(answer)).toMatch(reply);
  });

  it('answers "was kostet das?" at the name question instead of storing it as the name', async () => {
    const h = await harness();
    await toName(h);
    const reply = await h.send('was kostet das?');
    expect(reply).not.toMatch(/Name: was kostet das/);
    expect(reply).toMatch(/mögliche Kosten/);
    expect(await h.send('ja')).toMatch(/Wie ist Ihr Name/);
  });

  async function atAddress(): Promise<Harness> {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('2 Matratzen und 1 Schrank');
    return h;
  }

  it.each(['Hauptstraße 10, Kreuzau', 'Hauptstraße 5 in Langerwehe'])(
    'asks whether "%s" is in Düren instead of saying it is not, and instead of asking a Düren postcode for another town (N2)',
    async (address) => {
      const h = await atAddress();
      const reply = await h.send(address);
      expect(reply).toMatch(/Liegt (Kreuzau|Langerwehe) in Düren\? Dann nennen Sie bitte die Adresse mit Postleitzahl, zum Beispiel „Hauptstraße (10|5), 52349 Düren“/);
      expect(reply).not.toMatch(/gehört nicht zu Düren|Verstanden/);
      expect(h.last.dialog?.step).toBe('adresse');
    },
  );

  it.each([
    ['Kölnstraße 12 in Birkesdorf', 'Kölnstraße 12, Düren-Birkesdorf'],
    ['Zehnthofstraße 3 in Gürzenich', 'Zehnthofstraße 3, Düren-Gürzenich'],
    ['Rurstraße 3 in Lendersdorf', 'Rurstraße 3, Düren-Lendersdorf'],
  ])('takes "%s", a district of Düren named without "Düren-", and then asks the postcode (N2)', async (address, stored) => {
    const h = await atAddress();
    const reply = await h.send(address);
    expect(reply).toContain(`Verstanden: Abholadresse: ${stored}.`);
    expect(reply).not.toMatch(/nicht zu Düren|Liegt/);
    expect(h.last.dialog?.step).toBe('plz');
  });

  it('takes a yes to "Liegt … in Düren?" as a part of Düren, and the postcode then settles it; a no is not taken', async () => {
    const h = await atAddress();
    await h.send('Hauptstraße 5 in Grüngürtel');
    expect(await h.send('ja')).toMatch(/Verstanden: Abholadresse: Hauptstraße 5, Düren-Grüngürtel\.[\s\S]*Wie ist die Postleitzahl/);
    expect(await h.send('50667')).toMatch(/Diese Postleitzahl gehört nicht zu Düren/);
    const no = await atAddress();
    await no.send('Hauptstraße 5 in Langerwehe');
    const reply = await no.send('nein');
    expect(reply).toMatch(/Ich nehme nur Orte in Düren an\. Für andere Orte ist die dortige Stadt oder Gemeinde zuständig\.[\s\S]*An welcher Adresse/);
    expect(no.last.dialog?.step).toBe('adresse');
  });

  it('asks back instead of composing "Düren-Köln" from a Düren postcode and another town, and takes the address with "Düren" (N9)', async () => {
    const h = await atAddress();
    const reply = await h.send('Hohe Straße 3, 52349 Köln');
    expect(reply).toMatch(/Die Postleitzahl 52349 gehört zu Düren, Köln kenne ich aber nicht als Stadtteil von Düren\. Liegt das in Düren\?[\s\S]*„Hohe Straße 3, 52349 Düren“/);
    expect(reply).not.toMatch(/Düren-Köln/);
    expect(h.last.dialog?.step).toBe('adresse');
    expect(await h.send('Hohe Straße 3, 52349 Düren')).toMatch(/Verstanden: Abholadresse: Hohe Straße 3, 52349 Düren\./);
  });

  it('takes a part of Düren named with its postcode and stores a town that fits the postcode', async () => {
    const h = await harness();
    await h.send('Ich möchte Sperrmüll anmelden');
    await h.send('2 Matratzen und 1 Schrank');
    expect(await h.send('Am Krausberg 5 in Düren-Birkesdorf')).toMatch(/Abholadresse: Am Krausberg 5, Düren-Birkesdorf/);
    expect(h.last.dialog?.step).toBe('plz');
    await h.send('52355');
    const named = await harness();
    await named.send('Ich möchte Sperrmüll anmelden');
    await named.send('2 Matratzen und 1 Schrank');
    expect(await named.send('Hauptstraße 5, 52355 Birkesdorf')).toMatch(/Abholadresse: Hauptstraße 5, 52355 Düren-Birkesdorf/);
  });

  it('tells plain-language readers too that the DSB says whether the pickup costs anything', async () => {
    const h = await harness();
    const intro = await h.send('Ich möchte Sperrmüll anmelden', { plainLanguage: true });
    expect(intro).toMatch(/Ob die Abholung etwas kostet, sagt Ihnen der DSB: https:\/\/www\.dn-sb\.de\./);
  });

  it('hands over to the DSB after three unusable contact answers and asks again', async () => {
    const h = await harness();
    await toName(h);
    await h.send('Erika Mustermann');
    expect(await h.send('blau')).toMatch(/Telefonnummer/);
    expect(await h.send('grün')).not.toMatch(/Paradiesstraße/);
    const third = await h.send('gelb');
    expect(third).toMatch(/direkt an den Dürener Service Betrieb/);
    expect(third).toMatch(/Wie erreicht Sie der DSB/);
    expect(h.last.dialog?.step).toBe('kontakt');
  });

  it('says the request will be passed on, not that it was, because the outbox delivers it later', async () => {
    const h = await harness();
    await toName(h);
    await h.send('Erika Mustermann');
    await h.send('0176 12345678');
    const done = await h.send('ja');
    expect(done).toMatch(/Ich gebe Ihre Anfrage an den Dürener Service Betrieb \(DSB\) weiter\./);
    expect(done).not.toMatch(/habe .*weitergegeben/);
    // The status lookup says the same until the outbox has delivered it.
    expect(await h.send(`Stand ${h.last.dialog?.reference ?? ''}`)).toMatch(/wird an die zuständige Stelle weitergeleitet/);
    const plain = await harness();
    await plain.send('Ich möchte Sperrmüll anmelden', { plainLanguage: true });
    await plain.send('2 Matratzen und 1 Schrank', { plainLanguage: true });
    await plain.send('Schulstraße 5, 52349 Düren', { plainLanguage: true });
    await plain.send('nächste Woche', { plainLanguage: true });
    await plain.send('Erika Mustermann', { plainLanguage: true });
    await plain.send('0176 12345678', { plainLanguage: true });
    const plainDone = await plain.send('ja', { plainLanguage: true });
    expect(plainDone).toMatch(/Ihre Anfrage geht an den DSB\./);
    expect(plainDone).not.toMatch(/habe die Anfrage an den DSB geschickt/);
  });

  it('asks for a new period when the wish has passed by the time the citizen confirms, and forwards only the new one', async () => {
    let now = new Date('2026-11-26T09:00:00.000Z');
    const h = await harness({ now: () => now });
    await toName(h);
    await h.send('Erika Mustermann');
    expect(await h.send('0176 12345678')).toMatch(/Wunschzeitraum: 30\.11\.2026 – 06\.12\.2026[\s\S]*Ist alles richtig/);
    // The summary was left open: a week later the wish is over.
    now = new Date('2026-12-08T09:00:00.000Z');
    expect(await h.send('ja')).toMatch(/^Ihr Wunschzeitraum ist inzwischen vorbei\. Bitte nennen Sie einen neuen\.[\s\S]*Wann würde Ihnen/);
    expect(await submissions(h)).toBe(0);
    expect(await h.send('nächste Woche')).toMatch(/Wunschzeitraum: 14\.12\.2026 – 20\.12\.2026[\s\S]*Ist alles richtig/);
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { preferred_period: { from: '2026-12-14', to: '2026-12-20' } } });
  });

  it('continues after a restart: the same conversation on a reopened database file', async () => {
    const after = await restartMidDialog(join(dir, 'restart.sqlite'), async (h) => {
      await h.send('Sperrmüll anmelden');
      await h.send('ein altes Sofa');
    });
    expect(await after.send('Schulstraße 5, 52349 Düren')).toMatch(/Abholadresse: Schulstraße 5, 52349 Düren[\s\S]*Wann würde Ihnen/);
    expect(after.last.dialog?.step).toBe('zeitraum');
    await after.store.close();
  });

  it.each([
    ['nächste Woche ab Mittwoch', '02.12.2026 – 06.12.2026'],
    ['nächste Woche bis Donnerstag', '30.11.2026 – 03.12.2026'],
  ])('narrows the week by a day with "ab" or "bis" ("%s" is %s)', async (wish, period) => {
    const h = await harness();
    for (const m of ['Ich möchte Sperrmüll anmelden', '1 Sofa', 'Hauptstraße 5, 52349 Düren']) await h.send(m);
    expect(await h.send(wish)).toContain(`Wunschzeitraum: ${period}.`);
  });
});

describe('items named in the first message', () => {
  it.each([
    ['Ich möchte Sperrmüll anmelden: ein Sofa und zwei Matratzen', 'ein Sofa und zwei Matratzen'],
    ['Sperrmüll abholen lassen, 1 Schrank und 2 Stühle', '1 Schrank und 2 Stühle'],
    ['ich wollen sperrmüll weg, kühlschrank und matratze', 'kühlschrank und matratze'],
  ])('takes the items of "%s" and asks for the address next', async (first, items) => {
    const h = await harness();
    expect(await h.send(first)).toMatch(new RegExp(`Verstanden: Gegenstände: ${items}\\.`));
    expect(h.last.dialog?.step).toBe('adresse');
  });

  it('leaves an apology for the language out of the items, in the first message and at the question', async () => {
    const h = await harness();
    expect(await h.send('I am sorry, my German is bad. I have an old sofa.')).toContain('Items: I have an old sofa.');
    expect(h.last.dialog?.step).toBe('adresse');
    const g = await harness();
    await g.send('Sperrmüll anmelden');
    expect(await g.send('Entschuldigung, mein Deutsch ist nicht gut. Ein Bett und ein Tisch.')).toContain('Gegenstände: Ein Bett und ein Tisch.');
  });

  it('still asks for the items when the first message names none', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte Sperrmüll anmelden')).toMatch(/Was soll abgeholt werden\?/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
  });
});

describe('a sentence that asks for the pickup is no list of items', () => {
  it.each([
    ['Ich will meinen alten Schrank loswerden, könnt ihr den abholen?', 'Gegenstände: 1 Schrank\\.'],
    ['I want to get rid of an old sofa, can you pick it up?', 'Items: 1 sofa\\.'],
  ])('takes the items of "%s" with their number', async (first, items) => {
    const h = await harness();
    const reply = await h.send(first);
    expect(reply).toMatch(new RegExp(items));
    expect(h.last.dialog?.step).toBe('adresse');
  });

  it('takes the items with their numbers from such a sentence at the question, and asks for them when it names none', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    expect(await h.send('Ich möchte einen Kleiderschrank und zwei alte Stühle abholen lassen')).toContain('Gegenstände: 1 Kleiderschrank, 2 Stühle.');
    const g = await harness();
    await g.send('Sperrmüll anmelden');
    expect(await g.send('Ich will den ganzen alten Kram loswerden')).toMatch(/Welche Gegenstände sollen abgeholt werden, und wie viele/);
    expect(g.last.dialog?.step).toBe('gegenstaende');
  });
});
