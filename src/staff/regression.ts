/**
 * The regression check shown before publishing: stratified k-fold cross-validation (deterministic seed) of the
 * published and the draft examples, and the published version's examples classified by the draft model. It
 * says which intents got worse and which examples flipped, and whether the loss is past the allowed limit.
 */
import type { IntentDefinition } from '../content/schema.js';
import type { Nlu } from '../core/ports.js';
import { contentExamples, contentLexicon, type EvaluationReport, type RegionalWords } from '../nlu/index.js';
import { crossValidateInSteps } from '../nlu/folds.js';
import { letOthersRun } from './let-others-run.js';

export const CV_FOLDS = 5;
export const CV_SEED = 20240601;
/**
 * One intent's examples are a small share of all, so it can collapse while the average hardly moves (emptying the
 * German examples of personalausweis cost it 12.6 points and the average 0.8). A drop past this many points in
 * one intent needs the explicit confirmation too.
 */
export const MAX_INTENT_DROP_POINTS = 10;

export interface CrossValidation {
  accuracy: number;
  /** Recall per intent (share of its examples classified correctly when held out). */
  recall: Record<string, number>;
  support: Record<string, number>;
  total: number;
}

export interface IntentChange {
  intent: string;
  before: number;
  after: number;
  /** after − before, in percentage points. */
  deltaPoints: number;
}

/** An intent whose own accuracy fell past MAX_INTENT_DROP_POINTS, by cross-validation or on its stored examples. */
export interface IntentCollapse extends IntentChange {
  measure: 'cv' | 'stored';
}

export interface FlippedExample {
  text: string;
  language: 'de' | 'en';
  expected: string;
  /** What the draft model answers now. */
  predicted: string;
}

export interface RegressionReport {
  folds: number;
  seed: number;
  published: { accuracy: number; total: number };
  draft: { accuracy: number; total: number };
  /** Published examples classified by the published and the draft model (share correct). */
  stored: { total: number; publishedAccuracy: number; draftAccuracy: number };
  worse: IntentChange[];
  better: IntentChange[];
  flipped: FlippedExample[];
  collapsed: IntentCollapse[];
  /** The larger of the two accuracy drops, in percentage points (0 when nothing got worse). */
  lossPoints: number;
  maxLossPoints: number;
  blocked: boolean;
}

/**
 * Held-out accuracy per intent. `regional`: the city profile's regional words, which the live model reads too
 * (staff edit intents, not the profile, so the draft and the published version share them).
 */
export async function crossValidateIntents(intents: IntentDefinition[], regional: RegionalWords = {}, pause = letOthersRun): Promise<CrossValidation> {
  const examples = contentExamples({ intents });
  const options = { seed: CV_SEED, ...contentLexicon({ intents, profile: { regional_words: regional } }) };
  return fromReport(await crossValidateInSteps(examples, CV_FOLDS, options, CV_SEED, pause));
}

function fromReport(report: EvaluationReport): CrossValidation {
  const recall: Record<string, number> = {};
  const support: Record<string, number> = {};
  for (const metrics of report.perIntent) {
    recall[metrics.intent] = metrics.recall;
    support[metrics.intent] = metrics.support;
  }
  return { accuracy: report.accuracy, recall, support, total: report.total };
}

function storedUtterances(intents: IntentDefinition[]): Array<{ text: string; language: 'de' | 'en'; intent: string }> {
  return intents.flatMap((intent) => [
    ...intent.examples.de.map((text) => ({ text, language: 'de' as const, intent: intent.id })),
    ...intent.examples.en.map((text) => ({ text, language: 'en' as const, intent: intent.id })),
  ]);
}

function topIntent(nlu: Nlu, text: string, locale: 'de' | 'en'): string {
  const ranked = 'rank' in nlu && typeof nlu.rank === 'function' ? (nlu.rank as (t: string, o: { locale: 'de' | 'en' }) => { intents: Array<{ id: string }> })(text, { locale }) : nlu.parse(text, { locale });
  return ranked.intents[0]?.id ?? '';
}

