/**
 * What a caller hears in the applications: the caller's own IBAN and phone number in <say-as>, each offered
 * slot a sentence of its own, spoken instead of chat wordings, and one number to note after sending.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from '../applications/harness.js';
import { voiceCaller } from './support/voice-caller.js';

beforeAll(async () => {
  await realContent();
});

async function caller() {
  return voiceCaller(await harness());
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('a caller hears their own numbers so that they can check them', () => {
  it('spells the IBAN in groups and reads the phone number as a telephone number in the echo', async () => {
    const say = await caller();
    for (const t of ['Ich möchte meinen Hund anmelden', 'Erika Mustermann', 'Schulstraße 5, 52349 Düren', '1', 'nein', 'seit gestern', 'Labrador', 'Bello', 'überspringen', 'ja']) await say(t);
    const iban = await say('DE89 3704 0044 0532 0130 00');
    expect(iban.text).toMatch(/Verstanden: IBAN: DE89370400440532013000\./);
    expect(iban.speak).toMatch(/IBAN: <say-as interpret-as="characters">DE89<\/say-as><break time="300ms"\/><say-as interpret-as="characters">3704<\/say-as>/);
    expect(iban.speak).not.toContain('DE89370400440532013000');
  });

  it('reads a phone number given as the contact as a telephone number', async () => {
    const say = await caller();
    for (const t of ['sperrmüll anmelden', 'zwei matratzen', 'Schenkelstraße 12, 52349 Düren', 'nächste Woche', 'Erika Mustermann']) await say(t);
    const echo = await say('0176 12345678');
    expect(echo.text).toMatch(/Verstanden: [^:]+: 017612345678\./);
    expect(echo.speak).toMatch(/<say-as interpret-as="telephone">017612345678<\/say-as>/);
  });
});

describe('appointments on the phone', () => {
  it('speaks each offered slot as a sentence of its own, without "1)"', async () => {
    const say = await caller();
    await say('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    const offer = await say('Donnerstag nach 14 Uhr');
    expect(offer.speak).toMatch(/<s>Nummer 1: Donnerstag, [^<]*<say-as[^>]*>3\.12\.2026<\/say-as>, <say-as[^>]*>14:00<\/say-as><\/s><s>Nummer 2: /);
    expect(offer.speak).not.toMatch(/\d\)/);
  });

  it('asks the caller to note only the confirmation code after booking, not a second number', async () => {
    const say = await caller();
    for (const t of ['Ich brauche einen Termin im Bürgerbüro für den Personalausweis', 'Donnerstag nach 14 Uhr', '1', 'Erika Mustermann']) await say(t);
    const done = await say('ja');
    expect(done.text).toMatch(/Bestätigungscode: [A-Z0-9]{6}/);
    expect(done.text).toMatch(/Am Telefon kann ich Ihnen keinen Link geben/);
    expect(done.text).not.toMatch(/notieren Sie die Vorgangsnummer/);
  });
});

describe('one request to note the reference', () => {
  it('says "Bitte notieren" once after the dog tax is sent', async () => {
    const say = await caller();
    for (const t of ['Ich möchte meinen Hund anmelden', 'Erika Mustermann', 'Schulstraße 5, 52349 Düren', '1', 'nein', 'seit gestern', 'Labrador', 'Bello', 'überspringen', 'ja', 'DE89 3704 0044 0532 0130 00', 'Erika Mustermann', 'ja']) await say(t);
    const done = await say('ja');
    expect(done.text).toMatch(/Vorgangsnummer ist DN-2026-\d{6}/);
    expect(count(done.text, /notieren/)).toBe(1);
  });
});

describe('spoken wordings instead of chat wordings', () => {
  it('offers the survey "hier am Telefon" and asks for a comment to be said', async () => {
    const say = await caller();
    const first = await say('Ich möchte an der Umfrage teilnehmen');
    expect(first.text).toMatch(/hier am Telefon erledigen/);
    expect(first.speak).not.toMatch(/im Chat/);
    for (const t of ['Personalausweis und Wohngeld', 'Chat']) await say(t);
    const comment = await say('Leichte Sprache');
    expect(comment.text).toMatch(/Sagen Sie es gern/);
    expect(comment.speak).not.toMatch(/Schreiben Sie/);
  });
});
