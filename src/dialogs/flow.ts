/** Which step comes next, which steps are visible, and which slot a value in a message belongs to. */
import type { Entity, JsonValue } from '../core/types.js';
import { addressSpans } from '../nlu/entities/address.js';
import type { Slots } from './registry.js';
import type { DialogDefinition, EnumOption, StepCondition, StepDefinition } from './schema.js';
import { acceptedEntities, matchOption, valueFromEntity, type Parsed } from './slot-values.js';
import type { RunState } from './state.js';
import { fold } from './text.js';

export function conditionHolds(condition: StepCondition | undefined, slots: Slots): boolean {
  if (!condition) return true;
  const value = slots[condition.slot];
  if (value === undefined || value === null) return false;
  if (condition.equals !== undefined && value !== condition.equals) return false;
  if (condition.in && !condition.in.some((v) => v === value)) return false;
  if (condition.min !== undefined && !(typeof value === 'number' && value >= condition.min)) return false;
  if (condition.max !== undefined && !(typeof value === 'number' && value <= condition.max)) return false;
  return true;
}

export function visibleSteps(dialog: DialogDefinition, slots: Slots): StepDefinition[] {
  return dialog.steps.filter((step) => conditionHolds(step.when, slots));
}

export function isAnswered(run: RunState, slot: string): boolean {
  return (run.slots[slot] !== undefined && run.slots[slot] !== null) || run.skipped.includes(slot);
}

/** The first visible step without an answer, or null when the summary is due. */
export function nextStep(dialog: DialogDefinition, run: RunState): StepDefinition | null {
  return visibleSteps(dialog, run.slots).find((step) => !isAnswered(run, step.slot)) ?? null;
}

export function stepById(dialog: DialogDefinition, slot: string | null): StepDefinition | undefined {
  return slot ? dialog.steps.find((step) => step.slot === slot) : undefined;
}

/** Only the slots of visible steps: an answer to a step that a later correction hid is not submitted. */
export function visibleSlots(dialog: DialogDefinition, slots: Slots): Slots {
  const out: Slots = {};
  for (const step of visibleSteps(dialog, slots)) {
    const value = slots[step.slot];
    if (value !== undefined) out[step.slot] = value;
  }
  for (const [key, value] of Object.entries(slots)) if (!dialog.steps.some((s) => s.slot === key)) out[key] = value as JsonValue;
  return out;
}

export interface Assignment {
  step: StepDefinition;
  parsed: Exclude<Parsed, null>;
  /** The slot already had a value: this is a correction. */
  correction: boolean;
  /** Where in the message the value stands: the rest may still answer a text step. */
  span?: [number, number];
}

const NUMERIC_STEP: ReadonlySet<string> = new Set(['integer', 'number', 'money']);

const CORRECTION_CUE = /^(nein|ne|nee|no|falsch|doch|sorry|korrektur|ich meinte|i meant|actually|wrong)\b/i;

export function hasCorrectionCue(text: string): boolean {
  return CORRECTION_CUE.test(fold(text)) || /\bdoch\b/i.test(text);
}

/**
 * The keyword of `step` that occurs in `window`, longest first ("bruttokaltmiete" beats "brutto"). A keyword
 * may start a longer word ("heiz" in "Heizkosten"), except a short one ("wo" is not in "wohne") and except
 * a word that is a keyword of its own (`whole`): "Rente" is the income's word, not the rent's "rent".
 */
function keywordHit(step: StepDefinition, window: string, whole: ReadonlySet<string> = new Set()): number {
  const words = ` ${fold(window)} `;
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hit = (k: string) => {
    if (k.length < 4) return new RegExp(` ${escape(k)}(?![\\p{L}\\p{N}])`, 'u').test(words);
    for (const m of words.matchAll(new RegExp(` ${escape(k)}([\\p{L}\\p{N}]*)`, 'gu'))) {
      if (!m[1] || !whole.has(`${k}${m[1]}`)) return true;
    }
    return false;
  };
  return Math.max(0, ...step.keywords.map((k) => fold(k)).filter((k) => k && hit(k)).map((k) => k.length));
}

const dialogWords = new WeakMap<DialogDefinition, ReadonlySet<string>>();

