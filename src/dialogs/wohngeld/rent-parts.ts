/**
 * The Bruttokaltmiete from the parts a citizen reads off the tenancy agreement: "600 kalt plus 150
 * Nebenkosten, Heizung 80" is 750 € (heating does not count for Wohngeld, § 9 WoGG), "Warmmiete 900, davon
 * Heizung 100" is 800 €. Taking only the first figure would put the estimate off by the service charges.
 */
import type { Entity } from '../../core/types.js';
import type { DialogText } from '../schema.js';
import { formatEuro } from '../text.js';
import { figures } from './figures.js';

type Part = 'kalt' | 'nebenkosten' | 'heizung' | 'warm' | 'bruttokalt';

// First match wins: "Nebenkosten" before the plain "Miete", "Warmmiete" before "Miete".
const LABELS: ReadonlyArray<readonly [Part, RegExp]> = [
  ['bruttokalt', /brutto-?kalt\p{L}*|ohne heiz\p{L}*|without heating/iu],
  ['heizung', /heiz\p{L}*|warmwasser|heating|hot water/iu],
  ['nebenkosten', /(?:neben|betriebs)kosten\p{L}*|(?<!\p{L})nk(?!\p{L})|service charges?|utilit(?:y|ies)|ancillary costs/iu],
  ['warm', /warm(?:miete)?(?!\p{L})|gesamtmiete|insgesamt|all[- ]in|total|warm rent/iu],
  ['kalt', /(?:netto-?)?kalt(?:miete)?(?!\p{L})|grundmiete|(?<!\p{L})miete|basic rent|base rent|cold rent|(?<!\p{L})rent/iu],
];
function labelOf(text: string): Part | null {
  for (const [part, pattern] of LABELS) if (pattern.test(text)) return part;
  return null;
}

const ownPart = (qualifier: string | null): Part | null => (qualifier === 'warm' || qualifier === 'kalt' || qualifier === 'bruttokalt' ? qualifier : null);

export type RentFromParts = { value: number; note: DialogText } | { reason: DialogText };

// One figure that is only a part of the rent: the rent itself is still missing. (Adding it to an earlier
// answer would need to know what that answer held, which a bare number in the slots does not say.)
const ONLY_PART: Partial<Record<Part, DialogText>> = {
  heizung: {
    de: 'Das sind die Heizkosten. Für Wohngeld zählt die Miete ohne Heizung. Bitte nennen Sie diese Miete, z. B. „die Miete ist 750“, oder beides in einer Nachricht, z. B. „850 warm, davon 100 Heizung“.',
    en: 'That is the heating cost. Wohngeld counts the rent without heating. Please give that rent, e.g. "the rent is 750", or both in one message, e.g. "850 including heating, of which 100 heating".',
    plain: 'Das ist das Geld für die Heizung. Ich brauche die Miete ohne Heizung. Bitte schreiben Sie diese Miete. Zum Beispiel: Die Miete ist 750.',
    plain_en: 'That is the money for heating. I need the rent without heating. Please write that rent. For example: the rent is 750.',
  },
  nebenkosten: {
    de: 'Das sind die Nebenkosten. Für Wohngeld zählen Kaltmiete und Nebenkosten zusammen. Bitte nennen Sie beides in einer Nachricht, z. B. „600 kalt plus 150 Nebenkosten“.',
    en: 'That is the service charges. For Wohngeld, the basic rent and the service charges count together. Please give both in one message, e.g. "600 basic rent plus 150 service charges".',
    plain: 'Das sind die Nebenkosten. Ich brauche die Miete und die Nebenkosten. Bitte schreiben Sie beides. Zum Beispiel: 600 kalt plus 150 Nebenkosten.',
    plain_en: 'That is the service charges. I need the rent and the service charges. Please write both. For example: 600 rent plus 150 service charges.',
  },
};


/**
 * The Bruttokaltmiete when the message names its parts; a reason when its one figure is only a part (the
 * heating, the service charges); else null (the single figure stands).
 */
