/** Renders the NLU benchmark section of docs/benchmarks.md. */
import type { ContentBenchResult, GateCounts } from './nlu-content-bench.js';
import type { HeldOutResult } from './nlu-heldout.js';

export interface RunResult {
  engine: 'ours' | 'nlpjs';
  task: string;
  train: number;
  test: number;
  accuracy: number;
  macroF1: number;
  correct: number;
  trainMs: number;
  p50Ms: number;
  p99Ms: number;
  rssMb: number;
  rssDeltaMb: number;
}

/** bench/nlu-memory.ts on the Düren content. */
export interface MemoryResult {
  rssBeforeMb: number;
  rssAfterTrainingMb: number;
  modelLiveMb: number;
  liveAfterParsesMb: number;
  serializedMb: number;
  rssEndMb: number;
  /** Smallest V8 heap limit (--max-old-space-size) that loads the content, and loads and trains it. */
  heapFloorLoadMb: number;
  heapFloorTrainMb: number;
}

interface ReportInput {
  runs: RunResult[];
  heldOut: HeldOutResult[];
  memory: MemoryResult;
  content: ContentBenchResult;
  machine: string;
  date: string;
}

const f3 = (x: number): string => x.toFixed(3);
const ENGINE_NAME = { ours: 'Stadtlotse', nlpjs: 'NLP.js 4 (@nlpjs/basic + lang-de)' } as const;

function braunOverall(runs: RunResult[], engine: 'ours' | 'nlpjs'): { accuracy: number; macroF1: number; test: number } {
  const braun = runs.filter((r) => r.engine === engine && r.task !== 'xsid');
  const test = braun.reduce((s, r) => s + r.test, 0);
  return {
    accuracy: braun.reduce((s, r) => s + r.correct, 0) / test,
    macroF1: braun.reduce((s, r) => s + r.macroF1, 0) / braun.length,
    test,
  };
}

function gateRow(name: string, g: GateCounts): string {
  return `| ${name} | ${g.threshold} | ${f3(g.precision)} | ${f3(g.recall)} | ${f3(g.f1)} | ${g.inScopeRejected} of ${g.inScope} | ${g.inScopeCorrect} of ${g.inScope} | ${g.inScopeWrongRejected} | ${g.outOfScope} |`;
}

