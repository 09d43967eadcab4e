/**
 * From what a citizen said to a slot value: entities first (src/nlu/entities), then the raw text for the
 * step being asked; then the declared rules and the named validator. Values are plain JSON.
 */
import type { Entity, JsonValue, Locale } from '../core/types.js';
import type { StepContext, Validator, ValidatorResult } from './registry.js';
import type { DialogText, EnumOption, StepDefinition, ValueType } from './schema.js';
import { isValidDate } from '../nlu/entities/calendar.js';
import { findExplicitDates } from '../nlu/entities/dates.js';
import { isNameStep } from './introduced-name.js';
import { fold, formatDate, formatEuro, formatNumber, hasPhrase } from './text.js';

const DEFAULT_ENTITIES: Record<ValueType, readonly string[]> = {
  text: [],
  integer: ['number'],
  number: ['number'],
  money: ['money', 'number'],
  date: ['date'],
  email: ['email'],
  phone: ['phone'],
  address: ['address'],
  postcode: ['postcode'],
  iban: ['iban', 'iban_invalid'],
  yes_no: [],
  enum: [],
};

export function acceptedEntities(step: StepDefinition): readonly string[] {
  return step.entities ?? DEFAULT_ENTITIES[step.type];
}

export const YES_WORDS = ['ja', 'jawohl', 'jo', 'jep', 'yes', 'yep', 'yeah', 'ok', 'okay', 'genau', 'richtig', 'stimmt', 'korrekt', 'einverstanden', 'stimme zu', 'gerne', 'gern', 'klar', 'passt', 'absenden', 'abschicken', 'bestaetigen', 'confirm', 'sure', 'correct', 'agree', 'i agree'];
export const NO_WORDS = ['nein', 'no', 'nee', 'ne', 'noe', 'nicht', 'falsch', 'nope', 'lieber nicht', 'not'];

/** Not knowing is no answer: "weiß nicht" holds "nicht", but it must not count as "nein". */
export const UNSURE_WORDS = ['weiss nicht', 'weiss ich nicht', 'weis nicht', 'keine ahnung', 'nicht sicher', 'bin unsicher', 'unsicher', 'vielleicht', 'kann ich nicht sagen', 'dont know', "don't know", 'do not know', 'not sure', 'no idea', 'maybe', 'no clue'];

export function yesNo(text: string): boolean | null {
  if (hasPhrase(text, UNSURE_WORDS)) return null;
  if (hasPhrase(text, NO_WORDS)) return false;
  if (hasPhrase(text, YES_WORDS)) return true;
  return null;
}

export type Parsed = { value: JsonValue; entity?: Entity } | { error: DialogText } | null;

const INVALID_IBAN: DialogText = {
  de: 'Die IBAN scheint nicht zu stimmen. Bitte prüfen Sie sie noch einmal.',
  en: 'That IBAN does not seem to be right. Please check it again.',
  plain: 'Die IBAN stimmt wohl nicht. Bitte prüfen Sie die IBAN.',
};

/** The value an entity gives a step, or null when the entity does not fit it. */
export function valueFromEntity(step: StepDefinition, entity: Entity): Parsed {
  if (!acceptedEntities(step).includes(entity.type)) return null;
  const v = entity.value;
  switch (entity.type) {
    case 'money':
      return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.amount === 'number' ? { value: v.amount, entity } : null;
    case 'iban_invalid':
      return { error: INVALID_IBAN };
    case 'date_range':
      // A date step that accepts a range ("seit März 2023", "seit einem Jahr" is a date already) takes its first day.
      if (step.type === 'date') return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.from === 'string' ? { value: v.from, entity } : null;
      return { value: v, entity };
    default:
      return { value: v, entity };
  }
}

export function matchOption(step: StepDefinition, text: string, exactOnly = false): EnumOption | null {
  const options = step.options ?? [];
  const folded = fold(text);
  const exact = options.find((o) => fold(o.value) === folded || fold(o.label.de) === folded || fold(o.label.en) === folded);
  if (exact || exactOnly) return exact ?? null;
  const hits = options.filter((o) => hasPhrase(text, [o.value.replace(/_/g, ' '), ...o.synonyms], true));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

const NOTHING =
  /^(?:(?:ich|wir|i|we) (?:habe|hab|haben|bekomme|bekommen|verdiene|verdienen|have|get|earn) )?(?:(?:zur zeit|zurzeit|momentan|gerade|derzeit|im moment|currently|at the moment) )?(?:gar |ueberhaupt |leider )?(?:kein(?:e|en)? (?:einkommen|geld|lohn|gehalt|rente)|nichts|nix|no income|no money|nothing|none)(?: (?:zur zeit|momentan|gerade|derzeit|im moment|at the moment|currently|at all))?$/;
const ONE = /^(nur |just |only )?(ein|eine|einen|einer|eins|one|a single|a|an)( (?!lot$|few$|couple$|paar$|bisschen$)[a-z]+)?$/;

/** A bare number typed as the whole answer ("650", "1.200,50", "3"): German grouping and decimals. */
function bareNumber(text: string, locale: Locale): number | null {
  const t = text.replace(/\s*(€|euro|eur)\s*$/i, '').trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) && locale === 'de') return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

