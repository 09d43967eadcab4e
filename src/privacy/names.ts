/**
 * Person names given in free text. Names have no shape of their own, so only what a phrase introduces is
 * taken: "ich heiße Anna Schmidt", "mein Name ist Müller", "my name is John Smith", "Name: ...", a sign-off
 * ("Gruß, Peter Meier", "Best regards, John"), a title ("Herr Müller", "Frau Dr. Yılmaz", "Mr Smith") or
 * "ich bin / I am / hier ist / this is" followed by two capitalised words, a relative ("mein Mann Peter Schmidt",
 * "meiner verstorbenen Mutter Gertrud Schäfer"), an academic title ("Dr. Bauer"), "Ich, Peter Meier," or the pair
 * before "geboren". After a strong phrase ("ich heiße", "my name is") or "hier ist" at the start of a message the
 * name may be typed in lower case, as people do on phones.
 */
import type { PiiSpan } from './pii-kinds.js';

const STRONG =
  /(?<![\p{L}])(?:ich\s+hei(?:ß|ss)e|mein\s+(?:vor|nach|familien)?name\s+(?:ist|lautet|wäre)|my\s+(?:first\s+|last\s+|full\s+|sur)?name\s+is|my\s+name's|i\s+am\s+called|i'm\s+called|(?:vor|nach|familien|first\s+|last\s+|full\s+|sur)?name\s*:)/giu;
