/**
 * The dog tax's account holder and mandate when the owner's name or the holder changes. A holder given as "ich",
 * "auf mich" or "mein eigenes" is the applicant: it was stored as a copy of the owner's name at that moment, so
 * correcting a typo in the owner's name ("Eva Bruan" → "Eva Braun") made the applicant's own account look like a
 * stranger's, and the mandate was refused and dropped (retest18b M3). Now such a holder follows a correction of the
 * owner's name and the mandate stays; a different person as the owner still ends the mandate (only the holder gives
 * it). Handled here, not with `resets`: the generic "frage ich … noch einmal" came before a refusal.
 */
import type { DialogText } from '../../schema.js';
import type { StepContext, ValidatorResult } from '../../registry.js';
import { fold } from '../../text.js';
import { sameHolder } from './holder-names.js';

/** The slot that says the holder is the applicant ("ich"), whose name is the owner's current name. */
export const HOLDER_IS_APPLICANT = 'konto_selbst';

/** Edits (insert, delete, change, swap of two neighbours) from one string to the other: "Bruan" and "Braun" are one. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The same person's name, corrected: a typo (two edits at most), a middle name added, "Braun, Eva". */
export function correctedName(before: string, after: string): boolean {
  return sameHolder(before, after) || editDistance(fold(before), fold(after)) <= 2;
}

function followsNote(name: string, mandate: boolean): DialogText {
  return {
    de: `Das Konto läuft auf Sie: Als Kontoinhaberin oder Kontoinhaber steht jetzt „${name}“.${mandate ? ' Ihr SEPA-Lastschriftmandat bleibt erteilt.' : ''}`,
    en: `The account is yours: the account holder is now "${name}".${mandate ? ' Your SEPA direct debit mandate stays given.' : ''}`,
    plain: `Das Konto gehört Ihnen. Als Konto-Inhaber steht jetzt: ${name}.${mandate ? ' Die Stadt darf weiter abbuchen.' : ''}`,
  };
}

/**
 * After the owner's name was accepted: a holder who is the applicant (or was typed as the owner's very name)
 * follows a corrected name, and the mandate stays. Otherwise the holder keeps its name; the mandate stays while
 * the account is still the owner's own and is cleared when not, so the mandate step says why it is not taken.
 */
export function ownerChanged(result: ValidatorResult, context: StepContext): ValidatorResult {
  const before = context.slots.name;
  const holder = context.slots.kontoinhaber;
  if (!result.ok || typeof result.value !== 'string' || typeof before !== 'string' || typeof holder !== 'string' || before === result.value) return result;
  const owner = result.value;
  const mandate = context.slots.mandat === true;
  const follows = context.slots[HOLDER_IS_APPLICANT] === true || holder === before;
  if (follows && correctedName(before, owner)) {
    return { ...result, extra: { ...result.extra, kontoinhaber: owner }, note: followsNote(owner, mandate) };
  }
  // A different person: "ich" meant the applicant under the name given then, which stays the holder's name.
  const extra = { ...result.extra, [HOLDER_IS_APPLICANT]: false, ...(sameHolder(holder, owner) ? {} : { mandat: null }) };
  return { ...result, extra };
}

const ASKED_AGAIN: DialogText = {
  de: 'Weil sich die Kontoinhaberin oder der Kontoinhaber geändert hat, frage ich das SEPA-Lastschriftmandat noch einmal.',
  en: 'Because the account holder has changed, I am asking for the SEPA direct debit mandate again.',
  plain: 'Der Konto-Inhaber hat sich geändert. Darum frage ich noch einmal, ob die Stadt abbuchen darf.',
};

/**
 * After the account holder was accepted: a new holder needs the mandate again. Only an owner's own account is
 * asked (then it says so); for someone else's, the mandate step says why it is not taken here.
 */
export function holderChanged(result: ValidatorResult, context: StepContext, applicant: boolean): ValidatorResult {
  if (!result.ok) return result;
  const extra = { ...result.extra, [HOLDER_IS_APPLICANT]: applicant };
  const before = context.slots.kontoinhaber;
  if (typeof before !== 'string' || before === result.value || context.slots.mandat !== true) return { ...result, extra };
  const owner = context.slots.name;
  const own = typeof owner === 'string' && typeof result.value === 'string' && sameHolder(result.value, owner);
  const note = own ? (result.note ? joined(result.note, ASKED_AGAIN) : ASKED_AGAIN) : result.note;
  return { ...result, extra: { ...extra, mandat: null }, ...(note ? { note } : {}) };
}

function joined(a: DialogText, b: DialogText): DialogText {
  return { de: `${a.de} ${b.de}`, en: `${a.en} ${b.en}`, plain: `${a.plain ?? a.de} ${b.plain ?? b.de}` };
}
