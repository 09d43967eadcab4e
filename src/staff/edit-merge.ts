/**
 * Two editors on one intent (re-test N8): after the 409, the form used to keep every field as the second editor
 * had it, so saving it again put back the old text of fields they never touched and reverted the colleague's
 * change. The form therefore carries a fingerprint of each field as it was loaded; after a conflict only the
 * fields the editor changed keep their input, the others take the colleague's saved text.
 */
import { textHash } from './content-service.js';
import { cleanPasted, type IntentFormValues } from './intent-form.js';

/** The fields of the editor's form; id and kind are fixed once the intent exists. */
type EditableField = Exclude<keyof IntentFormValues, 'id' | 'kind'>;

const EDITABLE: readonly EditableField[] = [
  'title_de',
  'title_en',
  'office',
  'examples_de',
  'examples_en',
  'synonyms',
  'answer_de',
  'answer_en',
  'answer_plain',
  'answer_plain_en',
  'other_de',
  'other_en',
  'other_plain',
  'other_plain_en',
  'dym_de',
  'dym_en',
  'dym_plain',
  'dym_plain_en',
  'confirm',
  'confirm_items',
];

/** What the browser sends back for an untouched field can differ in line ends and trailing blanks only. */
function normalized(value: string | boolean): string {
  if (typeof value === 'boolean') return value ? 'on' : '';
  return cleanPasted(value)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** The hidden field "loaded_fields": "title_de:abc12,title_en:…", one fingerprint per field as loaded. */
export function fieldFingerprints(values: IntentFormValues): string {
  return EDITABLE.map((field) => `${field}:${textHash(normalized(values[field])) || '-'}`).join(',');
}

function parseFingerprints(text: string): Map<string, string> | null {
  const entries = text
    .split(',')
    .map((pair) => pair.split(':'))
    .filter((pair): pair is [string, string] => pair.length === 2 && EDITABLE.includes(pair[0] as EditableField));
  return entries.length === EDITABLE.length ? new Map(entries) : null;
}

export interface ConflictMerge {
  values: IntentFormValues;
  /** Fields the editor changed: their input stays (and is compared with the colleague's text on the page). */
  kept: EditableField[];
  /** Fields the editor left as loaded and the colleague changed: they now show the colleague's text. */
  taken: EditableField[];
}

/**
 * The form after a colleague's save: `input` as sent, `loaded` its fingerprints (absent in a hand-made request
 * or a page from before this change: then nothing is merged), `stored` the colleague's saved values.
 */
export function mergeAfterConflict(input: IntentFormValues, loaded: string | undefined, stored: IntentFormValues): ConflictMerge | null {
  const fingerprints = loaded ? parseFingerprints(loaded) : null;
  if (!fingerprints) return null;
  const values: IntentFormValues = { ...input };
  const kept: EditableField[] = [];
  const taken: EditableField[] = [];
  for (const field of EDITABLE) {
    const unchanged = (textHash(normalized(input[field])) || '-') === fingerprints.get(field);
    if (!unchanged) kept.push(field);
    else if (normalized(stored[field]) !== normalized(input[field])) {
      taken.push(field);
      (values as unknown as Record<string, string | boolean>)[field] = stored[field];
    }
  }
  return { values, kept, taken };
}
