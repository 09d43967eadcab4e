/** Global commands inside a dialog: cancel, back, skip, help, a person, resume codes, plain language. German and English. */
import { plainLanguageRequest } from '../core/plain-language-request.js';
import type { NluResult } from '../core/ports.js';
import { isConfused } from './non-answers.js';
import type { StepDefinition } from './schema.js';
import { UNSURE_WORDS, valueFromText } from './slot-values.js';
import { fold, hasPhrase } from './text.js';

export type Command = 'cancel' | 'restart' | 'back' | 'skip' | 'help' | 'person' | 'resume_code' | 'continue' | 'plain_language';

const CANCEL = /^(bitte )?(abbrechen|abbruch|stop|stopp|cancel|quit|beenden|aufhoeren|ich will nicht mehr|ich moechte abbrechen|vorgang abbrechen|antrag abbrechen|cancel that|stop it)( bitte)?$/;
// With the usual slips of the thumb ("zurükc" was stored as a description).
// "von vorne" was read as "abbrechen" and ended the application instead of starting it again; "Bitte alles noch
// einmal von vorne" asked "wirklich abbrechen?" (smoke19 B10).
const RESTART = /^(bitte )?((ich (moechte|will|wuerde gern|wuerde gerne) )?(alles )?(noch ?mal |nochmal |noch einmal |lieber )?(alles )?((von vorne|von vorn)( anfangen| beginnen| starten)?|neu (anfangen|beginnen|starten))|start over|start again|restart|begin again)( bitte| please)?$/;
const BACK = /^(bitte )?(zurueck|zuruek|zuruekc|zurueckk|zuruck|zuruk|zurukc|zruck|zrueck|zueruck|zuerueck|back|go back|eine frage zurueck|vorherige frage|previous|previous question|zurueck bitte)$/;
const SKIP = /^(bitte )?(ueberspringen|skip|keine angabe|nicht angeben|moechte ich nicht angeben|will ich nicht angeben|habe ich nicht|hab ich nicht|habe keine|habe keins|hab keine|keine|keins|kein|nichts|none|nothing|no thanks|skip this|weiter ohne|ohne|prefer not to say)$/;
// At a required step only a request to skip counts ("keine" may be its answer), and gets "I need this answer".
const EXPLICIT_SKIP = /^(bitte )?(ueberspringen|skip|skip this|keine angabe|nicht angeben|moechte ich nicht angeben|will ich nicht angeben|prefer not to say)$/;
// At an optional step that is not a yes/no or a choice, "nein" and "kein Telefon" decline it.
const DECLINE =
  /^(nein|ne|nee|no|nope|nein danke|no thanks|nicht noetig|brauche ich nicht|will ich nicht|moechte ich nicht|lieber nicht|i dont have one|i don t have one|(ich )?(habe |hab |have )?(kein|keine|keinen|no) (telefon|handy|telefonnummer|nummer|festnetz|e mail|email|mail|e mail adresse|mailadresse|email adresse|phone|phone number|number|e mail address|email address)( bitte)?)$/;
const HELP_GENERIC = /^(hilfe|help|wie bitte|bitte was|pardon|sorry|hae|haeh|was heisst das|was bedeutet das|was meinen sie|wie meinen sie das|was ist gemeint|was ist damit gemeint|warum|wieso|why|what does that mean|what do you mean|i dont understand|ich verstehe das nicht|ich verstehe nicht|versteh ich nicht|keine ahnung was gemeint ist)$/;
// English "is"/"do" before a German word starts learner German, not a question ("is meine konto").
export const QUESTION =
  /^(was|what|wie|how|warum|wieso|weshalb|why|welche|which|wer|who|wo|wohin|woher|wann|where|when|muss|zaehlt|zaehlen|gehoert|gehoeren|counts?|(?:does|do|is|are)(?! (?:mein|meine|meinen|meiner|das|der|die|dem|den|ein|eine|nicht|kein|keine)\b)|ist|sind|bedeutet|heisst)\b/;
