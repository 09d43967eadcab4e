import { describe, expect, it } from 'vitest';
import { entitiesOf, type EntityCase } from './entity-cases.js';

// Households named person by person: the speaker counts once, whether said ("ich", "me") or implied by
// "(ich wohne) mit …", "alleinerziehend"; a couple ("Ehepaar", "wir sind ein Paar") counts two.
const LISTS: EntityCase[] = [
  { text: 'ich wohne mit meiner frau und zwei kindern', expected: [['household_size', 4, 'ich wohne mit meiner frau und zwei kindern']] },
  { text: 'ich und meine 2 kinder', expected: [['household_size', 3, 'ich und meine 2 kinder']] },
  { text: 'me, my wife and our two kids', locale: 'en', expected: [['household_size', 4, 'me, my wife and our two kids']] },
  { text: 'Ehepaar mit drei Kindern', expected: [['household_size', 5, 'Ehepaar mit drei Kindern']] },
  { text: 'ich wohne allein mit mein sohn', expected: [['household_size', 2, 'ich wohne allein mit mein sohn']] },
  { text: 'ich und mein sohn', expected: [['household_size', 2, 'ich und mein sohn']] },
  { text: 'mein Mann, ich und unsere Tochter', expected: [['household_size', 3, 'mein Mann, ich und unsere Tochter']] },
  { text: 'my husband and I', locale: 'en', expected: [['household_size', 2, 'my husband and I']] },
  { text: 'wir sind ein paar mit einem kind', expected: [['household_size', 3, 'wir sind ein paar mit einem kind']] },
  { text: 'alleinerziehend, 1 kind', expected: [['household_size', 2, 'alleinerziehend, 1 kind']] },
  { text: 'mit meiner Mutter', expected: [['household_size', 2, 'mit meiner Mutter']] },
  { text: 'wir sind ein Paar.', expected: [['household_size', 2, 'wir sind ein Paar']] },
  { text: 'ich bin alleinerziehend und habe zwei Kinder', expected: [['household_size', 3, 'alleinerziehend und habe zwei Kinder']] },
  { text: 'alleinerziehend mit Kind', expected: [['household_size', 2, 'alleinerziehend mit Kind']] },
  { text: 'bei mir wohnen meine Frau und zwei Kinder', expected: [['household_size', 4, 'bei mir wohnen meine Frau und zwei Kinder']] },
  { text: 'wir wohnen mit unseren zwei Kindern', expected: [['household_size', 4, 'wir wohnen mit unseren zwei Kindern']] },
  { text: 'mit meinen beiden Kindern', expected: [['household_size', 3, 'mit meinen beiden Kindern']] },
  { text: 'ich, meine Frau, 2 Kinder', expected: [['household_size', 4, 'ich, meine Frau, 2 Kinder']] },
  { text: 'ein Haushalt mit 2 Erwachsenen und 3 Kindern', expected: [['household_size', 5, 'mit 2 Erwachsenen und 3 Kindern']] },
  { text: 'wir sind 2 Erwachsene und 3 Kinder', expected: [['household_size', 5, 'wir sind 2 Erwachsene und 3 Kinder']] },
  { text: 'I live with my parents', locale: 'en', expected: [['household_size', 3, 'I live with my parents']] },
  { text: 'we are a couple with two kids', locale: 'en', expected: [['household_size', 4, 'we are a couple with two kids']] },
  { text: 'single mother with two kids', locale: 'en', expected: [['household_size', 3, 'single mother with two kids']] },
  { text: 'mit 2 Kindern und 3 Hunden', expected: [['household_size', 3, 'mit 2 Kindern'], ['number', 3, '3']] },
];

// Not about who lives together: no household size. Having children does not say they live with the
// speaker, nor who else does ("ich habe zwei Kinder" could be 3, 4 or 1): the dialog has to ask.
const NOT_A_HOUSEHOLD: EntityCase[] = [
  { text: 'ich habe zwei Kinder', expected: [['number', 2, 'zwei']] },
  { text: 'ich und mein Mann haben 2 Kinder', expected: [['number', 2, '2']] },
  { text: 'meine Frau und 2 Kinder', expected: [['number', 2, '2']] },
  { text: 'mein Kind ist 3 Jahre alt', expected: [['number', 3, '3']] },
  { text: 'drei Kinder und zwei Hunde', expected: [['number', 3, 'drei'], ['number', 2, 'zwei']] },
  { text: 'a couple of questions', locale: 'en', expected: [] },
  { text: 'wir sind ein paar Leute', expected: [] },
  { text: 'ein paar Kinder', expected: [] },
];

describe('household size from lists of people', () => {
  it.each(LISTS)('reads "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });

  it.each(NOT_A_HOUSEHOLD)('finds no household in "$text"', ({ text, locale, expected }) => {
    expect(entitiesOf(text, locale)).toEqual(expected);
  });
});
