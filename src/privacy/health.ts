/**
 * Health statements (GDPR Art. 9): a diagnosis, a disability, an addiction, a care grade or a pregnancy said
 * about the citizen or a household member ("ich bin HIV-positiv", "meine Tochter hat Diabetes", "mein Mann hat
 * Krebs im Endstadium", "ich bin schwerbehindert (GdB 80)", "für meine Mutter mit Demenz"). The same words as a
 * topic stay readable, because that is what the inbox needs: "Schwerbehindertenausweis beantragen", "Beratung
 * für Menschen mit Demenz", "Welche Hilfe gibt es bei Pflegegrad 2?".
 *
 * A term counts as a statement when, walking back from it through small words only ("auch", "seit drei
 * Jahren", "eine schwere"), one reaches "ich bin/habe", a form of "sein/haben/leiden" with a person before it
 * ("mein Sohn [NAME] ist"), or a possessive ("meine Depression", "meiner Mutter mit Demenz"). A noun that is no
 * person ("Menschen", "Frage", "Antrag") or a preposition like "für/bei/zu" ends the walk: then it is a topic.
 */
import type { PiiSpan } from './pii-kinds.js';

const ADJ = '(?:e[nrsm]?)?';
const TERMS = [
  // Infections, cancer, chronic and neurological illness.
  'hiv(?:[\\s-]?positiv' + ADJ + ')?', 'aids', '\\p{L}*krebs(?:erkrankung)?', 'tumou?r(?:e|en)?', 'leukämie', 'metastasen',
  'diabetes(?:\\s+typ\\s*[12])?', 'diabetiker(?:in)?', 'zuckerkrank(?:heit)?', 'demenz', 'dement' + ADJ, 'alzheimer', 'parkinson',
  'multiple\\s+sklerose', 'epilepsie', 'epileptiker(?:in)?', 'schlaganfall', 'herzinfarkt', 'dialyse', 'chemo(?:therapie)?',
  'long[\\s-]?covid', 'hepatitis(?:\\s+[abc])?', 'asthma', 'rheuma', 'allergi(?:e|en|ker|kerin)', 'querschnitts?gelähmt' + ADJ, 'gelähmt' + ADJ,
  // Mental health and addiction.
  'depression(?:en)?', 'depressiv' + ADJ, 'burn-?out', 'angststörung(?:en)?', 'panikattacken', 'psychisch\\s+krank' + ADJ,
  'schizophren(?:ie)?' + ADJ, 'bipolar' + ADJ, 'psychose', 'borderline', 'essstörung', 'magersucht', 'magersüchtig' + ADJ, 'bulimie', 'ptbs',
  '(?:alkohol|drogen|medikamenten|tabletten|spiel|heroin|opiat|kokain|cannabis)(?:abhängig|süchtig|krank)' + ADJ, 'alkoholiker(?:in)?', 'suchtkrank' + ADJ,
  // Disability, care, pregnancy, illness in general.
  'autismus', 'autist(?:in)?', 'autistisch' + ADJ, 'adhs', 'down[\\s-]?syndrom', 'trisomie\\s*21',
  '(?:schwer|geh|seh|hör|körper|lern|geistig\\s+|mehrfach)?behindert' + ADJ, '(?:schwer)?behinderung', 'blind' + ADJ, 'gehörlos' + ADJ,
  'rollstuhlfahrer(?:in)?', 'im\\s+rollstuhl', 'pflegebedürftig' + ADJ, 'pflegegrad\\s*[1-5]', 'pflegestufe\\s*[0-3]',
  '(?:gdb|grad\\s+der\\s+behinderung)\\s*(?:von\\s*)?\\d{2,3}', 'schwanger', 'schwangerschaft', '(?:schwer|chronisch\\s+|tod)?krank' + ADJ, 'krankheit(?:en)?', 'erkrankung(?:en)?', 'krankgeschrieben', 'erkrankt',
  // English.
  'cancer', 'diabetic', 'depressed', 'dementia', "alzheimer[’']?s", 'autism', 'autistic', 'hiv[\\s-]positive', 'disabled', 'disability', 'pregnant',
  'alcoholic', 'addicted', 'addiction', 'epilepsy', 'deaf', 'in\\s+a\\s+wheelchair',
];
const TERM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TERMS.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
const WHOLE_TERM = new RegExp(`^(?:${TERMS.join('|')})$`, 'iu');
/** What belongs to the statement after the term: "Typ 2", "im Endstadium", "(GdB 80)", "mit Pflegegrad 3". */
const TRAILER =
  /(?:\s*(?:typ|type)\s*[12]|\s+im\s+(?:end)?stadium(?:\s+\d)?|\s*\(\s*(?:(?:gdb|grad\s+der\s+behinderung)\s*(?:von\s*)?\d{2,3}|pflegegrad\s*[1-5])\s*\)|,?\s+(?:mit|und)\s+(?:einem\s+)?(?:(?:gdb|grad\s+der\s+behinderung)\s*(?:von\s*)?\d{2,3}|pflegegrad\s*[1-5]))(?![\p{L}\p{N}])/iuy;
