/**
 * Dutch ("Ik ben mijn paspoort kwijt, wat moet ik doen?"). Düren and many other German cities lie near the
 * Dutch border, but Dutch cannot be one of franc's candidates in other-language.ts: German keywords without a
 * function word ("Kohleausstieg Strukturwandel") score as Dutch there. And Dutch shares function words with
 * German ("in", "is", "was", "die"), so the other-language gate, which wants at most one German or English
 * function word, never lets a Dutch sentence through. So Dutch needs words of its own: a message counts as
 * Dutch when it holds a Dutch word that is neither German nor English, and franc, choosing between Dutch,
 * German and English only, agrees; or, for keyword queries too short for franc ("huurtoeslag duitsland"),
 * when it holds a Dutch word of the city's services and no German or English function word.
 */
import { franc } from 'franc';
import { functionWords } from './language.js';
import { foldToken } from './normalize.js';

/**
 * Frequent Dutch words that are no German or English word and no Rhineland or Low German form a German
 * citizen types ("dat", "wat", "ik", "ook", "hebben" and "nee" are left out for that reason, "worden", "dag",
 * "haar" and "heel" as German or English words, "ben" as a name).
 */
const DUTCH_WORDS = new Set([
  'het', 'een', 'mijn', 'niet', 'hoe', 'waar', 'wanneer', 'waarom', 'hoeveel', 'welk', 'welke', 'moet', 'moeten',
  'heb', 'hebt', 'heeft', 'jullie', 'bij', 'naar', 'wij', 'jij', 'mij', 'zij', 'hij', 'uw', 'ons', 'onze', 'deze',
  'graag', 'gemeente', 'gemeentehuis', 'stadhuis', 'alstublieft', 'alsjeblieft', 'bedankt', 'alvast', 'hartelijk',
  'groeten', 'vriendelijke', 'meneer', 'mevrouw', 'doei', 'ziens', 'omdat', 'maar', 'voor', 'zonder', 'tussen',
  'naast', 'tijdens', 'sinds', 'volgens', 'nodig', 'krijg', 'krijgen', 'nog', 'geen', 'iets', 'veel', 'altijd',
  'nooit', 'misschien', 'alleen', 'weet', 'doen', 'gaat', 'kunnen', 'kun', 'kunt', 'zijn', 'zou', 'zal', 'wordt',
  'uit', 'vraag', 'vragen', 'spreekt', 'spreken', 'zeggen', 'zegt', 'kwijt', 'gevonden', 'zoek', 'zoeken', 'iemand',
]);
/**
 * Dutch words of greetings and of a city's services, of five letters or more, that no German or English word
 * begins or ends with; compounds count too ("afvalkalender", "hondenbelasting", "verkiezingsdag"). Alone they
 * mark a keyword query as Dutch. "Gemeente" and "Stadhuis" are not among them: Germans name Dutch offices by them
 * ("Stadhuis Venlo Öffnungszeiten").
 */
const SERVICE_STEMS = [
  'goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'dankjewel', 'dankuwel', 'nederland', 'duitsland',
  'burgerzaken', 'ambtenaar', 'afspraak', 'aanvraag', 'aanvragen', 'opvragen', 'aanmelden',
  'afmelden', 'inschrijven', 'inschrijving', 'uitschrijven', 'verhuisd', 'verhuizen', 'verhuizing', 'verlengen',
  'vernieuwen', 'omwisselen', 'ophalen', 'betalen', 'paspoort', 'rijbewijs', 'identiteitskaart', 'geboorteakte',
  'uittreksel', 'legaliseren', 'handtekening', 'trouwen', 'huwelijk', 'geboorte', 'overlijden', 'aangifte',
  'verkiezing', 'stembureau', 'stempas', 'belasting', 'toeslag', 'uitkering', 'bijstand', 'kinderbijslag',
  'woning', 'vergunning', 'afval', 'grofvuil', 'vuilnis', 'kliko', 'klacht', 'overlast', 'lantaarnpaal',
  'kaartje', 'bibliotheek', 'zwembad', 'openingstijd', 'telefoonnummer', 'wachttijd',
];
const WORD = /\p{L}+/gu;
/** "ij" inside a word is Dutch spelling ("tijd", "rijbewijs", "bijstand"); German and English have no such words. */
const DUTCH_SPELLING = /.ij/;
/** Fewer letters than this say too little for franc, also with a Dutch word in them ("Ben da?"). */
const MIN_LETTERS = 10;

const serviceWord = (word: string): boolean => SERVICE_STEMS.some((stem) => word.startsWith(stem) || word.endsWith(stem));

/**
 * Whether the message is written in Dutch: it holds a Dutch word (one is enough: franc's choice guards
 * names such as "Ben" and places such as "Stadhuis Venlo" in a German sentence), has at least MIN_LETTERS
 * letters, and franc prefers Dutch to German and English. A keyword query ("afvalkalender Düren") needs a
 * Dutch service word and no German or English function word instead: franc reads so few letters as German.
 */
export function looksDutch(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.some(serviceWord)) {
    const { de, en } = functionWords(words.map(foldToken));
    if (de + en === 0) return true;
  } else if (!words.some((word) => DUTCH_WORDS.has(word) || DUTCH_SPELLING.test(word))) {
    return false;
  }
  if (words.join('').length < MIN_LETTERS) return false;
  return franc(text, { minLength: 1, only: ['nld', 'deu', 'eng'] }) === 'nld';
}
