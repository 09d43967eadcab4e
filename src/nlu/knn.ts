/**
 * Nearest-neighbour scores: cosine similarity between TF-IDF-weighted feature vectors of the message and
 * of every training example, through an inverted index (only examples sharing a feature are touched).
 * A class scores the mean similarity of its k most similar examples. Strong where a linear model has too
 * few examples per class to generalize (new intents with a handful of examples).
 */
import type { SparseVector } from './classifier.js';

export interface KnnConfig {
  /** Weight of the neighbour scores added to the linear logits; 0 turns the neighbours off. */
  weight: number;
  /** Neighbours per class averaged into its score. */
  k: number;
}

export const DEFAULT_KNN_CONFIG: KnnConfig = { weight: 0, k: 1 };

/** Inverse document frequency per feature index: log((n + 1) / (df + 1)) + 1. */
export function inverseDocumentFrequency(vectors: readonly SparseVector[], features: number): Float32Array {
  const df = new Float32Array(features);
  for (const v of vectors) for (const i of v.indices) df[i] = (df[i] as number) + 1;
  const out = new Float32Array(features);
  for (let f = 0; f < features; f++) out[f] = Math.log((vectors.length + 1) / ((df[f] as number) + 1)) + 1;
  return out;
}

/** TF-IDF weighted, L2-normalized copy of a vector. */
export function weighVector(vector: SparseVector, idf: Float32Array): SparseVector {
  const values = new Float32Array(vector.values.length);
  let norm = 0;
  for (let k = 0; k < values.length; k++) {
    const v = (vector.values[k] as number) * (idf[vector.indices[k] as number] as number);
    values[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) / norm;
  return { indices: vector.indices, values };
}

export class NeighbourIndex {
  /** Per feature: example ids and weights (CSR). */
  private readonly start: Int32Array;
  private readonly examples: Int32Array;
  private readonly weights: Float32Array;
  private readonly similarity: Float32Array;

  constructor(
    vectors: readonly SparseVector[],
    private readonly labels: readonly number[],
    private readonly classes: number,
    features: number,
    readonly idf: Float32Array,
    private readonly config: KnnConfig,
  ) {
    const weighted = vectors.map((v) => weighVector(v, idf));
    const counts = new Int32Array(features + 1);
    for (const v of weighted) for (const i of v.indices) counts[i + 1] = (counts[i + 1] as number) + 1;
    for (let f = 0; f < features; f++) counts[f + 1] = (counts[f + 1] as number) + (counts[f] as number);
    this.start = counts;
    const total = counts[features] as number;
    this.examples = new Int32Array(total);
    this.weights = new Float32Array(total);
    const fill = counts.slice(0, features);
    weighted.forEach((v, e) => {
      for (let k = 0; k < v.indices.length; k++) {
        const f = v.indices[k] as number;
        const at = fill[f] as number;
        fill[f] = at + 1;
        this.examples[at] = e;
        this.weights[at] = v.values[k] as number;
      }
    });
    this.similarity = new Float32Array(vectors.length);
  }

  /**
   * Adds weight x class score to `out` (one entry per class).
   * @param exclude an example to leave out (its own score when judging training data)
   */
  addScores(vector: SparseVector, out: Float64Array, exclude = -1): void {
    if (this.config.weight === 0) return;
    const query = weighVector(vector, this.idf);
    const similarity = this.similarity;
    similarity.fill(0);
    for (let k = 0; k < query.indices.length; k++) {
      const f = query.indices[k] as number;
      const q = query.values[k] as number;
      const end = this.start[f + 1] as number;
      for (let p = this.start[f] as number; p < end; p++) {
        const e = this.examples[p] as number;
        similarity[e] = (similarity[e] as number) + q * (this.weights[p] as number);
      }
    }
    const k = this.config.k;
    // best[c * k + r]: the r-th highest similarity of class c, descending.
    const best = new Float64Array(this.classes * k);
    for (let e = 0; e < similarity.length; e++) {
      const s = similarity[e] as number;
      if (s === 0 || e === exclude) continue;
      const base = (this.labels[e] as number) * k;
      if (s <= (best[base + k - 1] as number)) continue;
      let r = k - 1;
      while (r > 0 && s > (best[base + r - 1] as number)) {
        best[base + r] = best[base + r - 1] as number;
        r--;
      }
      best[base + r] = s;
    }
    for (let c = 0; c < this.classes; c++) {
      let sum = 0;
      for (let r = 0; r < k; r++) sum += best[c * k + r] as number;
      out[c] = (out[c] as number) + (this.config.weight * sum) / k;
    }
  }
}
