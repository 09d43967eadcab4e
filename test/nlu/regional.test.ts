import { beforeAll, describe, expect, it } from 'vitest';
import { regionalEntries, standardizeRegional } from '../../src/nlu/regional.js';
import type { NluEngine } from '../../src/nlu/index.js';
import { loadNlu, serializeNlu, trainNlu } from '../../src/nlu/index.js';
import { loadBenchContent } from '../../bench/nlu-content.js';

describe('regional words', () => {
  const regional = new Map(regionalEntries({ ich: ['isch'], für: ['för'], 'gibt es': ['jibbet'], rathaus: ['Rothuus'] }));

  it('reads each regional word as its standard form and keeps punctuation and spacing', () => {
    expect(standardizeRegional('jibbet för misch e termin em rothuus?', regional)).toBe('gibt es für misch e termin em rathaus?');
  });

  it('matches words as written, so folding does not make "för" of the English "for"', () => {
    expect(standardizeRegional('a permit for my dog', regional)).toBe('a permit for my dog');
  });

  it('replaces whole words only', () => {
    expect(standardizeRegional('tischisch isch', regional)).toBe('tischisch ich');
  });

  it('lower-cases declared variants, drops variants equal to their word, and keeps the first of duplicates', () => {
    expect(regionalEntries({ Rathaus: ['Rothuus', 'rathaus'], Rathäuser: ['rothuus'] })).toEqual([['rothuus', 'rathaus']]);
  });
});

describe('regional words on the Düren content', () => {
  let nlu: NluEngine;
  let standardOnly: NluEngine;
  beforeAll(async () => {
    const { content } = await loadBenchContent('.');
    nlu = trainNlu(content);
    // The same content without the profile's regional words, so each case below shows what they change.
    standardOnly = trainNlu({ intents: content.intents });
  });

  it.each([
    ['Wann kütt de jraue Tonn en minge Stroß?', 'abfallkalender'],
    ['Mer wolle hierode, wat bruche mer dofür?', 'eheschliessung'],
    ['Isch well minge Hungk aanmelde', 'hundesteuer'],
    ['Minge Nohber is jede Naach su lut', 'laermbelaestigung'],
    // "Jibbet dat och online?" was here; the word "online" alone now carries it without the regional words.
    ['Jibbet e Formular för dat?', 'online_dienste'],
  ])('understands "%s" (%s), which standard German alone does not', (text, intent) => {
    expect(nlu.rank(text).intents[0]?.id).toBe(intent);
    expect(standardOnly.rank(text).intents[0]?.id).not.toBe(intent);
  });

  it('answers dialect in German: "well" and "su" do not make it English', () => {
    expect(standardOnly.rank('Isch well minge Hungk aanmelde').language).toBe('en');
    expect(nlu.rank('Isch well minge Hungk aanmelde').language).toBe('de');
  });

  it('keeps the regional words in the saved model', () => {
    const loaded = loadNlu(JSON.parse(JSON.stringify(serializeNlu(nlu))));
    expect(loaded.rank('Wann kütt de jraue Tonn en minge Stroß?').intents[0]?.id).toBe('abfallkalender');
  });
});
