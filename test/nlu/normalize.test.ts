import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_FEATURE_CONFIG, prepareText } from '../../src/nlu/features.js';
import { detectLanguage, sentenceLanguage } from '../../src/nlu/language.js';
import { buildLexiconData, Lexicon } from '../../src/nlu/lexicon.js';
import { foldToken, normalizeText } from '../../src/nlu/normalize.js';
import { stem } from '../../src/nlu/stem.js';
import { isStopword } from '../../src/nlu/stopwords.js';
import { isNumeric, tokenizeWords } from '../../src/nlu/tokenize.js';

describe('normalization', () => {
  it('folds Führerschein, Fuehrerschein and fuhrerschein to one token', () => {
    const forms = ['Führerschein', 'Fuehrerschein', 'fuhrerschein', 'FÜHRERSCHEIN'].map((w) => foldToken(normalizeText(w)));
    expect(new Set(forms)).toEqual(new Set(['fuhrerschein']));
  });

  it('folds ß to ss and composes decomposed umlauts (NFC)', () => {
    expect(foldToken(normalizeText('Straße'))).toBe('strasse');
    expect(foldToken(normalizeText('Mu\u0308ll'))).toBe(foldToken(normalizeText('Müll')));
  });

  it('keeps the e of diphthongs and qu', () => {
    expect(foldToken('neue')).toBe('neue');
    expect(foldToken('bauer')).toBe('bauer');
    expect(foldToken('quelle')).toBe('quelle');
  });

  it('tokenizes German letters and digits and drops punctuation', () => {
    expect(tokenizeWords(normalizeText('Wann kommt der Sperrmüll? Am 3.12., ok!'))).toEqual(['wann', 'kommt', 'der', 'sperrmüll', 'am', '3', '12', 'ok']);
  });

  it('reads a token as a number when every character is a digit of any script', () => {
    for (const token of ['3', '2024', '١٢', '²', '12³', 'Ⅻ']) expect(isNumeric(token), token).toBe(true);
    for (const token of ['', 'a1', '12a', '3.5', 'ä1', '1ä', 'zwei']) expect(isNumeric(token), token).toBe(false);
  });

  it('keeps question and negation words out of the stopword list', () => {
    for (const word of ['wann', 'wo', 'wie', 'was', 'wer', 'nicht', 'kein', 'when', 'where', 'not']) expect(isStopword(word)).toBe(false);
    for (const word of ['der', 'und', 'ich', 'the', 'and']) expect(isStopword(word)).toBe(true);
  });

  it('keeps German stopwords that are English nouns as content words in English messages only', () => {
    for (const word of ['bin', 'hat', 'man', 'war']) {
      expect(isStopword(word, 'en')).toBe(false);
      expect(isStopword(word, 'de')).toBe(true);
    }
    expect(isStopword('the', 'en')).toBe(true);
  });

  it('stems German and English words with the language-specific stemmer', () => {
    expect(stem('personalausweise', 'de')).toBe(stem('personalausweis', 'de'));
    expect(stem('cards', 'en')).toBe('card');
    expect(stem('2026', 'de')).toBe('<num>');
  });

  it('detects German and English, and follows the requested locale when undecided', () => {
    const lang = (text: string, requested?: 'de' | 'en') => {
      const prepared = prepareText(text);
      return detectLanguage(prepared.normalized, prepared.folded, requested);
    };
    expect(lang('Wo kann ich meinen Ausweis beantragen?')).toBe('de');
    expect(lang('Where can I apply for an ID card?')).toBe('en');
    expect(lang('Wohngeld', 'en')).toBe('en');
    expect(lang('Wohngeld', 'de')).toBe('de');
    // "am Donnerstag", "um 15:30": German prepositions, not English "am" (retest18b M5: a German booking was answered in English).
    expect(lang('Termin Personalausweis am Donnerstag 3.12. um 15:30')).toBe('de');
    expect(lang('Termin Personalausweis am Donnerstag 3.12. um 15:30', 'en')).toBe('de');
    expect(lang('I am moving next week')).toBe('en');
  });

  it('names the language of a whole sentence, and none for keywords or mixed words', () => {
    const written = (text: string) => sentenceLanguage(prepareText(text).folded);
    expect(written('How do I apply for housing benefit?')).toBe('en');
    expect(written('Ich brauche einen neuen Pass')).toBe('de');
    expect(written('Personalausweis beantragen')).toBeUndefined();
    expect(written('I moved')).toBeUndefined(); // one function word is not enough
    expect(written('my bin ist weg')).toBeUndefined(); // both languages
  });

  it('reads the words as written for the language, before synonyms, and lets a place name with an umlaut count once', () => {
    const data = buildLexiconData({
      texts: [
        { folded: prepareText('passport expired').folded, language: 'en' },
        { folded: prepareText('car registration').folded, language: 'en' },
        { folded: prepareText('Reisepass abgelaufen').folded, language: 'de' },
      ],
      synonyms: { reisepass: ['passport'], abgelaufen: ['expired'] },
    });
    expect(data.languages.en).toEqual(expect.arrayContaining(['passport', 'expired']));
    const lang = (text: string) => {
      const prepared = prepareText(text);
      return detectLanguage(prepared.normalized, prepared.folded, undefined, new Lexicon(data).languages);
    };
    expect(lang('passport expired')).toBe('en');
    expect(lang('car registration Düren')).toBe('en');
    expect(lang('Reisepass abgelaufen')).toBe('de');
  });
});

