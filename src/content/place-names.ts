/**
 * Text written for one city must not be served in another: the content came from Düren, and a copied profile
 * does not change a "Kreis Düren" typed into an answer. Each profile lists how its city is named in running text
 * (`place_names`); the content check reports those names of every other profile in what citizens read.
 */
import type { ContentProblem } from './model.js';
import type { IntentDefinition, ProfileDefinition } from './schema.js';

export interface PlaceNameInput {
  profile: ProfileDefinition;
  profilePath: string;
  /** The other cities' profiles (profiles/<city>/profile.yaml), among them the one the content was written for. */
  others: ReadonlyArray<{ path: string; profile: ProfileDefinition }>;
  /** Intents as written, placeholders unresolved. */
  intents: ReadonlyArray<{ file: string; intent: IntentDefinition }>;
  /** Dialog files as parsed YAML. */
  dialogs: ReadonlyArray<{ file: string; raw: unknown }>;
}

const TEXT_FIELDS = new Set(['de', 'en', 'plain', 'plain_en']);

/** What citizens (and staff in the list of topics) read of an intent; examples and synonyms train the NLU and stay out. */
function intentTexts(intent: IntentDefinition): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const localized = (prefix: string, value: object | undefined) => {
    for (const [field, text] of Object.entries(value ?? {})) if (typeof text === 'string') texts.push([`${prefix}.${field}`, text]);
  };
  localized('title', intent.title);
  if (intent.office) texts.push(['office', intent.office]);
  localized('answer', intent.answer);
  localized('other_language', intent.other_language);
  localized('did_you_mean', intent.did_you_mean);
  intent.links.forEach((link, i) => localized(`links.${i}.title`, link.title));
  intent.suggestions.forEach((suggestion, i) => localized(`suggestions.${i}.title`, suggestion.title));
  return texts;
}

/** Every text of a dialog file: the strings under de/en/plain/plain_en (prompts, options, errors, summaries). */
function dialogTexts(value: unknown, path = '', into: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((item, i) => dialogTexts(item, path ? `${path}.${i}` : String(i), into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (typeof item === 'string' && TEXT_FIELDS.has(key)) into.push([at, item]);
      else dialogTexts(item, at, into);
    }
  }
  return into;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('de');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Placeholders name profile keys ("{{profile.dsb_name}}"), not places. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ');

export function placeNameProblems(input: PlaceNameInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const own = input.profile.place_names ?? [];
  const cityName = String(input.profile.values.city_name ?? '');
  // A list copied with the profile still names the old city; then it would hide exactly the names to find.
  if (input.profile.place_names && cityName && !own.some((name) => fold(name) === fold(cityName))) {
    problems.push({ file: input.profilePath, path: 'place_names', reason: `must list this city's own name "${cityName}" (and its other names in running text), not those of the profile it was copied from` });
  }
  const ownValues = fold([input.profile.name, ...Object.values(input.profile.values).map(String)].join('\n'));
  own.forEach((name, i) => {
    const other = input.others.find(({ profile }) => (profile.place_names ?? []).some((n) => fold(n) === fold(name)));
    if (other && !ownValues.includes(fold(name))) {
      problems.push({ file: input.profilePath, path: `place_names.${i}`, reason: `"${name}" is a place name of ${other.path} and in none of this profile's values: left from the copy?` });
    }
  });
  const ownFolded = new Set([...own, input.profile.name, String(input.profile.values.city_name ?? '')].map(fold));
  const foreign = input.others.flatMap(({ path, profile }) =>
    (profile.place_names ?? []).filter((name) => !ownFolded.has(fold(name))).map((name) => ({ name, path, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu') })),
  );
  if (foreign.length === 0) return problems;
  const check = (file: string, texts: Array<[string, string]>) => {
    for (const [path, text] of texts) {
      const found = foreign.filter((f) => f.pattern.test(withoutPlaceholders(text)));
      if (found.length === 0) continue;
      const names = [...new Set(found.map((f) => `"${f.name}"`))].join(', ');
      problems.push({ file, path, reason: `${names} is a place name of ${found[0]?.path ?? 'another profile'}, not of ${input.profile.name}: use a {{profile.…}} placeholder or this city's own words` });
    }
  };
  for (const { file, intent } of input.intents) check(file, intentTexts(intent));
  for (const { file, raw } of input.dialogs) check(file, dialogTexts(raw));
  return problems;
}
