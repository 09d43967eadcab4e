/**
 * IBANs (ISO 13616): the one implementation of the mod-97 check in the project; the PII redaction uses it too.
 */
import { candidate, type Candidate } from './candidate.js';

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

/** ISO 13616 mod-97 check of a compact upper-case IBAN. */
export function isValidIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (IBAN_LENGTH[compact.slice(0, 2)] !== compact.length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

// Each repetition takes exactly one character (after an optional separator), so the match is linear.
const IBAN_SHAPE = /(?<![\p{L}\p{N}])([A-Za-z]{2})\s?(\d{2})((?:[ -]?[A-Za-z0-9]){8,32})/gu;

/** An IBAN-shaped span: the compact form, where it ends in the text, and whether the checksum holds. */
export interface IbanMatch {
  compact: string;
  start: number;
  end: number;
  valid: boolean;
  /** Set for a clearly meant but wrong IBAN. */
  problem?: 'length' | 'checksum';
}

/** Ends of the first `count` alphanumeric characters after `from`, as an offset in `text`. */
function offsetAfter(text: string, from: number, count: number): number {
  let seen = 0;
  let i = from;
  while (i < text.length && seen < count) {
    if (/[A-Za-z0-9]/.test(text[i] ?? '')) seen++;
    i++;
  }
  return i;
}

/** All IBAN-shaped spans, valid or with a length or checksum problem. */
export function findIbans(text: string): IbanMatch[] {
  const out: IbanMatch[] = [];
  for (const m of text.matchAll(IBAN_SHAPE)) {
    const country = (m[1] ?? '').toUpperCase();
    const expected = IBAN_LENGTH[country];
    if (expected === undefined) continue;
    const bodyStart = m.index + m[0].length - (m[3] ?? '').length;
    const body = (m[3] ?? '').replace(/[ -]/g, '').toUpperCase();
    const head = country + (m[2] ?? '');
    const full = (head + body).slice(0, expected);
    if (full.length === expected && isValidIban(full)) {
      out.push({ compact: full, start: m.index, end: offsetAfter(text, bodyStart, expected - 4), valid: true });
      continue;
    }
    // Invalid: only what is plainly the typed number counts (stop at the first space-separated word without digits).
    const own = (m[3] ?? '').split(/(?=\s)/).reduce<{ text: string; stop: boolean }>(
      (acc, part) => (acc.stop || (/^\s/.test(part) && !/\d/.test(part)) ? { text: acc.text, stop: true } : { text: acc.text + part, stop: false }),
      { text: '', stop: false },
    ).text;
    const compact = head + own.replace(/[ -]/g, '').toUpperCase();
    const bban = compact.slice(4);
    const digitShare = bban.replace(/\D/g, '').length / Math.max(1, bban.length);
    if (Math.abs(compact.length - expected) > 2 || digitShare < 0.5) continue;
    out.push({
      compact,
      start: m.index,
      end: bodyStart + own.length,
      valid: false,
      problem: compact.length === expected ? 'checksum' : 'length',
    });
  }
  return out;
}

export function detectIbans(text: string): Candidate[] {
  return findIbans(text).map((m) =>
    m.valid
      ? candidate('iban', m.compact, m.start, m.end)
      : candidate('iban_invalid', { iban: m.compact, reason: m.problem ?? 'checksum' }, m.start, m.end),
  );
}
