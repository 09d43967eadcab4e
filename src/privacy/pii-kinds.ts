/** The kinds of personal data the redaction replaces, and their placeholders in stored text. */

export type PiiKind = 'email' | 'phone' | 'iban' | 'tax_id' | 'id_number' | 'insurance_number' | 'birth_date' | 'address' | 'health' | 'name';

export const PII_PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  email: '[E-MAIL]',
  phone: '[TELEFON]',
  iban: '[IBAN]',
  tax_id: '[STEUER-ID]',
  id_number: '[AUSWEISNUMMER]',
  insurance_number: '[VERSICHERTENNUMMER]',
  birth_date: '[GEBURTSDATUM]',
  address: '[ADRESSE]',
  health: '[GESUNDHEIT]',
  name: '[NAME]',
};

/** What staff read when a text still holds personal data (the inbox refuses it as an example). */
export const PII_LABELS: Readonly<Record<PiiKind, string>> = {
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  iban: 'IBAN',
  tax_id: 'Steuernummer',
  id_number: 'Ausweisnummer',
  insurance_number: 'Versichertennummer',
  birth_date: 'Geburtsdatum',
  address: 'Adresse',
  health: 'Gesundheitsangabe',
  name: 'Name',
};

/**
 * Overlap priority, strongest first: the more specific reading wins. A birth date needs a birth word next to
 * it, so it may outrank a phone number that merely looks like "04/03/1980"; a street before digits said one
 * by one ("rölsdorfer straße acht fünf zwei drei fünf fünf") is an address, not a phone number.
 */
export const PII_PRIORITY: readonly PiiKind[] = ['email', 'iban', 'tax_id', 'id_number', 'insurance_number', 'birth_date', 'address', 'phone', 'health', 'name'];

/** One piece of personal data found in a text. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
}
