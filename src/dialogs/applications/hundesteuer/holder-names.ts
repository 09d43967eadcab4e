/**
 * The two names of the dog tax: the owner and the account holder are a first and last name, never a sentence
 * ("Der Hund heißt Bello", "mein Mann", "das Konto gehört meiner Frau Anna Braun" were stored as the owner), and
 * the holder is compared with the owner tolerantly: "Eva Maria Braun", "Braun, Eva" and "Eva Bräun"/"Eva Braeun"
 * name the same person as "Eva Braun" (the mandate was refused for the applicant's own account).
 */
import type { DialogText } from '../../schema.js';
import type { Validator } from '../../registry.js';
import { fold } from '../../text.js';
import { personName } from '../shared/validators.js';

// Words no name has. Not "der", "de", "van", "bin", "das" (particles: "van der Heide", "bin Salman", "Maria das
// Dores") and not "will" ("Will Smith").
const NOT_NAME = new Set(
  (
    'ich wir du mich mir mein meine meiner meinem meinen meins unser unsere unserer unserem unseren dein deine sein seine ihr ihre ' +
    'my our your his mine me myself hund hunde hundes dog dogs heisst heisse heissen ist sind war hat habe hab gehoert gehoeren laeuft ' +
    'konto kontos account lastschrift ueberweisen ueberweise ueberweisung zahlen zahle moechte bitte kein keine nicht lieber doch dann ' +
    'called named is are belongs rather transfer pay debit would want please not'
  ).split(' '),
);
/** Forms of address and titles: "Frau Braun" gives no first name. */
const FORM = new Set(['herr', 'herrn', 'frau', 'familie', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);
/** Name particles: "von Braun" gives no first name either. */
const PARTICLE = new Set(['von', 'vom', 'zu', 'zur', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'la', 'le', 'ten', 'ter', 'y', 'bin', 'ibn', 'al', 'el']);

function words(name: string): string[] {
  return fold(name.normalize('NFD').replace(/\p{M}/gu, '')).split(' ').filter(Boolean);
}

/** A first and last name, up to ten words ("Maria del Carmen García de la Fuente López"), without digits or words of a sentence. */
export function isFullName(name: string): boolean {
  const all = words(name);
  if (all.length > 10 || /\d/.test(name) || all.some((word) => NOT_NAME.has(word))) return false;
  return all.filter((word) => !FORM.has(word) && !PARTICLE.has(word)).length >= 2;
}

/** First and last name for comparing: "Braun, Eva" turned round, forms of address left out, umlauts as "a", "o", "u". */
function firstAndLast(name: string): [string, string] | null {
  const comma = /^\s*([^,]+),\s*([^,]+)$/u.exec(name);
  const ordered = comma ? `${comma[2]} ${comma[1]}` : name;
  const kept = words(ordered)
    .filter((word) => !FORM.has(word))
    .map((word) => word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'));
  const first = kept[0];
  const last = kept.at(-1);
  return first && last && kept.length >= 2 ? [first, last] : null;
}

/** True when holder and owner are the same person: the same first and last name, middle names aside ("E. Braun" too). */
export function sameHolder(holder: string, owner: string): boolean {
  const a = firstAndLast(holder);
  const b = firstAndLast(owner);
  if (!a || !b || a[1] !== b[1]) return false;
  const [x, y] = [a[0], b[0]];
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

// "Das Konto läuft auf mich", "mein eigenes", "my own": the applicant (the shared check knows "ich", "auf mich").
const SELF = /^(?:(?:das )?konto (?:laeuft|ist) (?:auf|von) |es (?:laeuft|ist) auf |(?:the )?account is (?:in|on|under) |it is (?:in|on) )?(?:mich|mir|meins|mein eigenes(?: konto)?|meinen namen|mein name|auf mich|me|mine|my own(?: account)?|my name)$/u;
// "Paul Braun, das ist ein Gemeinschaftskonto mit mir", "auf mich und meinen Mann", "my wife and me".
const JOINT = /(?:^| )(?:gemeinschaftskonto|gemeinsames konto|gemeinsamen konto|joint account|shared account|mich und|mir und|und mich|und mir|me and|and me|and myself|and i|i and)(?: |$)/u;
const SELF_WORD = /(?:^| )(?:ich|mich|mir|mein\p{L}*|unser\p{L}*|uns|wir|me|my|our|us|we)(?: |$)/u;

/** "auf mich", "mein eigenes", "my own" (true); a joint account with the applicant ("joint"); else null. */
export function selfReference(text: string): 'self' | 'joint' | null {
  const folded = fold(text);
  if (SELF.test(folded)) return 'self';
  return JOINT.test(folded) && SELF_WORD.test(folded) ? 'joint' : null;
}

export function jointNote(owner: string): DialogText {
  return {
    de: `Sie sind Mitinhaberin oder Mitinhaber des Kontos: Ich trage Sie (${owner}) als Kontoinhaberin oder Kontoinhaber ein, und Sie erteilen das Mandat selbst. Wenn Sie über das Konto nur gemeinsam verfügen dürfen, sagen Sie „selbst überweisen“.`,
    en: `You hold the account jointly: I enter you (${owner}) as the account holder, and you give the mandate yourself. If you may only use the account together, say "transfer myself".`,
    plain: `Das Konto gehört auch Ihnen. Ich schreibe Sie (${owner}) als Konto-Inhaber auf. Dann dürfen Sie das Abbuchen erlauben.`,
  };
}

const NO_OWNER: DialogText = {
  de: 'Bitte nennen Sie nur Vor- und Nachnamen der Halterin oder des Halters, zum Beispiel „Maria Schmidt“.',
  en: 'Please give only the owner\'s first name and surname, for example "Maria Schmidt".',
  plain: 'Bitte schreiben Sie nur den Vornamen und den Nachnamen. Zum Beispiel: Maria Schmidt.',
};

// "Der Hund heißt Bello", "my dog is called Rex": the dog's name, kept for the later question.
const DOG_NAMED = /(?:^|\s)(?:der|mein|unser|the|my|our)\s+hund\s+hei(?:ß|ss)t\s+([\p{L}'-]+(?:\s+(?!und\b|and\b)[\p{L}'-]+){0,2})|(?:^|\s)(?:the|my|our)\s+dog\s+is\s+called\s+([\p{L}'-]+)/iu;

/** The dog owner: a first and last name only; a dog's name said instead is kept as the dog's name. */
export const dogOwnerName: Validator = (value, context) => {
  const result = personName(value, context);
  if (result.ok && typeof result.value === 'string' && isFullName(result.value)) return result;
  const dog = DOG_NAMED.exec(typeof value === 'string' ? value : '');
  const dogName = dog?.[1] ?? dog?.[2];
  if (!dogName || context.slots.hundename !== undefined) return { ok: false, reason: NO_OWNER };
  return {
    ok: false,
    extra: { hundename: dogName },
    reason: {
      de: `Den Namen des Hundes habe ich notiert: ${dogName}. ${NO_OWNER.de}`,
      en: `I have noted the dog's name: ${dogName}. ${NO_OWNER.en}`,
      plain: `Der Hund heißt ${dogName}. Das habe ich notiert. ${NO_OWNER.plain ?? ''}`,
    },
  };
};
