/**
 * Dog tax registration: owner, address in the city, dogs, date acquired, dangerous dogs, the new dog's breed
 * (name and microchip number optional), optional SEPA
 * direct-debit mandate (IBAN checked by its ISO 13616 checksum). The yearly tax shown comes from the
 * profile's rates; the Steueramt decides in its notice.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { DialogRegistry, Validator } from '../../registry.js';
import { lookBack } from '../shared/past-date.js';
import { postcodeFromAddress, registerSharedValidators } from '../shared/validators.js';
import { breedFromDangerous, dangerousBreedNamed, otherDogsRegistered, registeredDogDangerous } from './dogs.js';
import { ownerChanged } from './holder-follows-owner.js';
import { dogOwnerName } from './holder-names.js';
import { debitQuestion, dogAccountHolder, sepaMandate, withTransferSwitch } from './payment.js';
import { dogTax, dogTaxRates, formatEuro, type DogTax } from './tax.js';
import { officeDay } from '../../../core/office-day.js';

export const MANDATE_VERSION = 'sepa-core-2026-1';

const dangerousWithinDogs: Validator = (value, context) => {
  const dogs = context.slots.anzahl;
  return typeof value === 'number' && typeof dogs === 'number' && value >= 1 && value <= dogs
    ? { ok: true, value }
    : {
        ok: false,
        reason: {
          de: `Das kann nicht mehr sein als die Zahl Ihrer Hunde (${String(dogs)}).`,
          en: `That cannot be more than the number of your dogs (${String(dogs)}).`,
          plain: `Das können höchstens ${String(dogs)} Hunde sein.`,
        },
      };
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date the dog joined the household: not in the future; late registrations are welcome, with a note. */
const dogSince: Validator = (given, context) => {
  const today = officeDay(context.now);
  const value = typeof given === 'string' ? lookBack(given, today, context.entity, context.message?.text) : given;
  if (typeof value !== 'string' || value > today) {
    return { ok: false, reason: { de: 'Dieses Datum liegt in der Zukunft.', en: 'That date is in the future.', plain: 'Dieses Datum ist noch nicht da.' } };
  }
  const days = Number(context.profile.values.hundesteuer_register_days ?? 14);
  if (daysBetween(value, today) <= days) return { ok: true, value };
  // Late is still welcome, and whoever moved here with the dog had until the following month: no reproach.
  return {
    ok: true,
    value,
    note: {
      de: `Die Frist für die Anmeldung ist eigentlich ${days} Tage, nach einem Umzug mit Hund bis zum Folgemonat. Melden Sie den Hund trotzdem jetzt an.`,
      en: `The deadline is normally ${days} days, or the following month if you moved here with the dog. Please register the dog now all the same.`,
      plain: `Eigentlich muss man den Hund in ${days} Tagen anmelden. Melden Sie ihn trotzdem jetzt an.`,
    },
  };
};

// The breeds § 3 Abs. 2 LHundG NRW lists as dangerous ("Listenhunde"), and their crosses.
const LISTED_BREED = /pit\s*-?\s*bull|american\s+staffordshire|staffordshire\s+bull\s*-?\s*terrier|(?<![a-zäöü])bull\s*-?\s*terrier|amstaff/iu;

/**
 * The breed: words, not an IBAN or a number that a citizen answering ahead typed here; a listed breed named
 * after "not dangerous" gets a note, since the Steueramt may tax it as dangerous (it decides; the rate is not
 * changed here).
 */
