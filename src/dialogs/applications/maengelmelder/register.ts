/**
 * Mängelmelder: a problem in public space (pothole, street light, dumping, graffiti, playground). The place
 * is an address in the city, coordinates from the widget ("geo:50.80,6.48") or a short description.
 */
import type { JsonObject } from '../../../core/types.js';
import type { DialogRegistry, Validator } from '../../registry.js';
import { askInCity, askResult, cityName, placeKind } from '../shared/city-places.js';
import { cityAddress, cityPostcodes, notInCity, registerSharedValidators } from '../shared/validators.js';

const GEO = /^geo:\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/i;
const GPS = /^GPS (-?\d+\.\d+), (-?\d+\.\d+)$/;

/** Coordinates are stored rounded to 5 decimals (about 1 m): enough to find a pothole. */
export function parseGeo(text: string): { lat: number; lon: number } | null {
  const match = GEO.exec(text.trim()) ?? GPS.exec(text.trim());
  if (!match) return null;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) return null;
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

// Photos cannot be sent in any channel; a remark about one is no place and no description.
const PHOTO = /(?<!\p{L})(foto|fotos|photo|photos|bild|bilder|picture|pictures|pic|pics|image|images|hochladen|upload|screenshot)(?!\p{L})/iu;
const NO_PHOTOS = {
  de: 'Fotos kann ich im Chat leider nicht annehmen. Beschreiben Sie es bitte mit Worten.',
  en: 'I cannot take photos in the chat, sorry. Please describe it in words.',
  plain: 'Ich kann keine Fotos annehmen. Bitte schreiben Sie es mit Worten.',
};

const VAGUE = /^(?:\d{5}|bei mir|bei uns|hier|da|dort|da drüben|zuhause|zu hause|daheim|vor meinem haus|vor unserem haus|vor der tür|in meiner straße|in unserer straße|near me|here|there|at home|my street)[.!]?$/iu;
const TOO_VAGUE = {
  de: 'Wo genau ist das? Nennen Sie bitte die Straße und eine Hausnummer, eine Kreuzung oder etwas in der Nähe.',
  en: 'Where exactly is it? Please give the street and a house number, a crossing or something nearby.',
  plain: 'Wo genau ist das? Schreiben Sie bitte die Straße und die Hausnummer.',
};

// What is wrong, without where: "Ein tiefes Schlagloch auf der Fahrbahn, ca. 30 cm breit" and "Die Laterne ist seit
// drei Tagen kaputt" were stored as the place. A place word or a number (house number, postcode) makes it a place.
const DAMAGE =
  /(?<!\p{L})(?:schlagloch|loch|kaputt|defekt|brennt nicht|geht nicht|funktioniert nicht|zerstört|beschädigt|verstopft|überfüllt|umgekippt|liegt|steht seit|seit \p{L}+ (?:tagen|wochen)|tief\p{L}*|breit|gefährlich|müll|dreck|graffiti|pothole|broken|damaged|not working|blocked|overflowing|dangerous|deep|wide)(?!\p{L})/iu;
const PLACE_WORD =
  /(?<!\d)\d{5}(?!\d)|\p{L}\.?\s+\d{1,4}\s?[a-z]?(?![\d\p{L}]|\s*(?:cm|mm|m|meter|zentimeter|tage|tagen|wochen|monate|monaten|stunden|uhr|%|euro|€)(?!\p{L}))|(?:straße|strasse|str\.|weg|platz|allee|ring|gasse|damm|ufer|chaussee|kreuzung|ecke|höhe|haltestelle|bahnhof|parkplatz|park|schule|kirche|friedhof|markt|rathaus|brücke|spielplatz|kita|kindergarten|turnhalle|street|road|square|crossing|corner|station|bridge|playground)(?!\p{L})/iu;
const DESCRIPTION_NOT_PLACE = {
  de: 'Das beschreibt, was los ist; ich habe es als Beschreibung notiert. Wo genau ist es? Bitte nennen Sie eine Adresse, eine Kreuzung oder einen bekannten Ort, zum Beispiel „Kölnstraße 12“ oder „Ecke Schenkelstraße/Markt“.',
  en: 'That says what is wrong; I noted it as the description. Where exactly is it? Please give an address, a crossing or a well-known place, for example "Kölnstraße 12".',
  plain: 'Das habe ich als Beschreibung notiert. Wo genau ist es? Schreiben Sie die Straße und die Hausnummer.',
};

