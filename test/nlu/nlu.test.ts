import { describe, expect, it } from 'vitest';
import { loadNlu, serializeNlu, trainNlu } from '../../src/nlu/index.js';
import { fixtureContent } from './fixture-content.js';

const nlu = trainNlu(fixtureContent, { seed: 7 });
const top = (text: string, locale?: 'de' | 'en') => nlu.parse(text, { locale, now: new Date('2026-03-02T10:00:00Z') }).intents[0]?.id;

describe('German-first NLU on Düren-like content', () => {
  it.each([
    ['wo krieg ich nen neuen perso', 'personalausweis'],
    ['Fuehrerschein? nein: mein Personalausweiss ist abgelaufen', 'personalausweis'],
    ['Wohngeldantrag stellen', 'wohngeld'],
    ['kriege ich wohngeld', 'wohngeld'],
    ['Sperrmülltermin', 'sperrmuell'],
    ['sperrmuel abholen', 'sperrmuell'],
    ['hab n knöllchen gekriegt', 'bussgeld'],
    ['Knoellchen', 'bussgeld'],
    ['wbs', 'wohnberechtigungsschein'],
    ['KFZ ummelden', 'kfz_zulassung'],
    ['moin moin', 'begruessung'],
    ['how do I renew my ID card', 'personalausweis'],
    ['I want to pay my parking ticket', 'bussgeld'],
  ])('understands "%s" as %s', (text, intent) => {
    expect(top(text)).toBe(intent);
  });

  it.each(['Wie wird das Wetter?', 'Erzähl einen Witz', 'Bestell mir eine Pizza', 'Tell me a joke', 'asdfgh qwertz'])(
    'reports "%s" as unknown',
    (text) => {
      expect(top(text)).toBe('unknown');
    },
  );

  it('returns at most five intents, best first, with confidences in [0, 1]', () => {
    const result = nlu.parse('Personalausweis beantragen');
    expect(result.intents.length).toBeLessThanOrEqual(5);
    expect(result.intents[0]?.id).toBe('personalausweis');
    for (const score of result.intents) {
      expect(score.confidence).toBeGreaterThanOrEqual(0);
      expect(score.confidence).toBeLessThanOrEqual(1);
    }
    const confidences = result.intents.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(result.intents[0]?.confidence).toBeGreaterThan(0.5);
  });

  it('detects the message language and follows the requested locale for very short texts', () => {
    expect(nlu.parse('Wo beantrage ich Wohngeld?', { locale: 'en' }).language).toBe('de');
    expect(nlu.parse('How do I apply for housing benefit?', { locale: 'de' }).language).toBe('en');
    expect(nlu.parse('WBS', { locale: 'en' }).language).toBe('en');
    expect(nlu.parse('WBS', { locale: 'de' }).language).toBe('de');
  });

  it('names the language of a whole sentence, so the reply can follow it over the requested locale', () => {
    expect(nlu.parse('How do I apply for housing benefit?', { locale: 'de' }).sentenceLanguage).toBe('en');
    expect(nlu.parse('Wohngeld', { locale: 'en' }).sentenceLanguage).toBeUndefined();
  });

  it('gives the same parse results after a JSON round trip', () => {
    const json = JSON.stringify(serializeNlu(nlu));
    const loaded = loadNlu(JSON.parse(json));
    const now = new Date('2026-03-02T10:00:00Z');
    for (const text of ['neuer perso', 'Sperrmüll am 3. Dezember', 'Wie wird das Wetter?', 'register my car', 'wbs']) {
      expect(loaded.parse(text, { now })).toEqual(nlu.parse(text, { now }));
    }
    expect(JSON.stringify(serializeNlu(loaded))).toBe(json);
  });

  it('loads a model saved before separable verbs existed with the joining off, as it was trained', () => {
    const model = serializeNlu(nlu);
    const { separableVerbs: _, ...older } = model.classifier.featureConfig;
    const loaded = loadNlu({ ...model, classifier: { ...model.classifier, featureConfig: older } });
    expect(serializeNlu(loaded).classifier.featureConfig.separableVerbs).toBe(false);
  });

  it('rejects a damaged model with the path of the problem', () => {
    const model = serializeNlu(nlu);
    expect(() => loadNlu({ ...model, version: 99 })).toThrow(/version/);
    expect(() => loadNlu({ ...model, classifier: { ...model.classifier, bias: [1] } })).toThrow(/intents x features/);
  });
});

describe('determinism', () => {
  it('trains the same model from the same seed', () => {
    const a = JSON.stringify(serializeNlu(trainNlu(fixtureContent, { seed: 3 })));
    const b = JSON.stringify(serializeNlu(trainNlu(fixtureContent, { seed: 3 })));
    expect(a).toBe(b);
  });

  it('trains a different model from another seed', () => {
    const a = serializeNlu(trainNlu(fixtureContent, { seed: 3 }));
    const b = serializeNlu(trainNlu(fixtureContent, { seed: 4 }));
    expect(a.classifier.weights).not.toBe(b.classifier.weights);
  });
});
