/**
 * Health data (GDPR Art. 9) and the names and numbers tester-i (B1) and tester-j (1, 9) found in the inbox:
 * what a citizen says about their own or a relative's health is replaced by [GESUNDHEIT] before it is stored;
 * the same words as a topic stay, because the inbox needs them to file the question.
 */
import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/privacy/redact.js';

const HEALTH: Array<[string, string]> = [
  ['Ich verdiene 2300 brutto und bin HIV-positiv, gibt es Hilfe?', 'Ich verdiene 2300 brutto und bin [GESUNDHEIT], gibt es Hilfe?'],
  ['Mein Sohn ist Autist und hat einen Schwerbehindertenausweis, bekommen wir Wohngeld?', 'Mein Sohn ist [GESUNDHEIT] und hat einen Schwerbehindertenausweis, bekommen wir Wohngeld?'],
  ['Ich bin alkoholabhängig und suche eine Entzugsklinik in Düren', 'Ich bin [GESUNDHEIT] und suche eine Entzugsklinik in Düren'],
  ['Ich bin seit einem Unfall querschnittsgelähmt, gibt es Hilfe beim Umbau?', 'Ich bin seit einem Unfall [GESUNDHEIT], gibt es Hilfe beim Umbau?'],
  ['Mein Mann hat Krebs im Endstadium und wir brauchen Hilfe bei der Pflege zuhause', 'Mein Mann hat [GESUNDHEIT] und wir brauchen Hilfe bei der Pflege zuhause'],
  ['1400 Euro netto, ich bin schwerbehindert und bekomme Erwerbsminderungsrente', '1400 Euro netto, ich bin [GESUNDHEIT] und bekomme Erwerbsminderungsrente'],
  ['1800 Euro brutto, ich bin schwerbehindert (GdB 80)', '1800 Euro brutto, ich bin [GESUNDHEIT]'],
  ['meine Tochter hat Diabetes, wo bekomme ich Hilfe?', 'meine Tochter hat [GESUNDHEIT], wo bekomme ich Hilfe?'],
  ['Ich leide seit Jahren an Depressionen', 'Ich leide seit Jahren an [GESUNDHEIT]'],
  ['Meine Mutter hat Pflegegrad 3 und Demenz', 'Meine Mutter hat [GESUNDHEIT] und [GESUNDHEIT]'],
  ['Ich suche einen Platz für meine Mutter mit Demenz', 'Ich suche einen Platz für meine Mutter mit [GESUNDHEIT]'],
  ['Meine Frau ist schwanger, wann gibt es Elterngeld?', 'Meine Frau ist [GESUNDHEIT], wann gibt es Elterngeld?'],
  ['Wir haben ein behindertes Kind', 'Wir haben ein [GESUNDHEIT] Kind'],
  ['wegen meiner schweren Depression kann ich nicht kommen', 'wegen meiner schweren [GESUNDHEIT] kann ich nicht kommen'],
  ['Meine Oma sitzt im Rollstuhl, ist das Rathaus barrierefrei?', 'Meine Oma sitzt [GESUNDHEIT], ist das Rathaus barrierefrei?'],
  ['ich bin heute krank, kann ich den Termin verschieben', 'ich bin heute [GESUNDHEIT], kann ich den Termin verschieben'],
  ['Ich als Diabetiker brauche einen Parkausweis', 'Ich als [GESUNDHEIT] brauche einen Parkausweis'],
  ['Mein Vater ist an Lungenkrebs erkrankt', 'Mein Vater ist an [GESUNDHEIT]'],
  ['I have cancer and need help with the rent', 'I have [GESUNDHEIT] and need help with the rent'],
  ['my son is autistic', 'my son is [GESUNDHEIT]'],
];