// Voice transcripts keep the hesitations: "ähm also zwei matratzen äh und ein sofa" went to the office so.
const FILLER = /(?<!\p{L})(?:äh+m?|öh+m?|hm+|uh+m?|erm)(?!\p{L})[,.]?/giu;
const LEADING = /^(?:(?:ja|also|naja|okay|ok)[\s,.]+)+(?=\p{L})/iu;

/** Free text without hesitation words, and without "ja also" in front. */
export function withoutFillers(text: string): string {
  return text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim().replace(LEADING, '').trim();
}

/** The value the raw text gives the step being asked, when no entity did. */
export function valueFromText(step: StepDefinition, text: string, locale: Locale): Parsed {
  const trimmed = text.trim();
  if (!trimmed) return null;
  switch (step.type) {
    case 'text': {
      const said = withoutFillers(trimmed);
      return said ? { value: said } : null;
    }
    case 'yes_no': {
      const answer = yesNo(trimmed);
      return answer === null ? null : { value: answer };
    }
    case 'enum': {
      // "Wo ist das Bürgerbüro?" is a question, not the option "Vor Ort im Bürgerbüro".
      const option = matchOption(step, trimmed, trimmed.endsWith('?'));
      return option ? { value: option.value } : null;
    }
    case 'date': {
      // A date that does not exist ("30.2.1980") was read as no date, and the step said "mit Jahr" although the
      // year was there: say what is wrong with it.
      // Also without a year ("seit 31.2."; 2000 is a leap year, so a day it lacks exists in no year).
      const impossible = findExplicitDates(trimmed).find((d) => (d.year === null ? !isValidDate(2000, d.month, d.day) : d.year.length === 4 && !isValidDate(Number(d.year), d.month, d.day)));
      if (!impossible) return null;
      const given = impossible.year === null ? `${impossible.day}.${impossible.month}.` : `${String(impossible.day).padStart(2, '0')}.${String(impossible.month).padStart(2, '0')}.${impossible.year}`;
      return {
        error: {
          de: `Den ${given} gibt es nicht. Bitte prüfen Sie Tag und Monat.`,
          en: `There is no ${given}. Please check the day and month.`,
          plain: `Den ${given} gibt es nicht. Bitte prüfen Sie das Datum.`,
        },
      };
    }
    case 'integer':
    case 'number':
    case 'money': {
      const n = bareNumber(trimmed, locale);
      if (n !== null) return { value: n };
      // "ich habe kein Einkommen", "nichts", "no income": zero, where the step declares that zero may be the answer.
      if (step.type === 'money' && step.validate.min !== undefined && step.validate.min <= 0 && NOTHING.test(fold(trimmed))) return { value: 0 };
      // "einen", "nur einen Hund", "one": the article is no number entity, but as a whole answer it counts one.
      return step.type === 'integer' && ONE.test(fold(trimmed)) ? { value: 1 } : null;
    }
    default:
      return null;
  }
}

const RULE_TEXT = {
  number: { de: 'Bitte nennen Sie eine Zahl.', en: 'Please give a number.', plain: 'Bitte schreiben Sie eine Zahl.' },
  integer: { de: 'Bitte nennen Sie eine ganze Zahl.', en: 'Please give a whole number.', plain: 'Bitte schreiben Sie eine ganze Zahl.' },
  min: { de: 'Der Wert muss mindestens {min} sein.', en: 'The value must be at least {min}.', plain: 'Die Zahl muss {min} oder größer sein.' },
  max: { de: 'Der Wert darf höchstens {max} sein.', en: 'The value must be at most {max}.', plain: 'Die Zahl darf höchstens {max} sein.' },
  min_length: { de: 'Bitte geben Sie mindestens {min_length} Zeichen ein.', en: 'Please enter at least {min_length} characters.', plain: 'Das ist zu kurz. Bitte schreiben Sie mehr.' },
  max_length: { de: 'Bitte geben Sie höchstens {max_length} Zeichen ein.', en: 'Please enter at most {max_length} characters.', plain: 'Das ist zu lang. Bitte schreiben Sie weniger.' },
  pattern: { de: 'Diese Angabe hat nicht die erwartete Form.', en: 'This answer does not have the expected form.', plain: 'Das passt so nicht.' },
  equals: { de: 'Ohne Ihre Zustimmung kann ich hier nicht weitermachen.', en: 'I cannot continue without your consent.', plain: 'Ohne Ihr Ja geht es nicht weiter.' },
} satisfies Record<string, DialogText>;

