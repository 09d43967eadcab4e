/**
 * Yearly dog tax from the rates in the city profile (docs/facts.md for Düren: 84 € for one dog, 96 € each
 * where two or more, 400 € each dangerous dog). The Steueramt sets the tax; this is what the citizen is told
 * to expect.
 */
import type { ProfileDefinition } from '../../../content/schema.js';

export interface DogTaxRates {
  oneDog: number;
  eachOfSeveral: number;
  eachDangerous: number;
}

export interface DogTax {
  /** Euros per year, total. */
  total: number;
  /** One line per kind of dog, e.g. 2 x 96. */
  lines: Array<{ kind: 'ordinary' | 'dangerous'; count: number; each: number }>;
}

function euros(profile: ProfileDefinition, key: string): number {
  const raw = profile.values[key];
  const amount = typeof raw === 'number' ? raw : Number(String(raw ?? '').replace(/[^\d,.]/g, '').replace(',', '.'));
  if (!Number.isFinite(amount) || amount <= 0) throw new Error(`profile value "${key}" must be an amount in euros, e.g. "84 €"`);
  return amount;
}

export function dogTaxRates(profile: ProfileDefinition): DogTaxRates {
  return {
    oneDog: euros(profile, 'hundesteuer_one_dog'),
    eachOfSeveral: euros(profile, 'hundesteuer_several_dogs'),
    eachDangerous: euros(profile, 'hundesteuer_dangerous_dog'),
  };
}

/**
 * `dogs` is every dog of the household, `dangerous` how many of them are dangerous (listed breeds). The
 * ordinary rate depends on how many dogs the household keeps in all, as the rate table says "where two or
 * more"; dangerous dogs always cost their own rate.
 */
export function dogTax(rates: DogTaxRates, dogs: number, dangerous: number): DogTax {
  if (!Number.isInteger(dogs) || dogs < 1) throw new RangeError('at least one dog');
  if (!Number.isInteger(dangerous) || dangerous < 0 || dangerous > dogs) throw new RangeError('dangerous dogs must be between 0 and the number of dogs');
  const ordinary = dogs - dangerous;
  const each = dogs >= 2 ? rates.eachOfSeveral : rates.oneDog;
  const lines: DogTax['lines'] = [];
  if (ordinary > 0) lines.push({ kind: 'ordinary', count: ordinary, each });
  if (dangerous > 0) lines.push({ kind: 'dangerous', count: dangerous, each: rates.eachDangerous });
  return { total: lines.reduce((sum, line) => sum + line.count * line.each, 0), lines };
}

export function formatEuro(amount: number, locale: 'de' | 'en'): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return locale === 'de' ? `${fixed.replace('.', ',')} €` : `€${fixed}`;
}