const WORD = /\[[A-ZÄÖÜ-]+\]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const set = (words: string) => new Set(words.split(' '));
/** "ich bin …", "hab …", "leide an …": the speaker is the person. */
const FIRST_PERSON = set('bin habe hab hatte leide litt sitze bekam');
/** Need a person before them: "mein Sohn ist", "er hat", "Frau [NAME] leidet". "als": "ich als Diabetiker". */
const VERBS = set('ist sind bist seid war waren warst hat hast haben habt hatten hattest leidet leiden erkrankte wurde wurden sitzt sitzen als am is are was were have has had suffer suffers');
const PERSONS = set('ich du er sie wir ihr i he she we they');
const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer|eur)(?:e[mnrs]?)?$|^(?:my|our|his|her|their)$/u;
const RELATIONS = set(
  'mann ehemann frau ehefrau partner partnerin lebensgefährte lebensgefährtin freund freundin sohn tochter kind kinder baby mutter vater eltern ' +
    'bruder schwester oma opa großmutter großvater enkel enkelin tante onkel schwiegermutter schwiegervater husband wife son daughter child children mother father brother sister',
);
/** Small words that may stand between the frame and the term. */
const FILLERS = set(
  'auch leider seit schon jetzt nun noch sehr ja wohl bereits vor kurzem heute gerade derzeit momentan zurzeit inzwischen mittlerweile selbst ' +
    'an unter mit von ein eine einen einem einer eines der die das den dem des und oder sowie jahren jahr monaten wochen tagen geburt kindheit ' +
    'diagnose verdacht unfall unfalls operation also and or a an from with since been still',
);
const ADJECTIVE = /^(?:schwer|stark|chronisch|leicht|fortgeschritten|akut|psychisch|unheilbar|selten|schlimm|severe|chronic|mild)\p{L}*$/u;
const PLACEHOLDER = '[GESUNDHEIT]';
const isTerm = (word: string) => word === PLACEHOLDER || WHOLE_TERM.test(word);

/** True when the words before a term make it a statement about a person. */
function isStatement(before: string[]): boolean {
  let subject = false;
  for (let i = before.length - 1, steps = 0; i >= 0 && steps < 9; i--, steps++) {
    const word = before[i] ?? '';
    const lower = word.toLowerCase();
    if (FIRST_PERSON.has(lower)) return true;
    if (POSSESSIVE.test(lower)) return true;
    if (VERBS.has(lower)) {
      if (subject) return true;
      // The person before the verb: "Mein Sohn [NAME] ist", "er hat", "Frau [NAME] leidet".
      return before.slice(Math.max(0, i - 4), i).some((w) => PERSONS.has(w.toLowerCase()) || POSSESSIVE.test(w.toLowerCase()) || RELATIONS.has(w.toLowerCase()) || w === '[NAME]');
    }
    if (RELATIONS.has(lower) || word === '[NAME]') {
      subject = true;
      continue;
    }
    if (FILLERS.has(lower) || /^\d+$/.test(word) || ADJECTIVE.test(lower) || isTerm(word)) continue;
    return false;
  }
  return false;
}

/** Spans of health statements in `text`. */
export function findHealth(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const m of text.matchAll(TERM)) {
    // Only the clause the term is in: a full stop, question mark or line break starts a new statement.
    const clauseStart = Math.max(0, ...['.', '!', '?', ';', '\n'].map((c) => text.lastIndexOf(c, m.index - 1) + 1));
    // A statement already found stands as one word, so "hat Pflegegrad 3 und Demenz" reaches "hat" from "Demenz".
    let clause = '';
    let at = clauseStart;
    for (const span of out.filter((s) => s.start >= clauseStart)) {
      clause += `${text.slice(at, span.start)} ${PLACEHOLDER} `;
      at = span.end;
    }
    const before = [...(clause + text.slice(at, m.index)).matchAll(WORD)].map((w) => w[0]);
    if (!isStatement(before)) continue;
    let end = m.index + m[0].length;
    TRAILER.lastIndex = end;
    const trailer = TRAILER.exec(text);
    if (trailer) end += trailer[0].length;
    const last = out.at(-1);
    // "an Lungenkrebs erkrankt" is one statement, one placeholder.
    if (last && /^\s+$/u.test(text.slice(last.end, m.index))) last.end = end;
    else out.push({ kind: 'health', start: m.index, end });
  }
  return out;
}
