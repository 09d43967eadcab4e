import { describe, expect, it } from 'vitest';
import { loadNlu, serializeNlu, trainNlu } from '../../src/nlu/index.js';
import { fixtureContent } from './fixture-content.js';

describe('off-topic words', () => {
  const nlu = trainNlu(fixtureContent, { seed: 2 });

  it('counts words that only out-of-scope examples use, and words no example uses', () => {
    expect(nlu.offTopicWords('Wer wird Fußballweltmeister?')).toBe(1);
    expect(nlu.offTopicWords('Wie hoch ist der Eiffelturm?')).toBe(2); // "hoch" and "Eiffelturm": no example has them
    expect(nlu.offTopicWords('capital of France')).toBe(2);
  });

  it('counts none in a message of topic words, also misspelt or split', () => {
    expect(nlu.offTopicWords('Wie viel bekomme ich?')).toBe(0);
    expect(nlu.offTopicWords('wohngelt beantragen')).toBe(0);
    expect(nlu.offTopicWords('Wohngeldantrag')).toBe(0);
    expect(nlu.offTopicWords('Und wann?')).toBe(0);
  });

  it('counts no adverb that says how, when or how much, though no example has it', () => {
    expect(nlu.offTopicWords('Wie viel bekomme ich ungefähr?')).toBe(0);
    expect(nlu.offTopicWords('Wohngeld beantragen, bis wann spätestens?')).toBe(0);
    expect(nlu.offTopicWords('How do I usually apply?')).toBe(0);
  });

  it('keeps the out-of-scope words in a saved model, and reads a model saved before them as knowing none', () => {
    const model = serializeNlu(nlu);
    expect(loadNlu(model).offTopicWords('Wer wird Fußballweltmeister?')).toBe(1);
    const { outOfScope: _, ...lexicon } = model.classifier.lexicon;
    expect(loadNlu({ ...model, classifier: { ...model.classifier, lexicon } }).offTopicWords('Wer wird Fußballweltmeister?')).toBe(0);
  });
});
