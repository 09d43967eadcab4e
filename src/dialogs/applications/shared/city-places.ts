/**
 * Which place names are the city: its own name, "Düren-Birkesdorf", and the districts the profile lists
 * (`districts`). Any other name is not known to be outside the city: the citizen is asked, never told that
 * the place is not in the city ("Birkesdorf gehört nicht zu Düren" was said of a district, report N2).
 */
import type { ProfileDefinition } from '../../../content/schema.js';
import type { JsonValue } from '../../../core/types.js';
import type { DialogText } from '../../schema.js';
import { fold } from '../../text.js';

export type PlaceKind = { kind: 'city' } | { kind: 'district'; town: string } | { kind: 'unknown' };

export function cityName(profile: ProfileDefinition): string {
  return String(profile.values.city_name ?? profile.name);
}

/** "düren", "Dueren", "Stadt Düren" are Düren. */
export function sameTown(a: string, b: string): boolean {
  const norm = (town: string) => fold(town).replace(/^stadt /, '');
  return norm(a) === norm(b);
}

/**
 * The city itself, a part of it ("Düren-Birkesdorf", or "Birkesdorf" when listed under `districts`; stored as
 * "Düren-Birkesdorf", the way the city writes its districts), or a name the assistant does not know.
 */
export function placeKind(profile: ProfileDefinition, named: string): PlaceKind {
  const city = cityName(profile);
  if (!named.trim() || sameTown(named, city)) return { kind: 'city' };
  // "Am Krausberg 5 in Düren-Birkesdorf": a part of the city written with the city's name.
  if (fold(named).startsWith(`${fold(city)} `)) return { kind: 'district', town: named.trim() };
  const district = (profile.districts ?? []).find((name) => fold(name) === fold(named));
  return district ? { kind: 'district', town: `${city}-${district}` } : { kind: 'unknown' };
}

/** The town stored after the citizen said yes to "Liegt … in Düren?": the name kept as a part of the city. */
export function confirmedTown(profile: ProfileDefinition, named: string): string {
  return `${cityName(profile)}-${named.trim()}`;
}

/**
 * A place name the assistant does not know, without a postcode or with one of the city's: asked, not refused.
 * `example` is the address written the way that settles it (with the city's postcode and name).
 */
export function askInCity(profile: ProfileDefinition, town: string, example: string, postcode?: string): DialogText {
  const city = cityName(profile);
  if (postcode) {
    // "Hohe Straße 3, 52349 Köln": the postcode is the city's, the name is not (it became "Düren-Köln", N9).
    return {
      de: `Die Postleitzahl ${postcode} gehört zu ${city}, ${town} kenne ich aber nicht als Stadtteil von ${city}. Liegt das in ${city}? Dann nennen Sie bitte die Adresse mit Postleitzahl und „${city}“, zum Beispiel „${example}“. Für Orte außerhalb von ${city} ist die dortige Stadt oder Gemeinde zuständig.`,
      en: `The postcode ${postcode} is in ${city}, but I do not know ${town} as a district of ${city}. Is it in ${city}? Then please give the address with its postcode and "${city}", for example "${example}". For places outside ${city}, their own town is responsible.`,
      plain: `Die Postleitzahl ${postcode} ist in ${city}. ${town} kenne ich nicht. Ist das in ${city}? Dann schreiben Sie die Adresse so: ${example}.`,
    };
  }
  return {
    de: `Liegt ${town} in ${city}? Dann nennen Sie bitte die Adresse mit Postleitzahl, zum Beispiel „${example}“. Für Orte außerhalb von ${city} ist die dortige Stadt oder Gemeinde zuständig.`,
    en: `Is ${town} in ${city}? Then please give the address with its postcode, for example "${example}". For places outside ${city}, their own town is responsible.`,
    plain: `Ist ${town} in ${city}? Dann schreiben Sie die Adresse mit Postleitzahl. Zum Beispiel: ${example}.`,
  };
}

/** Said after "nein" to the question above; the step is asked again. */
export function notTakenOutside(profile: ProfileDefinition): DialogText {
  const city = cityName(profile);
  return {
    de: `Dann kann ich das hier nicht aufnehmen: Ich nehme nur Orte in ${city} an. Für andere Orte ist die dortige Stadt oder Gemeinde zuständig.`,
    en: `Then I cannot take it here: I only take places in ${city}. For other places, their own town is responsible.`,
    plain: `Dann kann ich das nicht aufnehmen. Ich nehme nur Orte in ${city}. Für andere Orte fragen Sie dort die Stadt.`,
  };
}

/** The question with what a yes takes and what a no says (ValidatorResult `ask`). */
export function askResult(profile: ProfileDefinition, reason: DialogText, yes: JsonValue): { ok: false; reason: DialogText; ask: { yes: JsonValue; no: DialogText } } {
  return { ok: false, reason, ask: { yes, no: notTakenOutside(profile) } };
}
