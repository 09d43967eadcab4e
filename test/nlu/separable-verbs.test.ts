import { beforeAll, describe, expect, it } from 'vitest';
import { trainNlu, type NluEngine } from '../../src/nlu/index.js';
import { joinedVerbStem, particleVerbStems } from '../../src/nlu/separable-verbs.js';
import { stem } from '../../src/nlu/stem.js';
import { loadBenchContent } from '../../bench/nlu-content.js';

/** A lexicon that knows these stems (and nothing else) as the stems of infinitives. */
const known =
  (...stems: string[]) =>
  (infinitive: string): string | undefined =>
    stems.includes(stem(infinitive, 'de')) ? stem(infinitive, 'de') : undefined;

describe('zu-infinitives and participles of separable verbs', () => {
  it('give the stem of the joined verb when the training examples know it', () => {
    expect(joinedVerbStem('abzumelden', known('abmeld'))).toBe('abmeld');
    expect(joinedVerbStem('umzumelden', known('ummeld'))).toBe('ummeld');
    expect(joinedVerbStem('zuruckzugeben', known('zuruckgeb'))).toBe('zuruckgeb');
    expect(joinedVerbStem('abgemeldet', known('abmeld'))).toBe('abmeld');
    expect(joinedVerbStem('abgeholt', known('abhol'))).toBe('abhol');
    expect(joinedVerbStem('ausgetreten', known('austret'))).toBe('austret');
  });

  it('leave words alone that only look like one, or whose verb is unknown', () => {
    expect(joinedVerbStem('abzumelden', known('anmeld'))).toBeUndefined();
    expect(joinedVerbStem('umzug', known('umg'))).toBeUndefined(); // "Umzug" is a noun
    expect(joinedVerbStem('anzug', known('ang'))).toBeUndefined();
    expect(joinedVerbStem('zumelden', known('meld'))).toBeUndefined(); // no particle
    expect(joinedVerbStem('angebot', known('anbot'))).toBeUndefined(); // no participle ending
  });
});

describe('particles at the end of a clause', () => {
  it('joins the particle to the verb before it ("melde ... ab" -> "abmeld")', () => {
    expect(particleVerbStems('wie melde ich mein altes auto ab?', known('abmeld'))).toEqual(['abmeld']);
    expect(particleVerbStems('wann holt die stadt den sperrmüll ab', known('abhol'))).toEqual(['abhol']);
  });

  it('reads each clause on its own', () => {
    expect(particleVerbStems('ich melde mich um, brauche ich einen termin?', known('ummeld'))).toEqual(['ummeld']);
    expect(particleVerbStems('ich melde mich, um zu fragen', known('ummeld'))).toEqual([]);
  });

  it('adds nothing for a preposition that is no particle of a known verb', () => {
    expect(particleVerbStems('ich stelle einen antrag auf wohngeld', known('aufstell'))).toEqual([]);
    expect(particleVerbStems('wo kann ich mich an', known('abmeld'))).toEqual([]);
  });
});

/** Messages whose verb is split or carries "zu"; the ones marked "was:" went wrong before the joining. */
const CASES: [text: string, intent: string][] = [
  ['Wie ist es möglich, mein Auto abzumelden', 'kfz_zulassung'], // was: unknown
  ['ich habe vergessen meinen Wohnsitz umzumelden', 'wohnsitz_ummelden'], // was: lost property
  ['wie lange habe ich Zeit mich umzumelden', 'wohnsitz_ummelden'], // was: registration after moving in
  ['Ich melde mich innerhalb von Düren um, brauche ich einen Termin?', 'wohnsitz_ummelden'], // was: appointment
  ['Ich trete aus der Kirche aus', 'kirchenaustritt'], // was: tree felling ("trete" corrected to "tree")
  ['Wie melde ich mein altes Auto ab?', 'kfz_zulassung'],
  ['Ich melde meinen Hund ab', 'hundesteuer'],
  ['Wann holt die Stadt den Sperrmüll ab?', 'sperrmuell'],
  ['Ich habe mich noch nicht umgemeldet', 'wohnsitz_ummelden'],
  ['Ich ziehe nächsten Monat um', 'wohnsitz_ummelden'], // was: deregistration ("umziehen" is a variant of "umzug")
  ['Unsere Familie zieht nach Düren', 'wohnsitz_anmelden'], // was: unknown
  ['Ist mein Sperrmüll schon abgeholt worden?', 'sperrmuell'],
];

describe('separable verbs in the Düren NLU', () => {
  let nlu: NluEngine;
  beforeAll(async () => {
    nlu = trainNlu((await loadBenchContent('.')).content);
  });

  it.each(CASES)('"%s" -> %s', (text, intent) => {
    expect(nlu.rank(text).intents[0]?.id).toBe(intent);
  });
});
