/** Clock times, time constraints ("nach 14 Uhr"), time ranges and dayparts (rules in types.ts). */
import { candidate, type Candidate } from './candidate.js';
import { WEEKDAY_NAME } from './date-words.js';
import { parseEnglishNumberWords, parseGermanNumberWord } from './number-words.js';
import { pad2, UNIT_WORDS, wordRegex } from './patterns.js';
import type { TimeRelation } from './types.js';

const H = '(\\d{1,2}|[\\p{L}]{3,15})';
/** "am" is also the German "am Dienstag", "am 3.12.", "am Nachmittag": then it is no a.m. */
const AMPM_WORD = `a\\.m\\.|p\\.m\\.|pm|am(?!\\s{1,3}(?:${WEEKDAY_NAME}|\\d|morgen|vormittag|nachmittag|abend|mittag|wochenende|ende|anfang|[\\p{L}]*ten(?![\\p{L}])))`;
const AMPM = `(?:\\s?(${AMPM_WORD}))?`;

interface Core {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** Written like "07:30": a 24-hour reading, no afternoon shift. */
  literal: boolean;
  ampm: string | undefined;
}

type Reader = (m: RegExpMatchArray) => { hour: number | null; minute: number; literal?: boolean; ampm?: string } | null;

function hourOf(token: string | undefined): number | null {
  if (token === undefined) return null;
  const t = token.toLowerCase();
  const n = /^\d+$/.test(t) ? Number(t) : t === 'ein' ? 1 : (parseGermanNumberWord(t) ?? parseEnglishNumberWords([t]));
  return n !== null && n >= 0 && n <= 24 ? n : null;
}

const before = (h: number | null) => (h === null ? null : h === 0 ? 23 : h - 1);

const CORE_PATTERNS: [RegExp, Reader][] = [
  [wordRegex(`(\\d{1,2}):(\\d{2})(?:\\s?(?:uhr|h))?${AMPM}`), (m) => ({ hour: hourOf(m[1]), minute: Number(m[2]), literal: m[1]?.startsWith('0') && m[1].length === 2, ...(m[3] ? { ampm: m[3] } : {}) })],
  [wordRegex(`(\\d{1,2})\\.(\\d{2})\\s?(?:uhr|h)`), (m) => ({ hour: hourOf(m[1]), minute: Number(m[2]), literal: m[1]?.startsWith('0') && m[1].length === 2 })],
  [wordRegex(`${H}\\s?uhr(?:\\s(\\d{1,2})(?!\\s*(?:${UNIT_WORDS})(?![\\p{L}])))?`), (m) => ({ hour: hourOf(m[1]), minute: Number(m[2] ?? 0) })],
  [wordRegex(`${H}\\s?o'?clock${AMPM}`), (m) => ({ hour: hourOf(m[1]), minute: 0, ...(m[2] ? { ampm: m[2] } : {}) })],
  [wordRegex(`(\\d{1,2})\\s?(${AMPM_WORD})`), (m) => ({ hour: hourOf(m[1]), minute: 0, ...(m[2] ? { ampm: m[2] } : {}) })],
  [wordRegex(`halb\\s${H}`), (m) => ({ hour: before(hourOf(m[1])), minute: 30 })],
  [wordRegex(`viertel\\snach\\s${H}`), (m) => ({ hour: hourOf(m[1]), minute: 15 })],
  [wordRegex(`(?:viertel\\svor|drei\\s?viertel)\\s${H}`), (m) => ({ hour: before(hourOf(m[1])), minute: 45 })],
  [wordRegex(`half\\spast\\s${H}${AMPM}`), (m) => ({ hour: hourOf(m[1]), minute: 30, ...(m[2] ? { ampm: m[2] } : {}) })],
  [wordRegex(`(?:a\\s)?quarter\\spast\\s${H}${AMPM}`), (m) => ({ hour: hourOf(m[1]), minute: 15, ...(m[2] ? { ampm: m[2] } : {}) })],
  [wordRegex(`(?:a\\s)?quarter\\sto\\s${H}${AMPM}`), (m) => ({ hour: before(hourOf(m[1])), minute: 45, ...(m[2] ? { ampm: m[2] } : {}) })],
];

