/**
 * A name as callers say it and citizens type it: "äh Müller, M Ü L L E R, Hans" is Hans Müller. Speech
 * recognisers keep the hesitations and write a spelled name letter by letter; the phone habit of saying the
 * surname first and the first name after a comma ("Müller, Hans") is the order of a form, not of the name.
 * "äh Müller" was booked as the name (tester-r B1): the appointment is found again by this name.
 */
import type { ProfileDefinition } from '../content/schema.js';
import { fold } from './text.js';

/** Hesitations a transcript keeps ("äh", "ähm", "äääh", "öhm", "hm", "uhm", "erm"). */
const FILLER = /^(?:ä+h+m*|ö+h+m*|h+m+|u+h+m*|erm)$/iu;
/** Particles before a surname: "von der Leyen, Ursula" is one surname, then the first name. */
const PARTICLE = /^(?:von|van|vom|zu|zur|der|den|de|del|di|da|la|le|ten|ter)$/iu;
/** One spelled letter: "M", "Ü" ("M-Ü-L-L-E-R" is split into its letters first). */
const LETTER = /^\p{L}$/u;
/** Titles before a surname: "Dr. Müller, Hans" is Dr. Hans Müller. */
const TITLE = /^(?:dr|prof)\.?$/iu;
/** Words that start where someone lives, not a first name: "Meier, aus Düren", "Müller, wohnhaft in …". */
const PLACE_LEAD = /^(?:aus|in|im|bei|wohnhaft|wohne|wohnt|from|living|lives|live)$/iu;
/** A street, with or without its number: "Hans Müller, Kölnstraße 3" gave a name with an address in it. */
const STREET = /(?:stra(?:ß|ss)e|str\.?|weg|platz|allee|gasse)$/iu;

/**
 * The places that are no first name after a comma: the city (its names in running text) and its districts.
 * "Müller, Düren" and "Müller, Birkesdorf" were booked as "Düren Müller" and "Birkesdorf Müller" (retest 19 2.1).
 */
export function placeNames(profile: ProfileDefinition): string[] {
  return [profile.name, String(profile.values.city_name ?? ''), ...(profile.place_names ?? []), ...(profile.districts ?? [])].filter(Boolean);
}

/** A part after the comma that says where someone lives (a place of the city, "aus …", a street, a number). */
export function isWhereabouts(words: readonly string[], places: readonly string[]): boolean {
  const known = new Set(places.map((p) => fold(p)));
  const pieces = words.flatMap((w) => w.split('-'));
  // Short, as an address or a place is: "ihr Sohn braucht einen Kitaplatz" is a sentence, which the name check refuses.
  if (words.length > 6 || (words.length > 4 && !PLACE_LEAD.test(words[0] ?? ''))) return false;
  return (
    words.some((w) => /\d/.test(w) || STREET.test(w)) ||
    PLACE_LEAD.test(words[0] ?? '') ||
    known.has(fold(words.join(' ')).replace(/^stadt /, '')) ||
    pieces.some((w) => known.has(fold(w)))
  );
}

export function isFiller(word: string): boolean {
  return FILLER.test(word.replace(/[,.]$/, ''));
}

/** Compares a spelled word with a said one: case, umlaut spellings ("MUELLER") and ß do not matter. */
function sameWord(a: string, b: string): boolean {
  return fold(a).replace(/\s+/g, '') === fold(b).replace(/\s+/g, '');
}

/** "MÜLLER" -> "Müller": spelled letters come in capitals, a name is written with one. */
function asName(letters: string): string {
  return letters.charAt(0).toUpperCase() + letters.slice(1).toLowerCase();
}

/**
 * The words of one comma-separated part with the spelling joined: a run of two or more single letters is the
 * word just said, spelled (then it is dropped), or the word as it should be written (then it replaces the
 * word said, which the recogniser may have heard wrong), or a word of its own when nothing was said before.
 */
function joinSpelling(words: string[], previous: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && LETTER.test(words[j] ?? '')) j++;
    if (j - i < 2) {
      out.push(words[i] ?? '');
      i++;
      continue;
    }
    const spelled = words.slice(i, j).join('');
    // The word spelled is the last one said, in this part or before the comma ("Müller, M Ü L L E R").
    const before = out.length > 0 ? out : previous;
    const said = before.at(-1);
    if (said === undefined) out.push(asName(spelled));
    else if (!sameWord(said, spelled)) before.splice(before.length - 1, 1, asName(spelled));
    i = j;
  }
  return out;
}

/** A surname as a form writes it first: one word, or particles and one word ("von der Leyen"). */
function isSurname(words: readonly string[]): boolean {
  return words.length >= 1 && words.length <= 4 && words.slice(0, -1).every((w) => PARTICLE.test(w)) && !PARTICLE.test(words.at(-1) ?? '');
}

/**
 * The name with fillers removed, spelled letters joined (and dropped when they spell the word just said),
 * a place or address after a comma left out (`places`: placeNames of the profile), and "Nachname, Vorname"
 * turned round. Anything else stays as given.
 */
export function spokenName(raw: string, places: readonly string[] = []): string {
  const parts: string[][] = [];
  for (const piece of raw.split(',')) {
    const words = piece
      .split(/\s+/)
      .flatMap((w) => (/^(?:\p{L}-)+\p{L}$/u.test(w) ? w.split('-') : [w]))
      .filter((w) => w && !isFiller(w));
    const joined = joinSpelling(words, parts.at(-1) ?? []);
    if (joined.length > 0) parts.push(joined);
  }
  // "Hans Müller, Kölnstraße 3", "Meier, aus Düren": where the person lives is no part of the name.
  while (parts.length > 1 && isWhereabouts(parts.at(-1) ?? [], places)) parts.pop();
  const [named, first] = parts;
  const titles = (named ?? []).filter((w, i, all) => all.slice(0, i + 1).every((t) => TITLE.test(t)));
  const surname = (named ?? []).slice(titles.length);
  // Only words of letters after the comma, and no more than a first name has.
  const firstNames = first !== undefined && first.length <= 3 && first.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w));
  if (parts.length === 2 && first && isSurname(surname) && firstNames) return [...titles, ...first, ...surname].join(' ');
  return parts.map((p) => p.join(' ')).join(', ');
}
