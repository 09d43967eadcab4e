import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../../src/nlu/spelling.js';

const index = new SpellingIndex(['hund', 'hello', 'mieten', 'wohngeld', 'personalausweis', 'hundesteuer', 'anmelden', 'führerschein', 'verloren', 'kasse']);

describe('spelling correction against the vocabulary', () => {
  it('corrects what a hand or an ear gets wrong: neighbouring keys, vowels, letters that sound alike', () => {
    expect(index.correct('persomalausweis')).toBe('personalausweis'); // m next to n
    expect(index.correct('hundesteuet')).toBe('hundesteuer'); // t next to r
    expect(index.correct('anmeldem')).toBe('anmelden');
    expect(index.correct('wohngelt')).toBe('wohngeld'); // d and t sound alike
    expect(index.correct('mietan')).toBe('mieten'); // two vowels
  });

  it('corrects letters left out, added or swapped', () => {
    expect(index.correct('wohngled')).toBe('wohngeld');
    expect(index.correct('fürerschein')).toBe('führerschein');
    expect(index.correct('verlohren')).toBe('verloren');
  });

  it('leaves a word alone that only a far-off key would turn into a known one: it is likely a word of its own', () => {
    expect(index.correct('miesen')).toBeUndefined(); // "ein mieser Tag", not "mieten"
    expect(index.correct('tasse')).toBeUndefined(); // t and k lie far apart: "Tasse", not "Kasse"
    expect(index.correct('kassa')).toBe('kasse');
  });

  it('keeps the first letter of a short word: typos rarely hit it, and a word that differs there is more often a name ("Bello" is a dog, not "hello")', () => {
    expect(index.correct('bello')).toBeUndefined();
    expect(index.correct('jello')).toBeUndefined();
    expect(index.correct('hrllo')).toBe('hello');
    expect(index.correct('oersonalausweis')).toBe('personalausweis'); // long words: o next to p still corrected
    expect(index.correct('ohngeld')).toBe('wohngeld'); // a first letter left off is still a typo
  });

  it('corrects a four-letter word only by two neighbouring letters swapped after the first ("hudn" is "hund")', () => {
    expect(index.correct('hudn')).toBe('hund');
    expect(index.correct('hnud')).toBe('hund');
    expect(index.correct('uhnd')).toBeUndefined(); // the first letter stays
    expect(index.correct('hand')).toBeUndefined(); // a substitution makes another word
  });
});
