/**
 * One-vs-rest linear SVM (L2-regularized squared hinge loss) trained by dual coordinate descent, the
 * method of LIBLINEAR (Hsieh et al., ICML 2008). On a few hundred to a few thousand short texts it beat
 * softmax regression in cross-validation on the product content and xSID (docs/benchmarks.md), converges
 * in a few passes, and needs no learning rate. Deterministic given the seed.
 */
import type { LinearConfig, LinearModel, LinearProblem, SparseVector } from './classifier.js';
import { createRandom, shuffleInPlace } from './random.js';

/**
 * Stop a class when the projected gradients of all dual variables lie within this range (LIBLINEAR's
 * default for the dual solvers is 0.1).
 */
const TOLERANCE = 0.1;

export function trainSvm({ vectors, labels, classes, features }: LinearProblem, config: LinearConfig, seed: number): LinearModel {
  const random = createRandom(seed);
  const weights = new Float32Array(features * classes);
  const bias = new Float32Array(classes);
  // The bias is an extra feature of constant value 1, so it is regularized like the other weights.
  const squaredNorms = vectors.map((vector) => {
    let sum = 1;
    for (const x of vector.values) sum += x * x;
    return sum;
  });
  const order = vectors.map((_, i) => i);
  const w = new Float64Array(features);
  const alpha = new Float64Array(vectors.length);
  for (let c = 0; c < classes; c++) {
    w.fill(0);
    alpha.fill(0);
    let b = 0;
    const positives = labels.reduce((n, label) => n + (label === c ? 1 : 0), 0);
    if (positives === 0) {
      bias[c] = -1;
      continue;
    }
    // Rare intents get a larger penalty for their own mistakes, so they are not drowned by the rest.
    const positiveC = config.C * Math.pow(Math.max(1, (vectors.length - positives) / positives), config.balance);
    const diagonal = { positive: 1 / (2 * positiveC), negative: 1 / (2 * config.C) };
    // LIBLINEAR's shrinking: an example whose dual variable is 0 and whose gradient is beyond the last
    // pass's largest violation is set aside (most negatives of an intent after one pass); all examples are
    // checked again before stopping.
    let active = vectors.length;
    let upper = Infinity;
    for (let pass = 0; pass < config.epochs; pass++) {
      shuffleInPlace(order, random, active);
      let maxProjected = -Infinity;
      let minProjected = Infinity;
      for (let s = 0; s < active; s++) {
        const i = order[s] as number;
        const vector = vectors[i] as SparseVector;
        const y = labels[i] === c ? 1 : -1;
        const d = y > 0 ? diagonal.positive : diagonal.negative;
        let score = b;
        for (let k = 0; k < vector.indices.length; k++) score += (vector.values[k] as number) * (w[vector.indices[k] as number] as number);
        const a = alpha[i] as number;
        const gradient = y * score - 1 + d * a;
        let projected = gradient;
        if (a === 0) {
          if (gradient > upper) {
            active--;
            order[s] = order[active] as number;
            order[active] = i;
            s--;
            continue;
          }
          projected = Math.min(gradient, 0);
        }
        if (projected > maxProjected) maxProjected = projected;
        if (projected < minProjected) minProjected = projected;
        if (Math.abs(projected) < 1e-12) continue;
        const next = Math.max(a - gradient / ((squaredNorms[i] as number) + d), 0);
        const step = (next - a) * y;
        alpha[i] = next;
        for (let k = 0; k < vector.indices.length; k++) {
          const f = vector.indices[k] as number;
          w[f] = (w[f] as number) + step * (vector.values[k] as number);
        }
        b += step;
      }
      if (maxProjected - minProjected <= TOLERANCE) {
        if (active === vectors.length) break;
        active = vectors.length;
        upper = Infinity;
        continue;
      }
      upper = maxProjected > 0 ? maxProjected : Infinity;
    }
    for (let f = 0; f < features; f++) weights[f * classes + c] = w[f] as number;
    bias[c] = b;
  }
  return { classes, features, weights, bias };
}

