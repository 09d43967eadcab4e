/**
 * Chooses the confidence floor for "did you mean" topics in the fallback reply (src/core/did-you-mean.ts) on
 * dev data, and reports it on test data. When the out-of-scope gate rejects a message, the fallback offers
 * up to MAX_TOPICS of the classifier's next guesses as buttons. The floor with the best J (share of rejected
 * in-scope messages offered their right topic minus share of out-of-scope messages offered any topic) wins.
 * The same messages, where answered, measure the extra button under an answer (alternativeTopic): wrong answers
 * whose right topic it is, against right answers that get one. Such a button is cheap for an out-of-scope
 * message (the reply still says it was not understood) and saves an in-scope question the gate rejected.
 *   dev:  the content's in-scope examples out of fold (5-fold CV, calibrated as in production) and the dev
 *         rows of out-of-scope.tsv plus near-miss.tsv (model trained on all content)
 *   test: in-scope.tsv and the test rows of out-of-scope.tsv (never used for the choice)
 * Usage: npx tsx bench/nlu-did-you-mean.ts [content root]
 */
import { alternativeTopic, DID_YOU_MEAN_FLOOR, didYouMeanTopics, MAX_TOPICS, offerableTopics } from '../src/core/did-you-mean.js';
import type { IntentScore } from '../src/core/types.js';
import { forEachOutOfFold } from '../src/nlu/folds.js';
import { DEFAULT_OOS_THRESHOLD, isOutOfScope, type NluEngine, UNKNOWN_INTENT } from '../src/nlu/nlu-engine.js';
import { contentExamples, contentLexicon, trainNlu } from '../src/nlu/train-nlu.js';
import { readTsv } from './nlu-content-bench.js';
import { loadBenchContent } from './nlu-content.js';

