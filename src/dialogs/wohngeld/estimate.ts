/**
 * Wohngeld estimate per § 19 WoGG, values from 1 Jan 2025 (2. WoGFV), exactly as in docs/facts.md:
 *   W = 1.15 * (M - (a + b*M + c*Y) * Y)
 * M: rent counted (capped, raised to the floor, plus heating component); Y: monthly income counted (§§ 14–17
 * WoGG, raised to the floor). Only an estimate: the Wohngeldstelle decides.
 */

import { MIETENSTUFEN, type Mietenstufe } from '../../content/profile-values.js';

// One list for the estimate, the HTTP route and the profile check (src/content/profile-values.ts).
export { MIETENSTUFEN, type Mietenstufe };

/** n: a, b, c (Anlage 2 WoGG); 7+ members use the 6-member row (the annex for 7+ is not in the facts file). */
const COEFFICIENTS: ReadonlyArray<readonly [number, number, number]> = [
  [0.04, 4.797e-4, 4.08e-5],
  [0.03, 3.571e-4, 3.04e-5],
  [0.02, 2.917e-4, 2.45e-5],
  [0.01, 2.163e-4, 1.76e-5],
  [0, 1.907e-4, 1.72e-5],
  [-0.01, 1.722e-4, 1.66e-5],
];

/** Höchstbeträge (Anlage 1 WoGG) for 1..5 members and for each further member, by Mietenstufe I..VII. */
const MAX_RENT: ReadonlyArray<readonly number[]> = [
  [361, 408, 456, 511, 562, 615, 677],
  [437, 493, 551, 619, 680, 745, 820],
  [521, 587, 657, 737, 809, 887, 975],
  [608, 686, 766, 858, 946, 1035, 1139],
  [694, 782, 875, 982, 1080, 1183, 1302],
];
const MAX_RENT_FURTHER = [82, 94, 106, 119, 129, 149, 163];

const HEATING = [110.4, 142.6, 170.2, 197.8, 225.4];
const CLIMATE = [19.2, 24.8, 29.6, 34.4, 39.2];
const FLOOR_RENT = [54, 67, 79, 92, 103, 103];
const FLOOR_INCOME = [396, 679, 906, 1132, 1358, 1585];

export const WERBUNGSKOSTEN_PAUSCHALE = 1230;
export const PER_MEMBER_ABOVE_12 = 65;
export const MINIMUM_AMOUNT = 10;

export type IncomeKind = 'employment' | 'pension' | 'other';

export interface IncomeInput {
  /** Monthly gross income of one person from one source, in euros. */
  gross: number;
  kind?: IncomeKind;
  /** Pays income tax / statutory health and care insurance / pension insurance: 10 % each (§ 16 WoGG). */
  taxes?: boolean;
  health?: boolean;
  pension?: boolean;
}

export interface EstimateInput {
  members: number;
  /** Monthly Bruttokaltmiete (rent including service charges, without heating). */
  rent: number;
  mietenstufe: Mietenstufe;
  /** Monthly income already counted (Y before the floor); or `incomes`. */
  countedIncome?: number;
  incomes?: IncomeInput[];
  /** § 17 WoGG allowances for the household, euros per YEAR (e.g. 1,320 per child of a single parent). */
  allowances?: number;
}

export interface EstimateStep {
  id: string;
  de: string;
  en: string;
  value: number;
}

