/**
 * Rules for the values of a city profile (profiles/<city>/profile.yaml, `values:`). A wrong value must stop
 * `npm run content:check` and the start-up with file, path and reason, not surface as a 500 or a refused
 * address in a citizen's conversation. Code that reads a value parses it with the same rule (mietenstufe).
 */
import { z } from 'zod';
import type { ContentProblem } from './model.js';
import type { ProfileDefinition } from './schema.js';

/** Rent levels of the Wohngeld law (Anlage zu § 1 Abs. 3 WoGV). */
export const MIETENSTUFEN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;
export type Mietenstufe = (typeof MIETENSTUFEN)[number];

export const mietenstufeSchema = z.enum(MIETENSTUFEN, { error: (issue) => `must be one of ${MIETENSTUFEN.join(', ')} (Anlage zu § 1 Abs. 3 WoGV), got "${String(issue.input)}"` });

/** "7:30" or "13:00" read as minutes after midnight; undefined for an impossible time. */
function minutes(time: string): number | undefined {
  const [h = '', m = '0'] = time.split(':');
  const hours = Number(h);
  const mins = Number(m);
  if (hours > 24 || mins > 59 || (hours === 24 && mins > 0)) return undefined;
  return hours * 60 + mins;
}

/** Opening hours are free text for citizens; every clock time in them must exist and every period must end after it starts. */
function hoursProblem(text: string): string | undefined {
  for (const [time] of text.matchAll(/\b\d{1,2}:\d{2}\b/g)) {
    if (minutes(time) === undefined) return `"${time}" is not a time of day`;
  }
  const periods = [...text.matchAll(/\b(\d{1,2}:\d{2})\s*[–-]\s*(\d{1,2}:\d{2})\b/g), ...text.matchAll(/\b(\d{1,2}(?::\d{2})?) bis (\d{1,2}(?::\d{2})?) Uhr/g)];
  for (const [whole, from = '', to = ''] of periods) {
    if ((minutes(from) ?? 0) >= (minutes(to) ?? 0)) return `the period "${whole}" must end after it starts`;
  }
  return undefined;
}

const text = (pattern: RegExp, message: string) => z.string().regex(pattern, message);

/** Which rule applies to a key: exact keys first, then key families (every `*_phone`, `*_email` …). */
const RULES: Array<{ keys: (key: string) => boolean; rule: z.ZodType<string> }> = [
  { keys: (k) => k === 'mietenstufe', rule: mietenstufeSchema },
  // The address checks of the applications accept only these postcodes (src/dialogs/applications/shared/validators.ts).
  { keys: (k) => k === 'postcodes', rule: text(/^\d{5}(\s*,\s*\d{5})*$/, 'five-digit postcodes separated by commas, e.g. "52349, 52351"') },
  { keys: (k) => k === 'phone_central' || k.endsWith('_phone'), rule: text(/^\+?\d(?:[\d /()–-]*\d)?$/, 'a phone number of digits, spaces, "-" and "/", e.g. "02421 25-0"') },
  { keys: (k) => k === 'federal_service_number', rule: text(/^\d{3}$/, 'the three-digit service number, "115"') },
  { keys: (k) => k.endsWith('_email'), rule: text(/^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/, 'an e-mail address, e.g. "buergerbuero@dueren.de"') },
  { keys: (k) => k === 'website' || k === 'online_portal' || k === 'wohngeld_online' || k.endsWith('_website'), rule: text(/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, 'an absolute http(s) URL, e.g. "https://www.dueren.de"') },
  { keys: (k) => /(^|_)hours(_|$)/.test(k), rule: z.string().superRefine((value, ctx) => { const problem = hoursProblem(value); if (problem) ctx.addIssue({ code: 'custom', message: problem }); }) },
  { keys: (k) => (k.startsWith('hundesteuer_') && k.endsWith('_dog')) || /(^|_)fee(_|$)/.test(k), rule: text(/^\d{1,5}(,\d{2})? €$/, 'an amount in euros, e.g. "84 €" or "12,50 €"') },
  { keys: (k) => k === 'hundesteuer_register_days' || k.endsWith('_count'), rule: text(/^[1-9]\d{0,3}$/, 'a whole number greater than 0') },
  { keys: (k) => k === 'ags', rule: text(/^\d{8}$/, 'the eight-digit Amtlicher Gemeindeschlüssel, in quotes ("05358008")') },
  // src/dialogs/submit.ts falls back to the profile id for anything else; say so instead of silently doing it.
  { keys: (k) => k === 'submission_prefix', rule: text(/^[A-Z]{1,6}$/, '1 to 6 capital letters, e.g. "DN"') },
  // The legal pages put these names into running German sentences (src/web/pages/privacy.tsx, accessibility.tsx).
  {
    keys: (k) => k === 'data_protection_authority_dative',
    rule: text(/^(der|dem) \S/, 'the supervisory authority in the dative with its article, as after "bei": "der Landesbeauftragten für …" or "dem Landesbeauftragten für …"'),
  },
  {
    keys: (k) => k === 'accessibility_enforcement_body_accusative',
    rule: text(/^(die|den|das) \S/, 'the enforcement body in the accusative with its article, as after "an": "die Ombudsstelle …", "den Landesbeauftragten …"'),
  },
  {
    keys: (k) => k === 'accessibility_laws',
    rule: text(/^(das|die|der) \S/, 'the state\'s accessibility law and ordinance with their articles: "das Behindertengleichstellungsgesetz … (BGG …) und die …-Verordnung … (BITV …)"'),
  },
];