/** Every keyword of the dialog, folded: words that belong to a step as a whole. */
function keywordsOf(dialog: DialogDefinition): ReadonlySet<string> {
  let words = dialogWords.get(dialog);
  if (!words) {
    words = new Set(dialog.steps.flatMap((step) => step.keywords.map((k) => fold(k))));
    dialogWords.set(dialog, words);
  }
  return words;
}

/** Words around a changed choice: "nein, doch lieber den Reisepass" is the option "Reisepass". */
const CHANGE_CUE = /\b(lieber|stattdessen|eher|instead|rather)\b/;
const FILLER = new Set(
  'nein ne nee no doch lieber eher stattdessen instead rather sorry falsch korrektur ich meinte i meant actually bitte please also ein eine einen einem einer der die das den dem a an the fuer for um es geht'.split(' '),
);

function exactOption(step: StepDefinition, words: string): EnumOption | undefined {
  return step.options?.find((o) => [o.value.replace(/_/g, ' '), o.label.de, o.label.en, ...o.synonyms].some((name) => fold(name) === words));
}

/**
 * A changed choice at a later step: with a correction cue ("nein", "doch", "lieber"), the rest of the
 * message names exactly one option of exactly one earlier, answered choice step, other than its value now.
 * Only the whole rest counts ("nein, Reisepass", not "nein, das Loch ist tief"), so free text stays text.
 */
export function optionCorrection(dialog: DialogDefinition, run: RunState, current: StepDefinition | undefined, text: string): Assignment | null {
  const folded = fold(text);
  if (!hasCorrectionCue(text) && !CHANGE_CUE.test(folded)) return null;
  const rest = folded.split(' ').filter((w) => w && !FILLER.has(w)).join(' ');
  if (!rest) return null;
  const hits = visibleSteps(dialog, run.slots)
    .filter((step) => step.type === 'enum' && step !== current && isAnswered(run, step.slot))
    .flatMap((step) => {
      const option = exactOption(step, rest);
      return option && option.value !== run.slots[step.slot] ? [{ step, option }] : [];
    });
  const hit = hits.length === 1 ? hits[0] : undefined;
  return hit ? { step: hit.step, parsed: { value: hit.option.value }, correction: true } : null;
}

/**
 * Distributes the entities of one message over the dialog's steps. An entity goes to (1) the step whose
 * keyword stands next to it ("Miete 700", "650 Euro warm"), (2) with "nein"/"doch", the step answered
 * last, (3) the step being asked, (4) the one open step whose strongest entity type it is, (5) with
 * "nein"/"doch", the one answered step that takes the value.
 */
/** A step after a consent step not given yet: it takes no value from a message (schema.ts, `consent`). */
export function behindConsent(dialog: DialogDefinition, run: RunState, step: StepDefinition): boolean {
  const index = dialog.steps.indexOf(step);
  return dialog.steps.some((gate, at) => gate.consent && at < index && run.slots[gate.slot] !== true);
}

/** The values of one message that are distributed over the steps (the first ones). */
const MAX_ENTITIES = 40;

