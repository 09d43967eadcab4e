/**
 * Social-insurance numbers. The health-insurance number on the eGK (Krankenversichertennummer, § 290 SGB V)
 * is one capital letter and nine digits ("A123456789"); the pension-insurance number (§ 147 SGB VI) is two
 * digits, the birth date as six digits, the birth-name initial and three digits ("65 170839 J 003"). Both
 * shapes are rare enough in a citizen's question to be taken without a cue; introduced by an insurance word
 * ("Versichertennummer", "KV-Nr.", "insurance number"), any 8–14 character code with digits counts, in any case.
 */
import type { PiiSpan } from './pii-kinds.js';

// Also written in groups, as on the card: "X 123 456 789".
const HEALTH_CARD = /(?<![\p{L}\p{N}])[A-Z]\s?(?:\d{9}|\d{3}\s\d{3}\s\d{3})(?![\p{L}\p{N}])/gu;
const PENSION = /(?<![\p{L}\p{N}])\d{2}\s?\d{6}\s?[A-Za-z]\s?\d{3}(?![\p{L}\p{N}])/gu;
const CUED =
  /(?<![\p{L}])(?:(?:kranken)?versicherten-?(?:nummer|nr\.?)|(?:kranken|renten|sozial)?versicherungs-?(?:nummer|nr\.?)|(?:kv|rv|sv)-?(?:nummer|nr\.?)|kvnr\.?|(?:health\s+)?insurance\s+(?:number|no\.?))(?![\p{L}])[\s:.-]{0,4}(?:(?:ist|lautet|is)[\s:]{1,3})?((?=[A-Za-z]{0,2}\d)[A-Za-z0-9]+(?:\s(?:\d[A-Za-z0-9]*|[A-Za-z](?=\s\d)))*)(?![\p{L}\p{N}])/giu;

/** Spans of health- and pension-insurance numbers in `text`. */
export function findInsuranceNumbers(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const pattern of [HEALTH_CARD, PENSION]) {
    for (const m of text.matchAll(pattern)) out.push({ kind: 'insurance_number', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CUED)) {
    const value = m[1] ?? '';
    if (value.replace(/\s/g, '').length < 8) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'insurance_number', start: end - value.length, end });
  }
  return out;
}
