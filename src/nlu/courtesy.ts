/**
 * Courtesy formulas around a request: a greeting or salutation in front ("Guten Tag, ...", "Sehr geehrte
 * Damen und Herren, ..."), thanks or a closing behind ("... Vielen Dank im Voraus", "Mit freundlichen Grüßen,
 * Anna"). Polite citizens write them, and the classifier reads them as the greeting or thanks intents: the
 * examples of those intents are short, so their few words weigh a lot ("wir haben ein Baby bekommen. Vielen
 * Dank im Voraus" was `danke` at 1.00). These are words of the language, not of one city, so they live here
 * like the stopwords. Thanks in front are left alone: "Danke für die Info" is thanks, not a request about "Info".
 */

const LEADING: readonly string[] = [
  // German greetings and salutations. Bare "tag" or "morgen" are never stripped: "Morgen ist Sperrmüll".
  'hallo zusammen',
  'servus zusammen',
  'moin zusammen',
  'hi zusammen',
  'hallo alle',
  'hallo ihr lieben',
  'hallo liebes team',
  'hallo',
  'hallöchen',
  'halli hallo',
  'moin moin',
  'moin',
  'servus',
  'grüß gott',
  'grüß dich',
  'grüezi',
  'tach',
  'n abend',
  "n'abend",
  'einen schönen guten tag',
  'einen schönen guten morgen',
  'schönen guten tag',
  'schönen guten morgen',
  'guten tag',
  'guten morgen',
  'guten mittag',
  'guten abend',
  'sehr geehrte damen und herren',
  'liebe damen und herren',
  'liebe stadt düren',
  'liebe stadtverwaltung',
  'liebe stadt',
  'liebes team',
  'liebes bürgerbüro',
  // English
  'hello everyone',
  'hello there',
  'hello',
  'hi there',
  'hi all',
  'hi',
  'hey there',
  'hey',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'dear sir or madam',
  'dear sir/madam',
  'dear team',
  'dear city of düren',
  'greetings',
  // Acknowledgements in front of the next question ("Ok, und wo beantrage ich das?").
  'alles klar',
  'okay',
  'ok',
];

const TRAILING: readonly string[] = [
  // German thanks and closings, longest first so the whole formula goes.
  'vielen dank im voraus',
  'vielen dank vorab',
  'danke im voraus',
  'danke vorab',
  'besten dank im voraus',
  'herzlichen dank im voraus',
  'vielen herzlichen dank',
  'herzlichen dank',
  'vielen dank',
  'besten dank',
  'danke schön',
  'dankeschön',
  'danke sehr',
  'danke',
  'mit freundlichen grüßen',
  'mit freundlichem gruß',
  'mit besten grüßen',
  'freundliche grüße',
  'viele grüße',
  'liebe grüße',
  'beste grüße',
  'schöne grüße',
  'gruß',
  'grüße',
  'mfg',
  'lg',
  'vg',
  'tschüss',
  'ciao',
  // What joins two formulas ("Danke und viele Grüße") is left over once the second one is gone.
  'und',
  // English
  'thank you very much in advance',
  'thank you in advance',
  'thanks in advance',
  'thank you very much',
  'thank you so much',
  'thank you',
  'many thanks',
  'thanks a lot',
  'thanks so much',
  'thanks',
  'thx',
  'cheers',
  'best regards',
  'kind regards',
  'warm regards',
  'regards',
  'best wishes',
  'and',
];

/** After these closings a signature may follow: up to three words (a name), as in letters. */
const SIGNED = /(grüßen|grüße|gruß|mfg|lg|vg|regards|wishes|cheers)$/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s,]+');
const SEPARATOR = '[\\s,.;:!?\\-–—…]';
const LEADING_PATTERN = new RegExp(`^${SEPARATOR}*(?:${LEADING.map(escape).join('|')})(?=${SEPARATOR}|$)${SEPARATOR}*`, 'u');
const signed = TRAILING.filter((formula) => SIGNED.test(formula));
const plain = TRAILING.filter((formula) => !SIGNED.test(formula));
// Words after a formula are only a signature when the formula closes a letter ("Grüße, Anna Weber"):
// "Danke für die Info" keeps its thanks.
const TRAILING_PATTERN = new RegExp(
  `(?:^|${SEPARATOR}+)(?:(?:${plain.map(escape).join('|')})|(?:${signed.map(escape).join('|')})(?:${SEPARATOR}+[\\p{L}.'-]+){0,3})${SEPARATOR}*$`,
  'u',
);
const LETTER = /\p{L}/u;
/** Small talk that is courtesy when nothing else is left: "Hallo, wie geht's?" is a greeting. */
const SMALL_TALK = new RegExp(
  `^(?:wie geht[’']?s(?: dir)?|wie geht es(?: dir| ihnen| euch)?|na|alles klar|alles gut|how are you(?: doing)?|how[’']?s it going)${SEPARATOR}*$`,
  'u',
);
/** A formula repeated or stacked ("Hallo, guten Tag, ...", "Danke! Viele Grüße") is stripped this often. */
const MAX_ROUNDS = 3;

/**
 * The request inside the courtesy formulas, or undefined when there are none or nothing but them (then the
 * message is the greeting or the thanks itself).
 */
export function withoutCourtesy(text: string): string | undefined {
  let rest = text.normalize('NFC');
  let changed = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lower = rest.toLowerCase();
    // Lower case must keep the offsets (it does for German and English; not for a few other letters).
    if (lower.length !== rest.length) break;
    const leading = LEADING_PATTERN.exec(lower);
    const end = TRAILING_PATTERN.exec(lower)?.index;
    if (!leading && end === undefined) break;
    const start = leading ? leading[0].length : 0;
    rest = rest.slice(start, end !== undefined && end >= start ? end : rest.length);
    changed = true;
  }
  const request = rest.trim();
  return changed && LETTER.test(request) && !SMALL_TALK.test(request.toLowerCase()) ? request : undefined;
}

const THANKS = /^(?:vielen|herzlichen|besten|tausend|many)?\s*(?:dank|danke|dankeschön|thank|thanks|thx|ty)\b/u;

/**
 * A sentence of thanks ("Danke!", "Vielen Dank im Voraus.", "Thanks a lot"). Thanks after a request belong
 * to it ("Bestell mir eine Pizza. Danke!" asks for a pizza), unlike a goodbye, which ends the conversation.
 */
export function isThanks(sentence: string): boolean {
  return THANKS.test(sentence.normalize('NFC').toLowerCase().replace(/^[^\p{L}]+/u, ''));
}
