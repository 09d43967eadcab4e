/** Classification metrics for the evaluation CLI, the benchmark and the regression tests. */

export interface IntentMetrics {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  accuracy: number;
  /** Mean F1 over the intents that occur in the gold labels. */
  macroF1: number;
  perIntent: IntentMetrics[];
  /** Most frequent (gold -> predicted) errors, most frequent first. */
  confusions: { gold: string; predicted: string; count: number }[];
  total: number;
}

export function evaluatePredictions(gold: readonly string[], predicted: readonly string[]): EvaluationReport {
  if (gold.length !== predicted.length) throw new Error('gold and predicted labels differ in length');
  const truePositive = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const confusion = new Map<string, number>();
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] as string;
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
    predictedCount.set(p, (predictedCount.get(p) ?? 0) + 1);
    if (g === p) {
      correct++;
      truePositive.set(g, (truePositive.get(g) ?? 0) + 1);
    } else {
      const key = `${g}\u0000${p}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  });
  const perIntent = [...goldCount.keys()].sort().map((intent) => {
    const tp = truePositive.get(intent) ?? 0;
    const precision = tp === 0 ? 0 : tp / (predictedCount.get(intent) ?? 1);
    const recall = tp / (goldCount.get(intent) ?? 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, precision, recall, f1, support: goldCount.get(intent) ?? 0 };
  });
  const confusions = [...confusion.entries()]
    .map(([key, count]) => {
      const [g, p] = key.split('\u0000') as [string, string];
      return { gold: g, predicted: p, count };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold));
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: perIntent.length === 0 ? 0 : perIntent.reduce((sum, m) => sum + m.f1, 0) / perIntent.length,
    perIntent,
    confusions,
    total: gold.length,
  };
}