export function rentFromParts(text: string, entities: readonly Entity[]): RentFromParts | null {
  const all = figures(text, entities, labelOf, ownPart);
  // "600 plus 150 Nebenkosten", "700 im Monat, davon 100 Heizung": the unnamed first figure is the rent the
  // named parts go with.
  const first = all[0];
  if (first && first.label === null && all.slice(1).some((f) => f.label === 'nebenkosten' || f.label === 'heizung')) first.label = 'kalt';
  const found = all.filter((f) => f.label !== null && f.amount > 0);
  const alone = all.length === 1 && all[0]?.label ? ONLY_PART[all[0].label] : undefined;
  if (alone) return { reason: alone };
  const one = (part: Part) => {
    const named = found.filter((f) => f.label === part);
    return named.length === 1 ? named[0]?.amount : undefined;
  };
  if (found.length < 2) return null;
  const kalt = one('kalt');
  const nebenkosten = one('nebenkosten');
  const heizung = one('heizung');
  const warm = one('warm');
  const bruttokalt = one('bruttokalt');
  if (bruttokalt !== undefined) {
    return {
      value: bruttokalt,
      note: {
        de: `Ich nehme die Miete ohne Heizung: ${formatEuro(bruttokalt, 'de')}.`,
        en: `I take the rent without heating: ${formatEuro(bruttokalt, 'en')}.`,
        plain: `Ich nehme die Miete ohne Heizung. Das sind ${formatEuro(bruttokalt, 'de')}.`,
        plain_en: `I take the rent without heating. That is ${formatEuro(bruttokalt, 'en')}.`,
      },
    };
  }
  // Combinations other than these (service charges inside the rent, heating inside the service charges)
  // are left to the single figure and the notes on it: better asked again than added up wrongly.
  if (found.some((f) => f.inside && f.label !== 'heizung')) return null;
  const heatingAt = found.findIndex((f) => f.label === 'heizung');
  const heatingInside = heatingAt > 0 && found[heatingAt]?.inside === true;
  if (nebenkosten === undefined && heizung !== undefined) {
    // "Miete 850 inkl. 100 Heizung", "Warmmiete 900, Heizung 100": the heating comes off the total.
    const before = found[heatingAt - 1];
    const total = heatingInside && (before?.label === 'warm' || before?.label === 'kalt') ? before.amount : kalt === undefined ? warm : undefined;
    return total !== undefined && total > heizung ? withoutHeating(total, heizung) : null;
  }
  if (heatingInside) return null;
  if (kalt !== undefined && nebenkosten !== undefined) {
    const sum = kalt + nebenkosten;
    const heat = heizung === undefined ? null : { de: ` Die Heizkosten (${formatEuro(heizung, 'de')}) zählen für Wohngeld nicht mit.`, en: ` The heating costs (${formatEuro(heizung, 'en')}) do not count for Wohngeld.` };
    return {
      value: sum,
      note: {
        de: `Ich habe die Kaltmiete (${formatEuro(kalt, 'de')}) und die Nebenkosten (${formatEuro(nebenkosten, 'de')}) zusammengezählt: ${formatEuro(sum, 'de')}.${heat?.de ?? ''}`,
        en: `I added up the basic rent (${formatEuro(kalt, 'en')}) and the service charges (${formatEuro(nebenkosten, 'en')}): ${formatEuro(sum, 'en')}.${heat?.en ?? ''}`,
        plain: `Ich habe die Miete und die Nebenkosten zusammengezählt. Das sind ${formatEuro(sum, 'de')}.${heat ? ' Die Heizung zählt nicht mit.' : ''}`,
        plain_en: `I added up the rent and the service charges. That is ${formatEuro(sum, 'en')}.${heat ? ' Heating does not count.' : ''}`,
      },
    };
  }
  return null;
}

function withoutHeating(total: number, heizung: number): RentFromParts {
  const rest = total - heizung;
  return {
    value: rest,
    note: {
      de: `Ich habe die Heizkosten (${formatEuro(heizung, 'de')}) von der Miete mit Heizung (${formatEuro(total, 'de')}) abgezogen: ${formatEuro(rest, 'de')}. Für Wohngeld zählt die Miete ohne Heizung.`,
      en: `I took the heating costs (${formatEuro(heizung, 'en')}) off the rent including heating (${formatEuro(total, 'en')}): ${formatEuro(rest, 'en')}. Wohngeld counts the rent without heating.`,
      plain: `Ich habe die Heizung von der Miete abgezogen. Das sind ${formatEuro(rest, 'de')}.`,
      plain_en: `I took the heating off the rent. That is ${formatEuro(rest, 'en')}.`,
    },
  };
}
