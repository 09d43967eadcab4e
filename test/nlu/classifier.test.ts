import { describe, expect, it } from 'vitest';
import { logits, type SparseVector } from '../../src/nlu/classifier.js';
import { inverseDocumentFrequency, toSparse } from '../../src/nlu/intent-classifier.js';
import { loadNlu, serializeNlu, trainNlu } from '../../src/nlu/index.js';
import { trainSvm } from '../../src/nlu/svm.js';
import { fixtureContent } from './fixture-content.js';

const vector = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs.map(([i]) => i)),
  values: Float32Array.from(pairs.map(([, v]) => v)),
});
const argmax = (values: Float64Array): number => values.indexOf(Math.max(...values));
const svmConfig = { epochs: 30, l2: 0, C: 1, learningRate: 0, balance: 1, optimizer: 'svm' as const };

describe('one-vs-rest SVM', () => {
  // Three classes, each with its own feature, plus a feature every example shares.
  const vectors = [
    vector([[0, 1], [3, 1]]),
    vector([[0, 1], [3, 0.5]]),
    vector([[0, 0.8], [3, 1]]),
    vector([[1, 1], [3, 1]]),
    vector([[1, 0.9], [3, 1]]),
    vector([[1, 1], [3, 0.7]]),
    vector([[2, 1], [3, 1]]),
  ];
  const labels = [0, 0, 0, 1, 1, 1, 2];

  it('separates the classes of a separable set, including a class with a single example', () => {
    const model = trainSvm({ vectors, labels, classes: 3, features: 4 }, svmConfig, 1);
    vectors.forEach((v, i) => expect(argmax(logits(model, v))).toBe(labels[i]));
    expect(argmax(logits(model, vector([[2, 1]])))).toBe(2);
  });

  it('learns nothing from the feature all classes share', () => {
    const model = trainSvm({ vectors, labels, classes: 3, features: 4 }, svmConfig, 1);
    const shared = logits(model, vector([[3, 1]]));
    const own = logits(model, vector([[0, 1]]));
    expect(Math.max(...shared) - Math.min(...shared)).toBeLessThan(Math.max(...own) - Math.min(...own));
  });

  it('gives every class without examples a negative score', () => {
    const model = trainSvm({ vectors, labels, classes: 4, features: 4 }, svmConfig, 1);
    expect(model.bias[3]).toBeLessThan(0);
    expect(argmax(logits(model, vector([[0, 1]])))).toBe(0);
  });

  it('is deterministic for a seed', () => {
    const a = trainSvm({ vectors, labels, classes: 3, features: 4 }, svmConfig, 5);
    const b = trainSvm({ vectors, labels, classes: 3, features: 4 }, svmConfig, 5);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
});

describe('IDF weighting', () => {
  it('weighs a feature of every text less than a rare one and keeps the length of the vector', () => {
    const index = new Map([['w:common', 0], ['w:rare', 1]]);
    const idf = Float32Array.of(inverseDocumentFrequency(10, 10), inverseDocumentFrequency(1, 10));
    const sparse = toSparse(new Map([['w:common', 1], ['w:rare', 1], ['w:unseen', 1]]), index, idf);
    expect(Array.from(sparse.indices)).toEqual([0, 1]);
    expect(sparse.values[0]).toBeLessThan(sparse.values[1] as number);
    expect(Math.hypot(...sparse.values)).toBeCloseTo(Math.SQRT2, 5);
  });

  it('leaves values untouched without IDF', () => {
    const sparse = toSparse(new Map([['a', 0.5]]), new Map([['a', 0]]));
    expect(Array.from(sparse.values)).toEqual([0.5]);
  });
});

describe('optimizers', () => {
  it.each(['svm', 'adagrad', 'sgd'] as const)('%s trains a model that understands the fixture content', (optimizer) => {
    const nlu = trainNlu(fixtureContent, { seed: 2, linear: { optimizer, epochs: optimizer === 'sgd' ? 20 : 5 } });
    expect(nlu.parse('Wohngeld beantragen').intents[0]?.id).toBe('wohngeld');
    expect(nlu.parse('Sperrmüll abholen lassen').intents[0]?.id).toBe('sperrmuell');
  });

  it('rejects a model whose IDF does not match its feature settings', () => {
    const model = serializeNlu(trainNlu(fixtureContent, { seed: 2 }));
    expect(model.classifier.idf).toBeDefined();
    const { idf: _idf, ...withoutIdf } = model.classifier;
    expect(() => loadNlu({ ...model, classifier: withoutIdf })).toThrow(/idf/);
  });
});
