import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRuledOut } from '../../src/nlu/contrast.js';
import type { NluEngine } from '../../src/nlu/index.js';
import { trainNlu } from '../../src/nlu/index.js';
import { loadBenchContent } from '../../bench/nlu-content.js';

describe('the alternative a citizen rules out', () => {
  it.each([
    ['Ich will keinen Termin buchen, sondern wissen, welche Anträge online gehen', 'Ich will wissen, welche Anträge online gehen'],
    ['Ich will das Parkticket nicht bezahlen, sondern Widerspruch einlegen', 'Ich will das Parkticket Widerspruch einlegen'],
    ['Nicht für eine Baustelle, sondern für den Umzug', 'für den Umzug'],
    ['Not the yellow bin but a bigger grey bin please', 'a bigger grey bin please'],
    ['I don’t need a passport but an ID card', 'I an ID card'],
  ])('reads "%s" as "%s"', (text, rest) => {
    expect(withoutRuledOut(text)).toBe(rest);
  });

  it.each([
    // "nicht nur ... sondern auch" adds a second wish instead of ruling one out.
    'Ich brauche nicht nur einen Ausweis, sondern auch einen Reisepass',
    'not only my address but also my name changed',
    // A negation without an alternative is part of the request.
    'Mein Ausweis ist nicht mehr gültig',
    'Der Müll wurde nicht abgeholt, aber die Nachbarn wurden geleert',
  ])('leaves "%s" whole', (text) => {
    expect(withoutRuledOut(text)).toBeUndefined();
  });
});

describe('ruled-out alternatives on the Düren content', () => {
  let nlu: NluEngine;
  beforeAll(async () => {
    nlu = trainNlu((await loadBenchContent('.')).content);
  });

  it.each([
    ['Nicht den Personalausweis, sondern einen Reisepass brauche ich', 'reisepass', 'personalausweis'],
    ['Ich will mich nicht abmelden, sondern ummelden', 'wohnsitz_ummelden', 'wohnsitz_abmelden'],
  ])('answers what "%s" wants (%s), not what it rules out (%s)', (text, wanted, ruledOut) => {
    expect(nlu.classifier.classify(text).ranking[0]?.id).toBe(ruledOut);
    expect(nlu.rank(text).intents[0]?.id).toBe(wanted);
  });

  it('reads the whole message when the rest names no topic: the ruled-out words carried it', () => {
    expect(withoutRuledOut('Keine Frage zur Hundesteuer, sondern wann sie fällig ist')).toBe('wann sie fällig ist');
    expect(nlu.rank('Keine Frage zur Hundesteuer, sondern wann sie fällig ist').intents[0]?.id).toBe('hundesteuer');
  });
});