const ONLY_NAME: DialogText = {
  de: 'Bitte nennen Sie hier nur Ihren Vor- und Nachnamen, zum Beispiel „Maria Schmidt“.',
  en: 'Please give only your first name and surname here, for example "Maria Schmidt".',
  plain: 'Bitte schreiben Sie hier nur Ihren Vornamen und Nachnamen.',
};

export interface RuleFailure {
  ok: false;
  reason: DialogText;
  vars?: Record<string, string | number>;
}

/** Declared rules first, then the named validator. */
export function checkValue(step: StepDefinition, value: JsonValue, context: StepContext & { entity?: Entity }, validators: ReadonlyMap<string, Validator>): ValidatorResult | RuleFailure | Promise<ValidatorResult> {
  const rules = step.validate;
  if (step.type === 'integer' || step.type === 'number' || step.type === 'money') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, reason: RULE_TEXT.number };
    if (step.type === 'integer' && !Number.isInteger(value)) return { ok: false, reason: RULE_TEXT.integer };
    if (rules.min !== undefined && value < rules.min) return { ok: false, reason: RULE_TEXT.min, vars: { min: rules.min } };
    if (rules.max !== undefined && value > rules.max) return { ok: false, reason: RULE_TEXT.max, vars: { max: rules.max } };
  }
  if (typeof value === 'string') {
    // Letters and digits count, not padding: "a" + 998 spaces + "b" passed min_length 3 as a name and as items (tester-n 9).
    if (rules.min_length !== undefined && value.replace(/[^\p{L}\p{N}]/gu, '').length < rules.min_length) return { ok: false, reason: RULE_TEXT.min_length, vars: { min_length: rules.min_length } };
    // A long message at the name question is no long name but more than a name ("höchstens 100 Zeichen" confused).
    if (rules.max_length !== undefined && value.length > rules.max_length) return isNameStep(step) ? { ok: false, reason: ONLY_NAME } : { ok: false, reason: RULE_TEXT.max_length, vars: { max_length: rules.max_length } };
    if (rules.pattern !== undefined && !new RegExp(`^(?:${rules.pattern})$`, 'u').test(value)) return { ok: false, reason: step.error ?? RULE_TEXT.pattern };
  }
  // The step's own words say what to do instead ("Sagen Sie „zurück“, wenn Sie lieber selbst überweisen").
  if (step.type === 'yes_no' && rules.equals !== undefined && value !== rules.equals) return { ok: false, reason: step.error ?? step.help ?? RULE_TEXT.equals };
  if (rules.validator) {
    const validator = validators.get(rules.validator);
    if (!validator) throw new Error(`validator "${rules.validator}" is not registered`);
    return validator(value, context);
  }
  return { ok: true, value };
}

/** How a value reads in echoes and the summary. */
export function displayValue(step: StepDefinition, value: JsonValue, locale: Locale): string {
  if (value === null) return locale === 'en' ? 'not given' : 'keine Angabe';
  switch (step.type) {
    case 'money':
      return typeof value === 'number' ? formatEuro(value, locale) : String(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : String(value);
    case 'yes_no':
      return value === true ? (locale === 'en' ? 'yes' : 'ja') : locale === 'en' ? 'no' : 'nein';
    case 'enum': {
      const option = step.options?.find((o) => o.value === value);
      return option ? option.label[locale] : String(value);
    }
    case 'address': {
      if (typeof value === 'object' && !Array.isArray(value)) {
        const a = value as Record<string, JsonValue>;
        const place = [a.postcode, a.city].filter((p) => typeof p === 'string' && p).join(' ');
        return `${String(a.street ?? '')} ${String(a.number ?? '')}${place ? `, ${place}` : ''}`.trim();
      }
      return String(value);
    }
    default:
      if (typeof value === 'string') return value;
      if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
      // A value object may carry its own display text (an appointment slot: { start, label }).
      if (typeof value === 'object' && typeof value.label === 'string') return value.label;
      // Or one per language (the survey's chosen services).
      if (typeof value === 'object' && value.label && typeof value.label === 'object' && !Array.isArray(value.label)) return String(value.label[locale] ?? '');
      if (typeof value === 'object' && typeof value.from === 'string' && typeof value.to === 'string') {
        return value.from === value.to ? formatDate(value.from, locale) : `${formatDate(value.from, locale)} – ${formatDate(value.to, locale)}`;
      }
      return JSON.stringify(value);
  }
}
