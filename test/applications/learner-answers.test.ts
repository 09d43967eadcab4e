/**
 * Answers as citizens who are not fluent in German, and dictation, give them: a wish for a person in simple
 * German, a pause said in words, the account holder as "my account", a name introduced in Turkish, an English
 * sentence inside a German application, and a sentence where a name was asked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('answers of citizens who are not fluent in German', () => {
  it.each(['ich will mensch sprechen', 'kann ich mit mensch reden', 'ich will mit jemand sprechen', 'bitte echte person'])(
    'hands "%s" over to a person instead of storing it as the items to collect',
    async (text) => {
      const h = await harness();
      await h.send('Sperrmüll anmelden');
      const reply = await h.send(text);
      expect(reply).toMatch(/Ich bin ein Programm/);
      expect(reply).not.toMatch(/Verstanden: Gegenstände/);
    },
  );

  it.each(['ich mache später weiter', 'ich will später weiter machen', 'ich mus spater weiter machen', "I'll finish this later", 'pause'])(
    'gives a resume code for "%s" instead of asking "Wirklich abbrechen?"',
    async (text) => {
      const h = await harness();
      await h.send('Sperrmüll anmelden');
      const reply = await h.send(text);
      expect(reply).not.toMatch(/abbrechen\?/i);
      expect(reply).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}/);
    },
  );

  it.each(["it's my account", 'the account is mine', 'das ist mein Konto', 'is meine konto'])('takes "%s" as the owner being the account holder', async (text) => {
    const h = await harness();
    for (const answer of ['Ich möchte meinen Hund anmelden', 'John Smith', 'Schillingsstraße 5, 52355 Düren', '1', 'nein', 'seit gestern', 'Mischling', 'überspringen', 'überspringen', 'ja', 'DE89 3704 0044 0532 0130 00']) await h.send(answer);
    expect(await h.send(text)).toMatch(/Kontoinhaberin oder Kontoinhaber: John Smith/);
  });

  it('stores a name introduced in Turkish without the introduction', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    expect(await h.send('benim adım Mehmet Yıldırım')).toMatch(/Halterin oder Halter: Mehmet Yıldırım\./);
  });

  it('refuses a sentence about someone else as the owner’s name', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    const reply = await h.send('Frau Özdemir von nebenan sagt, ihr Sohn braucht einen Kitaplatz');
    expect(reply).not.toMatch(/Verstanden: Halterin oder Halter/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('answers a whole English sentence in English inside an application started in German', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    expect(await h.send('I am sorry, my German is bad. I have an old sofa.')).toMatch(/Got it|address/i);
    expect((h.last as { locale?: string }).locale).toBe('en');
  });

  it('keeps German for a German street name in an English application', async () => {
    const h = await harness();
    await h.send('I want to register my dog', { locale: 'en' });
    await h.send('John Smith');
    await h.send('Auf der Heide 12, 52349 Düren');
    expect((h.last as { locale?: string }).locale).toBe('en');
  });

  it.each(['Can you speak German again?', 'back to German please'])('switches to German on "%s"', async (text) => {
    const h = await harness();
    await h.send('I want to register my dog');
    await h.send(text);
    expect((h.last as { locale?: string }).locale).toBe('de');
  });

  it('goes back on "züruck"', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    await h.send('Erika Mustermann');
    await h.send('züruck');
    expect(h.last.dialog?.step).toBe('name');
  });
});

describe('numbers and dates that belong to something else (tester-e E1)', () => {
  it('does not take the applicant’s birth date as the day the dog came', async () => {
    const h = await harness();
    const reply = await h.send('Ich möchte meinen Hund anmelden, ich bin am 03.04.1980 geboren');
    expect(reply).not.toMatch(/Im Haushalt seit/);
  });

  it('does not take part of a tax ID as the number of dogs', async () => {
    const h = await harness();
    for (const answer of ['Ich möchte meinen Hund anmelden', 'Erika Muster', 'Schenkelstraße 14, 52349 Düren']) await h.send(answer);
    const reply = await h.send('Meine Steuer-ID ist 12 345 678 901');
    expect(reply).not.toMatch(/Anzahl Hunde im Haushalt: 12/);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('still takes a count of dogs', async () => {
    const h = await harness();
    for (const answer of ['Ich möchte meinen Hund anmelden', 'Erika Muster', 'Schenkelstraße 14, 52349 Düren']) await h.send(answer);
    expect(await h.send('2 Hunde')).toMatch(/Anzahl Hunde im Haushalt: 2/);
  });
});

describe('the re-test of this session (N1-N3)', () => {
  it('takes a long name without a verb ("Maria del Carmen García de la Fuente López")', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    expect(await h.send('Maria del Carmen García de la Fuente López')).toMatch(/Halterin oder Halter: Maria del Carmen García de la Fuente López\./);
  });

  it('refuses an IBAN as the breed and as the dog’s name', async () => {
    const h = await harness();
    for (const answer of ['Ich möchte meinen Hund anmelden', 'John Smith', 'Schillingsstraße 5, 52355 Düren', '1', 'nein', 'seit gestern']) await h.send(answer);
    expect(await h.send('DE89 3704 0044 0532 0130 00')).not.toMatch(/Verstanden: Rasse/);
    expect(h.last.dialog?.step).toBe('rasse');
    await h.send('Labrador');
    expect(await h.send('DE89 3704 0044 0532 0130 00')).toMatch(/nur den Namen des Hundes/);
  });

  it('notes that a listed breed named after "not dangerous" may be taxed as dangerous (§ 3 Abs. 2 LHundG NRW)', async () => {
    const h = await harness();
    for (const answer of ['Ich möchte meinen Hund anmelden', 'Maria Schmidt', 'Kölnstraße 12, 52351 Düren', '1', 'nein', 'seit gestern']) await h.send(answer);
    expect(await h.send('American Staffordshire Terrier')).toMatch(/als gefährlichen Hund \(§ 3 Abs\. 2 LHundG NRW\)[\s\S]*das Steueramt prüft das/);
  });
});

describe('a value alone at a free-text question', () => {
  it('takes "morgen" while the items are asked as the pickup period, not as the items', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    await h.send('Schoellerstr 12 52351');
    const reply = await h.send('morgen');
    expect(reply).not.toMatch(/Gegenstände: morgen/);
    expect(reply).toMatch(/Wunschzeitraum/);
    expect(h.last.dialog?.step).toBe('gegenstaende');
  });
});
