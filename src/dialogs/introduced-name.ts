/**
 * A name given in passing ("Kölnstraße 12, 52351 Düren, ich heiße Peter Müller", "Termin für einen Reisepass,
 * mein Name ist Ali Yilmaz"): the words after an introduction, up to the next comma, "und" or other clause.
 * Only a clear introduction counts ("ich bin" is also "ich bin umgezogen").
 */
import type { StepDefinition } from './schema.js';
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

/** The first name introduced in `text`, with its place (introduction included), or null. */
export function introducedName(text: string): IntroducedName | null {
  for (const m of text.matchAll(INTRODUCTION)) {
    const from = m.index + m[0].length;
    const words: string[] = [];
    let end = from;
    for (const w of text.slice(from).matchAll(/[^\s,;:!?()]+|[,;:!?()]/gu)) {
      const word = w[0].replace(/\.$/, '');
      // "von der Leyen": an article after a name particle is part of the name.
      const particle = PARTICLE.has(fold(words.at(-1) ?? '')) && /^(?:der|den|dem|de|la|le)$/iu.test(word);
      // "E-Mail" folds to "e mail": its first part decides.
      if (!NAME_WORD.test(word) || (!particle && NOT_A_NAME_WORD.has(fold(word).split(' ')[0] ?? '')) || words.length === 5) break;
      words.push(w[0]);
      end = from + w.index + w[0].length;
      if (w[0].endsWith('.') && !/^\p{Lu}\.$/u.test(w[0]) && !/^(?:dr|prof)\.$/iu.test(w[0])) break;
    }
    if (words.length > 0 && words.join('').length >= 2) return { name: words.join(' ').replace(/\.$/, ''), span: [m.index, end] };
  }
  return null;
}

/**
 * The citizen's own name: a text step with the keyword "heiße" or "name" (Sperrmüll, Hundesteuer, the
 * appointment), or checked by `person_name` (Wohngeld). "Hundename" is the dog's, not the citizen's.
 */
export function isNameStep(step: StepDefinition): boolean {
  if (step.type !== 'text') return false;
  return step.validate.validator === 'person_name' || step.keywords.some((k) => ['heisse', 'name'].includes(fold(k)));
}