export function renderReport({ runs, content, memory, heldOut, machine, date }: ReportInput): string {
  const trainingRss = memory.rssAfterTrainingMb - memory.rssBeforeMb;
  const rows = runs.map(
    (r) =>
      `| ${r.task} | ${ENGINE_NAME[r.engine]} | ${r.train}/${r.test} | ${f3(r.accuracy)} | ${f3(r.macroF1)} | ${r.trainMs.toFixed(0)} | ${r.p50Ms.toFixed(3)} | ${r.p99Ms.toFixed(3)} | ${r.rssMb.toFixed(0)} (+${r.rssDeltaMb.toFixed(0)}) |`,
  );
  const ours = runs.find((r) => r.engine === 'ours' && r.task === 'xsid');
  const oursBraun = braunOverall(runs, 'ours');
  const theirsBraun = braunOverall(runs, 'nlpjs');
  const maxP99 = Math.max(...runs.filter((r) => r.engine === 'ours').map((r) => r.p99Ms));
  const target = (name: string, goal: string, value: string, ok: boolean): string => `| ${name} | ${goal} | ${value} | ${ok ? 'met' : '**not met**'} |`;
  return `## NLU (\`npm run bench:nlu\`)

Measured ${date} on ${machine}. The machine was shared with other jobs, so times are upper bounds.

### Procedure
- Each engine runs each task in its own child process (\`node --import tsx bench/nlu-bench-run.ts <engine> <task>\`):
  train on the train split, warm up with at least 1,000 classifications (cycling through the test messages), then time
  passes over the test messages until there are at least 3,000 timings (accuracy from the first timed pass). One warm-up
  pass over Braun's 59-109 messages, as before, left the optimizing compiler mid-way and put its pauses into p99.
  Training time is wall time of the first training in a fresh process (cold JIT included).
  p50/p99 are per-message classify times; RSS is the process RSS after the run (in brackets: growth since the engine was loaded).
- xSID-de: 300 train (the official German dev set) / 500 test. Braun 2017: the chatbot, askubuntu and webapps corpora,
  each trained and tested on its own split; "overall" pools the three test sets (accuracy) and averages macro-F1.
  Data: \`test/benchmarks/\` (see SOURCES.md there; CC BY-SA).
- Macro-F1 averages F1 over the intents present in the gold labels. xSID's \`alarm/time_left_on_alarm\` (4 test messages)
  has no training example, so its F1 is 0 for every engine and macro-F1 cannot exceed 14/15 = 0.933.
- Our settings were chosen by 5-fold stratified cross-validation on **training data only**
  (\`npx tsx bench/nlu-tune.ts '<base JSON>' [features|linear|data|none]\`: one setting varied at a time around a base, the
  winner becomes the next base). Each training set (the train splits of xSID, chatbot, askubuntu, webapps, and the Düren
  content) scores (CV accuracy + macro-F1) / 2; "mean" averages the five sets, "pooled" weights them by their number of
  examples, so that one example counts the same everywhere (webapps has 30 examples: under "mean" one of them weighs as
  much as 100 content examples). A setting replaces the base only when it raises the score by at least 0.005; smaller
  differences are noise (one webapps example moves its cell by 0.033).
- Winner: a one-vs-rest linear SVM (squared hinge loss, dual coordinate descent as in LIBLINEAR, C = 1, positive examples
  weighted by (negatives / positives), at most 5 passes) on IDF-weighted features (each vector keeps its length before weighting): stems, stem
  bigrams (weight 0.5), stopwords (0.6) and word-level 3-5 character n-grams. Against the previous softmax/AdaGrad model
  at the same features it scores pooled 0.899 vs 0.887 and mean 0.860 vs 0.857 (tuning log below). In the last round no
  single change (n-gram range, feature weights, C, passes, balancing, IDF off, cross-word n-grams, both stems) beat the
  base by 0.005 in either score. Disclosure: the SVM and IDF were tried after the previous revision's test figures were
  known; they were adopted on the cross-validation scores above, and the test splits were not used to choose among them.
- Each intent's id also trains it as one example ("FindConnection" -> "find connection"; not the out-of-scope
  intent, and not for the Düren content, whose staff-written titles train instead): mean 0.8682 -> 0.8796, pooled
  0.9246 -> 0.9251 (webapps CV 0.833/0.585 -> 0.867/0.665; revision 12 below). Disclosure: the earlier analysis of
  the xSID errors (two snooze messages) was known when the idea came; xSID's own CV did not move. On its test split
  the change turns five messages: three now right ("snooze meinen Wecker", a creative-work and a music request),
  two now wrong ("Alarm verwerfen", twice); the one snooze message lifts macro-F1 from 0.846 to 0.867.
- Confidences are calibrated by temperature scaling fitted on one stratified held-out third of the training data,
  predicted by one extra model trained on the other two thirds (2 passes: the temperature needs only the scale of the
  held-out margins; 5 passes gave a temperature within 1.5 %).

### Results
| task | engine | train/test | accuracy | macro-F1 | train ms | p50 ms | p99 ms | RSS MB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
| Braun overall | ${ENGINE_NAME.ours} | -/${oursBraun.test} | ${f3(oursBraun.accuracy)} | ${f3(oursBraun.macroF1)} | | | | |
| Braun overall | ${ENGINE_NAME.nlpjs} | -/${theirsBraun.test} | ${f3(theirsBraun.accuracy)} | ${f3(theirsBraun.macroF1)} | | | | |

### Targets
| target | goal | measured | |
| --- | --- | --- | --- |
${target('xSID-de accuracy', '>= 0.93', f3(ours?.accuracy ?? 0), (ours?.accuracy ?? 0) >= 0.93)}
${target('xSID-de macro-F1', '>= 0.86', f3(ours?.macroF1 ?? 0), (ours?.macroF1 ?? 0) >= 0.86)}
${target('Braun 2017 overall accuracy', '>= 0.94', f3(oursBraun.accuracy), oursBraun.accuracy >= 0.94)}
${target('training on 300 utterances', '<= 500 ms', `${(ours?.trainMs ?? 0).toFixed(0)} ms`, (ours?.trainMs ?? Infinity) <= 500)}
${target('classify p99', '< 1 ms', `${maxP99.toFixed(3)} ms`, maxP99 < 1)}
${target('Düren content 5-fold CV accuracy', '>= 0.95', f3(content.cv.accuracy), content.cv.accuracy >= 0.95)}
${target('NLU heap + model (Düren content)', '< 100 MB', `${memory.liveAfterParsesMb} MB live after GC; +${trainingRss.toFixed(0)} MB RSS while training`, memory.liveAfterParsesMb + trainingRss < 100)}

Memory (\`node --expose-gc --import tsx bench/nlu-memory.ts\`, fresh process): the trained content model holds
${memory.liveAfterParsesMb} MB of heap and typed arrays after GC and 2,000 parses (${memory.modelLiveMb} MB right after training);
training raises the process RSS from ${memory.rssBeforeMb} to ${memory.rssAfterTrainingMb} MB (V8 keeps freed pages for a while, so this
overstates the peak). The peak is better seen in the heap floor: loading the content fits a V8 heap limit of
${memory.heapFloorLoadMb} MB, loading and training ${memory.heapFloorTrainMb} MB (\`--max-old-space-size\`, 4 MB steps; typed arrays such as the
weights come on top). The serialized model is ${memory.serializedMb} MB of JSON. The whole server's RSS is in the section
"NLU revision 2" below.

### Düren content
${content.intents} intents, ${content.examples} training texts (examples de+en and titles) from \`intents/*.yaml\`${content.skippedFiles.length ? ` (skipped, not valid at measurement time: ${content.skippedFiles.join(', ')})` : ''}.
5-fold stratified cross-validation: accuracy **${f3(content.cv.accuracy)}**, macro-F1 ${f3(content.cv.macroF1)} (intent ranking only, no out-of-scope gate).
Most frequent confusions: ${content.cv.confusions.slice(0, 6).map((c) => `${c.gold} -> ${c.predicted} (${c.count})`).join(', ') || 'none'}.
Language detection on the same out-of-fold examples, without a requested locale (the widget and channels usually send
one, which decides undecided messages): ${content.language.right} of ${content.language.total} right (${f3(content.language.right / Math.max(1, content.language.total))}); wrong: ${content.language.wrongDe} German, ${content.language.wrongEn} English
examples (mostly one or two words such as "Ummeldung", "cancel" or "Stop", used in both languages).

Cross-validation turns optimistic once editors add examples and synonyms from its error list, as they do. So the whole
NLU (classifier and out-of-scope gate, trained on all content) is also measured on held-out messages editors do not
read (\`npx tsx bench/nlu-heldout.ts --verbose\`; \`content:check\` rejects examples that copy them).
\`test/nlu/data/blind.tsv\`, the two \`blind2\` files, the two \`blind3\` files, \`courtesy.tsv\`, \`split-words.tsv\`, \`blind4.tsv\` to \`blind6.tsv\`, \`small-talk.tsv\` and the \`blind7\` to \`blind9\` files were written by people who
saw only the catalogue, never the examples (\`blind2-de\`: colloquial, typos, voice transcripts, situations without the
office word; \`blind2-mixed\`: English, learner German, German-English; \`blind3-a\`: short questions about one detail
such as a fee, documents or opening hours; \`blind3-b\`: an older citizen's full sentence, a young person's slang, A2
learner German, an expat's English; \`courtesy\`: requests inside greetings, thanks and letter formulas;
\`split-words\`: compounds written apart, "wohn geld"; \`blind4\`: Rhineland dialect, heavy typos, voice-assistant
phrasing, long e-mails, figures, complaints, non-native German; \`blind5\`: chat shorthand, Amtsdeutsch, voice
transcripts, gender-inclusive forms, negation, writing for someone else, keyword queries; \`blind6\`: office names from other cities, status questions,
forms, two questions in one, youth slang, older citizens without internet, the wrong authority named; \`small-talk\`: requests
beside small talk, remarks and stories; \`blind7-de\`: short first messages as typed into the city chat, keyword queries;
\`blind7-mixed\`, \`blind8-mixed\`: English by residents and visitors, British, American and non-native, and learner or hurried
phone German; \`blind9-de\`: residents of all ages, a third each keyword queries, questions and situations; \`blind9-mixed\`:
English, native and non-native, and A1-B1 learner German). These files are
split in halves: errors of the dev half may be read, the blind half is only counted:

| held-out file | right | share |
| --- | --- | --- |
${heldOut.map((r) => `| \`${r.file}\` | ${r.right} of ${r.total} | ${f3(r.right / Math.max(1, r.total))} |`).join('\n')}

