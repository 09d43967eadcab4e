/**
 * Which kind of amount a figure is: rent with or without heating, income before or after deductions. Citizens
 * put the word after the amount ("850 warm", "1.400 € netto", "850 € inkl. Heizung") or before it
 * ("Warmmiete 850", "ich verdiene netto 1400", "meine Warmmiete beträgt 850 €"). The Wohngeld questions need
 * it: a warm rent or a net income taken as asked would put the estimate off by a hundred euros or more.
 */
import type { MoneyQualifier } from './types.js';

const HEAT = 'heiz\\p{L}*|heating';
const PAY = 'lohn|gehalt|einkommen|rente|verdienst|betrag|income|pay|salary|wage';
// Checked in this order, so that "bruttokalt" is not read as "brutto" and "nettokalt" not as "netto".
const PHRASES: ReadonlyArray<readonly [MoneyQualifier, string]> = [
  ['bruttokalt', `brutto-?kalt\\p{L}*|ohne (?:${HEAT})|(?:without|excluding|excl\\.?) heating|(?:inkl\\.?|inklusive|mit) nebenkosten`],
  ['kalt', `(?:netto-?)?kalt(?:miete)?|grundmiete|nettomiete|ohne nebenkosten|cold(?: rent)?|(?:without|excluding) (?:service|utility) charges`],
  ['warm', `warm(?:miete)?|gesamtmiete|(?:inkl\\.?|inklusive|mit) (?:${HEAT})|(?:incl\\.?|including|with) heating|warm rent|all[- ]in(?:clusive)?`],
  ['netto', `netto(?:-?(?:${PAY}))?|net(?: (?:${PAY}))?|take[- ]home(?: pay)?|after (?:tax(?:es)?|deductions)|ausgezahlt|auf die hand`],
  ['brutto', `brutto(?:-?(?:${PAY}))?|gross(?: (?:${PAY}))?|before (?:tax(?:es)?|deductions)|vor (?:steuern|abzügen|abzuegen)`],
];
// An amount for the year ("18.000 im Jahr", "Jahreseinkommen 18.000"): the Wohngeld question asks per month.
const YEAR = 'im jahr|pro jahr|j(?:ä|ae)hrlich|jahres(?:einkommen|brutto|netto|gehalt|lohn|verdienst|rente)|(?:a|per|each) year|per annum|p\\.a\\.|annually|yearly|annual(?: (?:income|salary|pay))?|/ ?jahr';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const YEAR_AFTER = new RegExp(`^\\s*(?:${YEAR})${EDGE_AFTER}`, 'iu');
const YEAR_ANYWHERE = [['year', new RegExp(`${EDGE_BEFORE}(?:${YEAR})${EDGE_AFTER}`, 'giu')] as const];
// "ich bekomme 1400 raus": only right after the figure, elsewhere "raus" is any other word.
const RIGHT_AFTER = PHRASES.map(([q, source]) => [q, new RegExp(`^\\s+(?:${source}${q === 'netto' ? '|raus' : ''})${EDGE_AFTER}`, 'iu')] as const);
const ANYWHERE = PHRASES.map(([q, source]) => [q, new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, 'giu')] as const);
// A clause ends at punctuation and at words that start a new figure ("600 kalt und 150 Nebenkosten").
const CLAUSE_BREAK = /[,;.!?+()]|(?<![\p{L}])(?:und|plus|sowie|davon|and|of which)(?![\p{L}])/giu;
const MAX_WORDS_BETWEEN = 3;

/** The qualifier directly after an amount ("850 Euro warm"), with the length of text it takes. */
export function qualifierAfter(text: string, end: number): { qualifier: MoneyQualifier; length: number } | null {
  const rest = text.slice(end, end + 40);
  for (const [qualifier, pattern] of RIGHT_AFTER) {
    const m = pattern.exec(rest);
    if (m) return { qualifier, length: m[0].length };
  }
  return null;
}

/** Where the last match of one of `patterns` in the clause before `start` ends, if at most three words away. */
function tagBefore<T>(patterns: ReadonlyArray<readonly [T, RegExp]>, text: string, from: number, start: number): T | null {
  const window = text.slice(from, start);
  const breaks = [...window.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  const clause = last ? window.slice(last.index + last[0].length) : window;
  let best: { tag: T; end: number } | null = null;
  for (const [tag, pattern] of patterns) {
    for (const m of clause.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { tag, end };
    }
  }
  if (!best) return null;
  const between = clause.slice(best.end).match(/\p{L}+/gu) ?? [];
  return between.length <= MAX_WORDS_BETWEEN ? best.tag : null;
}

/**
 * The qualifier before an amount in the same clause, at most three words away ("Warmmiete 850", "netto
 * verdiene ich 1400"). `from` is where the text that may belong to this amount starts (after the previous one).
 */
export function qualifierBefore(text: string, from: number, start: number): MoneyQualifier | null {
  return tagBefore(ANYWHERE, text, from, start);
}

/** "im Jahr" / "jährlich" right after an amount, with the length it takes. */
export function yearAfter(text: string, end: number): number | null {
  return YEAR_AFTER.exec(text.slice(end, end + 30))?.[0].length ?? null;
}

/** "Jahreseinkommen 18.000", "jährlich 18.000": the amount is for a year. */
export function yearBefore(text: string, from: number, start: number): boolean {
  return tagBefore(YEAR_ANYWHERE, text, from, start) !== null;
}