describe('lexicon', () => {
  const lexicon = new Lexicon(
    buildLexiconData({
      texts: [
        { folded: prepareText('Sperrmüll Termin buchen').folded, language: 'de' },
        { folded: prepareText('Wohngeld beantragen Antrag').folded, language: 'de' },
      ],
      synonyms: { personalausweis: ['Perso', 'ID card'] },
    }),
  );

  it('replaces declared variants, also of several words, by the canonical term', () => {
    expect(lexicon.applySynonyms(prepareText('neuer Perso').folded)).toEqual(['neuer', 'personalausweis']);
    expect(lexicon.applySynonyms(prepareText('my id card').folded)).toEqual(['my', 'personalausweis']);
  });

  it('splits compounds into known words', () => {
    expect(lexicon.splitCompound('sperrmulltermin')).toEqual(['sperrmull', 'termin']);
    expect(lexicon.splitCompound('wohngeldantrag')).toEqual(['wohngeld', 'antrag']);
    expect(lexicon.splitCompound('fahrrad')).toEqual([]);
  });

  it('joins words written apart that it knows as one word, up to three, and nothing else', () => {
    const join = (text: string) => lexicon.joinSplitCompounds(prepareText(text).folded);
    expect(join('wohn geld beantragen')).toEqual(['wohngeld', 'beantragen']);
    expect(join('Sperr-Müll')).toEqual(['sperrmull']);
    expect(join('sperr mull ter min')).toEqual(['sperrmull', 'ter', 'min']);
    expect(join('personal aus weis')).toEqual(['personalausweis']);
    // "geld antrag" would be "geldantrag", which no example has; short joins ("an trag") stay apart too.
    expect(join('geld antrag an trag')).toEqual(['geld', 'antrag', 'an', 'trag']);
    expect(join('wohn 2 geld')).toEqual(['wohn', '2', 'geld']);
  });

  it('corrects longer misspelled words against the vocabulary and leaves short words alone', () => {
    expect(lexicon.correct('sperrmül')).toBeUndefined(); // not folded: the caller folds first
    expect(lexicon.correct('sperrmul')).toBe('sperrmull');
    expect(lexicon.correct('beantargen')).toBe('beantragen');
    expect(lexicon.correct('tremin')).toBe('termin');
    expect(lexicon.correct('bunt')).toBeUndefined();
  });

  it('does not correct a word that content declares as a variant ("garbage" is not "garage")', () => {
    const withVariant = new Lexicon(
      buildLexiconData({ texts: [{ folded: prepareText('Garage bauen').folded, language: 'de' }], synonyms: { müllabfuhr: ['garbage collection'] } }),
    );
    expect(withVariant.correct('garbage')).toBeUndefined();
    expect(withVariant.correct('garrage')).toBe('garage');
  });

  describe('a typo inside a declared phrase', () => {
    const greetings = new Lexicon(
      buildLexiconData({
        texts: [
          { folded: prepareText('Guten Tag').folded, language: 'de' },
          { folded: prepareText('Wetter morgen').folded, language: 'de' },
          { folded: prepareText('Sperrmüll Kühlschrank abholen').folded, language: 'de' },
        ],
        synonyms: { 'guten tag': ['guten morgen', 'good morning'], kuhlschrank: ['freezer'], sperrmull: ['sperrmullabholung'] },
      }),
    );
    const words = (text: string): string[] =>
      [...analyze(prepareText(text), greetings, DEFAULT_FEATURE_CONFIG, { language: 'de', correct: true }).features.keys()].filter((f) => f.startsWith('w:'));

    it('is corrected before the synonyms apply, so "Guten Morgn" still means "Guten Tag"', () => {
      expect(words('Guten Morgn')).toEqual(words('Guten Tag'));
    });

    it('may be corrected to a word that only occurs in a phrase or a long variant', () => {
      expect(greetings.correct('mornig')).toBe('morning');
      expect(greetings.correct('sperrmullabholug')).toBe('sperrmullabholung');
    });

    it('is not corrected to a short single variant: "freeze" is not "freezer"', () => {
      expect(greetings.correct('freeze')).toBeUndefined();
    });
  });

  it('corrects within the message language: German "trete" does not become English "tree"', () => {
    const mixed = new Lexicon(
      buildLexiconData({
        texts: [
          { folded: prepareText('cut down a tree').folded, language: 'en' },
          { folded: prepareText('Baum fällen Genehmigung').folded, language: 'de' },
        ],
        synonyms: {},
      }),
    );
    expect(mixed.correct('trete', 'de')).toBeUndefined();
    expect(mixed.correct('trese', 'en')).toBe('tree');
    expect(mixed.correct('genehmigng', 'de')).toBe('genehmigung');
  });

  it('knows the German stems of its words, for joining separable verbs', () => {
    expect(lexicon.knownGermanStem('beantrag')).toBe(true);
    expect(lexicon.knownGermanStem('abmeld')).toBe(false);
    expect(lexicon.verbStem('beantragen')).toBe('beantrag');
    const withVariant = new Lexicon(buildLexiconData({ texts: [{ folded: prepareText('Umzug melden').folded, language: 'de' }], synonyms: { umzug: ['umziehen'] } }));
    expect(withVariant.verbStem('umziehen')).toBe('umzug'); // the variant's canonical word
    expect(withVariant.verbStem('abholen')).toBeUndefined();
  });
});