const dogBreed: Validator = (value, context) => {
  const breed = typeof value === 'string' ? value.trim() : '';
  if (/\d{3,}/.test(breed) || breed.split(/\s+/).length > 8) {
    return { ok: false, reason: { de: 'Bitte nennen Sie nur die Rasse, zum Beispiel „Labrador“ oder „Mischling“.', en: 'Please give only the breed, for example "Labrador" or "mixed breed".', plain: 'Schreiben Sie nur die Rasse. Zum Beispiel: Mischling.' } };
  }
  if (LISTED_BREED.test(breed) && context.slots.gefaehrlich === false) {
    return {
      ok: true,
      value: breed,
      note: {
        de: 'Hinweis: Diese Rasse nennt das Landeshundegesetz NRW als gefährlichen Hund (§ 3 Abs. 2 LHundG NRW). Dann kann ein höherer Steuersatz gelten; das Steueramt prüft das und setzt die Steuer im Bescheid fest.',
        en: 'Note: the dog law of North Rhine-Westphalia lists this breed as dangerous (§ 3 (2) LHundG NRW). A higher tax rate may then apply; the tax office checks this and sets the tax in its notice.',
        plain: 'Achtung: Diese Rasse gilt in NRW als gefährlicher Hund. Dann kann die Steuer höher sein. Das Steueramt prüft das.',
      },
    };
  }
  return { ok: true, value: breed };
};

/** A microchip number (ISO 11784): 15 digits, typed with spaces or dashes as printed in the pet passport. */
const chipNumber: Validator = (value) => {
  const digits = typeof value === 'string' ? value.replace(/[\s.\-/]/g, '') : '';
  return /^\d{15}$/.test(digits)
    ? { ok: true, value: digits }
    : { ok: false, reason: { de: 'Eine Chipnummer hat 15 Ziffern.', en: 'A chip number has 15 digits.', plain: 'Die Chipnummer hat 15 Ziffern.' } };
};

/** An IBAN with a valid checksum, stored in compact upper-case form. */
const sepaIban: Validator = (value) => {
  const iban = typeof value === 'string' ? electronicFormatIBAN(value) : null;
  return iban && isValidIBAN(iban)
    ? { ok: true, value: iban }
    : { ok: false, reason: { de: 'Die IBAN stimmt nicht. Bitte prüfen Sie sie noch einmal.', en: 'That IBAN is not valid. Please check it again.', plain: 'Die IBAN stimmt nicht. Bitte prüfen Sie die IBAN.' } };
};

function taxOf(slots: Readonly<Record<string, unknown>>, rates: ReturnType<typeof dogTaxRates>): DogTax | null {
  const dogs = slots.anzahl;
  if (typeof dogs !== 'number') return null;
  const dangerous = slots.gefaehrlich === true ? (typeof slots.gefaehrlich_anzahl === 'number' ? slots.gefaehrlich_anzahl : 0) : 0;
  return dogTax(rates, dogs, Math.min(dangerous, dogs));
}

function taxLines(tax: DogTax, locale: 'de' | 'en'): string {
  return tax.lines
    .map((line) =>
      locale === 'de'
        ? `${line.count} × ${formatEuro(line.each, 'de')} (${line.kind === 'dangerous' ? 'gefährlicher Hund' : 'Hund'})`
        : `${line.count} × ${formatEuro(line.each, 'en')} (${line.kind === 'dangerous' ? 'dangerous dog' : 'dog'})`,
    )
    .join(' + ');
}