const CUE = 'um|ab|vor|nach|bis|gegen|ca\\.|circa|etwa|ungefähr|at|after|before|from|until|till|by|around|about';
const CUED_BARE = wordRegex(`(${CUE})\\s(\\d{1,2}|[\\p{L}]{3,15})(?!\\s?(?:[.,:]\\d|${UNIT_WORDS})(?![\\p{L}]))`);
/** A capitalised word after "ab 2" is a German noun ("ab 2 Kinder…"), so the number is no clock time. */
const NOUN_AFTER = /^\s(?!I\b|Uhr\b)\p{Lu}/u;
const NOON = wordRegex(`(${CUE})\\s(?:mittag|noon|midday)`);
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(${CUE})\\s{1,2}$`, 'iu');
const MORNING_NEAR = /^(?:\s{1,2}(?:uhr\s)?(?:morgens|früh|vormittags|in the morning|am morgen|am vormittag)(?![\p{L}]))/iu;
// Whole words only: "Heiligabends um 3" holds "abends" (tester-o B1).
const MORNING_BEFORE = /(?<![\p{L}])(?:morgens|früh|vormittags|(?:am|heute|jeden) morgen|am vormittag)\s{1,2}(?:um\s)?$/iu;
const EVENING_NEAR = /^(?:\s{1,2}(?:uhr\s)?(?:abends|nachmittags|in the (?:afternoon|evening)|am abend|am nachmittag)(?![\p{L}]))/iu;
const EVENING_BEFORE = /(?<![\p{L}])(?:abends|nachmittags|am abend|am nachmittag)\s{1,2}(?:um\s)?$/iu;

const RELATIONS: Record<string, TimeRelation | 'at'> = {
  um: 'at', at: 'at', ab: 'after', nach: 'after', after: 'after', from: 'after',
  vor: 'before', bis: 'before', before: 'before', until: 'before', till: 'before', by: 'before',
  gegen: 'around', 'ca.': 'around', circa: 'around', etwa: 'around', ungefähr: 'around', around: 'around', about: 'around',
};

/** Applies am/pm, nearby daypart words and the 1–6 o'clock afternoon rule; null for impossible times. */
function clock(text: string, c: Core): string | null {
  let hour = c.hour;
  if (hour > 24 || c.minute > 59) return null;
  const after = text.slice(c.end, c.end + 24);
  const prior = text.slice(Math.max(0, c.start - 24), c.start);
  const ampm = c.ampm?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour >= 1 && hour <= 11) hour += 12;
  else if (ampm === 'am' && hour === 12) hour = 0;
  else if (ampm === undefined && !c.literal && hour >= 1 && hour <= 11) {
    const morning = MORNING_NEAR.test(after) || MORNING_BEFORE.test(prior);
    const evening = EVENING_NEAR.test(after) || EVENING_BEFORE.test(prior);
    if (evening || (!morning && hour <= 6)) hour += 12;
  }
  return `${pad2(hour % 24)}:${pad2(c.minute)}`;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  const taken = (s: number, e: number) => cores.some((c) => s < c.end && e > c.start);
  for (const [re, read] of CORE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const r = read(m);
      const end = m.index + m[0].length;
      if (!r || r.hour === null || taken(m.index, end)) continue;
      cores.push({ start: m.index, end, hour: r.hour, minute: r.minute, literal: r.literal ?? false, ampm: r.ampm });
    }
  }
  for (const m of text.matchAll(CUED_BARE)) {
    const s = m.index + (m[1]?.length ?? 0) + 1;
    const hour = hourOf(m[2]);
    if (NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (hour !== null && !taken(m.index, m.index + m[0].length)) cores.push({ start: s, end: m.index + m[0].length, hour, minute: 0, literal: false, ampm: undefined });
  }
  for (const m of text.matchAll(NOON)) {
    const s = m.index + (m[1]?.length ?? 0) + 1;
    if (!taken(s, m.index + m[0].length)) cores.push({ start: s, end: m.index + m[0].length, hour: 12, minute: 0, literal: true, ampm: undefined });
  }
  return cores;
}

const RANGE = wordRegex(
  (`(?:(?:zwischen|between)\\s(§T)(?:\\s?uhr)?\\s(?:und|and)|(?:von|from)\\s(§T)(?:\\s?uhr)?\\s(?:bis|to|until|till))\\s(§T)(?:\\s?(uhr|${AMPM_WORD}))?` +
    `(?!\\s?(?:${UNIT_WORDS})(?![\\p{L}]))|(\\d{1,2}(?::\\d{2})?)\\s?[-–]\\s?(\\d{1,2}(?::\\d{2})?)\\s?(uhr|${AMPM_WORD})`).replace(/§T/g, '\\d{1,2}(?::\\d{2})?|[\\p{L}]{3,15}'),
);

function rangeEnd(text: string, token: string | undefined, start: number, end: number, ampm: string | undefined): string | null {
  if (token === undefined) return null;
  const [h, mm] = token.split(':');
  const hour = hourOf(h);
  if (hour === null) return null;
  const suffix = ampm !== undefined && /^(a|p)/i.test(ampm) ? ampm : undefined;
  return clock(text, { start, end, hour, minute: Number(mm ?? 0), literal: h?.length === 2 && h.startsWith('0'), ampm: suffix });
}

/** Times, time constraints and time ranges. */
export function detectTimes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RANGE)) {
    const fromToken = m[1] ?? m[2] ?? m[5];
    const toToken = m[3] ?? m[6];
    const suffix = m[4] ?? m[7];
    const end = m.index + m[0].length;
    const from = rangeEnd(text, fromToken, m.index, end, suffix);
    const to = rangeEnd(text, toToken, m.index, end, suffix);
    if (from && to) out.push(candidate('time_range', { from, to }, m.index, end));
  }
  for (const c of findCores(text)) {
    const time = clock(text, c);
    if (!time) continue;
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    const relation = cue?.[1] ? RELATIONS[cue[1].toLowerCase()] : undefined;
    const start = cue ? c.start - cue[0].length : c.start;
    if (relation === undefined || relation === 'at') out.push(candidate('time', time, start, c.end));
    else out.push(candidate('time_constraint', { time, relation }, start, c.end));
  }
  return out;
}

// Spellings by ear next to the right ones: "formittag", "vormitag", "nachmitag", "abent" (no other word).
const VORMITTAG = '[vf]orm(?:i|ie)t{1,2}a(?:g|ch)';
const NACHMITTAG = 'na(?:ch)?mit{1,2}a(?:g|ch)';
const ABEND = 'aben[dt]';
/** A day before an English daypart: "Wednesday afternoon", "tomorrow morning", "this evening". */
const EN_DAY = `(?:${WEEKDAY_NAME}|today|tomorrow|this)\\s`;
const DAYPARTS: [RegExp, 'morning' | 'afternoon' | 'evening'][] = [
  [wordRegex(`${VORMITTAG}s|morgens|(?:am|heute|gestern|jeden|${WEEKDAY_NAME})\\s(?:${VORMITTAG}|morgen)|${VORMITTAG}|in\\sthe\\smorning|mornings|${EN_DAY}morning|(?<=(?:heute|morgen|übermorgen|${WEEKDAY_NAME})\\s)früh`), 'morning'],
  [wordRegex(`${NACHMITTAG}s|(?:(?:am|heute|morgen|jeden|${WEEKDAY_NAME})\\s)?${NACHMITTAG}|in\\sthe\\safternoon|afternoons|${EN_DAY}afternoon|(?<!good\\s)afternoon`), 'afternoon'],
  [wordRegex(`${ABEND}s|(?:am|heute|morgen|jeden|${WEEKDAY_NAME})\\s${ABEND}|(?<!guten\\s)(?<![\\p{L}])abend(?=\\s*$)|in\\sthe\\sevening|evenings|${EN_DAY}evening|(?<!good\\s)evening|tonight`), 'evening'],
];

// Every weekday, not only those ending in "-tag": "Mittwoch nachmittag" lost its daypart to the date.
const DATE_WORD = new RegExp(`^(?:heute|gestern|morgen|jeden|today|tomorrow|${WEEKDAY_NAME})\\s`, 'iu');

/** Dayparts. The date word in "heute Morgen"/"Dienstag Abend" is left to the date detector. */
export function detectDayparts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, part] of DAYPARTS) {
    for (const m of text.matchAll(re)) {
      const dateWord = DATE_WORD.exec(m[0]);
      const skip = dateWord && !/^jeden\s/i.test(m[0]) ? dateWord[0].length : 0;
      out.push(candidate('daypart', part, m.index + skip, m.index + m[0].length));
    }
  }
  return out;
}
