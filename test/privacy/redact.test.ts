import { describe, expect, it } from 'vitest';
import { redactPii, type PiiKind } from '../../src/privacy/redact.js';

interface RedactCase {
  text: string;
  redacted: string;
  found: PiiKind[];
}

const keep = (text: string): RedactCase => ({ text, redacted: text, found: [] });

const REDACTED: RedactCase[] = [
  // E-mail
  { text: 'Meine E-Mail ist anna.schmidt@example.de', redacted: 'Meine E-Mail ist [E-MAIL]', found: ['email'] },
  { text: 'write to John.Smith+stadt@mail.co.uk please', redacted: 'write to [E-MAIL] please', found: ['email'] },
  // Phone
  { text: 'Ruf mich an: 0176 12345678', redacted: 'Ruf mich an: [TELEFON]', found: ['phone'] },
  { text: 'Tel. 02421 25-0', redacted: 'Tel. [TELEFON]', found: ['phone'] },
  { text: 'call me on +49 2421 252000', redacted: 'call me on [TELEFON]', found: ['phone'] },
  { text: 'Handy: 0176/123 456 78', redacted: 'Handy: [TELEFON]', found: ['phone'] },
  { text: 'Nummer (02421) 25-2625 oder 0049 176 1234567', redacted: 'Nummer [TELEFON] oder [TELEFON]', found: ['phone'] },
  {
    text: 'meine Nummer ist null zwei vier zwei eins fünf zwei zwei null null null',
    redacted: 'meine Nummer ist [TELEFON]',
    found: ['phone'],
  },
  { text: 'my number is zero one seven six, one two three four five six', redacted: 'my number is [TELEFON]', found: ['phone'] },
  { text: 'Nummer: null 176 eins zwei drei vier fünf sechs', redacted: 'Nummer: [TELEFON]', found: ['phone'] },
  // IBAN
  { text: 'IBAN: DE89 3704 0044 0532 0130 00', redacted: 'IBAN: [IBAN]', found: ['iban'] },
  { text: 'Konto DE89370400440532013000 für die Hundesteuer', redacted: 'Konto [IBAN] für die Hundesteuer', found: ['iban'] },
  { text: 'IBAN de89-3704-0044-0532-0130-00', redacted: 'IBAN [IBAN]', found: ['iban'] },
  { text: 'IBAN DE89 3704 0044 0532 0130 01 (vertippt)', redacted: 'IBAN [IBAN] (vertippt)', found: ['iban'] },
  { text: 'my account GB82 WEST 1234 5698 7654 32', redacted: 'my account [IBAN]', found: ['iban'] },
  // Tax numbers
  { text: 'Meine Steuer-ID ist 86 095 742 719', redacted: 'Meine Steuer-ID ist [STEUER-ID]', found: ['tax_id'] },
  { text: 'Steueridentifikationsnummer: 12345678901', redacted: 'Steueridentifikationsnummer: [STEUER-ID]', found: ['tax_id'] },
  { text: 'die Nummer 86095742719 steht auf dem Brief', redacted: 'die Nummer [STEUER-ID] steht auf dem Brief', found: ['tax_id'] },
  { text: 'Steuernummer 133/8150/8159', redacted: 'Steuernummer [STEUER-ID]', found: ['tax_id'] },
  { text: 'meine St.-Nr. lautet 21/815/08150', redacted: 'meine St.-Nr. lautet [STEUER-ID]', found: ['tax_id'] },
  { text: 'my tax ID is 47036892816', redacted: 'my tax ID is [STEUER-ID]', found: ['tax_id'] },
  // ID documents
  { text: 'Meine Ausweisnummer ist T22000129', redacted: 'Meine Ausweisnummer ist [AUSWEISNUMMER]', found: ['id_number'] },
  { text: 'Personalausweis Nr. L01X00T47', redacted: 'Personalausweis Nr. [AUSWEISNUMMER]', found: ['id_number'] },
  { text: 'passport number: c01x00t47', redacted: 'passport number: [AUSWEISNUMMER]', found: ['id_number'] },
  { text: 'Ausweis verloren, die Nummer war LZ6311T47.', redacted: 'Ausweis verloren, die Nummer war [AUSWEISNUMMER].', found: ['id_number'] },
  // Dates of birth
  { text: 'geboren am 3.4.1980', redacted: 'geboren am [GEBURTSDATUM]', found: ['birth_date'] },
  { text: 'geb. 03.04.1980 in Köln', redacted: 'geb. [GEBURTSDATUM] in Köln', found: ['birth_date'] },
  { text: 'Geburtsdatum: 1980-04-03', redacted: 'Geburtsdatum: [GEBURTSDATUM]', found: ['birth_date'] },
  { text: 'I was born on 3 April 1980', redacted: 'I was born on [GEBURTSDATUM]', found: ['birth_date'] },
  { text: 'my birthday is April 3rd', redacted: 'my birthday is [GEBURTSDATUM]', found: ['birth_date'] },
  { text: 'date of birth 04/03/1980', redacted: 'date of birth [GEBURTSDATUM]', found: ['birth_date'] },
  { text: 'Ich bin am 3.4.80 geboren', redacted: 'Ich bin am [GEBURTSDATUM] geboren', found: ['birth_date'] },
  { text: 'Jahrgang 1980', redacted: 'Jahrgang [GEBURTSDATUM]', found: ['birth_date'] },
  // Addresses
  { text: 'Ich wohne in der Hauptstraße 12a, 52349 Düren', redacted: 'Ich wohne in der [ADRESSE]', found: ['address'] },
  { text: 'Sperrmüll bitte vor Kölner Straße 40 abholen', redacted: 'Sperrmüll bitte vor [ADRESSE] abholen', found: ['address'] },
  { text: 'my address is Am Krausberg 5', redacted: 'my address is [ADRESSE]', found: ['address'] },
  // Names
  { text: 'ich heiße Anna Schmidt und brauche Wohngeld', redacted: 'ich heiße [NAME] und brauche Wohngeld', found: ['name'] },
  { text: 'ich heiße anna schmidt', redacted: 'ich heiße [NAME]', found: ['name'] },
  { text: 'mein Name ist Müller, ich habe eine Frage', redacted: 'mein Name ist [NAME], ich habe eine Frage', found: ['name'] },
  { text: 'my name is John Smith and I need help', redacted: 'my name is [NAME] and I need help', found: ['name'] },
  { text: 'Gruß, Peter Meier', redacted: 'Gruß, [NAME]', found: ['name'] },
  { text: 'Mit freundlichen Grüßen\nAyşe Yılmaz', redacted: 'Mit freundlichen Grüßen\n[NAME]', found: ['name'] },
  { text: 'Best regards,\nJohn', redacted: 'Best regards,\n[NAME]', found: ['name'] },
  { text: 'Ich bin Anna Schmidt', redacted: 'Ich bin [NAME]', found: ['name'] },
  { text: 'Hallo, hier ist Maria Schmidt. Ich brauche einen neuen Reisepass', redacted: 'Hallo, hier ist [NAME]. Ich brauche einen neuen Reisepass', found: ['name'] },
  { text: 'this is John Smith calling about my bin', redacted: 'this is [NAME] calling about my bin', found: ['name'] },
  { text: 'hier ist ein Schlagloch', redacted: 'hier ist ein Schlagloch', found: [] },
  { text: 'Ich habe mit Frau Dr. Weber gesprochen', redacted: 'Ich habe mit Frau Dr. [NAME] gesprochen', found: ['name'] },
  { text: 'Name: Maria von Berg', redacted: 'Name: [NAME]', found: ['name'] },
  { text: 'Vielen Dank, Peter', redacted: 'Vielen Dank, [NAME]', found: ['name'] },
  { text: 'Mein Mann Peter Schmidt verdient 2100 brutto', redacted: 'Mein Mann [NAME] verdient 2100 brutto', found: ['name'] },
  { text: 'unsere Tochter Lea ist 5', redacted: 'unsere Tochter [NAME] ist 5', found: ['name'] },
  { text: 'my wife Anna works part-time', redacted: 'my wife [NAME] works part-time', found: ['name'] },
  // Several kinds, mixed languages
  {
    text: 'Hallo, my name is Anna Schmidt, Tel 0176 12345678, anna@example.de, IBAN DE89370400440532013000',
    redacted: 'Hallo, my name is [NAME], Tel [TELEFON], [E-MAIL], IBAN [IBAN]',
    found: ['name', 'phone', 'email', 'iban'],
  },
  {
    text: 'Ich heiße Peter Meier, geboren am 01.02.1975, wohne Markt 2, 52349 Düren.',
    redacted: 'Ich heiße [NAME], geboren am [GEBURTSDATUM], wohne [ADRESSE].',
    found: ['name', 'birth_date', 'address'],
  },
  {
    // A voice transcript: the house number as a word.
    text: 'ich wohne in der schenkelstraße vierzehn',
    redacted: 'ich wohne in der [ADRESSE]',
    found: ['address'],
  },
];