export function registerHundesteuer(registry: DialogRegistry): void {
  registerSharedValidators(registry);
  registry.stepLogic.set('postcode_from_address', postcodeFromAddress('adresse'));
  registry.validators.set('dangerous_within_dogs', dangerousWithinDogs);
  registry.validators.set('dog_since', dogSince);
  registry.validators.set('sepa_iban', sepaIban);
  registry.validators.set('chip_number', chipNumber);
  registry.validators.set('dog_breed', dogBreed);
  registry.validators.set('dangerous_breed_named', dangerousBreedNamed);
  registry.validators.set('other_dogs_registered', otherDogsRegistered);
  registry.validators.set('dog_account_holder', dogAccountHolder);
  registry.validators.set('dog_owner_name', async (value, context) => ownerChanged(await dogOwnerName(value, context), context));
  registry.stepLogic.set('registered_dog_dangerous', registeredDogDangerous);
  registry.stepLogic.set('breed_from_dangerous', breedFromDangerous);
  registry.stepLogic.set('debit_question', debitQuestion);
  registry.stepLogic.set('sepa_mandate', sepaMandate);
  registry.stepLogic.set('one_dangerous_dog', {
    // With a single dog, "yes, dangerous" already says how many.
    before: (context) => (context.slots.anzahl === 1 ? { skip: true, slots: { [context.step.slot]: 1 } } : {}),
  });
  // Also asked again after a changed number of dogs or dangerous dogs (`resets`), so the citizen hears the new amount.
  registry.stepLogic.set('dog_tax_preview', withTransferSwitch({
    before(context) {
      const tax = taxOf(context.slots, dogTaxRates(context.profile));
      if (!tax) return {};
      return {
        slots: { steuer_jahr: tax.total },
        text: {
          de: `Die Hundesteuer beträgt voraussichtlich ${formatEuro(tax.total, 'de')} im Jahr: ${taxLines(tax, 'de')}. Den Betrag setzt das Steueramt im Bescheid fest.`,
          en: `The dog tax will probably be ${formatEuro(tax.total, 'en')} a year: ${taxLines(tax, 'en')}. The tax office sets the amount in its notice.`,
          plain: `Sie zahlen wahrscheinlich ${formatEuro(tax.total, 'de')} im Jahr. Das Steueramt schickt Ihnen einen Brief mit dem Betrag.`,
        },
      };
    },
  }));
  registry.completions.set('hundesteuer_anmeldung', (context) => {
    const s = context.slots;
    const tax = taxOf(s, dogTaxRates(context.profile));
    const debit = s.lastschrift === true;
    return {
      payload: {
        owner: s.name ?? null,
        address: s.adresse ?? null,
        postcode: s.plz ?? null,
        dogs: s.anzahl ?? null,
        dangerous_dogs: s.gefaehrlich === true ? (s.gefaehrlich_anzahl ?? null) : 0,
        acquired_on: s.seit ?? null,
        // Which dog this is: the Steueramt could not tell the new dog from the others (report tester-m D3).
        dog: { breed: s.rasse ?? null, name: s.hundename ?? null, chip_number: s.chipnummer ?? null, dangerous: s.gefaehrlich === true ? (s.dieser_gefaehrlich ?? null) : false },
        dangerous_breed: s.gefaehrlich === true ? (s.gefaehrlich_rasse ?? null) : null,
        other_dogs: typeof s.anzahl === 'number' && s.anzahl > 1 ? { already_registered: s.weitere_angemeldet ?? null, tax_tags: s.weitere_angemeldet === true ? (s.steuermarken ?? []) : [] } : null,
        yearly_tax_eur: tax?.total ?? null,
        sepa_mandate: debit ? { iban: s.iban ?? null, account_holder: s.kontoinhaber ?? null, consent: s.mandat === true, consented_at: context.now.toISOString(), mandate_text_version: MANDATE_VERSION } : null,
      },
      summaryRows: [
        ...(tax ? [{ label: { de: 'Hundesteuer im Jahr (voraussichtlich)', en: 'Dog tax per year (expected)' }, value: formatEuro(tax.total, context.locale) }] : []),
        ...(s.weitere_angemeldet === true && Array.isArray(s.steuermarken) && s.steuermarken.length > 0
          ? [{ label: { de: 'Steuermarken der anderen Hunde', en: 'Tax tags of the other dogs' }, value: s.steuermarken.join(', ') }]
          : []),
        ...(s.gefaehrlich === true && typeof s.gefaehrlich_rasse === 'string' ? [{ label: { de: 'Rasse des gefährlichen Hundes', en: 'Breed of the dangerous dog' }, value: s.gefaehrlich_rasse }] : []),
      ],
      message: {
        de: 'Das Steueramt bearbeitet Ihre Anmeldung und schickt Ihnen einen Bescheid.',
        en: 'The tax office will process your registration and send you a notice.',
        plain: 'Das Steueramt schickt Ihnen einen Brief.',
      },
    };
  });
}