// Learner German too: "ich will mensch sprechen", "mit jemand reden", "bitte echte person".
const PERSON = ['mit einem menschen', 'mit einem mitarbeiter', 'mit einer mitarbeiterin', 'mit jemandem sprechen', 'person sprechen', 'echten menschen', 'talk to a person', 'talk to a human', 'speak to someone', 'real person', 'mensch sprechen', 'mensch reden', 'mit mensch', 'mit jemand sprechen', 'mit jemand reden', 'mit jemandem reden', 'echte person', 'echter mensch', 'echten mitarbeiter'];
// The word alone asks for a person at any step ("Mitarbeiter" was stored as the items to collect).
const PERSON_ALONE = /^(bitte )?(ein |einen )?(mitarbeiter|mitarbeiterin|sachbearbeiter|sachbearbeiterin|mensch|menschen|human|agent|operator|real person|a person)( bitte| please)?$/;
const RESUME_CODE = ['code bitte', 'fortsetzungscode', 'code zum fortsetzen', 'spaeter weitermachen', 'spaeter fortsetzen', 'auf einem anderen geraet', 'anderes geraet', 'resume code', 'continue later', 'another device', 'code fuer spaeter', 'gib mir einen code', 'ich moechte einen code', 'zwischenstand speichern', 'zwischenstand sichern', 'antrag speichern', 'angaben speichern', 'speichern und spaeter', 'save my progress', 'save progress', 'save and continue later'];
// "ich mache später weiter", "ich muss später weitermachen", "I'll finish this later": a pause, never a cancellation.
const LATER =
  /(?:^| )(?:spaeter|spater|nachher|later)(?: | .* )?(?:weiter|weitermachen|fortsetzen|fertig|finish|continue|complete|do it)(?: |$)|(?:^| )(?:finish|continue|complete|do) (?:.* )?later(?: |$)|^(?:pause|pausieren|unterbrechen|save (?:it |this )?for later|save for later)( bitte| please)?$/;
const BARE_YES_NO = /^(ja|jo|nein|ne|nee|noe|yes|no|ok|okay)$/;
const CONTINUE = /^(weiter|weitermachen|fortsetzen|fortfahren|continue|go on|resume|lass uns weitermachen|machen wir weiter)( bitte)?$/;

/**
 * A word the step's own question offers as an answer in quotes ("– oder „keine“", 'or "none"'): the survey stored
 * "keine" as not given, so the office could not tell "needs nothing" from "did not answer". "überspringen" stays a skip.
 */
