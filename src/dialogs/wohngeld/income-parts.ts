/**
 * The household's monthly gross income from what a citizen writes: "mein Mann 1800 und ich 600 Minijob" is
 * 2,400 € (the question asks for everyone together), "18.000 im Jahr" is 1,500 € a month. Kindergeld and
 * Wohngeld itself are not income under the Wohngeldgesetz (§ 14 WoGG lists what counts), so they are left
 * out and the reply says so. Taking the first figure alone would leave out a partner's income.
 */
import type { Entity } from '../../core/types.js';
import type { DialogText } from '../schema.js';
import { formatEuro } from '../text.js';
import type { IncomeKind } from './estimate.js';
import { figures, type Figure } from './figures.js';

type Label = 'income' | 'not_income';

const NOT_INCOME = /kindergeld|kinderzuschlag|wohngeld|child benefit|housing benefit/iu;
// Whose income or what kind: enough to tell a second earner's figure from a stray number.
const INCOME =
  /(?<!\p{L})(?:ich|mein(?:e|em)? (?:mann|frau|partner(?:in)?|sohn|tochter|freund(?:in)?|mutter|vater)|er|sie|wir|beide|lohn|gehalt|rente|minijob|job|teilzeit|unterhalt|arbeitslosengeld|krankengeld|verdien\p{L}*|bekomm\p{L}*|i|me|my (?:husband|wife|partner|son|daughter)|he|she|wage|salary|pension|earn\p{L}*|income)(?!\p{L})/iu;

function labelOf(words: string): Label | null {
  if (NOT_INCOME.test(words)) return 'not_income';
  return INCOME.test(words) ? 'income' : null;
}

const monthly = (f: Figure<Label>) => Math.round((f.perYear ? f.amount / 12 : f.amount) * 100) / 100;

// The kind of one figure, from the words of its clause: the deductions of § 16 WoGG differ by kind.
const EMPLOYMENT = /(?<!\p{L})(?:lohn|gehalt|minijob|job|teilzeit|vollzeit|arbeit\p{L}*|verdien\p{L}*|wages?|salary|earn\p{L}*)(?!\p{L})/iu;
const PENSION = /(?<!\p{L})(?:rente|renten|pension|rentner\p{L}*)(?!\p{L})/iu;
const OTHER = /(?<!\p{L})(?:unterhalt|arbeitslosengeld|krankengeld|elterngeld|maintenance|unemployment benefit)(?!\p{L})/iu;

/** The kind a clause names, or null when it names none ("mein Mann 1800"). */
export function incomeKindOf(words: string): IncomeKind | null {
  if (PENSION.test(words)) return 'pension';
  if (OTHER.test(words)) return 'other';
  return EMPLOYMENT.test(words) ? 'employment' : null;
}

/** One figure of the income as the citizen gave it: the Wohngeldstelle sees the parts, the estimate deducts by kind. */
export interface IncomePart {
  monthly: number;
  kind: IncomeKind | null;
}

export type IncomeReading = { value: number; note?: DialogText; parts?: IncomePart[] } | { netto: true };

/**
 * The monthly income the message gives, with a note saying how it was worked out, or null when it has no
 * more to say than the single figure (the figure stands as given).
 */
export function incomeFromParts(text: string, entities: readonly Entity[]): IncomeReading | null {
  const all = figures(text, entities, labelOf).filter((f) => f.amount > 0 && !['warm', 'kalt', 'bruttokalt'].includes(f.qualifier ?? ''));
  if (all.some((f) => f.qualifier === 'netto')) return { netto: true };
  const left = all.filter((f) => f.label === 'not_income');
  const named = all.filter((f) => f.label === 'income');
  const unnamed = all.filter((f) => f.label === null);
  // "1800 brutto und 250 Kindergeld": the one figure without a word is the income.
  const counted = all.length === 1 || (named.length === 0 && unnamed.length === 1) ? unnamed.concat(named) : named;
  if (counted.length === 0) return null;
  if (counted.length === 1 && left.length === 0 && !counted[0]?.perYear) return null;
  const value = Math.round(counted.reduce((sum, f) => sum + monthly(f), 0) * 100) / 100;
  const de: string[] = [];
  const en: string[] = [];
  if (counted.length > 1) {
    de.push(`Ich habe die Einkommen zusammengezählt: ${counted.map((f) => formatEuro(monthly(f), 'de')).join(' + ')} = ${formatEuro(value, 'de')} im Monat.`);
    en.push(`I added up the incomes: ${counted.map((f) => formatEuro(monthly(f), 'en')).join(' + ')} = ${formatEuro(value, 'en')} a month.`);
  }
  if (counted.some((f) => f.perYear)) {
    de.push('Ein Jahresbetrag zählt geteilt durch 12.');
    en.push('A yearly amount counts divided by 12.');
  }
  if (left.length > 0) {
    de.push('Kindergeld und Wohngeld zählen für Wohngeld nicht als Einkommen.');
    en.push('Child benefit and Wohngeld do not count as income for Wohngeld.');
  }
  return {
    value,
    ...(counted.length > 1 ? { parts: counted.map((f) => ({ monthly: monthly(f), kind: incomeKindOf(f.words) })) } : {}),
    note: {
      de: de.join(' '),
      en: en.join(' '),
      plain: `Ich rechne mit ${formatEuro(value, 'de')} im Monat.${left.length > 0 ? ' Kindergeld zählt nicht mit.' : ''}`,
      plain_en: `I count ${formatEuro(value, 'en')} a month.${left.length > 0 ? ' Child benefit does not count.' : ''}`,
    },
  };
}
