import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/core/answer.js';
import { renderReply } from '../../src/core/turn-engine.js';
import { toSsml } from '../../src/core/ssml.js';
import type { Locale } from '../../src/core/types.js';
import { loadContentFromDisk } from '../../src/runtime/node/content-fs.js';

const NAMESPACE = 'xmlns="http://www.w3.org/2001/10/synthesis"';
const wellFormed = (ssml: string) => XMLValidator.validate(ssml) === true;

describe('SSML for voice channels', () => {
  it('sets the language and gives each sentence its own <s>, so engines pause between them', () => {
    const ssml = toSsml('Guten Tag! Wie kann ich helfen? Fragen Sie einfach.', 'de');
    expect(ssml).toBe(`<speak version="1.0" ${NAMESPACE} xml:lang="de-DE"><p><s>Guten Tag!</s><s>Wie kann ich helfen?</s><s>Fragen Sie einfach.</s></p></speak>`);
    expect(toSsml('Hello. How can I help?', 'en')).toContain('xml:lang="en-GB"');
  });

  it('marks phone numbers, money, dates and times with say-as', () => {
    const ssml = toSsml('Telefon: 02421 25-0, E-Mail. Rufen Sie 02421 25-2000 an oder sperren Sie unter 116 116. Es kostet 27,60 € und gilt ab 03.12.2026, Mo und Di 7:30–13:00.', 'de');
    expect(ssml).toContain('<say-as interpret-as="telephone">02421 25-2000</say-as>');
    expect(ssml).toContain('<say-as interpret-as="telephone">116 116</say-as>');
    expect(ssml).toContain('Telefon: <say-as interpret-as="telephone">02421 25-0</say-as>, E-Mail.');
    expect(ssml).toContain('<say-as interpret-as="currency">27,60 €</say-as>');
    expect(ssml).toContain('<say-as interpret-as="date" format="dmy">03.12.2026</say-as>');
    expect(ssml).toContain('Montag und Dienstag <say-as interpret-as="time" format="hms24">7:30</say-as> bis <say-as interpret-as="time" format="hms24">13:00</say-as>');
    expect(toSsml('The fee is 37.50 €, Mon to Fri 8:00–12:00.', 'en')).toContain('<say-as interpret-as="currency">37.50 €</say-as>, Monday to Friday <say-as interpret-as="time" format="hms24">8:00</say-as> to');
  });

  it('spells references and codes, reads a phone number given without spaces as one, and speaks each list line as a sentence without its bullet', () => {
    const ssml = toSsml('Ihre Vorgangsnummer ist DN-2026-048213. Ihr Bestätigungscode: HE64EJ. Ihr Code: UPW9-94AP.', 'de');
    expect(ssml).toContain('<say-as interpret-as="characters">DN-2026-048213</say-as>');
    expect(ssml).toContain('<say-as interpret-as="characters">HE64EJ</say-as>');
    expect(ssml).toContain('<say-as interpret-as="characters">UPW9-94AP</say-as>');
    const summary = toSsml('Bitte prüfen Sie Ihre Anfrage:\n• Gegenstände: zwei Matratzen\n• Telefon oder E-Mail: 017612345678\nIst alles richtig?', 'de');
    expect(summary).toContain('<s>Gegenstände: zwei Matratzen</s><s>Telefon oder E-Mail: <say-as interpret-as="telephone">017612345678</say-as></s><s>Ist alles richtig?</s>');
    expect(summary).not.toContain('•');
    expect(toSsml('Wir haben 52349 Einwohner und PLZ 52349.', 'de')).not.toContain('characters');
  });

  it('spells an IBAN in groups of four and reads a phone number at the end of a sentence as a telephone number', () => {
    const iban = toSsml('Verstanden: IBAN: DE89370400440532013000.', 'de');
    expect(iban).toContain('IBAN: <say-as interpret-as="characters">DE89</say-as><break time="300ms"/><say-as interpret-as="characters">3704</say-as>');
    expect(iban).toContain('<say-as interpret-as="characters">0130</say-as><break time="300ms"/><say-as interpret-as="characters">00</say-as>.');
    expect(toSsml('IBAN: DE89 3704 0044 0532 0130 00, Kontoinhaber: Erika Mustermann', 'de')).toContain('<say-as interpret-as="characters">DE89</say-as><break time="300ms"/>');
    expect(toSsml('Verstanden: Telefon: 01761234567.', 'de')).toContain('Telefon: <say-as interpret-as="telephone">01761234567</say-as>.');
    expect(toSsml('Verstanden: Telefon: +491761234567.', 'de')).toContain('<say-as interpret-as="telephone">+491761234567</say-as>');
    expect(wellFormed(iban)).toBe(true);
  });

  it('speaks each numbered line (the offered slots) as a sentence of its own, without the parenthesis', () => {
    const ssml = toSsml('Diese Termine sind frei:\n1) Donnerstag, 3.12.2026, 14:00 Uhr\n2) Donnerstag, 3.12.2026, 14:15 Uhr', 'de');
    expect(ssml).toContain('<s>Diese Termine sind frei:</s><s>Nummer 1: Donnerstag, <say-as interpret-as="date" format="dmy">3.12.2026</say-as>, <say-as interpret-as="time" format="hms24">14:00</say-as></s><s>Nummer 2: ');
    expect(ssml).not.toContain(')');
    expect(toSsml('These slots are free:\n1) Thursday, 3 December 2026, 14:00', 'en')).toContain('<s>Number 1: Thursday, 3 December 2026, ');
  });

  it('leaves out the written "Uhr" after a time in say-as, which engines say with the time themselves', () => {
    expect(toSsml('Ihr Termin: Dienstag, 1.12.2026, 07:45 Uhr.', 'de')).toContain('<say-as interpret-as="time" format="hms24">07:45</say-as>.</s>');
    expect(toSsml('Geöffnet von 7:30 bis 13:00 Uhr.', 'de')).toContain('bis <say-as interpret-as="time" format="hms24">13:00</say-as>.</s>');
    expect(toSsml('Kommen Sie um 14 Uhr.', 'de')).toContain('um 14 Uhr.');
  });

  it('says a postcode before its town digit by digit, and "§ 17 WoGG" as words', () => {
    expect(toSsml('Bürgerbüro (Markt 2 (Erdgeschoss), 52349 Düren).', 'de')).toContain('(Erdgeschoss), <say-as interpret-as="characters">52349</say-as> Düren)');
    expect(toSsml('Es kostet 10000 Euro.', 'de')).not.toContain('interpret-as="characters"');
    expect(toSsml('Die Freibeträge stehen in § 17 WoGG, Abs. 1.', 'de')).toContain('<s>Die Freibeträge stehen in Paragraf 17 Wohngeldgesetz, Absatz 1.</s>');
    expect(toSsml('§§ 10d und 10e BGG NRW', 'de')).toContain('Paragrafen 10d');
    expect(toSsml('See § 17 WoGG.', 'en')).toContain('See section 17 Housing Benefit Act.');
  });

  it('writes out abbreviations and does not end a sentence inside them or after an ordinal', () => {
    const ssml = toSsml('Bringen Sie z. B. den Ausweis mit, ca. 10 Minuten vorher bzw. früher. Am 1. Januar u. a. in der Kölnstr. Nr. 3.', 'de');
    expect(ssml).toContain('<s>Bringen Sie zum Beispiel den Ausweis mit, circa 10 Minuten vorher beziehungsweise früher.</s>');
    expect(ssml).toContain('<s>Am 1. Januar unter anderem in der Kölnstraße Nummer 3.</s>');
    expect(toSsml('Bring documents, e.g. your ID.', 'en')).toContain('Bring documents, for example your ID.');
  });

  it('speaks a link as its site, never as a URL, and escapes markup in the text', () => {
    const ssml = toSsml('Mehr auf https://www.dueren.de/rathaus?x=1&y=2. Siehe <b>fett</b> & mehr.', 'de');
    expect(ssml.replace(NAMESPACE, '')).not.toMatch(/http|www\./);
    expect(ssml).toContain('Mehr auf dueren.de.');
    expect(ssml).toContain('&lt;b&gt;fett&lt;/b&gt; &amp; mehr');
    expect(wellFormed(ssml)).toBe(true);
  });

  it('renders every answer in the content (German, English, Einfache Sprache) as well-formed SSML without URLs', async () => {
    const content = await loadContentFromDisk(process.cwd(), { profile: 'dueren' });
    const variants: Array<[Locale, boolean]> = [['de', false], ['en', false], ['de', true]];
    let checked = 0;
    const problems: string[] = [];
    for (const intent of content.intents) {
      for (const [locale, plain] of variants) {
        const text = answerText(intent, locale, plain);
        if (!text) continue;
        const { speak } = renderReply({ text }, locale);
        checked += 1;
        const validation = XMLValidator.validate(speak);
        if (validation !== true) problems.push(`${intent.id}/${locale}${plain ? '/plain' : ''}: ${JSON.stringify(validation)}`);
        if (speak.replace(NAMESPACE, '').includes('http')) problems.push(`${intent.id}/${locale}${plain ? '/plain' : ''}: contains http`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
