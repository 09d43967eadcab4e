/**
 * What callers say as a speech recogniser writes it, end to end on /api/voice/turn: a spelled name with
 * hesitations, a reference spelled back letter by letter and digit by digit, and the offer and the summary as
 * a caller hears them (tester-r B1, B2, B4, B6).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from '../applications/harness.js';
import { voiceCaller } from './support/voice-caller.js';

beforeAll(async () => {
  await realContent();
});

const DIGIT = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];

describe('a caller books an appointment', () => {
  it('stores "Mein Name ist äh Müller, M Ü L L E R, Hans" as Hans Müller', async () => {
    const h = await harness();
    const say = voiceCaller(h);
    for (const t of ['Termin im Bürgerbüro buchen', 'Meldebescheinigung', 'egal', 'Nummer eins']) await say(t);
    const summary = await say('Mein Name ist äh Müller, M Ü L L E R, Hans');
    expect(summary.text).toMatch(/• Name: Hans Müller\n/);
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec((await say('ja')).text)?.[1] ?? '';
    expect((await h.store.getAppointment(code))?.name).toBe('Hans Müller');
  });

  it('hears the offered slots once, with dates and times in say-as and no "Uhr" after a spoken time', async () => {
    const say = voiceCaller(await harness());
    await say('Termin im Bürgerbüro buchen');
    await say('Meldebescheinigung');
    const offer = await say('egal');
    expect(offer.speak).toMatch(/<s>Nummer 1: Donnerstag, <say-as interpret-as="date" format="dmy">26\.11\.2026<\/say-as>, <say-as interpret-as="time" format="hms24">12:00<\/say-as><\/s>/);
    expect(offer.speak).not.toMatch(/Sie können sagen/);
    expect(offer.speak).not.toMatch(/<\/say-as> Uhr/);
    expect(offer.speak.match(/27\.11\.2026/g)).toHaveLength(1);
  });

  it('is told to say yes or no at the summary question', async () => {
    const say = voiceCaller(await harness());
    for (const t of ['Termin im Bürgerbüro buchen', 'Meldebescheinigung', 'egal', 'Nummer eins']) await say(t);
    const summary = await say('Erika Mustermann');
    expect(summary.speak).toMatch(/<s>Soll ich das so erledigen\?<\/s><\/p><p><s>Sagen Sie ja oder nein\.<\/s><\/p><\/speak>$/);
  });
});

describe('a caller asks for the status', () => {
  it('with the reference spelled back as the bot spelled it: letters apart and digits as words', async () => {
    const say = voiceCaller(await harness());
    for (const t of ['sperrmüll anmelden', 'zwei matratzen', 'Schenkelstraße 12, 52349 Düren', 'nächste Woche', 'Erika Mustermann', '0176 12345678']) await say(t);
    const reference = /DN-2026-\d{6}/.exec((await say('ja')).text)?.[0] ?? '';
    const digits = [...reference.slice(-6)].map((d) => DIGIT[Number(d)]).join(' ');
    expect((await say(`Status meiner Meldung D N zwei null zwei sechs ${digits}`)).text).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen`));
    expect((await say(`Stand D N 2026 ${reference.slice(-6)}`)).text).toMatch(new RegExp(`${reference} ist am`));
    // Recognisers write the digits as figures, grouped or one by one (re-test 19 2.3).
    const six = reference.slice(-6);
    expect((await say(`Stand D N 2026 ${six.slice(0, 3)} ${six.slice(3)}`)).text).toMatch(new RegExp(`${reference} ist am`));
    expect((await say(`Stand D N ${[...`2026${six}`].join(' ')}`)).text).toMatch(new RegExp(`${reference} ist am`));
  });
});