/**
 * The description; a message only about a photo ("Ich schicke Ihnen ein Foto") is none, and neither is a bare
 * address: the citizen who described the problem at the place question gives the place now.
 */
export const reportDescription: Validator = (value, context) => {
  if (typeof value !== 'string' || value.trim().length < 5) {
    return { ok: false, reason: { de: 'Bitte beschreiben Sie es etwas genauer.', en: 'Please describe it in a little more detail.', plain: 'Bitte schreiben Sie etwas mehr.' } };
  }
  if (PHOTO.test(value) && value.trim().split(/\s+/).length <= 10) return { ok: false, reason: NO_PHOTOS };
  const address = context.message?.entities.find((e) => e.type === 'address');
  if (address && address.end - address.start >= value.trim().length * 0.7) {
    return {
      ok: false,
      reason: {
        de: 'Das ist eine Adresse. Beschreiben Sie hier bitte, was los ist. Ist der Ort falsch? Dann schreiben Sie „nein, Ort:“ und die Adresse.',
        en: 'That is an address. Please describe here what is wrong. Is the place wrong? Then write "no, place:" and the address.',
        plain: 'Das ist eine Adresse. Schreiben Sie bitte, was kaputt ist. Ist der Ort falsch? Dann schreiben Sie: nein, Ort: und die Adresse.',
      },
    };
  }
  return { ok: true, value: value.trim() };
};

// "Berliner Platz in Köln", "Kreuzung Hauptstraße / Bahnhofstraße in Langerwehe": a place name at the end.
const TRAILING_TOWN = /(?:^|\s)(?:in|bei|near)\s+(\p{Lu}[\p{L}'.-]*(?:[\s-]\p{Lu}[\p{L}'.-]*){0,2})\s*[.!]?$/u;
// Words after "in" that name no town ("in Bahnhofsnähe", "in Höhe Markt", "in der Innenstadt").
const NO_TOWN = /(?:naehe|nähe|höhe|hoehe|mitte|richtung|zentrum|innenstadt|city|centre|center)$|^(?:höhe|hoehe|nähe|naehe|richtung|front)\b/iu;

function trailingTown(text: string): string | null {
  const town = TRAILING_TOWN.exec(text.trim())?.[1];
  return town && !NO_TOWN.test(town) && !PLACE_WORD.test(town) ? town : null;
}

function placeText(a: JsonObject): string {
  return `${String(a.street)} ${String(a.number)}${a.postcode ? `, ${String(a.postcode)}` : ''} ${String(a.city ?? '')}`.trim();
}

// "In der Kölnstraße 20, 52351 Düren ist ein tiefes Loch in der Fahrbahn": the preposition is no part of the street
// (streets named "In der Held" or "An der Kirche" have no street word after it and stay as they are).
const PREPOSITION = /^(?:in|auf|an)\s+(?:der|dem|den)\s+(?=\p{Lu}\p{L}*(?:straße|strasse|str\.|weg|allee|gasse|ring|platz|damm)$)/iu;

function withoutPreposition(value: JsonObject): JsonObject {
  return typeof value.street === 'string' ? { ...value, street: value.street.replace(PREPOSITION, '') } : value;
}

// The words that join the place to what is wrong there: "… ist ein", "… gibt es eine", "…, da liegt".
const JOIN = /^[\s,.:;–-]*(?:(?:da|dort|hier|there)\s+)?(?:ist|sind|gibt\s+es|liegt|liegen|steht|stehen|befindet\s+sich|is|are|there\s+is|there\s+are)?\s*(?:(?:ein|eine|einen|a|an)\s+)?/iu;

/**
 * What the place answer says after the address, kept as the description so it is not asked again (smoke19 B8).
 * Only a clause that says what is wrong counts; "Kölnstraße 20, gegenüber der Kirche" stays part of nothing.
 */