const points = (value: number) => Math.round(value * 1000) / 10;

export interface RegressionInput {
  publishedIntents: IntentDefinition[];
  draftIntents: IntentDefinition[];
  publishedCv: CrossValidation;
  draftCv: CrossValidation;
  publishedNlu: Nlu;
  draftNlu: Nlu;
  maxLossPoints: number;
}

/** Stored utterances classified (by both models) between two pauses: about 0.3 s of work. */
const UTTERANCES_PER_STEP = 500;

export async function compareVersions(input: RegressionInput, pause = letOthersRun): Promise<RegressionReport> {
  const { publishedCv, draftCv } = input;
  const changes: IntentChange[] = [];
  for (const intent of new Set([...Object.keys(publishedCv.recall), ...Object.keys(draftCv.recall)])) {
    const before = publishedCv.recall[intent] ?? 0;
    const after = draftCv.recall[intent] ?? 0;
    const deltaPoints = points(after - before);
    if (deltaPoints !== 0) changes.push({ intent, before, after, deltaPoints });
  }
  const stored = storedUtterances(input.publishedIntents);
  const flipped: FlippedExample[] = [];
  const perIntent = new Map<string, { total: number; before: number; after: number }>();
  let publishedCorrect = 0;
  let draftCorrect = 0;
  for (const [index, example] of stored.entries()) {
    if (index > 0 && index % UTTERANCES_PER_STEP === 0) await pause();
    const before = topIntent(input.publishedNlu, example.text, example.language);
    const after = topIntent(input.draftNlu, example.text, example.language);
    const counts = perIntent.get(example.intent) ?? { total: 0, before: 0, after: 0 };
    counts.total++;
    perIntent.set(example.intent, counts);
    if (before === example.intent) {
      publishedCorrect++;
      counts.before++;
    }
    if (after === example.intent) {
      draftCorrect++;
      counts.after++;
    } else if (before === example.intent) flipped.push({ text: example.text, language: example.language, expected: example.intent, predicted: after });
  }
  // Only intents the published version has: a new intent has no accuracy to lose.
  const collapsed: IntentCollapse[] = [
    ...changes.filter((c) => c.intent in publishedCv.recall).map((c) => ({ ...c, measure: 'cv' as const })),
    ...[...perIntent].map(([intent, n]) => ({ intent, before: n.before / n.total, after: n.after / n.total, deltaPoints: points((n.after - n.before) / n.total), measure: 'stored' as const })),
  ].filter((c) => c.deltaPoints < -MAX_INTENT_DROP_POINTS);
  const storedTotal = Math.max(stored.length, 1);
  const cvDrop = points(publishedCv.accuracy - draftCv.accuracy);
  const storedDrop = points((publishedCorrect - draftCorrect) / storedTotal);
  const lossPoints = Math.max(0, cvDrop, storedDrop);
  return {
    folds: CV_FOLDS,
    seed: CV_SEED,
    published: { accuracy: publishedCv.accuracy, total: publishedCv.total },
    draft: { accuracy: draftCv.accuracy, total: draftCv.total },
    stored: { total: stored.length, publishedAccuracy: publishedCorrect / storedTotal, draftAccuracy: draftCorrect / storedTotal },
    worse: changes.filter((c) => c.deltaPoints < 0).sort((a, b) => a.deltaPoints - b.deltaPoints),
    better: changes.filter((c) => c.deltaPoints > 0).sort((a, b) => b.deltaPoints - a.deltaPoints),
    flipped,
    collapsed,
    ...withLossLimit(lossPoints, input.maxLossPoints, collapsed),
  };
}

/** The limit is a setting that may change between the check and the publish; the comparison does not. */
export function withLossLimit(lossPoints: number, maxLossPoints: number, collapsed: readonly IntentCollapse[]): Pick<RegressionReport, 'lossPoints' | 'maxLossPoints' | 'blocked'> {
  return { lossPoints, maxLossPoints, blocked: lossPoints > maxLossPoints || collapsed.length > 0 };
}
