/**
 * Dutch ("Ik ben mijn paspoort kwijt, wat moet ik doen?"). Düren and many other German cities lie near the
 * Dutch border, but Dutch cannot be one of franc's candidates in other-language.ts: German keywords without a
 * function word ("Kohleausstieg Strukturwandel") score as Dutch there. And Dutch shares function words with
 * German ("in", "is", "was", "die"), so the other-language gate, which wants at most one German or English
 * function word, never lets a Dutch sentence through. So Dutch needs words of its own: a message counts as
 * Dutch when it holds a Dutch word that is neither German nor English, and franc, choosing between Dutch,
 * German and English only, agrees.
 */
import { franc } from 'franc';

/**
 * Frequent Dutch words that are no German or English word and no Rhineland or Low German form a German
 * citizen types ("dat", "wat", "ik", "ook", "hebben" and "nee" are left out for that reason, "worden", "dag",
 * "haar" and "heel" as German or English words, "ben" as a name).
 */
const DUTCH_WORDS = new Set([
  'het', 'een', 'mijn', 'niet', 'hoe', 'waar', 'wanneer', 'waarom', 'hoeveel', 'welk', 'welke', 'moet', 'moeten',
  'heb', 'hebt', 'heeft', 'jullie', 'bij', 'naar', 'wij', 'jij', 'mij', 'zij', 'hij', 'uw', 'ons', 'onze', 'deze',
  'graag', 'gemeente', 'gemeentehuis', 'stadhuis', 'alstublieft', 'alsjeblieft', 'bedankt', 'alvast',
  'hartelijk', 'groeten', 'vriendelijke', 'meneer', 'mevrouw', 'goedemorgen', 'goedemiddag', 'goedenavond',
  'doei', 'ziens', 'omdat', 'maar', 'voor', 'zonder', 'tussen', 'naast', 'tijdens', 'sinds', 'volgens', 'nodig',
  'krijg', 'krijgen', 'aanvragen', 'aanvraag', 'afspraak', 'nog', 'geen', 'iets', 'veel', 'altijd', 'nooit',
  'misschien', 'alleen', 'weet', 'doen', 'gaat', 'kunnen', 'kun', 'kunt', 'zijn', 'zou', 'zal', 'wordt', 'uit',
  'vraag', 'vragen', 'spreekt', 'spreken', 'zeggen', 'zegt', 'kwijt', 'gevonden', 'zoek', 'zoeken', 'paspoort',
  'rijbewijs', 'identiteitskaart', 'belasting', 'verhuisd', 'verhuizen', 'betalen', 'ophalen', 'iemand',
]);
const WORD = /\p{L}+/gu;
/** "ij" inside a word is Dutch spelling ("tijd", "rijbewijs", "bijstand"); German and English have no such words. */
const DUTCH_SPELLING = /.ij/;
/** Fewer letters than this say too little for franc, also with a Dutch word in them ("Ben da?"). */
const MIN_LETTERS = 10;

/**
 * Whether the message is written in Dutch: it holds a Dutch word (one is enough: franc's choice guards
 * names such as "Ben" and places such as "Stadhuis Venlo" in a German sentence), has at least MIN_LETTERS
 * letters, and franc prefers Dutch to German and English.
 */
export function looksDutch(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (!words.some((word) => DUTCH_WORDS.has(word) || DUTCH_SPELLING.test(word))) return false;
  if (words.join('').length < MIN_LETTERS) return false;
  return franc(text, { minLength: 1, only: ['nld', 'deu', 'eng'] }) === 'nld';
}