function descriptionAfter(context: Parameters<Validator>[1]): string | null {
  const text = context.message?.text ?? '';
  const address = context.message?.entities.find((e) => e.type === 'address');
  if (!address) return null;
  const rest = text.slice(address.end).replace(JOIN, '').replace(/[\s.!]+$/, '');
  if (rest.split(/\s+/).length < 2 || !DAMAGE.test(rest) || PHOTO.test(rest)) return null;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export const reportPlace: Validator = (value, context) => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const checked = cityAddress(withoutPreposition(value), context);
    // A yes to "Liegt … in Düren?" takes the place as text, like every other place.
    if (!checked.ok) return checked.ask && typeof checked.ask.yes === 'object' && checked.ask.yes !== null && !Array.isArray(checked.ask.yes) ? { ...checked, ask: { ...checked.ask, yes: placeText(checked.ask.yes) } } : checked;
    const described = typeof context.slots.beschreibung === 'string' ? null : descriptionAfter(context);
    return { ok: true, value: placeText(checked.value as JsonObject), ...(described ? { extra: { beschreibung: described } } : {}) };
  }
  if (typeof value === 'string') {
    if (/^geo:/i.test(value.trim())) {
      const geo = parseGeo(value);
      return geo
        ? { ok: true, value: `GPS ${geo.lat.toFixed(5)}, ${geo.lon.toFixed(5)}` }
        : { ok: false, reason: { de: 'Diese Koordinaten kann ich nicht lesen.', en: 'I cannot read these coordinates.', plain: 'Diesen Ort kann ich nicht lesen.' } };
    }
    if (PHOTO.test(value)) return { ok: false, reason: NO_PHOTOS };
    // "bei mir", "hier" or a postcode alone name no place anyone can find.
    if (VAGUE.test(value.trim())) return { ok: false, reason: TOO_VAGUE };
    // "Domkloster 4, 50667 Köln" has no street word, so no address was read; its postcode still tells.
    const foreign = (value.match(/(?<!\d)\d{5}(?!\d)/g) ?? []).some((code) => !cityPostcodes(context.profile).includes(code));
    if (foreign) return { ok: false, reason: notInCity(context.profile) };
    // A town the assistant does not know is asked about (a yes or the city's postcode settles it), not taken as a
    // place in the city ("Berliner Platz in Köln" was taken).
    const town = trailingTown(value);
    const cityCode = (value.match(/(?<!\d)\d{5}(?!\d)/g) ?? []).length > 0;
    if (town && !cityCode && placeKind(context.profile, town).kind === 'unknown') {
      const rest = value.trim().replace(TRAILING_TOWN, '').replace(/[\s,]+$/, '');
      const example = `${rest}, ${cityPostcodes(context.profile)[0] ?? ''} ${cityName(context.profile)}`.replace(/\s+/g, ' ');
      return askResult(context.profile, askInCity(context.profile, town, example), value.trim());
    }
    // Kept as the description (unless one was given), so the citizen need not type it again.
    if (DAMAGE.test(value) && !PLACE_WORD.test(value)) {
      const described = typeof context.slots.beschreibung === 'string';
      return { ok: false, reason: DESCRIPTION_NOT_PLACE, ...(described ? {} : { extra: { beschreibung: value.trim() } }) };
    }
    if (value.trim().length >= 5) return { ok: true, value: value.trim() };
  }
  return {
    ok: false,
    reason: {
      de: 'Bitte beschreiben Sie den Ort genauer: eine Adresse, eine Kreuzung oder ein bekannter Platz.',
      en: 'Please describe the place more precisely: an address, a crossing or a well-known place.',
      plain: 'Wo genau ist es? Schreiben Sie eine Adresse oder eine Kreuzung.',
    },
  };
};

export function registerMaengelmelder(registry: DialogRegistry): void {
  registerSharedValidators(registry);
  registry.validators.set('report_place', reportPlace);
  registry.validators.set('report_description', reportDescription);
  registry.completions.set('maengelmelder_meldung', (context) => {
    const place = String(context.slots.ort ?? '');
    const geo = parseGeo(place);
    const where: JsonObject = geo ? { coordinates: geo } : { text: place };
    return {
      payload: {
        category: context.slots.kategorie ?? null,
        place: where,
        description: context.slots.beschreibung ?? null,
        contact: context.slots.kontakt ?? null,
      },
      message: {
        de: 'Die Meldung geht an die zuständige Stelle der Stadt. Den Stand fragen Sie hier im Chat ab, zum Beispiel: „Was ist mit meiner Meldung {reference}?“',
        en: 'The report goes to the responsible department of the city. Ask here in the chat about its status, for example: "What about my report {reference}?"',
        plain: 'Die Meldung geht an die Stadt. Sie können hier fragen, was daraus geworden ist. Schreiben Sie dann die Nummer.',
      },
    };
  });
}