### Out-of-scope gate
A message is reported as \`unknown\` when the \`unknown\` class wins, when none of its content words is known to the
model (directly, after spelling correction, or as compound parts), or when the calibrated top confidence is below the threshold.
The threshold is chosen on **dev** data: out-of-fold predictions of the 5-fold CV (in scope) plus the \`dev\` rows of
\`test/nlu/data/out-of-scope.tsv\` (classified by the model trained on all content); grid 0.05 to 0.95, best balanced rate of right
outcomes: the mean of out-of-scope recall and, for in-scope messages, the share that got the right intent or, when the
intent would have been wrong, the fallback (dev holds far more in-scope than out-of-scope messages). It is reported on **test** data the choice never saw: \`test/nlu/data/in-scope.tsv\` (rows whose
intent exists) and the \`test\` rows of out-of-scope.tsv, with the model trained on all content.
Chosen on dev: **${content.chosenThreshold}**; the engine's default (\`DEFAULT_OOS_THRESHOLD\` in src/nlu/nlu-engine.ts) is what the first two rows use.
Balanced dev score by threshold: ${content.grid.map((g) => `${g.threshold} ${g.balanced.toFixed(3)}`).join(', ')}.
Where the curve is flat (differences under about 0.005, a handful of dev messages), the default stays: a wrongly
rejected in-scope question hides a right answer, which costs the citizen more than one more fallback.

| data | threshold | OOS precision | OOS recall | OOS F1 | in-scope rejected | in-scope right | rejected that would have been wrong | OOS messages |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${gateRow('dev', content.dev)}
${gateRow('test', content.test)}
${gateRow('test, threshold chosen on dev', content.testAtChosen)}
`;
}
