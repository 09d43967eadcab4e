/**
 * Citizen messages the NLU is judged on and content editors never read (docs/benchmarks.md): content:check
 * refuses an example that copies one of their lines, and bench/nlu-heldout.ts scores the model on them.
 */
export const HELD_OUT_FILES = [
  'test/contract/examples.tsv',
  'test/nlu/data/in-scope.tsv',
  'test/nlu/data/out-of-scope.tsv',
  'test/nlu/data/blind.tsv',
  'test/nlu/data/near-miss.tsv',
  'test/nlu/data/blind2-de.tsv',
  'test/nlu/data/blind2-mixed.tsv',
  'test/nlu/data/blind3-a.tsv',
  'test/nlu/data/blind3-b.tsv',
  'test/nlu/data/courtesy.tsv',
  'test/nlu/data/split-words.tsv',
  'test/nlu/data/blind4.tsv',
  'test/nlu/data/blind5.tsv',
  'test/nlu/data/blind6.tsv',
  'test/nlu/data/small-talk.tsv',
  'test/nlu/data/two-questions.tsv',
  'test/nlu/data/blind7-de.tsv',
  'test/nlu/data/blind7-mixed.tsv',
  'test/nlu/data/blind8-mixed.tsv',
  'test/nlu/data/blind9-de.tsv',
  'test/nlu/data/blind9-mixed.tsv',
];

/** out-of-scope.tsv and near-miss.tsv: every row must be unknown; the second column names the row's half ("dev", "test"). */
export const isOutOfScopeFile = (file: string): boolean => file.endsWith('out-of-scope.tsv') || file.endsWith('near-miss.tsv');

/**
 * The half a row of a held-out file belongs to: 'dev' (its errors may be read), 'blind' (only counted), or
 * undefined in a file without halves. The out-of-scope files name it in the second column ("dev", "test"),
 * the others in the third ("dev", "blind").
 */
export function rowHalf(file: string, fields: readonly (string | undefined)[]): 'dev' | 'blind' | undefined {
  const marked = (isOutOfScopeFile(file) ? fields[1] : fields[2])?.trim();
  if (!marked) return undefined;
  return marked === 'dev' ? 'dev' : 'blind';
}

/**
 * Held-out conversations: a first message, its topic, the next message and what that one must get
 * (follow-ups.tsv, bench/nlu-follow-ups.ts). The next message is held out; the first only sets the topic and
 * may be a training example ("Ich brauche einen neuen Reisepass").
 */
export const HELD_OUT_PAIR_FILES = ['test/nlu/data/follow-ups.tsv'];