// Topics, not statements about a person: they must stay readable for the inbox.
const TOPICS = [
  'Schwerbehindertenausweis beantragen',
  'Wie beantrage ich einen Schwerbehindertenausweis?',
  'Gibt es eine Beratungsstelle für Menschen mit Demenz?',
  'Welche Hilfe gibt es bei Pflegegrad 2?',
  'Ab welchem GdB bekommt man einen Schwerbehindertenausweis?',
  'Ist das Rathaus für Rollstuhlfahrer erreichbar?',
  'Parkausweis für schwerbehinderte Menschen',
  'Wo ist die Suchtberatung?',
  'Ich habe eine Frage zum Pflegegrad',
  'Macht das Gesundheitsamt HIV-Tests?',
  'Was ist Pflegegrad 2?',
  'Wohngeld für Schwerbehinderte',
  'Ich bin krankenversichert bei der AOK',
  'Gibt es Hilfe für Familien mit einem autistischen Kind?',
  'Die Frist ist abhängig vom Einkommen',
  'Is the town hall accessible for disabled people?',
];

describe('health statements', () => {
  it.each(HEALTH)('are replaced by [GESUNDHEIT] in "%s"', (text, redacted) => {
    expect(redactPii(text).text).toBe(redacted);
    expect(redactPii(text).found).toContain('health');
  });

  it.each(TOPICS)('stay when they are a topic: "%s"', (text) => {
    expect(redactPii(text)).toEqual({ text, found: [] });
  });

  it.each([...HEALTH.map(([text]) => text), ...TOPICS])('are redacted idempotently in "%s"', (text) => {
    const once = redactPii(text).text;
    expect(redactPii(once)).toEqual({ text: once, found: [] });
  });
});

describe('names and numbers the inbox showed (tester-i B1, tester-j 9)', () => {
  it.each([
    ['Ich, Dr. Jürgen Bauer-Schulte, möchte das Hallenbad mieten', 'Ich, Dr. [NAME], möchte das Hallenbad mieten'],
    ['Termin bei Prof. Dr. med. Weber', 'Termin bei Prof. Dr. med. [NAME]'],
    ['Ich, Anton Weißenberg, beantrage einen Termin', 'Ich, [NAME], beantrage einen Termin'],
    ['hallo hier ist mehmet öztürk wegen dem schwimmbad', 'hallo hier ist [NAME] wegen dem schwimmbad'],
    ['hier ist sandra kowalski wegen dem freibad', 'hier ist [NAME] wegen dem freibad'],
    ['guten tag, hier ist frau anna schmidt wegen dem freibad', 'guten tag, hier ist frau [NAME] wegen dem freibad'],
    ['Versichertennummer: X 123 456 789 bei der Barmer', 'Versichertennummer: [VERSICHERTENNUMMER] bei der Barmer'],
    ['Bitte an Peter Meier, geboren 14.02.1988, weiterleiten', 'Bitte an [NAME], geboren [GEBURTSDATUM], weiterleiten'],
    ['Antragstellerin Petra Hoffmann geb. Schulz', 'Antragstellerin [NAME] geb. [NAME]'],
    ['Versichertennummer A123456789 bei der AOK, wer zahlt meine Brille', 'Versichertennummer [VERSICHERTENNUMMER] bei der AOK, wer zahlt meine Brille'],
    ['B987654321 bei der TK', '[VERSICHERTENNUMMER] bei der TK'],
    ['Meine Rentenversicherungsnummer ist 65 170839 J 003', 'Meine Rentenversicherungsnummer ist [VERSICHERTENNUMMER]'],
    ['Hallo, meine verstorbene Mutter Gertrud Schäfer hatte einen Personalausweis', 'Hallo, meine verstorbene Mutter [NAME] hatte einen Personalausweis'],
    ['ein Rollstuhl von meiner verstorbenen Mutter Gertrud Schäfer, außerdem 2 Matratzen', 'ein Rollstuhl von meiner verstorbenen Mutter [NAME], außerdem 2 Matratzen'],
  ])('redacts "%s"', (text, redacted) => {
    expect(redactPii(text).text).toBe(redacted);
  });

  it.each(['hier ist kein Parkplatz frei', 'hier ist alles voller Müll', 'Was kostet ein Termin beim Dr. für den Führerschein?', 'Aktenzeichen 50/123/2024'])('leaves "%s" as it is', (text) => {
    expect(redactPii(text).text).toBe(text);
  });
});