export function assignEntities(dialog: DialogDefinition, run: RunState, current: StepDefinition | undefined, text: string, entities: readonly Entity[]): Assignment[] {
  const eligible = dialog.steps.filter((step) => acceptedEntities(step).length > 0 && (!step.when || conditionHolds(step.when, run.slots)) && !behindConsent(dialog, run, step));
  const cue = hasCorrectionCue(text);
  const taken = new Set<string>();
  const out: Assignment[] = [];
  // No answer holds more than a few dozen values; "1 1 1 …" (500 numbers) cost about 0.2 s a message (tester-n 5).
  const sorted = [...entities].sort((a, b) => a.start - b.start).slice(0, MAX_ENTITIES);
  // A house number or postcode is part of the address, even one too broken to read ("kölner Strase 12"):
  // it never counts dogs or euros.
  const spans = entities.some((e) => e.type !== 'address') ? addressSpans(text) : [];
  const inAddress = (e: Entity) => e.type !== 'address' && spans.some(([start, end]) => e.start >= start && e.end <= end);
  sorted.forEach((entity, index) => {
    const candidates = eligible.filter((step) => acceptedEntities(step).includes(entity.type) && !taken.has(step.slot) && !(NUMERIC_STEP.has(step.type) && inAddress(entity)));
    if (candidates.length === 0) return;
    // Words before the value (since the previous value) and inside it ("650 Euro warm") attribute it; the
    // word right after only when no punctuation separates them ("700 Miete", not "700, Einkommen ...").
    const before = `${text.slice(sorted[index - 1]?.end ?? 0, entity.start)} ${entity.text}`;
    const after = /^[ \t]+(\p{L}+)/u.exec(text.slice(entity.end, sorted[index + 1]?.start ?? text.length))?.[1] ?? '';
    const whole = keywordsOf(dialog);
    const score = (window: string) => candidates.map((step) => ({ step, score: keywordHit(step, window, whole) })).filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
    const hits = score(before);
    const scored = hits.length > 0 ? hits : score(after);
    // "Kaltmiete 600 € plus 150 € Nebenkosten": words that name a step this message already filled make the
    // figure part of that answer (its validator may add it up), never the next open amount (the income).
    const filledHere = eligible.filter((step) => taken.has(step.slot));
    // Two words after the figure here: "80 service charges" names the rent only with both.
    const afterTwo = /^[ \t]+(\p{L}+(?:[ \t]+\p{L}+)?)/u.exec(text.slice(entity.end, sorted[index + 1]?.start ?? text.length))?.[1] ?? '';
    if (scored.length === 0 && filledHere.some((step) => keywordHit(step, before, whole) > 0 || keywordHit(step, afterTwo, whole) > 0)) return;
    const lastFilled = cue ? candidates.filter((step) => run.lastFilled.includes(step.slot)).at(-1) : undefined;
    // A message that is nothing but the value ("morgen" while the items are asked) goes to the one open step
    // that takes it at all, not only as its first kind: it was stored as the items to collect.
    const alone = text.trim().length > 0 && entity.start <= text.search(/\S/) && entity.end >= text.trimEnd().length;
    // A bare number names nothing: a house number given apart ("Kölnstraße", then "12") was stored as the number
    // of dogs, a step not asked yet (retest 19 2.2). Only a word of the step ("2 Hunde") sends it there.
    const bare = entity.type === 'number';
    // An e-mail address or a phone number is nothing else: any open step that takes it ("Telefon oder E-Mail")
    // gets it, not only one that names it first ("Max Müller, 0176 …" kept the number in the name, smoke19 B1).
    const unmistakable = entity.type === 'email' || entity.type === 'phone';
    const open = bare ? [] : candidates.filter((step) => step !== current && !isAnswered(run, step.slot) && (acceptedEntities(step)[0] === entity.type || unmistakable || (alone && current?.type === 'text')));
    // "nein, seit 20.11." several questions later: the one answered step that takes such a value.
    const answered = cue ? candidates.filter((step) => step !== current && isAnswered(run, step.slot)) : [];
    const target =
      scored[0]?.step ??
      lastFilled ??
      (current && candidates.includes(current) ? current : undefined) ??
      (open.length === 1 ? open[0] : undefined) ??
      (answered.length === 1 ? answered[0] : undefined);
    if (!target) return;
    // "unsere Tochter Lea, geboren am 4.5.2015", "Telefon meiner Mutter …": another person's date or number
    // is no answer about the citizen; only the step being asked (the household members) may take it.
    // So is a date followed by whose it is: "Omar Rahman 1.1.1985 husband", "Lea 4.5.2015 Tochter".
    const whose = fold(text.slice(entity.end, sorted[index + 1]?.start ?? text.length)).split(' ').slice(0, 3).join(' ');
    // Also at the question being asked, unless it takes free text about others (the household members).
    const others = OTHER_PERSON.test(fold(text.slice(sorted[index - 1]?.end ?? 0, entity.start))) || RELATION_AFTER.test(whose);
    if (target.personal && others && (target !== current || target.type !== 'text')) return;
    // "ich bin am 03.04.1980 geboren" is a birth date: only a step about one (its keywords say so) takes it, not
    // the day a dog came ("Im Haushalt seit: 03.04.1980").
    if (entity.type === 'date' && BIRTH.test(`${fold(text.slice(sorted[index - 1]?.end ?? 0, entity.start))} ${whose}`) && !target.keywords.some((k) => BIRTH.test(fold(k)))) return;
    // "Meine Steuer-ID ist 12 345 678 901": a number inside a longer group of digits is part of an identifier or a
    // phone number, not a count ("Anzahl Hunde: 12", and a tax of 1,152 €).
    if (entity.type === 'number' && (/\d[ \t]$/.test(text.slice(0, entity.start)) || /^[ \t]\d/.test(text.slice(entity.end)))) return;
    const parsed = valueFromEntity(target, entity);
    if (!parsed) return;
    taken.add(target.slot);
    out.push({ step: target, parsed, correction: run.slots[target.slot] !== undefined && run.slots[target.slot] !== null, span: [entity.start, entity.end] });
  });
  return out;
}

