/**
 * GET /api/widget-config: the few city-profile values the widget shows (name, phone numbers,
 * hours, website) so "talk to a person" never needs a hard-coded number. Values the city has not
 * confirmed yet are listed in `unconfirmed`, and the widget then points to the website as well.
 */
import type { ProfileDefinition } from '../content/schema.js';

/** Profile keys the widget may show; anything else stays on the server. */
export const WIDGET_PROFILE_KEYS = [
  'city_name',
  'city_name_long',
  'website',
  'online_portal',
  'phone_central',
  'buergerbuero_phone',
  'buergerbuero_email',
  'buergerbuero_address',
  'buergerbuero_address_en',
  'buergerbuero_hours_de',
  'buergerbuero_hours_en',
  'buergerbuero_hours_plain',
  'federal_service_number',
] as const;

export interface WidgetConfig {
  city: string;
  name: string;
  values: Partial<Record<(typeof WIDGET_PROFILE_KEYS)[number], string>>;
  unconfirmed: string[];
  /** Days after the last message until a transcript is deleted automatically. */
  retentionDays: number;
}

export function widgetConfig(profile: ProfileDefinition, retentionDays: number): WidgetConfig {
  const values: WidgetConfig['values'] = {};
  for (const key of WIDGET_PROFILE_KEYS) {
    const value = profile.values[key];
    if (value !== undefined) values[key] = String(value);
  }
  return {
    city: profile.id,
    name: profile.name,
    values,
    unconfirmed: WIDGET_PROFILE_KEYS.filter((key) => key in values && profile.confirm.includes(key)),
    retentionDays,
  };
}

/**
 * The state's law and authorities on /datenschutz and /barrierefreiheit, from the profile (LEGAL_PAGE_PROFILE_KEYS
 * in src/content/profile-values.ts; a city's content must have them). Each holds its phrase with the article the
 * sentence needs. A small test profile without them gets a neutral wording, never another state's law.
 */
export interface LegalFacts {
  /** "§ 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW)" */
  dataProtectionLaw?: string;
  /** Dative: "der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen" */
  dataProtectionAuthority?: string;
  /** Completes "… erreichen Sie …": "über die Stadtverwaltung", "per E-Mail an datenschutz@…" */
  dataProtectionOfficerContact?: string;
  /** Nominative: "das Behindertengleichstellungsgesetz … (BGG NRW) und die … (BITV NRW)" */
  accessibilityLaws?: string;
  /** Accusative: "die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen" */
  accessibilityEnforcementBody?: string;
  /** "§§ 10d und 10e BGG NRW, §§ 9 ff. BITV NRW" */
  accessibilityEnforcementLaw?: string;
  /** Optional sentence about the body. */
  accessibilityEnforcementNote?: string;
  accessibilityEnforcementWebsite?: string;
}

const LEGAL_KEYS: Record<keyof LegalFacts, string> = {
  dataProtectionLaw: 'data_protection_law',
  dataProtectionAuthority: 'data_protection_authority_dative',
  dataProtectionOfficerContact: 'data_protection_officer_contact',
  accessibilityLaws: 'accessibility_laws',
  accessibilityEnforcementBody: 'accessibility_enforcement_body_accusative',
  accessibilityEnforcementLaw: 'accessibility_enforcement_law',
  accessibilityEnforcementNote: 'accessibility_enforcement_note',
  accessibilityEnforcementWebsite: 'accessibility_enforcement_website',
};

/** Shown on the pages: the city's name and contact, with safe fallbacks for a sparse profile. */
export interface CityFacts {
  name: string;
  shortName: string;
  website?: string;
  phoneCentral?: string;
  address?: string;
  buergerbueroPhone?: string;
  buergerbueroEmail?: string;
  /** The widget's "Mit einem Menschen sprechen" box shows the Bürgerbüro's opening hours (src/web/assets/widget-actions.ts). */
  buergerbueroHours: boolean;
  legal: LegalFacts;
}

export function cityFacts(profile: ProfileDefinition): CityFacts {
  const value = (key: string): string | undefined => (profile.values[key] === undefined ? undefined : String(profile.values[key]));
  const facts: CityFacts = {
    name: value('city_name_long') ?? profile.name,
    shortName: value('city_name') ?? profile.name,
    buergerbueroHours: value('buergerbuero_hours_de') !== undefined || value('buergerbuero_hours_plain') !== undefined,
    legal: {},
  };
  const website = value('website');
  const phone = value('phone_central');
  const address = value('rathaus_address');
  const buergerbueroPhone = value('buergerbuero_phone');
  const buergerbueroEmail = value('buergerbuero_email');
  if (website) facts.website = website;
  if (phone) facts.phoneCentral = phone;
  if (address) facts.address = address;
  if (buergerbueroPhone) facts.buergerbueroPhone = buergerbueroPhone;
  if (buergerbueroEmail) facts.buergerbueroEmail = buergerbueroEmail;
  for (const [field, key] of Object.entries(LEGAL_KEYS) as Array<[keyof LegalFacts, string]>) {
    const text = value(key);
    if (text) facts.legal[field] = text;
  }
  return facts;
}
