import { describe, expect, it } from 'vitest';
import { intentSchema } from '../../src/content/schema.js';
import { intentNameExamples, intentNameText } from '../../src/nlu/intent-names.js';
import { trainNlu } from '../../src/nlu/index.js';
import { trainClassifier, type TrainingExample } from '../../src/nlu/train.js';

const examples: TrainingExample[] = [
  { text: 'how do I get to the airport', intent: 'FindConnection' },
  { text: 'route from marienplatz to the airport', intent: 'FindConnection' },
  { text: 'when does the next train leave garching', intent: 'DepartureTime' },
  { text: 'next bus from garching', intent: 'DepartureTime' },
  { text: 'what is the weather', intent: 'None' },
];

describe('intent names as training text', () => {
  it('reads an id as lower-case words, split at capitals, slashes, underscores and hyphens', () => {
    expect(intentNameText('FindConnection')).toBe('find connection');
    expect(intentNameText('Setup Printer')).toBe('setup printer');
    expect(intentNameText('alarm/snooze_alarm')).toBe('alarm snooze alarm');
    expect(intentNameText('kfz-zulassung')).toBe('kfz zulassung');
    expect(intentNameText('AbfallKalender')).toBe('abfall kalender');
  });

  it('adds one example per intent, not for the out-of-scope intent, whose id names no topic', () => {
    expect(intentNameExamples(examples, 'None').map((e) => e.text)).toEqual(['find connection', 'departure time']);
    expect(intentNameExamples(examples)).toHaveLength(3);
  });

  it('lets a message with only the id words reach its intent, and not when switched off', () => {
    const message = 'find a connection to garching';
    expect(trainClassifier(examples, { seed: 1 }).classify(message).ranking[0]?.id).toBe('FindConnection');
    expect(trainClassifier(examples, { seed: 1, intentNames: false }).classify(message).ranking[0]?.id).toBe('DepartureTime');
  });

  it('does not read content ids, since staff write titles', () => {
    const intent = (id: string, title: string, de: string[]) =>
      intentSchema.parse({ id, kind: 'faq', title: { de: title, en: title }, examples: { de, en: [] }, answer: { de: 'A', en: 'A', plain: 'A' } });
    const nlu = trainNlu(
      { intents: [intent('kfz_zulassung', 'Auto anmelden', ['Wie melde ich mein Auto an?']), intent('wohngeld', 'Wohngeld', ['Wohngeld beantragen'])] },
      { seed: 1 },
    );
    expect(nlu.offTopicWords('zulassung')).toBe(1);
    expect(nlu.offTopicWords('auto')).toBe(0);
  });
});