const BIRTH = /(?<![a-z])(?:geboren|geb|born|birth|birthday|geburtstag|geburtsdatum|jahrgang|dob)(?![a-z])/;

// "Frau Müller" may be the citizen: wife and husband count only after "mein", "unser", "my" and the like.
const RELATION = 'mann|ehemann|frau|ehefrau|partner|partnerin|freund|freundin|oma|opa|schwester|bruder|husband|wife|sister|brother|mum|mom|dad';
const OTHER_PERSON = new RegExp(
  `(?<![a-z])(?:(?:mein|meine|meiner|meinem|meinen|unser|unsere|unserer|unserem|unseren|sein|seine|ihr|ihre|my|our|his|her) (?:${RELATION})|tochter|toechter|sohn|soehne|kind|kinder|kindes|mutter|vater|mitbewohner\\w*|daughter|son|child|children|kids?|mother|father|flatmate)(?![a-z])`,
);

const RELATION_AFTER = new RegExp(`(?<![a-z])(?:${RELATION}|tochter|sohn|kind|mutter|vater|daughter|son|child|mother|father)(?![a-z])`);

/** Where a keyword of `step` starts in the text as a whole word, or -1. */
function keywordAt(step: StepDefinition, text: string): number {
  const lower = text.toLowerCase();
  for (const keyword of [...step.keywords].sort((a, b) => b.length - a.length)) {
    const match = new RegExp(`(^|[^\\p{L}])${keyword.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(lower);
    if (match) return match.index + (match[1]?.length ?? 0);
  }
  return -1;
}

/**
 * A choice not asked yet, named in passing with one of its keywords ("Wohngeld, am liebsten per Chat"):
 * the sentence from the keyword on must name exactly one of its options.
 */
export function choicesNamed(dialog: DialogDefinition, run: RunState, current: StepDefinition | undefined, text: string): Assignment[] {
  const out: Assignment[] = [];
  for (const step of visibleSteps(dialog, run.slots)) {
    if (step.type !== 'enum' || step === current || isAnswered(run, step.slot) || step.keywords.length === 0 || behindConsent(dialog, run, step)) continue;
    const at = keywordAt(step, text);
    if (at < 0) continue;
    const clause = text.slice(at).split(/[.;!?]/)[0] ?? '';
    const option = matchOption(step, clause);
    if (option) out.push({ step, parsed: { value: option.value }, correction: false, span: [at, at + clause.length] });
  }
  return out;
}

/** The message without the values other steps took ("Erika Mustermann, 0176 …" -> "Erika Mustermann"). */
export function textOutside(text: string, assignments: readonly Assignment[]): string {
  let rest = text;
  const spans = assignments.flatMap((a) => (a.span ? [a.span] : [])).sort((a, b) => b[0] - a[0]);
  for (const [start, end] of spans) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  const cleaned = rest
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.–-]*((und|and)\s+)?|(\s+(und|and))?[\s,;:.–-]*$/giu, '')
    .trim();
  // What is left of "nein, Markt 1, 52351 Düren" is the correction cue, not an answer; so is the name of the step
  // the value went to ("nein, Ort: Kaiserplatz 2": it was also tried as the description and refused).
  const named = new Set(assignments.flatMap((a) => [...a.step.keywords, a.step.label.de, a.step.label.en].flatMap((k) => fold(k).split(' '))));
  return fold(cleaned)
    .split(' ')
    .every((word) => !word || FILLER.has(word) || named.has(word))
    ? ''
    : cleaned;
}
