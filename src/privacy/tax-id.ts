/**
 * German tax numbers: the 11-digit Steuer-Identifikationsnummer (checked by its ISO 7064 MOD 11,10 check
 * digit, § 139b AO) and the Steuernummer of the tax office ("133/8150/8159"). An 11-digit number without a
 * valid check digit is only taken when a tax word introduces it.
 */
import type { PiiSpan } from './pii-kinds.js';

/** Check digit and structure of a Steuer-ID: no leading 0, check digit by ISO 7064 MOD 11,10. */
export function isValidSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === Number(digits[10]);
}

const ELEVEN = /(?<![\p{L}\p{N}])\d{2}(?:\s?\d{3}){3}(?![\p{L}\p{N}])/gu;
/** The Länder formats with slashes: 2–3/3/5 digits (most Länder) or 3/4/4 (NRW); "50/123/2024" is a file reference. */
const STEUERNUMMER = /(?<![\p{L}\p{N}/])(?:\d{2,3}\/\d{3}\/\d{5}|\d{3}\/\d{4}\/\d{4})(?![\p{N}/])/gu;
const CUE =
  /(?<![\p{L}])(?:steuer-?\s?(?:id|identifikationsnummer|nummer|nr\.?)|steueridentifikationsnummer|identifikationsnummer|idnr\.?|st\.?-?nr\.?|tax\s?(?:id|number|no\.?)|tin)(?![\p{L}])[\s:.-]{0,4}(?:(?:ist|lautet|is|:)\s{1,2})?(\d[\d /-]{5,18}\d)(?![\p{N}])/giu;

/** Spans of tax numbers in `text`. */
export function findTaxIds(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const m of text.matchAll(ELEVEN)) {
    if (isValidSteuerId(m[0].replace(/\s/g, ''))) out.push({ kind: 'tax_id', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STEUERNUMMER)) out.push({ kind: 'tax_id', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CUE)) {
    const value = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ kind: 'tax_id', start: end - value.length, end });
  }
  return out;
}
