/**
 * One-vs-rest linear SVM (L2-regularized squared hinge loss) trained by dual coordinate descent, the
 * method of LIBLINEAR (Hsieh et al., ICML 2008). On a few hundred to a few thousand short texts it beat
 * softmax regression in cross-validation on the product content, xSID and Braun (docs/benchmarks.md), and
 * needs no learning rate. Deterministic given the seed.
 *
 * The classes are independent problems, but they are solved side by side: each visit of an example
 * computes its margins for all classes in one sweep over its feature rows (feature-major weights, so a
 * row of class weights is contiguous) and then updates only the classes whose dual variable moved. That
 * is the same coordinate descent as one class after another with a shared visiting order, at a fraction
 * of the memory traffic.
 */
import { addScores, classCounts, type LinearConfig, type LinearModel, type LinearProblem } from './classifier.js';
import { createRandom, shuffleInPlace } from './random.js';

/**
 * Stop when, for every class, the projected gradients of all dual variables lie within this range
 * (LIBLINEAR's default for the dual solvers is 0.1).
 */
const TOLERANCE = 0.1;

export function trainSvm({ vectors, labels, classes, features }: LinearProblem, config: LinearConfig, seed: number): LinearModel {
  const random = createRandom(seed);
  const weights = new Float32Array(features * classes);
  const bias = new Float64Array(classes);
  const alpha = new Float64Array(vectors.length * classes);
  // The bias is an extra feature of constant value 1, so it is regularized like the other weights.
  const squaredNorms = vectors.map((vector) => {
    let sum = 1;
    for (const x of vector.values) sum += x * x;
    return sum;
  });
  const counts = classCounts(labels, classes);
  // Rare intents get a larger penalty for their own mistakes, so they are not drowned by the rest.
  const positiveDiagonal = counts.map((n) => 1 / (2 * config.C * Math.pow(Math.max(1, (vectors.length - n) / Math.max(n, 1)), config.balance)));
  const negativeDiagonal = 1 / (2 * config.C);
  const present = counts.map((n) => n > 0);
  const order = vectors.map((_, i) => i);
  const scores = new Float64Array(classes);
  const steps = new Float64Array(classes);
  const moved: number[] = [];
  const maxProjected = new Float64Array(classes);
  const minProjected = new Float64Array(classes);
  for (let pass = 0; pass < config.epochs; pass++) {
    shuffleInPlace(order, random);
    maxProjected.fill(-Infinity);
    minProjected.fill(Infinity);
    for (const i of order) {
      const vector = vectors[i];
      if (!vector) continue;
      const label = labels[i] as number;
      scores.set(bias);
      addScores(scores, weights, classes, vector);
      moved.length = 0;
      const base = i * classes;
      const q = squaredNorms[i] as number;
      for (let j = 0; j < classes; j++) {
        if (!present[j]) continue;
        const y = j === label ? 1 : -1;
        const d = y > 0 ? (positiveDiagonal[j] as number) : negativeDiagonal;
        const a = alpha[base + j] as number;
        const gradient = y * (scores[j] as number) - 1 + d * a;
        const projected = a === 0 ? Math.min(gradient, 0) : gradient;
        if (projected > (maxProjected[j] as number)) maxProjected[j] = projected;
        if (projected < (minProjected[j] as number)) minProjected[j] = projected;
        if (Math.abs(projected) < 1e-12) continue;
        const next = Math.max(a - gradient / (q + d), 0);
        alpha[base + j] = next;
        steps[j] = (next - a) * y;
        moved.push(j);
      }
      if (moved.length === 0) continue;
      for (let k = 0; k < vector.indices.length; k++) {
        const row = (vector.indices[k] as number) * classes;
        const x = vector.values[k] as number;
        for (const j of moved) weights[row + j] = (weights[row + j] as number) + (steps[j] as number) * x;
      }
      for (const j of moved) bias[j] = (bias[j] as number) + (steps[j] as number);
    }
    let converged = true;
    for (let j = 0; j < classes; j++) if (present[j] && (maxProjected[j] as number) - (minProjected[j] as number) > TOLERANCE) converged = false;
    if (converged) break;
  }
  // A class without examples never wins: a constant negative score.
  for (let j = 0; j < classes; j++) if (!present[j]) bias[j] = -1;
  return { classes, features, weights, bias: Float32Array.from(bias) };
}
