/**
 * Identity-document numbers. The German ID card and passport serial is 9 characters from the alphabet
 * C F G H J K L M N P R T V W X Y Z and 0–9 (no vowels, so no words), sometimes followed by its check digit.
 * Introduced by a document word ("Ausweisnummer", "passport number"), any 6–10 character code with a digit
 * counts.
 */
import type { PiiSpan } from './pii-kinds.js';

const SERIAL = /(?<![\p{L}\p{N}])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?(?![\p{L}\p{N}])/gu;
const CUED =
  /(?<![\p{L}])(?:(?:personal)?ausweis(?:-?nummer|-?nr\.?)?|reisepass(?:-?nummer|-?nr\.?)?|pass-?(?:nummer|nr\.?)|dokumentennummer|seriennummer|(?:id|identity)[\s-]?card(?:\s(?:number|no\.?))?|id\s(?:number|no\.?)|passport(?:\s(?:number|no\.?))?|document\s(?:number|no\.?))(?![\p{L}])[\s:.-]{0,4}(?:(?:ist|lautet|hat\s+die\s+nummer|is|has\s+(?:the\s+)?number|nummer|number|nr\.?|no\.?)[\s:]{1,3}){0,2}([A-Za-z0-9]{6,10})(?![\p{L}\p{N}])/giu;

/** Spans of ID-card and passport numbers in `text`. */
export function findIdNumbers(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const m of text.matchAll(SERIAL)) {
    if ((m[0].match(/\d/g) ?? []).length >= 3) out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CUED)) {
    const value = m[1] ?? '';
    if (!/\d/.test(value)) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'id_number', start: end - value.length, end });
  }
  return out;
}