const SIGN_OFF =
  /(?<![\p{L}])(?:mit\s+freundlichen\s+grü(?:ß|ss)en|(?:viele|liebe|beste|herzliche|freundliche|schöne)\s+grü(?:ß|ss)e|grü(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|(?:best|kind|warm)\s+regards|regards|best\s+wishes|cheers|sincerely|yours\s+(?:sincerely|truly))(?![\p{L}])[\s,.!]*/giu;
const THANKS_AT_END = /(?<![\p{L}])(?:danke(?:\s+schön)?|vielen\s+dank|thanks|thank\s+you)[\s,.!]+(?=[\p{L}'’ -]{2,40}[\s.!]*$)/giu;
const TITLE = /(?<![\p{L}])(?<!(?:meine[mnr]?|deine[mnr]?|seine[mnr]?|ihre[mnr]?|unsere[mnr]?|eure[mnr]?|die|der|den|eine[mnr]?|my|your|his|her|the)\s+)(?:herrn?|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|miss)\s+(?:(?:dr\.|prof\.|doktor)\s+)?/giu;
// "Hallo, hier ist Maria Schmidt", "hier spricht …", "this is John Smith": introductions like "ich bin".
const I_AM = /(?<![\p{L}])(?:ich\s+bin|i\s+am|i'm|hier\s+(?:ist|spricht|schreibt)|this\s+is)\s+/giu;
// "mein Mann Peter Schmidt", "unsere Tochter Lea", "my wife Anna", "meiner verstorbenen Mutter Gertrud Schäfer":
// another household member named by a capitalised word right after the relation, adjectives allowed between.
const RELATIVE =
  /(?<![\p{L}])(?:mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|my|our)\s+(?:(?:\p{Ll}+(?:e|en|er|es|em)|late|dear|beloved|deceased|older|younger|elder|little)\s+){0,2}(?:mann|ehemann|frau|ehefrau|partner(?:in)?|lebensgefährt(?:e|in|en)|freund(?:in)?|sohn|tochter|kind|mutter|vater|bruder|schwester|oma|opa|großmutter|großvater|enkel(?:in)?|tante|onkel|schwiegermutter|schwiegervater|husband|wife|partner|son|daughter|child|mother|father|brother|sister|grandmother|grandfather)\s+/giu;
// "Dr. Jürgen Bauer-Schulte", "Prof. Dr. med. Weber": an academic title introduces a name on its own.
const ACADEMIC = /(?<![\p{L}])(?:(?:dr|prof)\.\s*)+(?:(?:med|dent|phil|jur|rer\.\s?nat|h\.\s?c)\.\s*)?/giu;
// "Ich, Peter Meier, beantrage", the way people open a letter.
const I_COMMA = /(?<![\p{L}])[Ii]ch\s*,\s*(?=\p{Lu})/gu;
// "hallo hier ist mehmet öztürk wegen …": how people start on the phone; in lower case only at the very start.
const PHONE_START = /^[\s,.!]*(?:(?:hallo|hi|moin|servus|guten\s+(?:tag|morgen|abend)|grüß\s+gott)[\s,.!]*)?hier\s+(?:ist|spricht|schreibt)\s+(?:(?:frau|herr|herrn)\s+)?/iu;
// "Peter Meier, geboren 14.02.1988", "Petra Hoffmann geb. Schulz": the pair before a birth word, the birth name after "geb.".
const BEFORE_BIRTH = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\s*,?\s*(?:geboren|geb\.|born)(?![\p{L}])/gu;
const BIRTH_NAME = /(?<![\p{L}])geb\.\s*(?=\p{Lu}\p{Ll})/gu;
const TOKEN = /([\p{L}][\p{L}'’-]{0,30})/uy;
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'zu', 'da', 'di', 'del', 'al', 'el', 'bin', 'ibn', 'ter', 'ten']);
const STOPWORDS = new Set(
  ('und and ich i bin am on at under unter back wohne lebe live aus from in im mit with habe have hab brauche need möchte moechte would want will wie how was what ' +
    'wo where bitte please die das the a an ein eine einen komme come is ist hier here auch also nicht not aber but oder or my mein meine ' +
    'wir we you sie du er es it zu to für for of vom nur just so danke thanks thank gruß grüße regards schon already noch still gerade ' +
    'eigentlich neu new hier sorry leider froh glad happy interested looking calling writing schreibe rufe frage fragen möchten wollen ' +
    'arbeitslos rentner rentnerin student studentin mutter vater alleinerziehend single verheiratet married unemployed retired ' +
    'wohngeld termin antrag frage hilfe stadt bürgerbüro amt team service düren herr frau mr mrs ms sir madam dame damen herren ' +
    'vormittag nachmittag morgen abend mittag montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'rente lohn gehalt minijob job einkommen kindergeld unterhalt arbeitet verdient bekommt ist hat wohnt ' +
    'wegen bezüglich betreffend betreff zum zur weil dass denn wg kein keine keinen nichts alles etwas viel viele').split(' '),
);

/** Words that are no part of a name before a date: the stop words and the words that introduce a date. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...'seit since vom dem den der bis ab datum date termin appointment until till on from um am geboren born jahr year tag day monat month'.split(' '),
]);

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * Reads up to three name words from `from`. `anyCase`: the first word may be lower case (then the others
 * may be too). `minWords`: how many words a weak phrase needs ("ich bin Anna Schmidt" needs two).
 */
function readName(text: string, from: number, anyCase: boolean, minWords: number): PiiSpan | null {
  let i = from;
  const words: { start: number; end: number; word: string }[] = [];
  let lowerMode = false;
  while (words.length < 3 && i < text.length) {
    while (i < text.length && i - from < 6 && /[\s:,]/.test(text[i] ?? '') && (words.length === 0 || text[i] === ' ')) i++;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = (m[1] ?? '').replace(/[-'’]+$/, '');
    const lower = word.toLowerCase();
    if (words.length > 0 && PARTICLES.has(lower)) {
      TOKEN.lastIndex = i + m[0].length + 1;
      const next = TOKEN.exec(text);
      if (text[i + m[0].length] === ' ' && next && isCapitalised(next[1] ?? '')) {
        i += m[0].length + 1;
        continue;
      }
      break;
    }
    if (STOPWORDS.has(lower)) break;
    const ok = isCapitalised(word) || (words.length === 0 ? anyCase : lowerMode);
    if (!ok) break;
    if (words.length === 0 && !isCapitalised(word)) lowerMode = true;
    words.push({ start: i, end: i + word.length, word });
    i += word.length;
    if (text[i] !== ' ') break;
    i++;
  }
  const first = words[0];
  const last = words[words.length - 1];
  return first && last && words.length >= minWords ? { kind: 'name', start: first.start, end: last.end } : null;
}

/** Spans of person names introduced by a phrase, a sign-off or a title. */
export function findNames(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  const add = (span: PiiSpan | null) => {
    if (span) out.push(span);
  };
  for (const m of text.matchAll(STRONG)) add(readName(text, m.index + m[0].length, true, 1));
  for (const m of text.matchAll(SIGN_OFF)) add(readName(text, m.index + m[0].length, false, 1));
  for (const m of text.matchAll(THANKS_AT_END)) add(readName(text, m.index + m[0].length, false, 1));
  for (const m of text.matchAll(TITLE)) add(readName(text, m.index + m[0].length, false, 1));
  for (const m of text.matchAll(I_AM)) add(readName(text, m.index + m[0].length, false, 2));
  for (const m of text.matchAll(RELATIVE)) add(readName(text, m.index + m[0].length, false, 1));
  for (const m of text.matchAll(ACADEMIC)) add(readName(text, m.index + m[0].length, false, 1));
  for (const m of text.matchAll(I_COMMA)) add(readName(text, m.index + m[0].length, false, 2));
  for (const m of text.matchAll(BIRTH_NAME)) add(readName(text, m.index + m[0].length, false, 1));
  const phone = PHONE_START.exec(text);
  if (phone) add(readName(text, phone.index + phone[0].length, true, 2));
  for (const m of text.matchAll(BEFORE_BIRTH)) {
    const [first, second] = [m[1] ?? '', m[2] ?? ''];
    if (!NOT_A_NAME.has(first.toLowerCase()) && !NOT_A_NAME.has(second.toLowerCase())) out.push({ kind: 'name', start: m.index, end: m.index + first.length + 1 + second.length });
  }
  return out;
}
