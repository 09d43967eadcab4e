/**
 * Chat wordings said on the phone: the dialogs and answers are written for the chat ("Sagen Sie …" and
 * "Schreiben Sie …" both occur), and a caller cannot write or tap. One place turns the known phrases into
 * spoken ones ("„abbrechen“ schreiben" -> "„abbrechen“ sagen", "hier im Chat" -> "hier am Telefon") and drops
 * what is only for reading (the Wohngeld calculation). Writing to someone else stays writing: a sentence
 * about an e-mail or a letter, the one after it ("Schreiben Sie den Tag und die Adresse"), and writing down
 * ("Schreiben Sie die Nummer auf").
 */
import { withoutScreenOnly } from '../../core/ssml-screen-only.js';
import type { Locale } from '../../core/types.js';

type Rule = [RegExp, string];

const DE: Rule[] = [
  // „zurück“, „abbrechen“ oder „später weitermachen“ schreiben
  [/(„[^“]+“(?:(?:,| oder| und) „[^“]+“)*) (?:schreiben|tippen)\b/g, '$1 sagen'],
  [/\b([Ss])chreiben Sie\b/g, '$1agen Sie'],
  [/\b([Tt])ippen Sie\b/g, '$1agen Sie'],
  [/\b([Hh])ier im Chat\b/g, '$1ier am Telefon'],
  [/\bim Chat leider\b/g, 'am Telefon leider'],
  [/\bIm Chat kann ich\b/g, 'Am Telefon kann ich'],
  // "finden Sie hier" is a link the caller cannot see; the site is named at the end ("Mehr dazu auf …").
  [/\bfinden Sie hier(?=[.!])/g, 'finden Sie im Internet'],
  [/\bHier ist der Link (zu[mr]) ([^.]+?)(?: im Internet)?\./g, 'Die Seite $1 $2 nenne ich Ihnen gleich.'],
];

const EN: Rule[] = [
  [/\bWrite(?= "| it "|:| only| in one)/g, 'Say'],
  [/\bwrite(?= "| it "|:| only| in one)/g, 'say'],
  [/\bType(?= ")/g, 'Say'],
  [/\btype(?= ")/g, 'say'],
  [/\b([Hh])ere in the chat\b/g, '$1ere on the phone'],
  [/\bin the chat(?=, sorry| any more)/g, 'on the phone'],
  [/\b(You find [^.]*?) here(?=\.)/g, '$1 on the internet'],
];

/** Sentences that are about writing to someone (an e-mail, a letter) or writing something down. */
const WRITING_TO = /\b(?:E-Mail|Mail|Brief|e-mail|email|letter|statt anrufen|instead of calling)\b|\bauf[.!?]?$|\bdown[.!?]?$/u;

const SENTENCES = /(?<=[.!?])\s+(?=[\p{Lu}„"])/u;

function spokenSentence(sentence: string, rules: Rule[]): string {
  return rules.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);
}

/** One line (a paragraph's line keeps its line breaks, which mark list rows for the SSML). */
function spokenLine(line: string, rules: Rule[]): string {
  let afterWriting = false;
  return line
    .split(SENTENCES)
    .map((sentence) => {
      const writing = WRITING_TO.test(sentence);
      const keep = writing || afterWriting;
      afterWriting = writing;
      return keep ? sentence : spokenSentence(sentence, rules);
    })
    .join(' ');
}

/** The reply text as a caller should hear it. */
export function phoneWording(text: string, locale: Locale): string {
  const rules = locale === 'de' ? DE : EN;
  return withoutScreenOnly(text)
    .split('\n')
    .map((line) => spokenLine(line, rules))
    .join('\n');
}
