import { describe, expect, it } from 'vitest';
import { checkFacts, findFacts, knownFactsFrom, normalizeAmount, uncheckedFacts } from '../../src/content/facts-check.js';

const FACTS = `
| Central phone | 02421 25-0 | verified |
| Bürgerbüro appointments | online portal above, or 02421 25-2000 | verified |
| Postcodes | 52349, 52351, 52353, 52355 | verified |
| Bürgerbüro | Markt 2 (ground floor), 52349 Düren; buergerbuero@dueren.de; https://www.dueren.de | verified |
| Bürgerbüro hours | Mo, Tu 7:30–13:00 and 14:00–16:00; 1st and 3rd Saturday 8:00–12:00 | outdated |
| Personalausweis fee | 46 € from age 24; 27.60 € under 24; temporary ID 10 € | PAuswGebV |
| Standesamt fees | other NRW towns charge 40–45 € | do not state |
- Heizkostenkomponente, members 1..5: 110.40, 142.60 €.
- Höchstbeträge, € per month:

  | members | I | II |
  |---|---|---|
  | 1 | 361 | 408 |
`;

const kinds = (text: string) => findFacts(text).map((f) => `${f.kind}:${f.normalized}`);

describe('findFacts', () => {
  it('finds phone numbers, postcodes, euro amounts and times of day', () => {
    expect(kinds('Rufen Sie (02421) 25–2000 an, Markt 2, 52349 Düren. Es kostet 27,60 € und ist ab 8 Uhr bis 13:00 offen.')).toEqual([
      'phone:02421252000',
      'street:markt 2',
      'postcode:52349',
      'euro:27.6',
      'time:8:00',
      'time:13:00',
    ]);
  });

  it('reads English times and euro signs before the amount', () => {
    expect(kinds('Open from 9 am to 2:30 p.m., fee EUR 12.50')).toEqual(['time:9:00', 'time:14:30', 'euro:12.5']);
  });

  it('normalises German and English decimal and thousands separators', () => {
    expect(normalizeAmount('27,60')).toBe('27.6');
    expect(normalizeAmount('27.60')).toBe('27.6');
    expect(normalizeAmount('1.230')).toBe('1230');
    expect(normalizeAmount('1,230')).toBe('1230');
  });
});

describe('checkFacts', () => {
  it('accepts values from the facts file in any spelling', () => {
    const answer =
      'Telefon 02421 25 - 0 oder 0242125-2000, Markt 2, 52349 Düren. Der Ausweis kostet 46 € oder 27,60 €, vorläufig 10 Euro. ' +
      'Samstag 8:00–12:00 Uhr, Mo 7:30 – 13:00. Standesamt 40-45 €. Komponente 142,60 €, Höchstbetrag 408 €.';
    expect(checkFacts(answer, FACTS)).toEqual([]);
  });

  it('reports an invented phone number, fee, postcode and time', () => {
    const found = checkFacts('Rufen Sie 02421 25-9999 an. Es kostet 50 €. Adresse: 50667 Köln. Geöffnet ab 9:15 Uhr.', FACTS);
    expect(found.map((f) => `${f.kind}:${f.text}`)).toEqual(['phone:02421 25-9999', 'euro:50', 'postcode:50667', 'time:9:15 Uhr']);
  });

  it('accepts numbers listed in the intent facts with a source', () => {
    const listed = [{ value: '30 €' }, { value: '0800 1234567' }];
    expect(checkFacts('Das Schild kostet 30,00 €. Hotline 0800 123 4567.', FACTS, listed)).toEqual([]);
    expect(checkFacts('Das Schild kostet 31 €.', FACTS, listed)).toHaveLength(1);
  });

  it('does not let a known number swallow a following number', () => {
    expect(checkFacts('Telefon 02421 25-0 2 Wochen lang.', FACTS)).toEqual([]);
  });

  it('catches fees, times and numbers in the spellings Word and English texts use (tester-i A3)', () => {
    const found = (text: string) => checkFacts(text, FACTS).map((f) => `${f.kind}:${f.normalized}`);
    expect(found('Der Ausweis kostet 53,- €.')).toEqual(['euro:53']);
    expect(found('Der Ausweis kostet 53,– €.')).toEqual(['euro:53']);
    expect(found('The ID card costs 53 euros.')).toEqual(['euro:53']);
    expect(found('Samstags 9 bis 11 h.')).toEqual(['time:9:00', 'time:11:00']);
    expect(found('Durchwahl 25-9999.')).toEqual(['extension:259999']);
    expect(found('Durchwahl 25-2000, ab 8 h.')).toEqual([]);
  });

  it('catches the spellings the re-test still got through: "53.- EUR", a fee in words, day hours without "Uhr"', () => {
    const found = (text: string) => checkFacts(text, FACTS).map((f) => `${f.kind}:${f.normalized}`);
    expect(found('Gebühr: 53.- EUR')).toEqual(['euro:53']);
    expect(found('Der Ausweis kostet dreiundfünfzig Euro.')).toEqual(['euro:53']);
    expect(found('Samstags von 9-11 geöffnet.')).toEqual(['time:9:00', 'time:11:00']);
    expect(found('Sa 9 bis 11')).toEqual(['time:9:00', 'time:11:00']);
    // Known values in these spellings pass, and a count of days is no time.
    expect(found('Der Ausweis kostet sechsundvierzig Euro, Mo 7:30-13:00.')).toEqual([]);
    expect(found('Die Frist beträgt 2 bis 3 Wochen.')).toEqual([]);
  });

  it('checks e-mail, web and street addresses against the facts file and the profile (tester-i A3)', () => {
    const invented = 'Kommen Sie in die Kaiserstraße 12. Schreiben Sie an ausweis@dueren.de. Mehr unter www.dueren-ausweis.de.';
    expect(checkFacts(invented, FACTS).map((f) => `${f.kind}:${f.text}`)).toEqual(['street:Kaiserstraße 12', 'email:ausweis@dueren.de', 'web:www.dueren-ausweis.de']);
    expect(checkFacts('Markt 2, buergerbuero@dueren.de, https://www.dueren.de/buergerbuero.', FACTS)).toEqual([]);
    const profile = 'Kaiserstraße 12\nausweis@dueren.de\nhttps://www.dueren-ausweis.de';
    expect(uncheckedFacts(invented, knownFactsFrom(FACTS, profile))).toEqual([]);
    // The profile backs addresses only: its numbers still need the facts file.
    expect(uncheckedFacts('Telefon 02421 25-9999', knownFactsFrom(FACTS, 'Telefon 02421 25-9999'))).toHaveLength(1);
  });

  it('reads a phone number with non-breaking spaces as a phone number, not a postcode (tester-i A5)', () => {
    expect(kinds('Telefon: 02421\u00a025-2000')).toEqual(['phone:02421252000']);
    expect(checkFacts('Telefon: 02421\u00a025-2000', FACTS)).toEqual([]);
    expect(checkFacts('Telefon: 02421\u202f25-9999', FACTS).map((f) => f.kind)).toEqual(['phone']);
  });

  it('does not mistake a household size in a table for an amount', () => {
    expect(checkFacts('Es kostet 1 €.', FACTS)).toHaveLength(1);
  });
});
