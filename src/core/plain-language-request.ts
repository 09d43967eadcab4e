/**
 * "Einfache Sprache bitte", "leichte Sprache", "bitte einfacher", "simple language please": the conversation's
 * plain-language flag switched on by words, and "normale Sprache" switches it off. A messenger or a phone call
 * has no switch to press: the wish got the accessibility answer, which told the citizen about the web widget's
 * switch, and a question asked with it ("Bitte in leichter Sprache: Was kostet ein Personalausweis?") was not
 * answered at all. Now the flag changes on every channel, and a question beside the wish is answered at once,
 * in the wished language.
 *
 * The web widget sends its switch with every message. Sent again unchanged, it is no choice (as for the
 * language, turn-engine.ts): the flag the citizen asked for in words stays. Pressing the switch changes what
 * the widget sends, and that wins.
 */
import { intentReply } from './answer.js';
import { fold } from './fold.js';
import { lastTopic } from './follow-up.js';
import type { ConversationRecord } from './ports.js';
import type { ReplyDraft, TurnHandler, TurnOutcome } from './turn-handler.js';
import type { Locale } from './types.js';

/** conversation.state: the plain-language flag the client sent with the last message ("none" when none). */
export const ASKED_PLAIN = 'askedPlain';

const SIMPLE = '(einfache|einfacher|einfachen|leichte|leichter|leichten)';
const VERB = '(schreiben|sprechen|antworten|erklaeren|reden|formulieren|sagen)';
const ON = new RegExp(
  `^(${[
    `(ich (moechte|will|haette gern|haette gerne|brauche|wuerde gern|wuerde gerne) )?(bitte )?(in |auf )?${SIMPLE} (sprache|deutsch|worten|woertern)( bitte)?( ${VERB})?( bitte)?`,
    `(bitte )?(etwas |ein bisschen |viel )?(einfacher|leichter)( bitte)?( ${VERB})?( bitte)?`,
    `(bitte )?einfach ${VERB}( bitte)?`,
    `${SIMPLE} sprache (an|ein|einschalten|anschalten|aktivieren)( bitte)?`,
    `(koennen|koennten|kannst|koenntest|wuerden|wuerdest) (sie|du) (mir )?(das |es )?(bitte )?(etwas |ein bisschen |viel )?(einfacher|leichter|in ${SIMPLE} (sprache|worten))( ${VERB})?( bitte)?`,
    `(geht|ginge) (das|es) (auch )?(bitte )?(etwas )?(einfacher|leichter|in ${SIMPLE} (sprache|worten))( bitte)?`,
    '(please )?(in )?(plain|simple|easy|easy to read|simpler|easier) (language|english|german|words)( please)?',
    '(please )?(use|write in|speak in|talk in|answer in) (plain|simple|easy|simpler|easier) (language|english|german|words)( please)?',
    '(please )?(simpler|more simply|easy read)( please)?',
    '(can|could|would) you (please )?(write|speak|talk|explain|say|put) (it |that |this )?(more simply|simpler|in (plain|simple|easy|simpler) (language|english|words))( please)?',
    '(turn|switch) on (plain|simple|easy) language( please)?',
    // How non-native speakers say it: "Ich spreche nur einfaches Deutsch", "I only understand simple German".
    `(ich )?(spreche|verstehe|lese|kann|rede)( leider)?( nur| bloss| lediglich)?( ein| eine)?( sehr)? (einfaches|leichtes|einfache|einfachen|leichte|leichten) (deutsch|sprache|woerter|worte)( besser)?( bitte)?`,
    '(i )?(only )?(speak|understand|read|know)( only)? (simple|easy|basic|plain) (german|english|language|words)( better)?( please)?',
  ].join('|')})$`,
);
const OFF = new RegExp(
  `^(${[
    `(bitte )?(wieder )?(in )?(ganz )?((normale|normaler|normalen|normales|standard|alltags) ?(sprache|deutsch|worten)|standardsprache|alltagssprache)( bitte)?( ${VERB})?( bitte)?`,
    `(bitte )?wieder normal ${VERB}( bitte)?`,
    `${SIMPLE} sprache (aus|ausschalten|abschalten|beenden|deaktivieren)( bitte)?`,
    `(ich (brauche|moechte|will) )?(bitte )?keine ${SIMPLE} sprache( mehr)?( bitte)?`,
    '(please )?(back to )?(normal|standard|regular) (language|english|german|words)( again)?( please)?',
    '(turn|switch) off (plain|simple|easy) language( please)?',
    'no (more )?(plain|simple|easy) language( please)?',
  ].join('|')})$`,
);
// "Mein Deutsch ist nicht so gut", "my German is not good": said with the wish, no question of its own.
const NOT_FLUENT = [
  'mein deutsch ist (leider )?(nicht (so |sehr )?gut|schlecht|nicht perfekt)',
  '(ich )?(spreche|verstehe)( leider)?( nur)? (ein bisschen|ein wenig|wenig|kaum|nicht gut|nicht so gut|noch nicht gut|noch nicht so gut) deutsch',
  'my (german|english) is (not (very |so )?good|bad|poor|not perfect)',
  '(i )?(only )?(speak|understand) (a little|little|some|not much|only a little) (german|english)',
].join('|');
/** What may stand beside the wish and is no question of its own ("Ich verstehe das nicht. Bitte einfacher."). */
const BESIDE = new RegExp(
  String.raw`^((ich )?(verstehe|versteh) (das |es |die antwort |sie |dich )?(leider )?nicht( alles| so gut| gut| ganz)?|das ist (mir )?(zu|so|sehr) (kompliziert|schwer|schwierig|lang)|(zu|so) (kompliziert|schwer|schwierig)|i (dont|do not|don t) understand( that| this| it)?|(that is |thats |that s )?too (complicated|difficult|hard)|entschuldigung|sorry|danke|thanks|${NOT_FLUENT})$`,
);

