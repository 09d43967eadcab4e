/**
 * PII redaction for everything that is stored: transcripts, the staff inbox, analytics. Personal data in
 * free text is replaced by typed placeholders ("[TELEFON]"); ordinary questions with amounts, postcodes,
 * appointment dates and household sizes stay readable. Detection reuses the entity detectors (one IBAN
 * checksum, one phone pattern) and adds tax numbers, ID documents, insurance numbers, dates of birth, health
 * statements and names.
 *
 * Properties: idempotent (placeholders contain nothing any detector matches), linear (every detector is a
 * bounded regex pass; overlaps are resolved with one occupancy array), Web-standard only.
 */
import type { Locale } from '../core/types.js';
import { detectAllAddresses } from '../nlu/entities/address.js';
import { detectEmails, detectPhones } from '../nlu/entities/contact.js';
import { findIbans } from '../nlu/entities/iban.js';
import { findBirthDates } from './birth-date.js';
import { findHealth } from './health.js';
import { findIdNumbers } from './id-document.js';
import { findInsuranceNumbers } from './insurance-number.js';
import { findNames } from './names.js';
import { PII_PLACEHOLDERS, PII_PRIORITY, type PiiKind, type PiiSpan } from './pii-kinds.js';
import { findTaxIds } from './tax-id.js';

export type { PiiKind } from './pii-kinds.js';
export { PII_LABELS, PII_PLACEHOLDERS } from './pii-kinds.js';

export interface RedactOptions {
  /** Reserved for locale-specific rules; both languages are always checked because citizens mix them. */
  locale?: Locale;
  /** Today, for "a date that long ago is a birth date" (birth-date.ts); default the system clock, as in the NLU. */
  now?: Date;
}

export interface RedactResult {
  text: string;
  /** Kinds found, each once, in order of first appearance. */
  found: PiiKind[];
}

const RANK = new Map(PII_PRIORITY.map((kind, i) => [kind, i]));

/** All PII spans of `text`, overlapping ones resolved by priority, then length, sorted by position. */
export function findPii(text: string, now: Date = new Date()): PiiSpan[] {
  const spans: PiiSpan[] = [
    ...detectEmails(text).map((c) => ({ kind: 'email' as const, start: c.start, end: c.end })),
    // Invalid IBANs are redacted too: a mistyped account number is still the citizen's account number.
    ...findIbans(text).map((m) => ({ kind: 'iban' as const, start: m.start, end: m.end })),
    ...findTaxIds(text),
    ...findIdNumbers(text),
    ...findInsuranceNumbers(text),
    ...detectPhones(text).map((c) => ({ kind: 'phone' as const, start: c.start, end: c.end })),
    ...findBirthDates(text, now),
    // Also in lower case and spoken ("kölner straße zwölf"): dictation arrives in lower case.
    ...detectAllAddresses(text).map((c) => ({ kind: 'address' as const, start: c.start, end: c.end })),
    // Art. 9 data: a diagnosis or disability said about a person; the same word as a topic stays.
    ...findHealth(text),
    ...findNames(text),
  ];
  spans.sort((a, b) => (RANK.get(a.kind) ?? 99) - (RANK.get(b.kind) ?? 99) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: PiiSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start || taken.subarray(s.start, s.end).some((v) => v === 1)) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces personal data in `text` with typed placeholders such as "[E-MAIL]" and "[NAME]". */
export function redactPii(text: string, options: RedactOptions = {}): RedactResult {
  const spans = findPii(text, options.now);
  let out = '';
  let at = 0;
  const found: PiiKind[] = [];
  for (const s of spans) {
    out += text.slice(at, s.start) + PII_PLACEHOLDERS[s.kind];
    at = s.end;
    if (!found.includes(s.kind)) found.push(s.kind);
  }
  return { text: out + text.slice(at), found };
}