/** Refinement behind profileSchema: each known key against its rule, every value not empty. */
export function checkProfileValues(values: Record<string, string | number>, ctx: z.core.$RefinementCtx, path: string[] = []): void {
  for (const [key, value] of Object.entries(values)) {
    const shown = String(value);
    if (!shown.trim()) {
      ctx.addIssue({ code: 'custom', path: [...path, key], message: 'must not be empty' });
      continue;
    }
    const rule = RULES.find((r) => r.keys(key))?.rule;
    const result = rule?.safeParse(shown);
    if (result && !result.success) ctx.addIssue({ code: 'custom', path: [...path, key], message: result.error.issues[0]?.message ?? 'invalid value' });
  }
}

/** The profile's Mietenstufe for the Wohngeld estimate; a profile that passed the content check always has one. */
export function profileMietenstufe(profile: ProfileDefinition): Mietenstufe {
  const parsed = mietenstufeSchema.safeParse(String(profile.values.mietenstufe ?? ''));
  if (!parsed.success) throw new Error(`profile ${profile.id}: mietenstufe ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  return parsed.data;
}

/**
 * Profile keys of the legal pages /datenschutz and /barrierefreiheit: the state's law and authorities, and the
 * contact of the data-protection officer. They differ by state (Düren's are North Rhine-Westphalian), so every
 * city's profile must name its own; src/web/widget-config.ts (cityFacts) reads them. The pages fall back to a
 * neutral wording only for small test contents, which buildContent does not check against the catalogue.
 * `accessibility_enforcement_note` (a sentence about the enforcement body) is optional.
 */
export const LEGAL_PAGE_PROFILE_KEYS: ReadonlyArray<{ key: string; page: string; why: string }> = [
  { key: 'data_protection_law', page: '/datenschutz', why: 'the state data-protection law the legal basis refers to' },
  { key: 'data_protection_authority_dative', page: '/datenschutz', why: 'the supervisory authority citizens may complain to (Art. 77 GDPR)' },
  { key: 'data_protection_officer_contact', page: '/datenschutz', why: "how citizens reach the data-protection officer (Art. 13(1)(b) GDPR)" },
  { key: 'accessibility_laws', page: '/barrierefreiheit', why: "the state's accessibility law and ordinance" },
  { key: 'accessibility_enforcement_body_accusative', page: '/barrierefreiheit', why: "the state's enforcement or ombudsman body" },
  { key: 'accessibility_enforcement_law', page: '/barrierefreiheit', why: 'the provisions of the enforcement procedure' },
  { key: 'accessibility_enforcement_website', page: '/barrierefreiheit', why: "the enforcement body's page for requests" },
];

/** One problem per legal-page key the profile lacks, on the profile file. */
export function legalKeyProblems(profile: ProfileDefinition, profilePath: string): ContentProblem[] {
  return LEGAL_PAGE_PROFILE_KEYS.filter(({ key }) => !(key in profile.values)).map(({ key, page, why }) => ({
    file: profilePath,
    path: `values.${key}`,
    reason: `missing: the page ${page} needs it (${why}; docs/ADOPTING.md, step 8)`,
  }));
}

/**
 * Profile keys the code reads without a fallback, by the code name a dialog file uses (validator, step logic or
 * completion). Keys the code reads with a fallback are not listed: city_name (falls back to the profile's
 * name), district (the Kreis sentence is left out), submission_prefix (the profile id), buergerbuero_phone
 * (phone_central), hundesteuer_register_days (14), phone_central (the sentence is left out).
 */
export const CODE_PROFILE_KEYS: ReadonlyArray<{ code: string; keys: readonly string[]; why: string }> = [
  { code: 'city_address', keys: ['postcodes'], why: 'the address check accepts only addresses with these postcodes' },
  { code: 'city_postcode', keys: ['postcodes'], why: 'the postcode check accepts only these postcodes' },
  { code: 'wohnsitz_in_der_stadt', keys: ['postcodes'], why: 'the Wohngeld address check accepts only these postcodes' },
  { code: 'wohngeld_schaetzung', keys: ['mietenstufe'], why: 'the Wohngeld estimate needs the rent level' },
  { code: 'dog_tax_preview', keys: ['hundesteuer_one_dog', 'hundesteuer_several_dogs', 'hundesteuer_dangerous_dog'], why: 'the dog tax is computed from these rates' },
  { code: 'hundesteuer_anmeldung', keys: ['hundesteuer_one_dog', 'hundesteuer_several_dogs', 'hundesteuer_dangerous_dog'], why: 'the dog tax is computed from these rates' },
  { code: 'offer_slots', keys: ['appointments'], why: 'appointment slots are computed from the opening hours' },
  { code: 'buergerbuero_termin', keys: ['appointments'], why: 'appointments are booked in these opening hours' },
];

/** The validators, step logic and completion a parsed dialog file names. */
function codeNames(dialog: unknown): string[] {
  if (!dialog || typeof dialog !== 'object') return [];
  const { steps, completion } = dialog as { steps?: unknown; completion?: unknown };
  const names = typeof completion === 'string' ? [completion] : [];
  for (const step of Array.isArray(steps) ? (steps as Array<Record<string, unknown>>) : []) {
    const validator = (step.validate as { validator?: unknown } | undefined)?.validator;
    if (typeof validator === 'string') names.push(validator);
    if (typeof step.logic === 'string') names.push(step.logic);
  }
  return names;
}

/** Keys (and the `appointments` section) the dialogs' code needs but the profile lacks, reported on the profile file. */
export function codeKeyProblems(profile: ProfileDefinition, profilePath: string, dialogs: ReadonlyArray<{ file: string; raw: unknown }>): ContentProblem[] {
  const missing = new Map<string, { why: string; files: Set<string> }>();
  for (const { file, raw } of dialogs) {
    for (const name of codeNames(raw)) {
      for (const entry of CODE_PROFILE_KEYS.filter((e) => e.code === name)) {
        for (const key of entry.keys) {
          const present = key === 'appointments' ? profile.appointments !== undefined : key in profile.values;
          if (present) continue;
          const seen = missing.get(key) ?? { why: entry.why, files: new Set<string>() };
          seen.files.add(file);
          missing.set(key, seen);
        }
      }
    }
  }
  const problems = [...missing].map(([key, { why, files }]) => ({
    file: profilePath,
    path: key === 'appointments' ? 'appointments' : `values.${key}`,
    reason: `missing: ${[...files].sort().join(', ')} need${files.size === 1 ? 's' : ''} it (${why})`,
  }));
  const location = profile.appointments?.location_key;
  if (location && !(location in profile.values)) {
    problems.push({ file: profilePath, path: 'appointments.location_key', reason: `"${location}" is not a key under values: (where appointments take place)` });
  }
  return problems;
}