function offeredAnswer(step: StepDefinition, folded: string): boolean {
  const quoted = [step.prompt.de, step.prompt.en, step.prompt.plain ?? ''].flatMap((text) => [...text.matchAll(/[„"“]([^„"“”]{1,30})[“"”]/gu)].map((m) => fold(m[1] ?? '')));
  return quoted.includes(folded) && !EXPLICIT_SKIP.test(folded);
}

/** A question that names languages takes "Leichte Sprache" or "easy English please" as its answer. */
function asksAboutLanguages(step: StepDefinition | undefined): boolean {
  return step !== undefined && /\b(sprache|sprachen|language|languages)\b/.test(fold(`${step.prompt.de} ${step.prompt.en}`));
}

/** "Code ABCD-EFGH": the code part, normalized, or null. */
export function resumeCodeIn(text: string): string | null {
  const match = /\b(?:code|kode)\s*:?\s*([A-Za-z0-9]{4})\s*[-–\s]?\s*([A-Za-z0-9]{4})\b/i.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return `${match[1]}${match[2]}`.toUpperCase();
}

/** Length of the longest keyword or label word (4+ letters) of the step the text mentions; 0 when none. */
export function mentionScore(text: string, step: StepDefinition): number {
  const words = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const terms = [...step.keywords, ...step.label.de.split(/\s+/), ...step.label.en.split(/\s+/)].map(fold).filter((w) => w.length >= 4);
  // Whole words with their endings: "Hundesteuer" does not mention the breed step's "Hundes" (re-test F).
  const mentioned = (w: string) => new RegExp(` ${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e|en|er|es|s|n|nummer)? `, 'u').test(words);
  return Math.max(0, ...terms.filter(mentioned).map((w) => w.length));
}

/** The step a help question is about: the best-mentioned one, the current one on a tie or none. */
export function helpTarget(text: string, steps: readonly StepDefinition[], current: StepDefinition | undefined): StepDefinition | undefined {
  let best = current;
  let bestScore = current ? mentionScore(text, current) : 0;
  for (const step of steps) {
    const score = mentionScore(text, step);
    if (step.help && score > bestScore) {
      best = step;
      bestScore = score;
    }
  }
  return best;
}

const REQUEST = /^(ich (moechte|moecht|will|wuerde gern|wuerde gerne|muss|brauche|haette gern|haette gerne)|kann ich|koennen sie|wie kann ich|wo kann ich|i (want|would like|need)|can i)\b/;

/** A request for something ("Ich möchte Sperrmüll anmelden"), which a free-text answer rarely starts with. */
export function looksLikeRequest(text: string): boolean {
  return REQUEST.test(fold(text));
}

/** A question rather than an answer: ends with "?" or starts with a question word. */
export function looksLikeQuestion(text: string): boolean {
  return text.trim().endsWith('?') || QUESTION.test(fold(text));
}

export function detectCommand(
  text: string,
  nlu: NluResult,
  step: StepDefinition | undefined,
  steps: readonly StepDefinition[] = step ? [step] : [],
  options: { answersEarlierStep?: boolean } = {},
): Command | null {
  const folded = fold(text);
  const top = nlu.intents[0];
  // The classifier's guess never overrides an answer: "nein" at a yes/no step, "Chat" as an option, a
  // message with values ("nein, 700 Euro"), a changed earlier choice ("nein, doch lieber online").
  const answers =
    BARE_YES_NO.test(folded) || nlu.entities.length > 0 || Boolean(step && step.type !== 'text' && valueFromText(step, text, 'de')) || options.answersEarlierStep === true;
  const sure = (id: string) => !answers && top?.id === id && top.confidence >= 0.6;
  // Explicit commands first: a phrase the citizen chose ("später weitermachen") beats the classifier's guess.
  // "Einfache Sprache bitte" is no name or description, except at a question about languages (the survey's "Was
  // brauchen Sie? Zum Beispiel Leichte Sprache"), where it is the answer.
  if (plainLanguageRequest(text)?.rest === '' && !asksAboutLanguages(step)) return 'plain_language';
  if (RESTART.test(folded)) return 'restart';
  if (CANCEL.test(folded)) return 'cancel';
  if (BACK.test(folded)) return 'back';
  if (step?.optional && !offeredAnswer(step, folded) ? SKIP.test(folded) : EXPLICIT_SKIP.test(folded)) return 'skip';
  if (step?.optional && step.type !== 'yes_no' && step.type !== 'enum' && DECLINE.test(folded)) return 'skip';
  // Not knowing an optional answer is no reason to get stuck; where the step explains itself, see below.
  if (step?.optional && !step.help && !answers && hasPhrase(text, UNSURE_WORDS) && folded.split(' ').length <= 6) return 'skip';
  if (hasPhrase(text, RESUME_CODE) || (LATER.test(folded) && folded.split(' ').length <= 10)) return 'resume_code';
  if (hasPhrase(text, PERSON) || PERSON_ALONE.test(folded)) return 'person';
  if (text.trim() === '?' || HELP_GENERIC.test(folded) || isConfused(text)) return 'help';
  // "weiß nicht" at a step that explains itself: the explanation (it says whom to ask), not "not understood".
  if (step?.help && !answers && hasPhrase(text, UNSURE_WORDS) && folded.split(' ').length <= 6) return 'help';
  if (sure('abbrechen') && folded.split(' ').length <= 6) return 'cancel';
  if (sure('mensch') && step?.type !== 'text') return 'person';
  // "Hilfe!" asks about the step; "Wer bist du?" and "Was kannst du?" ask about the assistant (its answer comes).
  if (sure('hilfe') && text.trim() !== '' && !looksLikeQuestion(text)) return 'help';
  if ((QUESTION.test(folded) || text.trim().endsWith('?')) && steps.some((s) => s.help && mentionScore(text, s) > 0)) return 'help';
  if (CONTINUE.test(folded)) return 'continue';
  return null;
}
