import { beforeAll, describe, expect, it } from 'vitest';
import { isQuestion, sentences } from '../../src/nlu/sentences.js';
import { trainNlu, type NluEngine } from '../../src/nlu/index.js';
import { loadBenchContent } from '../../bench/nlu-content.js';

describe('sentences', () => {
  it('splits at sentence punctuation, line breaks and emoji', () => {
    expect(sentences('Heute regnet es. Wann hat die Stadtbücherei offen?')).toEqual(['Heute regnet es.', 'Wann hat die Stadtbücherei offen?']);
    expect(sentences('Hallo!\nWo ist das Rathaus')).toEqual(['Hallo!', 'Wo ist das Rathaus']);
    expect(sentences('what a rainy day ☔☔ where is the Bürgerbüro')).toEqual(['what a rainy day', 'where is the Bürgerbüro']);
  });

  it('gives nothing to read apart for one sentence, or for parts without letters', () => {
    expect(sentences('Wohngeld beantragen')).toEqual([]);
    expect(sentences('Wohngeld?! 👍')).toEqual([]);
  });

  it('knows a question by its mark or its first word, also in chat without punctuation', () => {
    expect(isQuestion('Hat die Stadtbücherei offen?')).toBe(true);
    expect(isQuestion('wo ist das Bürgerbüro')).toBe(true);
    expect(isQuestion('where is the town hall')).toBe(true);
    expect(isQuestion('Ich baue das Rathaus nach.')).toBe(false);
  });
});

describe('a request beside small talk', () => {
  let nlu: NluEngine;
  beforeAll(async () => {
    nlu = trainNlu((await loadBenchContent('.')).content);
  });
  const top = (text: string): string | undefined => nlu.rank(text).intents[0]?.id;

  it('is read on its own when the whole message is out of scope', () => {
    // Both are `unknown` as a whole.
    expect(top('Bei dem Schmuddelwetter bleibt man am besten im Bett. Hat die Stadtbücherei am Samstag offen?')).toBe('stadtbibliothek');
    expect(top('Puh, mir ist so langweilig heute. Wie melde ich meinen Hund an?')).toBe('hundesteuer');
  });

  it('is read on its own after a greeting too', () => {
    expect(top('Hallo, heute ist es aber heiß. Wann hat die Stadtbücherei geöffnet?')).toBe('stadtbibliothek');
  });

  it('keeps the note for another language around it', () => {
    const result = nlu.rank('Goedemorgen, het regent vandaag weer heel erg. Wo ist das Bürgerbüro?');
    expect(result.intents[0]?.id).toBe('buergerbuero_info');
    expect(result.otherLanguage).toBe('nld');
  });

  it('is the question when the message asks one: the statements around it are context', () => {
    expect(top('Ich spiele gerade ein Spiel, in dem man das Rathaus von Düren nachbaut. Welche Farbe passt am besten zum Dach?')).toBe('unknown');
  });

  it('needs a confident sentence: an out-of-scope question keeps its context', () => {
    expect(top('Heute regnet es. Morgen soll es schöner werden.')).toBe('unknown');
    expect(top('Wie wird das Wetter morgen? Ich will grillen.')).toBe('unknown');
  });

  it('gives way to a goodbye at the end, though the small talk before it is out of scope', () => {
    expect(top('Alles klar, mehr wollte ich nicht wissen, ich muss jetzt los. Tschüss!')).toBe('verabschiedung');
    expect(top('The weather is lovely today. Bye!')).toBe('verabschiedung');
  });

  it('leaves thanks after an out-of-scope request to the request, and a question to itself', () => {
    expect(top('Bestell mir eine Pizza. Danke!')).toBe('unknown');
    expect(top('Weißt du, wie das Wetter morgen wird? Tschüss!')).toBe('unknown');
  });
});