const FLOORS = [0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
/** At most one right answer in 20 may carry an extra button: more would teach citizens to ignore it. */
const EXTRA_BUTTON_BUDGET = 0.05;
const root = process.argv[2] ?? '.';
const { content } = await loadBenchContent(root);
const topicIds = offerableTopics(content);

interface Rejected {
  gold: string;
  intents: IntentScore[];
}

/** Rejected messages go to `out` (what the fallback sees: unknown first, then the next guesses), answered ones to `answered`. */
function rejected(nlu: NluEngine, list: Row[], out: Rejected[], answered: Rejected[] = []): number {
  for (const row of list) {
    const ranked = nlu.rank(row.text).intents;
    (ranked[0]?.id === UNKNOWN_INTENT ? out : answered).push({ gold: row.intent, intents: ranked });
  }
  return list.length;
}

/**
 * Answered topic questions: wrong answers whose right topic becomes the extra button, right answers that get one.
 * Returns the floor that rescues the most wrong answers while at most EXTRA_BUTTON_BUDGET of the right answers get
 * an extra button (J would pick ever lower floors here, since right answers outnumber wrong ones 40 to 1).
 */
function alternatives(name: string, answered: Rejected[]): number {
  const wrong = answered.filter((r) => r.intents[0]?.id !== r.gold);
  const right = answered.length - wrong.length;
  console.log(`\n${name}: ${answered.length} topic questions answered, ${wrong.length} of them with the wrong topic`);
  console.log('| floor | wrong answers: right topic as extra button | right answers with an extra button | J |');
  console.log('| --- | --- | --- | --- |');
  let best = { floor: FLOORS[FLOORS.length - 1] as number, rescued: -1 };
  for (const floor of FLOORS) {
    const extra = (r: Rejected) => alternativeTopic(r.intents, r.intents[0]?.id ?? '', topicIds, floor);
    const rescued = wrong.filter((r) => extra(r) === r.gold).length;
    const noise = answered.filter((r) => r.intents[0]?.id === r.gold && extra(r) !== undefined).length;
    const j = rescued / Math.max(1, wrong.length) - noise / Math.max(1, right);
    if (noise <= EXTRA_BUTTON_BUDGET * right && rescued > best.rescued) best = { floor, rescued };
    console.log(`| ${floor} | ${rescued} | ${noise} of ${right} | ${j.toFixed(3)} |`);
  }
  return best.floor;
}

interface Row {
  text: string;
  intent: string;
}

/** Rows of a held-out file: text<TAB>intent[<TAB>dev|blind], or text<TAB>dev|test for out-of-scope files. */
function rows(file: string): { text: string; second: string; third?: string }[] {
  return readTsv(file)
    .filter(([text, second]) => text && second)
    .map(([text, second, third]) => ({ text: text as string, second: second as string, ...(third ? { third } : {}) }));
}
const outOfScope = (file: string, split: string): Row[] => rows(file).filter((r) => r.second === split).map((r) => ({ text: r.text, intent: UNKNOWN_INTENT }));
const labelled = (file: string, half?: string): Row[] => rows(file).filter((r) => half === undefined || r.third === half).map((r) => ({ text: r.text, intent: r.second }));
const BLIND2 = ['test/nlu/data/blind2-de.tsv', 'test/nlu/data/blind2-mixed.tsv'];

/** Prints the table; returns the floor with the best J = share of rejected in-scope messages offered their topic - share of out-of-scope messages offered any. */
function table(name: string, inScope: Rejected[], inScopeTotal: number, outOfScope: Rejected[], outOfScopeTotal: number): number {
  console.log(`\n${name}: ${inScope.length} of ${inScopeTotal} in-scope messages rejected, ${outOfScope.length} of ${outOfScopeTotal} out-of-scope messages rejected`);
  console.log('| floor | rejected in-scope: right topic offered | rejected in-scope: any topic offered | out-of-scope: any topic offered | topics per out-of-scope message | J |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  let best = { floor: FLOORS[0] as number, j: -Infinity };
  for (const floor of FLOORS) {
    const offered = (r: Rejected): string[] => didYouMeanTopics(r.intents, topicIds, floor);
    const right = inScope.filter((r) => offered(r).includes(r.gold)).length;
    const any = inScope.filter((r) => offered(r).length > 0).length;
    const oosAny = outOfScope.filter((r) => offered(r).length > 0).length;
    const oosTopics = outOfScope.reduce((n, r) => n + offered(r).length, 0);
    const j = right / Math.max(1, inScope.length) - oosAny / Math.max(1, outOfScope.length);
    if (j > best.j) best = { floor, j };
    console.log(`| ${floor} | ${right} | ${any} | ${oosAny} | ${(oosTopics / Math.max(1, outOfScope.length)).toFixed(2)} | ${j.toFixed(3)} |`);
  }
  return best.floor;
}

// Dev, in scope: out of fold, with the temperature fitted as in production (trainClassifier's default).
const devIn: Rejected[] = [];
const devAnswered: Rejected[] = [];
let devInTotal = 0;
forEachOutOfFold(contentExamples(content), 5, contentLexicon(content), 1, (example, classifier) => {
  if (!topicIds.has(example.intent)) return;
  devInTotal++;
  const result = classifier.classify(example.text, example.language);
  const ranking = result.ranking;
  if (!isOutOfScope(result, DEFAULT_OOS_THRESHOLD)) {
    devAnswered.push({ gold: example.intent, intents: ranking.slice(0, 5) });
    return;
  }
  devIn.push({ gold: example.intent, intents: [{ id: UNKNOWN_INTENT, confidence: 1 }, ...ranking.filter((r) => r.id !== UNKNOWN_INTENT).slice(0, 4)] });
});
const nlu = trainNlu(content);
const topicsOf = (list: Row[]): Row[] => list.filter((r) => topicIds.has(r.intent));
const unknownOf = (list: Row[]): Row[] => list.filter((r) => r.intent === UNKNOWN_INTENT);
const devHalves = BLIND2.flatMap((file) => labelled(file, 'dev'));
devInTotal += rejected(nlu, topicsOf(devHalves), devIn, devAnswered);
const devOut: Rejected[] = [];
const devOutTotal = rejected(nlu, [...outOfScope('test/nlu/data/out-of-scope.tsv', 'dev'), ...outOfScope('test/nlu/data/near-miss.tsv', 'dev'), ...unknownOf(devHalves)], devOut);
const chosen = table('dev (topic examples out of fold and dev halves of blind2; out-of-scope dev rows, near-misses)', devIn, devInTotal, devOut, devOutTotal);
const chosenAlternative = alternatives('dev, answers (same messages)', devAnswered);
console.log(
  `\nChosen on dev: ${chosen} for the fallback (best J), ${chosenAlternative} for the extra button (most rescues with at most ${EXTRA_BUTTON_BUDGET * 100} % of right answers getting one); DID_YOU_MEAN_FLOOR in src/core/did-you-mean.ts: ${DID_YOU_MEAN_FLOOR}`,
);

// Test: reported only. The blind files' errors are never read; counting them is what they are for.
const testRows = [...labelled('test/nlu/data/in-scope.tsv'), ...labelled('test/nlu/data/blind.tsv'), ...BLIND2.flatMap((file) => labelled(file, 'blind'))];
const testIn: Rejected[] = [];
const testAnswered: Rejected[] = [];
const testInTotal = rejected(nlu, topicsOf(testRows), testIn, testAnswered);
const testOut: Rejected[] = [];
const testOutTotal = rejected(nlu, [...outOfScope('test/nlu/data/out-of-scope.tsv', 'test'), ...unknownOf(testRows)], testOut);
table('test (in-scope.tsv, blind.tsv, blind halves of blind2; out-of-scope test rows)', testIn, testInTotal, testOut, testOutTotal);
alternatives('test, answers (same messages)', testAnswered);
console.log(`\nAt most ${MAX_TOPICS} topics; meta intents (greetings, help, cancel ...) are never offered.`);