export interface PlainLanguageWish {
  /** On (true) or off (false). */
  plain: boolean;
  /** The message without the wish ("Was kostet ein Personalausweis?"); empty when it was only the wish. */
  rest: string;
}

/** The wish for plain language (or standard language) a message holds, with the rest of the message. */
export function plainLanguageRequest(text: string): PlainLanguageWish | null {
  const pieces = text.split(/([.!?;:,\n]+)/);
  let plain: boolean | null = null;
  const rest: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const sentence = pieces[i] ?? '';
    const folded = fold(sentence);
    if (ON.test(folded)) plain = true;
    else if (OFF.test(folded)) plain = false;
    else if (folded && !BESIDE.test(folded)) rest.push(`${sentence}${pieces[i + 1] ?? ''}`);
  }
  if (plain === null) return null;
  const joined = rest.join('').trim();
  return { plain, rest: /[\p{L}\p{N}]/u.test(joined) ? joined : '' };
}

/**
 * Whether the turn engine switches the flag before any handler reads the message. While a question waits for its
 * answer, only a wish with a question beside it ("Bitte in leichter Sprache: Was ist die Kaltmiete?"): the wish
 * alone may be the answer ("Leichte Sprache" to the survey's "Was brauchen Sie?"), which the application decides
 * (dialogs/commands.ts), and so may "Leichte Sprache, Vorlesen".
 */
export function switchesBeforeHandlers(wish: PlainLanguageWish, answering: boolean): boolean {
  return !answering || wish.rest.endsWith('?');
}

/** This turn's flag: the client's switch when it was pressed since its last message, else the conversation's. */
export function turnPlainLanguage(sent: boolean | undefined, record: ConversationRecord, isNew: boolean): boolean {
  if (sent === undefined) return record.plainLanguage;
  if (isNew) return sent;
  const before = record.state[ASKED_PLAIN];
  return before === undefined || before === sent ? record.plainLanguage : sent;
}

// English plain texts exist for the answers, not for every application's questions (plain_en falls back to en):
// the note promises no more than that (smoke 19 A5). Every German text has its Einfache Sprache.
const NOTE = {
  on: { de: 'Gern. Ab jetzt antworte ich in Einfacher Sprache.', en: 'Of course. From now on I answer in plain language where I can.' },
  off: { de: 'Gut. Ab jetzt antworte ich wieder in der üblichen Sprache.', en: 'All right. From now on I will answer in standard language again.' },
};
const ASK = { de: 'Was möchten Sie wissen?', en: 'What would you like to know?' };
const AGAIN = { de: 'Hier ist meine letzte Antwort noch einmal in Einfacher Sprache:', en: 'Here is my last answer again in plain language:' };

/** The short note that the flag changed (before the answer to a question asked with the wish). */
export function plainLanguageNote(locale: Locale, plain: boolean): string {
  return (plain ? NOTE.on : NOTE.off)[locale];
}

/**
 * The reply to the wish alone, outside an application (inside one, the application asks its question again in
 * the new language). Right after an answer, that answer comes again in plain language: the wish mostly means
 * "I did not understand that".
 */
export function createPlainLanguageHandler(): TurnHandler {
  return {
    name: 'plain-language',
    handle(ctx): TurnOutcome | null {
      const { turn, content } = ctx;
      if (turn.action?.startsWith('intent:')) return null;
      const wish = plainLanguageRequest(turn.text);
      if (!wish || wish.rest) return null;
      turn.plainLanguage = wish.plain;
      const note = plainLanguageNote(turn.locale, wish.plain);
      const topic = wish.plain ? lastTopic(ctx.conversation.state) : undefined;
      const intent = topic ? content.intentsById.get(topic) : undefined;
      const answer = intent ? intentReply(intent, turn.locale, true) : null;
      const replies: ReplyDraft[] = answer ? [{ text: `${note} ${AGAIN[turn.locale]}` }, answer] : [{ text: `${note} ${ASK[turn.locale]}` }];
      return { replies, intent: answer && topic ? { id: topic, confidence: 1 } : (ctx.nlu.intents[0] ?? null), keepsTopic: true };
    },
  };
}
