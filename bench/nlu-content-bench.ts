/**
 * Düren content: 5-fold cross-validation of the intents, and the out-of-scope gate. The threshold is
 * chosen on "dev" data only (out-of-fold in-scope examples + the dev half of out-of-scope.tsv) and
 * reported on "test" data (test/nlu/data/in-scope.tsv + the test half of out-of-scope.tsv).
 */
import { readFileSync } from 'node:fs';
import { evaluatePredictions, type EvaluationReport } from '../src/nlu/metrics.js';
import { contentExamples, contentLexicon } from '../src/nlu/train-nlu.js';
import { DEFAULT_OOS_THRESHOLD, isOutOfScope, UNKNOWN_INTENT } from '../src/nlu/nlu-engine.js';
import type { Classification } from '../src/nlu/intent-classifier.js';
import { trainClassifier } from '../src/nlu/train.js';
import { loadBenchContent } from './nlu-content.js';
import { forEachOutOfFold } from '../src/nlu/folds.js';

export interface GateCounts {
  threshold: number;
  /** Out-of-scope detection: positives are out-of-scope messages. */
  precision: number;
  recall: number;
  f1: number;
  /** In-scope messages wrongly rejected. */
  inScopeRejected: number;
  /** In-scope messages accepted with the right intent. */
  inScopeCorrect: number;
  /** In-scope messages that would have got a wrong intent and were rejected instead (a fallback beats a wrong answer). */
  inScopeWrongRejected: number;
  inScope: number;
  outOfScope: number;
}

export interface ContentBenchResult {
  intents: number;
  examples: number;
  skippedFiles: string[];
  cv: EvaluationReport;
  /** Out-of-fold examples whose detected language (no requested locale) is the one they are listed under. */
  language: { right: number; total: number; wrongDe: number; wrongEn: number };
  chosenThreshold: number;
  /** The balanced dev score at each threshold of the grid. */
  grid: { threshold: number; balanced: number }[];
  dev: GateCounts;
  test: GateCounts;
  testAtChosen: GateCounts;
}

interface Judged {
  gold: string;
  result: Classification;
}

/** Fields of each line of a held-out TSV file (comments and blank lines skipped). */
export function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function gate(items: readonly Judged[], threshold: number): GateCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rejected = 0;
  let correct = 0;
  let wrongRejected = 0;
  let inScope = 0;
  for (const item of items) {
    const out = isOutOfScope(item.result, threshold);
    if (item.gold === UNKNOWN_INTENT) {
      if (out) tp++;
      else fn++;
    } else {
      inScope++;
      if (out) {
        fp++;
        rejected++;
        if (item.result.ranking[0]?.id !== item.gold) wrongRejected++;
      } else if (item.result.ranking[0]?.id === item.gold) correct++;
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, inScopeRejected: rejected, inScopeCorrect: correct, inScopeWrongRejected: wrongRejected, inScope, outOfScope: tp + fn };
}

export async function runContentBench(root: string): Promise<ContentBenchResult> {
  const { content, skipped } = await loadBenchContent(root);
  const examples = contentExamples(content);
  const lexicon = contentLexicon(content);
  const known = new Set(content.intents.map((i) => i.id));

  // 5-fold CV: every example is classified by a model that did not see it.
  const outOfFold: Judged[] = [];
  const language = { right: 0, total: 0, wrongDe: 0, wrongEn: 0 };
  // With the temperature fit: the gate below reads calibrated confidences.
  forEachOutOfFold(examples, 5, lexicon, 1, (example, classifier) => {
    outOfFold.push({ gold: example.intent, result: classifier.classify(example.text, example.language) });
    const detected = classifier.classify(example.text).language;
    language.total++;
    if (detected === example.language) language.right++;
    else if (example.language === 'de') language.wrongDe++;
    else language.wrongEn++;
  });
  const cv = evaluatePredictions(
    outOfFold.map((j) => j.gold),
    outOfFold.map((j) => j.result.ranking[0]?.id ?? ''),
  );

  const full = trainClassifier(examples, lexicon);
  const oos = readTsv('test/nlu/data/out-of-scope.tsv');
  const judge = (text: string, gold: string): Judged => ({ gold, result: full.classify(text) });
  const dev = [
    ...outOfFold.filter((j) => j.gold !== UNKNOWN_INTENT),
    ...oos.filter((row) => row[1] === 'dev').map((row) => judge(row[0] ?? '', UNKNOWN_INTENT)),
  ];
  const test = [
    ...readTsv('test/nlu/data/in-scope.tsv')
      .filter((row) => known.has(row[1] ?? ''))
      .map((row) => judge(row[0] ?? '', row[1] ?? '')),
    ...oos.filter((row) => row[1] === 'test').map((row) => judge(row[0] ?? '', UNKNOWN_INTENT)),
  ];
  // Balanced rate of right outcomes: out-of-scope recall, and for in-scope messages the share that got the
  // right intent or, when the intent would have been wrong, the fallback. Dev has far more in-scope messages
  // than out-of-scope ones, so F1 of the rare class alone would favour never gating.
  const balanced = (g: GateCounts): number => (g.recall + (g.inScopeCorrect + g.inScopeWrongRejected) / Math.max(1, g.inScope)) / 2;
  let best = gate(dev, 0);
  const grid: { threshold: number; balanced: number }[] = [];
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const counts = gate(dev, Math.round(t * 100) / 100);
    grid.push({ threshold: counts.threshold, balanced: balanced(counts) });
    if (balanced(counts) > balanced(best)) best = counts;
  }
  return {
    intents: known.size,
    examples: examples.length,
    skippedFiles: skipped,
    cv,
    language,
    chosenThreshold: best.threshold,
    grid,
    dev: gate(dev, DEFAULT_OOS_THRESHOLD),
    test: gate(test, DEFAULT_OOS_THRESHOLD),
    testAtChosen: gate(test, best.threshold),
  };
}
