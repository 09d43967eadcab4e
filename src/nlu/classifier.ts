/**
 * Linear intent models on sparse features: multinomial logistic regression (softmax, SGD or AdaGrad with
 * L2 regularization) here, the one-vs-rest SVM in svm.ts. Weights are stored feature-major (one row of
 * class weights per feature), so classifying a message touches only the rows of its few active features.
 */
import { createRandom, shuffleInPlace } from './random.js';
import { trainSvm } from './svm.js';

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Training data of a linear model: sparse vectors, their class indices, and the matrix size. */
export interface LinearProblem {
  vectors: readonly SparseVector[];
  labels: readonly number[];
  classes: number;
  features: number;
}

export interface LinearConfig {
  /** Passes over the data (for 'svm' the most passes: it stops when converged). */
  epochs: number;
  /** L2 regularization strength per example (softmax). */
  l2: number;
  /** Penalty for margin violations (svm); smaller means more regularization. */
  C: number;
  /** Initial learning rate. */
  learningRate: number;
  /** Reweight classes by inverse frequency (power 0 = off, 1 = fully balanced). */
  balance: number;
  /**
   * 'sgd': decaying global learning rate; 'adagrad': per-weight rates (rare features, such as the one word
   * that names an intent, keep large steps), which needs far fewer epochs; 'svm': one-vs-rest linear SVM
   * (svm.ts), chosen by cross-validation (docs/benchmarks.md).
   */
  optimizer: 'sgd' | 'adagrad' | 'svm';
}

export const DEFAULT_LINEAR_CONFIG: LinearConfig = { epochs: 5, l2: 1e-3, C: 1, learningRate: 0.5, balance: 1, optimizer: 'svm' };

/** Class gradients smaller than this are skipped in AdaGrad updates: most classes are settled after an epoch. */
const MIN_GRADIENT = 1e-4;

export interface LinearModel {
  classes: number;
  features: number;
  /** features x classes, feature-major. */
  weights: Float32Array;
  bias: Float32Array;
}

/** Adds the vector's class scores to `out` (feature-major weights: one contiguous row of classes per feature). */
export function addScores(out: Float64Array, weights: Float32Array, classes: number, vector: SparseVector): Float64Array {
  for (let k = 0; k < vector.indices.length; k++) {
    const row = (vector.indices[k] as number) * classes;
    const x = vector.values[k] as number;
    for (let j = 0; j < classes; j++) out[j] = (out[j] as number) + x * (weights[row + j] as number);
  }
  return out;
}

export function logits(model: LinearModel, vector: SparseVector): Float64Array {
  return addScores(Float64Array.from(model.bias), model.weights, model.classes, vector);
}

/** Softmax of logits / temperature, in place. */
export function softmax(values: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const e = Math.exp(((values[i] as number) - max) / temperature);
    values[i] = e;
    sum += e;
  }
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / sum;
  return values;
}

export function trainLinear(problem: LinearProblem, config: LinearConfig, seed: number): LinearModel {
  if (config.optimizer === 'svm') return trainSvm(problem, config, seed);
  if (config.optimizer === 'adagrad') return trainAdagrad(problem, config, seed);
  const { vectors, labels, classes, features } = problem;
  const random = createRandom(seed);
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const classWeight = classWeights(labels, classes, config.balance);
  // Weights are scale * stored values, so the L2 decay of every step is one multiplication.
  let scale = 1;
  let step = 0;
  const order = vectors.map((_, i) => i);
  const probabilities = new Float64Array(classes);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const vector = vectors[i] as SparseVector;
      const label = labels[i] as number;
      const rate = config.learningRate / (1 + config.learningRate * config.l2 * step);
      step++;
      probabilities.set(bias);
      for (let k = 0; k < vector.indices.length; k++) {
        const row = (vector.indices[k] as number) * classes;
        const x = (vector.values[k] as number) * scale;
        for (let j = 0; j < classes; j++) probabilities[j] = (probabilities[j] as number) + x * (weights[row + j] as number);
      }
      softmax(probabilities);
      const weight = classWeight[label] as number;
      scale *= 1 - rate * config.l2;
      for (let j = 0; j < classes; j++) {
        const gradient = ((probabilities[j] as number) - (j === label ? 1 : 0)) * weight;
        probabilities[j] = gradient;
        bias[j] = (bias[j] as number) - rate * gradient;
      }
      for (let k = 0; k < vector.indices.length; k++) {
        const row = (vector.indices[k] as number) * classes;
        const x = ((vector.values[k] as number) * rate) / scale;
        for (let j = 0; j < classes; j++) weights[row + j] = (weights[row + j] as number) - x * (probabilities[j] as number);
      }
      if (scale < 1e-6) {
        for (let w = 0; w < weights.length; w++) weights[w] = (weights[w] as number) * scale;
        scale = 1;
      }
    }
  }
  const stored = new Float32Array(weights.length);
  for (let w = 0; w < weights.length; w++) stored[w] = (weights[w] as number) * scale;
  return { classes, features, weights: stored, bias: Float32Array.from(bias) };
}

