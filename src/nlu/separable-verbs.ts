/**
 * German separable verbs, joined back to the infinitive the training examples use. "Wie melde ich mein Auto
 * ab?" and "Ich habe vergessen, mich umzumelden" mean "abmelden" and "ummelden", but word by word they only
 * share "meld" with every other registration topic, and the particle ("ab", "um") is a stopword. The same
 * holds for participles ("abgemeldet"). A verb is joined only when the joined stem is one the training
 * examples contain, the same guard compound splitting uses, so a particle that is a plain preposition
 * ("Antrag auf Wohngeld") adds nothing.
 */
import { foldToken } from './normalize.js';
import { stem } from './stem.js';
import { tokenizeWords } from './tokenize.js';

/** Folded particles of separable verbs, longest first so "zuruck" wins over "zu". */
const PARTICLES = [
  'zusammen', 'herunter', 'zuruck', 'entgegen', 'heraus', 'herein', 'hinein', 'vorbei', 'voraus', 'weiter',
  'wieder', 'durch', 'nach', 'fest', 'frei', 'fort', 'hin', 'her', 'los', 'mit', 'weg', 'vor', 'auf', 'aus',
  'bei', 'ein', 'ab', 'an', 'um', 'zu',
];
const PARTICLE_SET = new Set(PARTICLES);
/** "ab|zu|melden": particle, the infix "zu", and at least a short verb ending in -n. */
const ZU_INFINITIVE = new RegExp(`^(${PARTICLES.join('|')})zu([a-z]{3,}n)$`);
/** "ab|ge|meldet", "aus|ge|treten": particle, the infix "ge", and a participle ending in -t or -en. */
const PARTICIPLE = new RegExp(`^(${PARTICLES.join('|')})ge([a-z]{3,}(?:t|en))$`);
/** How far back from a clause-final particle the finite verb may stand ("melde mein altes Auto ab"). */
const VERB_WINDOW = 6;

/**
 * Stems the particle and a finite verb form may join to: "ab" + "melde"/"meldet"/"melden" -> "abmeld",
 * "ab" + "holt" -> "abhol". The stemmer leaves the 3rd-person "-t" on ("holt", "meldet"), so that form is
 * also tried as an infinitive without it.
 */
function joinedStems(particle: string, verb: string): string[] {
  const forms = [verb];
  if (verb.length > 3 && verb.endsWith('t')) forms.push(verb.slice(0, -1), verb.replace(/et$/, ''));
  return forms.flatMap((form) => [`${particle}${stem(form, 'de')}`, stem(`${particle}${form}en`, 'de')]);
}

export type KnownStem = (stem: string) => boolean;

/**
 * The stem of the separable verb in a zu-infinitive or participle the examples never used as written:
 * "abzumelden" and "abgemeldet" -> "abmeld" when the examples know "abmelden" or "Abmeldung".
 */
export function joinedVerbStem(folded: string, known: KnownStem): string | undefined {
  const match = ZU_INFINITIVE.exec(folded) ?? PARTICIPLE.exec(folded);
  if (!match) return undefined;
  return joinedStems(match[1] as string, match[2] as string).find(known);
}

/**
 * Stems of separable verbs whose particle closes a clause: "melde ... ab" -> "abmeld". Clauses end at
 * sentence punctuation, so "Ich melde mich ab, um ..." still finds its particle.
 */
export function particleVerbStems(normalized: string, known: KnownStem): string[] {
  const found: string[] = [];
  for (const clause of normalized.split(/[.,;:!?]/)) {
    const tokens = tokenizeWords(clause).map(foldToken);
    const particle = tokens[tokens.length - 1];
    if (particle === undefined || !PARTICLE_SET.has(particle)) continue;
    for (let i = tokens.length - 2; i >= Math.max(0, tokens.length - 1 - VERB_WINDOW); i--) {
      const verb = tokens[i] as string;
      if (verb.length < 3 || PARTICLE_SET.has(verb)) continue;
      const joined = joinedStems(particle, verb).find(known);
      if (joined !== undefined) {
        found.push(joined);
        break;
      }
    }
  }
  return found;
}
