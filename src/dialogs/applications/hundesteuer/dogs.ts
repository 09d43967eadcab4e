/**
 * Which dog is registered, for households with several: whether the other dogs are registered already (with
 * their tax-tag numbers, if given), whether the registered dog is the dangerous one, and the breed named with
 * "ja, ein Pitbull" (only "ja" was kept, and the Steueramt had to ask back).
 */
import type { StepLogic, Validator } from '../../registry.js';

// The breeds of § 3 Abs. 2 and § 10 Abs. 1 LHundG NRW and any "…hund"/"…terrier"/"…dogge" a citizen names,
// with "-Mix"/"-Mischling": the words kept as the dangerous dog's breed.
const BREED = new RegExp(
  String.raw`(?<!\p{L})((?:pit\s*-?\s*bull(?:\s*-?\s*terrier)?|american\s+staffordshire(?:\s*-?\s*terrier)?|staffordshire\s*-?\s*bull\s*-?\s*terrier|bull\s*-?\s*terrier|amstaff|alano|american\s+bulldog(?:ge)?|bull\s*-?\s*mastiff|mastiff|mastino(?:\s+(?:espa[nñ]ol|napoletano))?|mast[ií]n\s+espa[nñ]ol|fila(?:\s+brasileiro)?|dogo\s+argentino|rottweiler|tosa(?:\s+inu)?|(?!(?:listen|kampf|wach)hund)\p{L}{3,}(?:hund|terrier|dogge))(?:\s*-?\s*(?:mix|mischling))?)(?!\p{L})`,
  'iu',
);

/** The breed named in the answer to "Ist ein gefährlicher Hund dabei?", as written. */
export function breedNamed(text: string): string | null {
  const match = BREED.exec(text)?.[1];
  return match ? match.replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
}

/** "ja, ein Pitbull": the yes, and the breed kept beside it (`gefaehrlich_rasse`). */
export const dangerousBreedNamed: Validator = (value, context) => {
  const breed = value === true ? breedNamed(context.message?.text ?? '') : null;
  if (!breed) return { ok: true, value, extra: { gefaehrlich_rasse: null } };
  return {
    ok: true,
    value,
    extra: { gefaehrlich_rasse: breed },
    note: { de: `Ich habe die Rasse notiert: ${breed}.`, en: `I have noted the breed: ${breed}.`, plain: `Die Rasse ist: ${breed}.` },
  };
};

// A tag number is a group of 3 or more digits after "Marke", "Nummer", "Nr." or "tag", or the whole rest after "ja".
const TAG_AFTER_WORD = /(?:marken?|nummern?|nr|tags?|numbers?|no)\.?\s*:?\s*((?:\d[\d\s/-]*\d)(?:\s*(?:,|und|and)\s*\d[\d\s/-]*\d)*)/giu;
const ONLY_NUMBERS = /^\s*(?:ja|yes)\b[\s,.:]*((?:\d[\d/-]*\d)(?:\s*(?:,|und|and|\s)\s*\d[\d/-]*\d)*)\s*[.!]?\s*$/iu;

export function tagNumbers(text: string): string[] {
  const groups = [...text.matchAll(TAG_AFTER_WORD)].map((m) => m[1] ?? '');
  const only = ONLY_NUMBERS.exec(text)?.[1];
  if (only) groups.push(only);
  return [...new Set(groups.flatMap((g) => g.split(/\s*(?:,|und|and)\s*|\s{2,}/u)).map((t) => t.replace(/\s+/g, '')).filter((t) => /\d{3,}/.test(t)))];
}

/** "ja, Marke 1234": the yes, and the tax-tag numbers of the other dogs kept beside it (`steuermarken`). */
export const otherDogsRegistered: Validator = (value, context) => {
  const tags = value === true ? tagNumbers(context.message?.text ?? '') : [];
  if (tags.length === 0) return { ok: true, value, extra: { steuermarken: null } };
  // The number itself is not repeated: the note goes into the transcript.
  return {
    ok: true,
    value,
    extra: { steuermarken: tags },
    note: {
      de: tags.length === 1 ? 'Die Nummer der Steuermarke gebe ich an das Steueramt weiter.' : 'Die Nummern der Steuermarken gebe ich an das Steueramt weiter.',
      en: tags.length === 1 ? 'I will pass the tax tag number on to the tax office.' : 'I will pass the tax tag numbers on to the tax office.',
      plain: 'Ich gebe die Nummer an das Steueramt weiter.',
    },
  };
};

/** With one dog, or only dangerous dogs, the registered dog is a dangerous one: not asked. */
export const registeredDogDangerous: StepLogic = {
  before(context) {
    const dogs = context.slots.anzahl;
    const dangerous = context.slots.gefaehrlich_anzahl;
    const certain = dogs === 1 || (typeof dogs === 'number' && typeof dangerous === 'number' && dangerous >= dogs);
    return certain ? { skip: true, slots: { [context.step.slot]: true } } : {};
  },
};

/** The breed named at the dangerous-dog question is the registered dog's when that is the one dangerous dog. */
export const breedFromDangerous: StepLogic = {
  before(context) {
    const s = context.slots;
    const breed = s.gefaehrlich === true ? s.gefaehrlich_rasse : null;
    const same = s.anzahl === 1 || (s.dieser_gefaehrlich === true && s.gefaehrlich_anzahl === 1);
    return typeof breed === 'string' && same ? { skip: true, slots: { [context.step.slot]: breed } } : {};
  },
};
