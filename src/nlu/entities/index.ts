/**
 * Entity extraction: every detector runs over the original text, then overlaps are resolved by the priority
 * in types.ts. Web-standard only (runs on Node and Workers); the clock is injected.
 */
import type { Entity } from '../../core/types.js';
import { detectAddresses } from './address.js';
import type { Candidate } from './candidate.js';
import { toEntity } from './candidate.js';
import { detectEmails, detectPhones, detectPostcodes } from './contact.js';
import { dropCorrected } from './corrections.js';
import { detectDateRanges, detectDates } from './dates.js';
import { detectHouseholdSizes } from './household.js';
import { digitsForm } from './spoken-numbers.js';
import { detectIbans } from './iban.js';
import { detectLicencePlates } from './licence-plate.js';
import { detectMoney, detectNumbers } from './numbers.js';
import { detectDayparts, detectTimes } from './times.js';
import { ENTITY_PRIORITY, type ExtractOptions, type TypedEntity } from './types.js';

export type { ExtractOptions, TypedEntity } from './types.js';
export { isEntityOfType } from './types.js';

const RANK = new Map(ENTITY_PRIORITY.map((type, i) => [type, i]));

/** Keeps the strongest candidates that do not overlap: priority, then length, then position. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates]
    .filter((c) => c.end > c.start)
    .sort((a, b) => (RANK.get(a.type) ?? 99) - (RANK.get(b.type) ?? 99) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const taken = new Set<number>();
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** All entities of `text`, non-overlapping, sorted by position. Value shapes: see types.ts. */
export function extractEntities(text: string, options: ExtractOptions): TypedEntity[] {
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  const candidates: Candidate[] = [
    ...detectEmails(text),
    ...detectIbans(text),
    ...detectAddresses(text),
    ...detectLicencePlates(text),
    ...detectPhones(text),
    ...detectDateRanges(text, options.now, timeZone),
    ...detectDates(text, options.now, timeZone),
    ...detectTimes(text),
    ...detectMoney(text, options.locale),
    ...detectHouseholdSizes(text),
    ...detectPostcodes(text),
    ...detectDayparts(text),
    ...detectNumbers(text, options.locale),
  ];
  // "schenkelstraße vierzehn", "fünf zwei drei vier neun": addresses and postcodes spoken as words, read
  // on the text with digits and mapped back (a reading of the digits as written wins where both exist).
  const spoken = digitsForm(text);
  if (spoken) {
    for (const c of [...detectAddresses(spoken.text), ...detectPostcodes(spoken.text)]) {
      const [start, end] = spoken.original(c.start, c.end);
      candidates.push({ ...c, start, end });
    }
  }
  return dropCorrected(text, resolveOverlaps(candidates)).map((c) => toEntity(text, c));
}

/** Compile-time proof that the typed result is a core `Entity[]`, as the NLU port expects. */
export const extractCoreEntities: (text: string, options: ExtractOptions) => Entity[] = extractEntities;