const KEPT: RedactCase[] = [
  keep('Was kostet der Personalausweis?'),
  keep('Wohngeld für 2 Personen mit 650 Euro Miete'),
  keep('Termin am 3.12. um 14 Uhr'),
  keep('52349'),
  keep('Ich wohne in 52349 Düren'),
  keep('Ich verdiene 1.850,00 Euro netto im Monat'),
  keep('Meine Frau und ich haben 3 Kinder'),
  keep('Mein Sohn braucht einen Kinderreisepass'),
  keep('meine Mutter wohnt bei uns'),
  keep('Mein Mann Rente 1200, ich Minijob 450'),
  keep('Wie lange dauert ein Reisepass?'),
  keep('I need an appointment next Tuesday at 3 pm'),
  keep('Die Hundesteuer kostet 84 € im Jahr'),
  keep('Mein Sohn ist zwei Jahre alt'),
  keep('Ich bin Rentner und wohne allein'),
  keep('Danke, ich komme morgen'),
  keep('Guten Morgen, ich habe eine Frage zum Wohngeld'),
  keep('Am Dienstag 3 Termine frei?'),
  keep('Ist das Bürgerbüro am Markt geöffnet?'),
  keep('Öffnungszeiten 7:30–13:00 und 14:00–16:00'),
  keep('Kann ich am 03.12.2026 um 10:15 kommen?'),
  keep('Aktenzeichen 50/123/2024, Antrag Nr. 2024-123'),
  keep('Ich brauche einen Termin für meinen Personalausweis und Reisepass'),
  keep('Meine Frau Wohngeld beantragen, geht das?'),
];

describe('redactPii', () => {
  it.each(REDACTED)('redacts "$text"', ({ text, redacted, found }) => {
    expect(redactPii(text)).toEqual({ text: redacted, found });
  });

  it.each(KEPT)('leaves "$text" as it is', ({ text, redacted, found }) => {
    expect(redactPii(text, { locale: 'de' })).toEqual({ text: redacted, found });
  });

  it.each([...REDACTED, ...KEPT])('is idempotent on "$text"', ({ text }) => {
    const once = redactPii(text).text;
    expect(redactPii(once)).toEqual({ text: once, found: [] });
  });

  it('finishes on long hostile input and still redacts what it should', () => {
    const hostile =
      '0 '.repeat(150) + 'DE89 '.repeat(40) + 'a.'.repeat(100) + '@'.repeat(50) + 'ich heiße '.repeat(20) + 'Frau '.repeat(30) + '1.2.'.repeat(40);
    const result = redactPii(`${hostile} Kontakt: anna@example.de`);
    expect(result.text.endsWith('Kontakt: [E-MAIL]')).toBe(true);
    expect(result.found).toContain('email');
  });
});