export interface Estimate {
  /** Monthly Wohngeld in whole euros; 0 when below 10 € (no Wohngeld). */
  amount: number;
  rentCounted: number;
  incomeCounted: number;
  steps: EstimateStep[];
  /** Limits of the estimate (e.g. households above 5 members). */
  notes: Array<{ de: string; en: string }>;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const eur = (x: number) => round2(x).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// The coefficients keep all their digits (0.0004797); only the decimal mark follows the language.
const decimalDe = (x: number) => String(x).replace('.', ',');
const eurEn = (x: number) => round2(x).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Half-up to whole euros; the 10-decimal step keeps 144.4999999999 from binary noise away from .5. */
export function roundHalfUp(value: number): number {
  return Math.floor(Number(value.toFixed(10)) + 0.5);
}

const DEFAULT_DEDUCTIONS: Record<IncomeKind, { taxes: boolean; health: boolean; pension: boolean }> = {
  employment: { taxes: true, health: true, pension: true },
  pension: { taxes: false, health: true, pension: false },
  other: { taxes: false, health: false, pension: false },
};

/** Monthly Y before the floor from gross incomes: (annual gross - Werbungskosten - § 16 - § 17) / 12. */
export function countIncome(incomes: readonly IncomeInput[], allowances: number, steps: EstimateStep[]): number {
  let annual = 0;
  incomes.forEach((income, index) => {
    const kind = income.kind ?? 'employment';
    const defaults = DEFAULT_DEDUCTIONS[kind];
    const gross = income.gross * 12;
    const werbung = kind === 'employment' ? Math.min(gross, WERBUNGSKOSTEN_PAUSCHALE) : 0;
    const percent = [income.taxes ?? defaults.taxes, income.health ?? defaults.health, income.pension ?? defaults.pension].filter(Boolean).length * 10;
    const counted = (gross - werbung) * (1 - percent / 100);
    const n = index + 1;
    steps.push({ id: `income_${n}_annual`, de: `Einkommen ${n}: ${eur(income.gross)} € brutto im Monat, ${eur(gross)} € im Jahr`, en: `Income ${n}: €${eurEn(income.gross)} gross a month, €${eurEn(gross)} a year`, value: gross });
    if (werbung > 0) steps.push({ id: `income_${n}_werbungskosten`, de: `minus Werbungskosten-Pauschale ${eur(werbung)} €`, en: `minus work-expenses lump sum €${eurEn(werbung)}`, value: werbung });
    steps.push({ id: `income_${n}_deductions`, de: `minus ${percent} % für Steuern und Sozialversicherung (§ 16 WoGG): ${eur(counted)} € im Jahr`, en: `minus ${percent} % for tax and social insurance (§ 16 WoGG): €${eurEn(counted)} a year`, value: counted });
    annual += counted;
  });
  if (allowances > 0) steps.push({ id: 'allowances', de: `minus Freibeträge (§ 17 WoGG) ${eur(allowances)} € im Jahr`, en: `minus allowances (§ 17 WoGG) €${eurEn(allowances)} a year`, value: allowances });
  return Math.max(0, annual - allowances) / 12;
}

export function estimateWohngeld(input: EstimateInput): Estimate {
  const n = input.members;
  if (!Number.isInteger(n) || n < 1) throw new RangeError('members must be a whole number of at least 1');
  if (!Number.isFinite(input.rent) || input.rent < 0) throw new RangeError('rent must not be negative');
  const stufe = MIETENSTUFEN.indexOf(input.mietenstufe);
  if (stufe < 0) throw new RangeError('mietenstufe must be I to VII');
  const steps: EstimateStep[] = [];
  const notes: Estimate['notes'] = [];
  const upTo5 = Math.min(n, 5) - 1;

  // M: rent counted
  const maxRent = (MAX_RENT[upTo5]?.[stufe] ?? 0) + Math.max(0, n - 5) * (MAX_RENT_FURTHER[stufe] ?? 0);
  const climate = CLIMATE[upTo5] ?? 0;
  const heating = HEATING[upTo5] ?? 0;
  const floorM = FLOOR_RENT[Math.min(n, 6) - 1] ?? 0;
  if (n > 5) {
    notes.push({
      de: 'Heiz- und Klimakomponente sind hier nur für bis zu 5 Personen hinterlegt; für größere Haushalte rechne ich mit den Werten für 5 Personen. Der echte Betrag kann höher sein.',
      en: 'Heating and climate components are only on file for up to 5 people; for larger households I use the 5-person values. The real amount may be higher.',
    });
  }
  if (n > 6) {
    notes.push({
      de: 'Für Haushalte ab 7 Personen rechne ich mit den Werten für 6 Personen (Formel, Mindestbeträge), weil mir die Anlage des Gesetzes dafür nicht vorliegt.',
      en: 'For households of 7 or more I use the 6-person values (formula, minimum amounts) because the law\'s annex for them is not on file.',
    });
  }
  const capped = Math.min(input.rent, maxRent + climate);
  steps.push({ id: 'rent', de: `Bruttokaltmiete: ${eur(input.rent)} €`, en: `Rent without heating: €${eurEn(input.rent)}`, value: input.rent });
  steps.push({
    id: 'rent_cap',
    de: `Höchstbetrag für ${n} Person(en), Mietenstufe ${input.mietenstufe}: ${eur(maxRent)} € plus Klimakomponente ${eur(climate)} € = ${eur(maxRent + climate)} €; berücksichtigt: ${eur(capped)} €`,
    en: `Cap for ${n} person(s), rent level ${input.mietenstufe}: €${eurEn(maxRent)} plus climate component €${eurEn(climate)} = €${eurEn(maxRent + climate)}; counted: €${eurEn(capped)}`,
    value: capped,
  });
  const raised = Math.max(capped, floorM);
  if (raised > capped) steps.push({ id: 'rent_floor', de: `angehoben auf den Mindestbetrag ${eur(floorM)} €`, en: `raised to the minimum €${eurEn(floorM)}`, value: raised });
  const M = raised + heating;
  steps.push({ id: 'rent_counted', de: `plus Heizkostenkomponente ${eur(heating)} € = berücksichtigte Miete M ${eur(M)} €`, en: `plus heating component €${eurEn(heating)} = rent counted M €${eurEn(M)}`, value: M });

  // Y: income counted
  let y: number;
  if (input.countedIncome !== undefined) {
    if (!Number.isFinite(input.countedIncome) || input.countedIncome < 0) throw new RangeError('countedIncome must not be negative');
    y = input.countedIncome;
    steps.push({ id: 'income_given', de: `Gesamteinkommen (bereits berechnet): ${eur(y)} € im Monat`, en: `Total income (already counted): €${eurEn(y)} a month`, value: y });
  } else {
    y = countIncome(input.incomes ?? [], input.allowances ?? 0, steps);
    steps.push({ id: 'income_monthly', de: `geteilt durch 12: ${eur(y)} € im Monat`, en: `divided by 12: €${eurEn(y)} a month`, value: y });
  }
  const floorY = FLOOR_INCOME[Math.min(n, 6) - 1] ?? 0;
  const Y = Math.max(y, floorY);
  if (Y > y) steps.push({ id: 'income_floor', de: `angehoben auf den Mindestbetrag ${eur(floorY)} € = Y`, en: `raised to the minimum €${eurEn(floorY)} = Y`, value: Y });

  // W
  const [a, b, c] = COEFFICIENTS[Math.min(n, 6) - 1] ?? [0, 0, 0];
  const raw = 1.15 * (M - (a + b * M + c * Y) * Y);
  steps.push({
    id: 'formula',
    de: `Formel: 1,15 × (M − (a + b·M + c·Y) · Y) mit a = ${decimalDe(a)}, b = ${decimalDe(b)}, c = ${decimalDe(c)}: ${eur(raw)} €`,
    en: `Formula: 1.15 × (M − (a + b·M + c·Y) · Y) with a = ${a}, b = ${b}, c = ${c}: €${eurEn(raw)}`,
    value: raw,
  });
  let amount = raw > 0 ? roundHalfUp(raw) : 0;
  if (n > 12) {
    amount += PER_MEMBER_ABOVE_12 * (n - 12);
    steps.push({ id: 'members_above_12', de: `plus ${PER_MEMBER_ABOVE_12} € für jede Person über 12`, en: `plus €${PER_MEMBER_ABOVE_12} for each person above 12`, value: amount });
  }
  if (amount < MINIMUM_AMOUNT) {
    steps.push({ id: 'minimum', de: `unter ${MINIMUM_AMOUNT} € wird kein Wohngeld gezahlt`, en: `no Wohngeld is paid below €${MINIMUM_AMOUNT}`, value: 0 });
    amount = 0;
  } else {
    steps.push({ id: 'rounded', de: `gerundet: ${amount.toLocaleString('de-DE')} € im Monat`, en: `rounded: €${amount.toLocaleString('en-GB')} a month`, value: amount });
  }
  return { amount, rentCounted: round2(M), incomeCounted: round2(Y), steps, notes };
}
