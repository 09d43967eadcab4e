/**
 * Spoken self-corrections: "1800 ähm nein 2200", "am 3.12., ich meine am 4.12.", "drei Hunde, sorry, zwei".
 * When only a correction word (and hesitations) stands between two values of one kind, the citizen took the
 * first back: it is no entity, and the dialog takes the last. A bare figure that corrects an amount or a
 * household size is read as one ("850 Euro warm, nein 900" is 900 Euro warm).
 */
import type { Candidate } from './candidate.js';
import { HESITATION } from './numbers.js';

const CUE = '(?:nein|nee|ne|no|nope|sorry|quatsch|falsch|korrektur|ich\\s+meine|ich\\s+meinte|besser\\s+gesagt|oder\\s+besser|oder\\s+vielmehr|vielmehr|i\\s+mean|i\\s+meant|rather)';
const PAUSE = `(?:[\\s,.;:!–-]|${HESITATION}(?![\\p{L}]))*`;
/** Only cue words, hesitations and punctuation, with at least one cue word. */
const BETWEEN = new RegExp(`^${PAUSE}(?:${CUE}(?![\\p{L}])${PAUSE})+$`, 'iu');

const FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'household_size']);

function sameKind(a: Candidate, b: Candidate): boolean {
  return a.type === b.type || (FIGURES.has(a.type) && FIGURES.has(b.type));
}

/** The figure `later` as the kind of `earlier` it corrects (a bare number after an amount is an amount). */
function asCorrection(earlier: Candidate, later: Candidate): Candidate {
  if (later.type !== 'number' || typeof later.value !== 'number') return later;
  if (earlier.type === 'money') return { ...earlier, value: { ...earlier.value, amount: later.value }, start: later.start, end: later.end };
  if (earlier.type === 'household_size' && Number.isInteger(later.value)) return { ...earlier, value: later.value, start: later.start, end: later.end };
  return later;
}

/** `kept` (sorted, non-overlapping) without the values that a self-correction took back. */
export function dropCorrected(text: string, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    const previous = out.at(-1);
    const between = previous ? text.slice(previous.end, c.start) : '';
    if (previous && sameKind(previous, c) && BETWEEN.test(between)) {
      out[out.length - 1] = asCorrection(previous, c);
      continue;
    }
    out.push(c);
  }
  return out;
}
