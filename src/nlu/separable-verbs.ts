/**
 * German separable verbs, joined back to the infinitive the training examples use. "Wie melde ich mein Auto
 * ab?" and "Ich habe vergessen, mich umzumelden" mean "abmelden" and "ummelden", but word by word they only
 * share "meld" with every other registration topic, and the particle ("ab", "um") is a stopword. The same
 * holds for participles ("abgemeldet"). A verb is joined only when the lexicon knows the infinitive (its
 * stem occurs in the training words, or content declares it a synonym: "umziehen" -> "umzug"), the same
 * guard compound splitting uses, so a particle that is a plain preposition ("Antrag auf Wohngeld") adds
 * nothing.
 */
import { foldToken } from './normalize.js';
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

/** The stem the model knows for an infinitive ("abmelden" -> "abmeld"), or undefined: Lexicon.verbStem. */
export type VerbStem = (infinitive: string) => string | undefined;

/**
 * Infinitives a verb form may belong to: "melde", "meldet", "meldest" -> "melden"; "holt" -> "holen";
 * "fordere" -> "fordern"; an infinitive or a participle in -en stays as it is.
 */
function infinitives(form: string): string[] {
  if (form.endsWith('en')) return [form];
  const bases = new Set([form, form.replace(/e$/, ''), form.replace(/e?s?t$/, '')]);
  return [...bases].filter((base) => base.length >= 2).map((base) => (/e[lr]$/.test(base) ? `${base}n` : `${base}en`));
}

function join(particle: string, form: string, verbStem: VerbStem): string | undefined {
  for (const infinitive of infinitives(form)) {
    const known = verbStem(`${particle}${infinitive}`);
    if (known !== undefined) return known;
  }
  return undefined;
}

/**
 * The stem of the separable verb in a zu-infinitive or participle the examples never used as written:
 * "abzumelden" and "abgemeldet" -> "abmeld" when the examples know "abmelden" or "Abmeldung".
 */
export function joinedVerbStem(folded: string, verbStem: VerbStem): string | undefined {
  const match = ZU_INFINITIVE.exec(folded) ?? PARTICIPLE.exec(folded);
  return match ? join(match[1] as string, match[2] as string, verbStem) : undefined;
}

/**
 * Stems of separable verbs whose particle closes a clause: "melde ... ab" -> "abmeld". Clauses end at
 * sentence punctuation, so "Ich melde mich ab, um ..." still finds its particle.
 */
export function particleVerbStems(normalized: string, verbStem: VerbStem): string[] {
  const found: string[] = [];
  for (const clause of normalized.split(/[.,;:!?]/)) {
    const tokens = tokenizeWords(clause).map(foldToken);
    const particle = tokens[tokens.length - 1];
    if (particle === undefined || !PARTICLE_SET.has(particle)) continue;
    for (let i = tokens.length - 2; i >= Math.max(0, tokens.length - 1 - VERB_WINDOW); i--) {
      const verb = tokens[i] as string;
      if (verb.length < 3 || PARTICLE_SET.has(verb)) continue;
      const joined = join(particle, verb, verbStem);
      if (joined !== undefined) {
        found.push(joined);
        break;
      }
    }
  }
  return found;
}
