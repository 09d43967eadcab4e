/**
 * A name given in passing ("Kölnstraße 12, 52351 Düren, ich heiße Peter Müller", "Termin für einen Reisepass,
 * mein Name ist Ali Yilmaz"): the words after an introduction, up to the next comma, "und" or other clause.
 * Only a clear introduction counts ("ich bin" is also "ich bin umgezogen").
 */
import type { StepDefinition } from './schema.js';
import { isFiller, isWhereabouts, spokenName } from './spoken-name.js';
import { fold } from './text.js';

const INTRODUCTION =
  /(?<![\p{L}])(?:ich\s+hei(?:ß|ss)e|(?:mein|der)\s+(?:(?:vor-?\s*und\s+)?nach)?name\s+(?:ist|lautet)|my\s+name\s+is|my\s+name['’]s|i\s+am\s+called|(?:vor-?\s*und\s+nach)?name\s*:)\s*/giu;
/** Words that end a name: the next clause ("und wohne", "Telefon 0176"), a courtesy, or a remark ("mein Name ist falsch"). */
const NOT_A_NAME_WORD = new Set(
  'und and oder or wohne wohnen lebe leben wohnhaft aus in im from live living bin sind habe hab haben have has ich wir mein meine meinen my i we telefon tel handy mobil phone mail e email bitte please danke thanks seit mit with der die das den dem the a an ein eine einen geboren born möchte moechte will würde wuerde would brauche need falsch falsche verkehrt richtig korrekt nicht anders geändert geaendert wrong correct incorrect different not changed auf bei unter leider doch eigentlich noch schon ja nein yes no'.split(
    ' ',
  ),
);
const PARTICLE = new Set(['von', 'van', 'vom', 'zu', 'zur', 'de', 'del', 'di', 'da']);
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

export interface IntroducedName {
  name: string;
  span: [number, number];
}

/**
 * The first name introduced in `text`, with its place (introduction included), or null. `places` (placeNames of
 * the profile) are never a first name after a comma: "mein Name ist Müller, Düren" is Müller.
 */
export function introducedName(text: string, places: readonly string[] = []): IntroducedName | null {
  for (const m of text.matchAll(INTRODUCTION)) {
    const from = m.index + m[0].length;
    const words: string[] = [];
    let end = from;
    for (const w of text.slice(from).matchAll(/[^\s,;:!?()]+|[,;:!?()]/gu)) {
      const word = w[0].replace(/\.$/, '');
      // "von der Leyen": an article after a name particle is part of the name.
      const particle = PARTICLE.has(fold(words.at(-1) ?? '')) && /^(?:der|den|dem|de|la|le)$/iu.test(word);
      // "E-Mail" folds to "e mail": its first part decides.
      // Hesitations and spelled letters are no words of the name: "äh Müller M Ü L L E R Hans" is not cut short.
      const counted = words.filter((x) => !isFiller(x) && !/^\p{L}$/u.test(x)).length;
      // A letter of a spelling is no word either: the "E" of "M Ü L L E R" is not the "E" of "E-Mail".
      const spelled = /^\p{L}$/u.test(word) && (/^\p{L}$/u.test(words.at(-1) ?? '') || SPELLING_AHEAD.test(text.slice(from + w.index)));
      if (!NAME_WORD.test(word) || (!particle && !spelled && NOT_A_NAME_WORD.has(fold(word).split(' ')[0] ?? '')) || counted === 5) break;
      words.push(w[0]);
      end = from + w.index + w[0].length;
      if (w[0].endsWith('.') && !/^\p{Lu}\.$/u.test(w[0]) && !/^(?:dr|prof)\.$/iu.test(w[0])) break;
    }
    const said = words.filter((x) => !isFiller(x));
    if (said.length === 0 || said.join('').length < 2) continue;
    const more = afterComma(text, end, said, places);
    return { name: spokenName([said.join(' '), ...more.parts].join(', '), places).replace(/\.$/, ''), span: [m.index, more.end] };
  }
  return null;
}

// "Müller, M Ü L L E R, Hans": the surname, its spelling and the first name, each after a comma.
const SPELLING_AHEAD = /^\p{L}(?:[\s-]+\p{L}(?!\p{L}))+/u;
const SPELLING_AFTER = /^\s*,\s*((?:\p{L}[\s-]+)+\p{L})(?=\s*(?:[,.;!?]|$))/u;
const FIRST_NAME_AFTER = /^\s*,\s*(\p{L}+(?:[\s-]\p{L}+){0,2})\s*[.!]?\s*$/u;

/** The spelling and the first name that follow a surname, as far as they are clearly part of the name. */
function afterComma(text: string, end: number, said: readonly string[], places: readonly string[]): { parts: string[]; end: number } {
  const parts: string[] = [];
  const spelling = SPELLING_AFTER.exec(text.slice(end));
  if (spelling?.[1]) {
    parts.push(spelling[1]);
    end += spelling[0].length;
  }
  // A first name only after a surname alone ("Müller, Hans"), and only as the end of the message: "Peter
  // Müller, Düren" names a place, "Müller, wohne in …" goes on with a clause.
  const surnameAlone = said.filter((w) => !PARTICLE.has(fold(w)) && !/^(?:der|den|dem|la|le)$/iu.test(w)).length === 1;
  const first = surnameAlone ? FIRST_NAME_AFTER.exec(text.slice(end)) : null;
  if (first?.[1] && first[1].split(/[\s-]/).every((w) => !NOT_A_NAME_WORD.has(fold(w))) && !isWhereabouts(first[1].split(/\s+/), places)) {
    parts.push(first[1]);
    end += first[0].replace(/[\s.!]+$/, '').length;
  }
  return { parts, end };
}

/**
 * The citizen's own name: a text step with the keyword "heiße" or "name" (Sperrmüll, Hundesteuer, the
 * appointment), or checked by `person_name` (Wohngeld). "Hundename" is the dog's, not the citizen's.
 */
export function isNameStep(step: StepDefinition): boolean {
  if (step.type !== 'text') return false;
  return step.validate.validator === 'person_name' || step.keywords.some((k) => ['heisse', 'name'].includes(fold(k)));
}
