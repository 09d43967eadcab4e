/**
 * Our own stopword lists, in folded spelling (see foldToken). Question words (wann, wo, wie, was, wer,
 * warum, welche) and negations (nicht, kein) are deliberately absent: they change what a citizen asks.
 */
import { foldToken } from './normalize.js';

const GERMAN = `
der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern also
ich du er sie es wir ihr mich mir dich dir uns euch ihn ihm ihnen sich man
mein meine meinen meinem meiner meines dein deine deinen deinem deiner unser unsere unseren unserem
ihre ihren ihrem ihrer sein seine seinen seinem seiner
bin bist ist sind seid war waren wäre wären habe hast hat haben habt hatte hatten hätte
werde wirst wird werden würde würden kann kannst können könnte muss musst müssen soll sollte
möchte möchten mag will willst wollen
zu zum zur im in am an auf aus bei mit nach von vom vor für über unter um durch bis ab gegen ohne
da dann so auch noch schon mal nur sehr ganz hier dort dies diese dieser dieses diesen jetzt
eigentlich bitte gerne gern denn ja halt eben bloß etwa wohl nen ne n dass ob wenn als
`;

const ENGLISH = `
the a an and or but of to in on at by for with from into about as is are were be been being am
i me my mine you your yours he him his she her it its we us our they them their this that these those
do does did have has had will would shall should can could may might must
please just so then there here also too very really some any
`;

// "was" is an English stopword but a German question word; German wins.
const KEEP = new Set(['wann', 'wo', 'wie', 'was', 'wer', 'warum', 'welche', 'nicht', 'kein', 'keine', 'not', 'no']);

/**
 * Adverbs of time, degree and manner (folded): they say how, when or how much, never what, so a word of these
 * names no matter of its own (follow-ups: "Was kostet das ungefähr?", "bis wann geht das spätestens?").
 */
const HOW_NOT_WHAT: ReadonlySet<string> = new Set(
  `ungefähr circa ca normalerweise üblicherweise meistens immer nie oft manchmal spätestens frühestens mindestens
  höchstens genau wirklich überhaupt sofort bald vorher nachher danach vorab voraus rechtzeitig selbst wieder
  nochmal nochmals trotzdem gleich inzwischen bereits sowieso jeweils insgesamt
  usually normally roughly approximately exactly actually always never often sometimes soon before afterwards
  advance least latest earliest still again already anyway myself yourself ourselves themselves ever`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldToken),
);

/** Whether a folded word is an adverb that says how, when or how much (HOW_NOT_WHAT). */
export function saysHowNotWhat(folded: string): boolean {
  return HOW_NOT_WHAT.has(folded);
}

/** Question and negation words: kept as features, but they say nothing about the topic of a message. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...KEEP, 'wieso', 'weshalb', 'welcher', 'welches', 'wieviel', 'how', 'what', 'when', 'where', 'who', 'why', 'which']);

export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded);
}

function build(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word && !KEEP.has(word)).map(foldToken));
}

export const GERMAN_STOPWORDS: ReadonlySet<string> = build(GERMAN);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = build(ENGLISH);

/**
 * German stopwords that are English words with a meaning of their own ("my bin was stolen", "I lost my
 * hat"): in an English message they stay content words.
 */
const ENGLISH_CONTENT: ReadonlySet<string> = new Set(['bin', 'hat', 'man', 'war']);

/** Both lists apply to every message (mixed-language messages are common), save ENGLISH_CONTENT in English ones. */
export function isStopword(folded: string, language?: 'de' | 'en'): boolean {
  if (language === 'en' && ENGLISH_CONTENT.has(folded)) return false;
  return GERMAN_STOPWORDS.has(folded) || ENGLISH_STOPWORDS.has(folded);
}