/** Examples per class. */
export function classCounts(labels: readonly number[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

/** Per-class loss weights for balance in [0, 1]: 1 weighs every class as if it had the mean number of examples. */
function classWeights(labels: readonly number[], classes: number, balance: number): number[] {
  const counts = classCounts(labels, classes);
  const present = counts.filter((n) => n > 0).length;
  return counts.map((n) => (n > 0 ? Math.pow(labels.length / (present * n), balance) : 0));
}

function trainAdagrad({ vectors, labels, classes, features }: LinearProblem, config: LinearConfig, seed: number): LinearModel {
  const random = createRandom(seed);
  const weights = new Float32Array(features * classes);
  const squares = new Float32Array(features * classes);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes);
  const classWeight = classWeights(labels, classes, config.balance);
  const order = vectors.map((_, i) => i);
  const scores = new Float64Array(classes);
  const active: number[] = [];
  const rate = config.learningRate;
  const l2 = config.l2;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const vector = vectors[i] as SparseVector;
      const label = labels[i] as number;
      scores.set(bias);
      addScores(scores, weights, classes, vector);
      softmax(scores);
      const weight = classWeight[label] as number;
      active.length = 0;
      for (let j = 0; j < classes; j++) {
        const gradient = ((scores[j] as number) - (j === label ? 1 : 0)) * weight;
        scores[j] = gradient;
        if (Math.abs(gradient) < MIN_GRADIENT) continue;
        active.push(j);
        biasSquares[j] = (biasSquares[j] as number) + gradient * gradient;
        bias[j] = (bias[j] as number) - (rate * gradient) / Math.sqrt(biasSquares[j] as number);
      }
      for (let k = 0; k < vector.indices.length; k++) {
        const row = (vector.indices[k] as number) * classes;
        const x = vector.values[k] as number;
        for (const j of active) {
          const at = row + j;
          const w = weights[at] as number;
          const g = x * (scores[j] as number) + l2 * w;
          const sq = (squares[at] as number) + g * g;
          squares[at] = sq;
          weights[at] = w - (rate * g) / Math.sqrt(sq + 1e-8);
        }
      }
    }
  }
  return { classes, features, weights, bias: Float32Array.from(bias) };
}

/** Temperature that minimizes the negative log-likelihood of held-out logits (golden-section search on log T). */
export function fitTemperature(heldOut: readonly { logits: Float64Array; label: number }[]): number {
  if (heldOut.length === 0) return 1;
  // -log softmax(l / T)[label] = log sum exp((l - max) / T) - (l[label] - max) / T: the logits shifted by
  // their maximum once, so each of the 27 evaluations below needs only the exponentials (it was a full
  // softmax per example and evaluation, about 50 ms of each content training).
  const shifted = heldOut.map(({ logits: values, label }) => {
    let max = -Infinity;
    for (const v of values) if (v > max) max = v;
    return { values: values.map((v) => v - max), label };
  });
  const minLogP = Math.log(1e-12);
  const loss = (logT: number): number => {
    const t = Math.exp(logT);
    let total = 0;
    for (const { values, label } of shifted) {
      let sum = 0;
      for (let j = 0; j < values.length; j++) sum += Math.exp((values[j] as number) / t);
      total -= Math.max((values[label] ?? -Infinity) / t - Math.log(sum), minLogP);
    }
    return total;
  };
  // SVM margins are small numbers, so their temperatures are well below 1.
  let lo = Math.log(0.005);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = loss(a);
  let fb = loss(b);
  // 25 steps shrink the bracket (a factor 4,000 in T) to a relative precision of about 1e-4 in T.
  for (let i = 0; i < 25; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = loss(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = loss(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}
