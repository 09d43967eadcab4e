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

/** Shown on the pages: the city's name and contact, with safe fallbacks for a sparse profile. */
export interface CityFacts {
  name: string;
  shortName: string;
  website?: string;
  phoneCentral?: string;
  address?: string;
  buergerbueroPhone?: string;
}

export function cityFacts(profile: ProfileDefinition): CityFacts {
  const value = (key: string): string | undefined => (profile.values[key] === undefined ? undefined : String(profile.values[key]));
  const facts: CityFacts = { name: value('city_name_long') ?? profile.name, shortName: value('city_name') ?? profile.name };
  const website = value('website');
  const phone = value('phone_central');
  const address = value('rathaus_address');
  const buergerbueroPhone = value('buergerbuero_phone');
  if (website) facts.website = website;
  if (phone) facts.phoneCentral = phone;
  if (address) facts.address = address;
  if (buergerbueroPhone) facts.buergerbueroPhone = buergerbueroPhone;
  return facts;
}
