import { describe, expect, it } from 'vitest';
import { amstad, analyseReadability, countSyllables, splitSentences, words } from '../../src/content/readability.js';

describe('countSyllables', () => {
  it.each([
    ['Haus', 1],
    ['Hund', 1],
    ['Staat', 1],
    ['See', 1],
    ['Zoo', 1],
    ['Häuser', 2],
    ['Bäume', 2],
    ['Frieden', 2],
    ['Feuer', 2],
    ['Quelle', 2],
    ['Handy', 2],
    ['Wohngeld', 2],
    ['Theater', 3],
    ['Mülltonne', 3],
    ['Verwaltung', 3],
    ['Bürgerbüro', 4],
    ['Personalausweis', 5],
    ['Einwohnermeldeamt', 6],
    ['Meldebescheinigung', 6],
  ])('counts %s as %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('counts one syllable per digit group, because digits read easily', () => {
    expect(countSyllables('46')).toBe(1);
    expect(countSyllables('2024')).toBe(1);
    expect(countSyllables('7:30')).toBe(2);
    expect(countSyllables('27,60')).toBe(2);
    expect(countSyllables('25-2000')).toBe(2);
  });

  it('counts a euro sign as the spoken word Euro and never returns less than one', () => {
    expect(countSyllables('€')).toBe(2);
    expect(countSyllables('z')).toBe(1);
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, decimal numbers, times and ordinals inside their sentence', () => {
    const text =
      'Bringen Sie z. B. Ihren Ausweis mit. Das kostet ca. 10 € bzw. 27.60 €. Zimmer Nr. 5 öffnet um 7:30 Uhr. ' +
      'Ab 24 Jahren kostet der Ausweis 46 €. Am 1. und 3. Samstag ist offen. Am 3. Oktober ist zu! Warum? Darum.';
    expect(splitSentences(text)).toEqual([
      'Bringen Sie z. B. Ihren Ausweis mit.',
      'Das kostet ca. 10 € bzw. 27.60 €.',
      'Zimmer Nr. 5 öffnet um 7:30 Uhr.',
      'Ab 24 Jahren kostet der Ausweis 46 €.',
      'Am 1. und 3. Samstag ist offen.',
      'Am 3. Oktober ist zu!',
      'Warum?',
      'Darum.',
    ]);
  });

  it('treats list items and blank lines as sentence ends even without a full stop', () => {
    expect(splitSentences('Bitte mitbringen:\n- alter Ausweis\n- ein Foto\n\nDanach zahlen')).toEqual([
      'Bitte mitbringen:',
      'alter Ausweis',
      'ein Foto',
      'Danach zahlen',
    ]);
  });
});

describe('analyseReadability', () => {
  it('counts words without punctuation and with € as a word', () => {
    expect(words('Der Ausweis kostet 46 €.')).toEqual(['Der', 'Ausweis', 'kostet', '46', '€']);
    expect(words('Mo 7:30–13:00, 40–45 €, Online-Dienst')).toEqual(['Mo', '7:30', '13:00', '40', '45', '€', 'Online-Dienst']);
  });

  it('computes Amstad as 180 - ASL - 58.5 * ASW', () => {
    expect(amstad(10, 1.5)).toBeCloseTo(82.25);
    // 3 sentences of 5 words; 27 syllables / 15 words = 1.8
    const result = analyseReadability('Sie brauchen einen neuen Ausweis? Dann gehen Sie zum Bürgerbüro. Machen Sie vorher einen Termin.');
    expect(result.sentences).toBe(3);
    expect(result.wordsPerSentence).toEqual([5, 5, 5]);
    expect(result.syllables).toBe(27);
    expect(result.amstad).toBeCloseTo(180 - 5 - 58.5 * 1.8);
  });

  it('rates plain language high and long official German low', () => {
    const plain = analyseReadability('Der Hund ist neu. Sie melden ihn bei der Stadt an. Das geht schnell.');
    const official =
      'Die Anmeldung der Eheschließung ist frühestens sechs Monate vor dem beabsichtigten Eheschließungstermin beim zuständigen Standesamt unter Vorlage sämtlicher erforderlichen Personenstandsurkunden vorzunehmen.';
    expect(plain.amstad).toBeGreaterThan(60);
    expect(analyseReadability(official).amstad).toBeLessThan(20);
    expect(analyseReadability(official).longestSentence?.words).toBe(21);
  });

  it('returns zero for empty text instead of NaN', () => {
    expect(analyseReadability('  ').amstad).toBe(0);
  });
});
