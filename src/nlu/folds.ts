/** Stratified k-fold assignment, shared by the staff regression check and the benchmarks. */
import { createRandom, shuffleInPlace } from './random.js';

/** Deals each intent's examples round-robin over the folds after a seeded shuffle: fold index per example. */
export function stratifiedFolds(examples: readonly { intent: string }[], folds: number, seed: number): number[] {
  const order = shuffleInPlace(examples.map((_, i) => i), createRandom(seed));
  order.sort((a, b) => (examples[a]?.intent ?? '').localeCompare(examples[b]?.intent ?? ''));
  const fold = new Array<number>(examples.length).fill(0);
  order.forEach((example, position) => (fold[example] = position % folds));
  return fold;
}
