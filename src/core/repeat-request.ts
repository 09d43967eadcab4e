/**
 * "Können Sie das wiederholen?", "noch einmal bitte", "say that again": the last turn's replies once more, on
 * every channel, without changing the conversation (an application stays at its question, a finished booking
 * stays finished). A caller cannot scroll back: the appointment code or the reference number is said only
 * once. Before, the words were read as a new request ("Termin" started the booking again, "noch einmal" got an
 * answer about paying city bills).
 *
 * The exact replies (with the code, the summary, the buttons) are kept in memory for a few minutes, as the
 * answers to a message sent twice are (message-replay.ts): nothing is stored for this that was not stored
 * before. After a restart, or on another Workers instance, the replies are rebuilt from the transcript,
 * whose texts have personal data removed.
 *
 * A link that carries a key (the summary of a submission, `#reference=…&token=…`) is shown once: the repeat
 * leaves it out, with the sentences about it, and says so (smoke 19 A2). The reference number stays.
 */
import { fold } from './fold.js';
import { lastMessageOf } from './message-replay.js';
import type { ConversationRecord, ConversationStore, TranscriptEntry } from './ports.js';
import type { ReplyDraft, TurnHandler, TurnOutcome } from './turn-handler.js';
import type { Link, Locale, Reply, TurnResult } from './types.js';

const KEEP_MS = 10 * 60_000;
const MAX_KEPT = 2000;
/** conversation.state flag of the turn engine: the last turn asked a question. */
const AWAITING_ANSWER = 'awaitingAnswer';

// What may be repeated: "den Code", "die Nummer", "das". Not "den Termin" or "den Antrag": "Können Sie den
// Antrag wiederholen" may be a wish to apply again, which the classifier and the applications read.
const WHAT =
  '(das|es|dies|das bitte|den code|den bestaetigungscode|den termincode|die nummer|die vorgangsnummer|die zahl|die zahlen|den betrag|die uhrzeit|die zeit|die zeiten|die adresse|die antwort|die letzte antwort|die letzte nachricht|den letzten satz|die frage|die letzte frage)';
const AGAIN = '(noch ?mal|noch einmal|nochmals|einmal noch)';
const GERMAN = [
  `(bitte )?${AGAIN}( bitte| langsam| langsamer| langsam bitte| langsamer bitte)?`,
  '(bitte )?(wiederholen|wiederholung)( bitte)?',
  `(bitte )?${WHAT} (bitte )?(${AGAIN} )?(wiederholen|wiederholt)( bitte)?`,
  // "Können Sie den Code bitte wiederholen?", "Kannst du das nochmal sagen?"
  `(koennen|koennten|kannst|koenntest|wuerden|wuerdest) (sie|du) (mir )?(${WHAT} )?(bitte )?(${AGAIN} )?(wiederholen|wiederholt)( bitte)?`,
  `(koennen|koennten|kannst|koenntest|wuerden|wuerdest) (sie|du) (mir )?(${WHAT} )?(bitte )?${AGAIN} (sagen|nennen|vorlesen|schreiben|vorsagen)( bitte)?`,
  `(sagen sie|sag|nennen sie|lesen sie|lies) (mir )?(${WHAT} )?(bitte )?${AGAIN}( vor)?( bitte)?`,
  // "Wiederholen Sie bitte die letzte Frage" (re-test 19 2.9), "Wiederhole das noch mal".
  `(wiederholen sie|wiederhole|wiederhol)( mir)?( bitte)?( ${WHAT})?( bitte)?( ${AGAIN})?( bitte)?`,
  '(wie bitte|bitte was|bitte wie|was haben sie gesagt|was hast du gesagt|was sagten sie|wie war das|wie war das noch ?mal|wie war das noch einmal|was war das|was war das noch ?mal|wie war der code|wie war die nummer|wie war die uhrzeit)',
];
const ENGLISH = [
  '(please )?(repeat|repeat that|repeat it|repeat this|repeat please|say that again|say it again|again please|one more time|once more|come again|pardon|pardon me|sorry what|what did you say|what was that|i did not catch that|i didnt catch that|i didn t catch that)( please)?',
  '(can|could|would|will) you (please )?(repeat|say again|say) (that|it|this|the code|the number|the answer|the question|the last (answer|message|part))?( again)?( please)?',
];
const REQUEST = new RegExp(`^(${[...GERMAN, ...ENGLISH].join('|')})$`);
/** Sentences that may stand beside a wish to hear it again ("Entschuldigung, wie bitte? Nochmal bitte."). */
const BESIDE = /^(entschuldigung|entschuldigen sie|sorry|excuse me|ich habe (das|es) nicht (verstanden|mitbekommen|gehoert)|ich hab (das|es) nicht (verstanden|mitbekommen|gehoert)|moment|einen moment|langsam|langsamer|bitte langsam|bitte langsamer|nicht so schnell|slowly|slower|bitte|please)( bitte| please)?$/;
/** Alone, these ask the question being asked to be explained: an application gives its help then. */
const BARE = /^(wie bitte|bitte was|bitte wie|pardon|pardon me|sorry what)$/;

/** True when every sentence of the message asks to hear the last answer again (or stands beside such a wish). */
export function isRepeatRequest(text: string): boolean {
  const sentences = text
    .split(/[.!?;:,\n]+/)
    .map(fold)
    .filter(Boolean);
  return sentences.some((s) => REQUEST.test(s)) && sentences.every((s) => REQUEST.test(s) || BESIDE.test(s));
}

/** "Wie bitte?" alone: inside a question being asked, the application explains it (and asks it again). */
export function isBareWhat(text: string): boolean {
  return BARE.test(fold(text));
}

interface Kept {
  /** conversation.lastSeq after the turn: a later turn elsewhere makes the entry stale. */
  seq: number;
  result: TurnResult;
  /** The transcript form of each reply (personal data removed), for the repeat's transcript entries. */
  transcript: string[];
  until: number;
}

/** The last turn's result per conversation, in memory for a few minutes. */
export class LastTurns {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly clock: () => number) {}

  remember(conversationId: string, seq: number, result: TurnResult, transcript: string[]): void {
    this.kept.delete(conversationId);
    this.kept.set(conversationId, { seq, result, transcript, until: this.clock() + KEEP_MS });
    while (this.kept.size > MAX_KEPT) {
      const oldest = this.kept.keys().next().value;
      if (oldest === undefined) break;
      this.kept.delete(oldest);
    }
  }

  get(conversationId: string, seq: number): Kept | undefined {
    const kept = this.kept.get(conversationId);
    if (!kept || kept.seq !== seq || kept.until < this.clock()) return undefined;
    return kept;
  }

  forget(conversationId: string): void {
    this.kept.delete(conversationId);
  }
}

const NOTHING_YET = {
  de: 'Ich habe in diesem Gespräch noch nichts gesagt, das ich wiederholen kann. Wobei kann ich helfen?',
  en: 'I have not said anything in this conversation yet that I could repeat. What can I help you with?',
};

/** A link whose address holds a key in its fragment: whoever holds it reads the submission's personal data. */
const KEYED = /#(?:.*&)?token=/;
/** The sentences of a reply that speak of its link ("Den Link … zeige ich nur dieses eine Mal", "Der Link funktioniert …"). */
const ABOUT_LINK = /\blink\b/i;
const SHOWN_ONCE = {
  de: 'Den Link zur Zusammenfassung habe ich nur einmal gezeigt. Mit der Vorgangsnummer gibt die Stadt Ihnen Auskunft und ändert oder löscht Ihre Angaben.',
  en: 'I showed the link to the summary only once. With the reference number, the city can tell you about your request and change or delete your answers.',
  plain: 'Den Link habe ich nur einmal gezeigt. Mit der Nummer hilft Ihnen die Stadt.',
};

/** A reply's text without the lines about a keyed link, and the note that the link was shown once. */
function withoutLinkLines(text: string, locale: Locale, plain: boolean): string {
  const kept = text.split('\n').filter((line) => !ABOUT_LINK.test(line));
  return [...kept, locale === 'en' ? SHOWN_ONCE.en : plain ? SHOWN_ONCE.plain : SHOWN_ONCE.de].join('\n');
}

/** The reply to say again: as it was, or without its keyed link (and with speech made anew from the text). */
function again(reply: Reply, transcript: string, locale: Locale, plain: boolean): ReplyDraft {
  const links: Link[] = (reply.links ?? []).filter((link) => !KEYED.test(link.url));
  const keyed = links.length < (reply.links?.length ?? 0);
  const language = reply.locale ?? locale;
  return {
    text: keyed ? withoutLinkLines(reply.text, language, plain) : reply.text,
    ...(keyed ? {} : { ssml: reply.speak.replace(/^<speak[^>]*>/, '').replace(/<\/speak>$/, '') }),
    ...(reply.suggestions ? { suggestions: reply.suggestions } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(reply.locale ? { locale: reply.locale } : {}),
    ...(reply.topic ? { topic: reply.topic } : {}),
    transcriptText: keyed ? withoutLinkLines(transcript, language, plain) : transcript,
    transcriptStored: true,
  };
}

/** The repeat of the last turn, handled before every other handler (a pending question stays pending). */
export function createRepeatHandler(store: Pick<ConversationStore, 'getTranscript'>, lastTurns: LastTurns): TurnHandler {
  return {
    name: 'repeat',
    async handle(ctx): Promise<TurnOutcome | null> {
      const { turn, conversation } = ctx;
      if (turn.action?.startsWith('intent:') || !isRepeatRequest(turn.text)) return null;
      const awaiting = conversation.state[AWAITING_ANSWER] === true;
      if (awaiting && isBareWhat(turn.text)) return null;
      const last = lastTurns.get(conversation.id, conversation.lastSeq) ?? (await fromTranscript(conversation, await store.getTranscript(conversation.id)));
      if (!last || last.result.replies.length === 0) return { replies: [{ text: NOTHING_YET[turn.locale] }], intent: null, keepsTopic: true };
      // The replies in the language they were given in; the conversation's language does not change.
      turn.locale = last.result.locale;
      const replies = last.result.replies.map((reply, index) => again(reply, last.transcript[index] ?? reply.text, last.result.locale, turn.plainLanguage));
      return {
        replies,
        intent: last.result.intent,
        ...(last.result.dialog ? { dialog: last.result.dialog } : {}),
        expectingInput: awaiting,
        keepsTopic: true,
        repeat: true,
      };
    },
  };
}

/** The last turn's replies as the transcript holds them (personal data removed), with the buttons kept beside them. */
function fromTranscript(record: ConversationRecord, transcript: TranscriptEntry[]): Pick<Kept, 'result' | 'transcript'> | null {
  const user = transcript.filter((entry) => entry.role === 'user' && entry.seq <= record.lastSeq).at(-1);
  if (!user) return null;
  const bot = transcript.filter((entry) => entry.role === 'bot' && entry.seq > user.seq && entry.seq <= record.lastSeq);
  const last = lastMessageOf(record.state);
  const kept = last?.seq === user.seq ? last : null;
  const replies = bot.map((entry, index) => {
    const locale = entry.locale ?? record.locale;
    const suggestions = kept?.buttons?.find((b) => b.reply === index)?.suggestions;
    return { text: entry.text, speak: '', ...(suggestions ? { suggestions } : {}), ...(locale !== record.locale ? { locale } : {}) };
  });
  return {
    result: {
      conversationId: record.id,
      replies,
      intent: user.intent ? { id: user.intent, confidence: user.confidence ?? 1 } : null,
      ...(kept?.dialog ? { dialog: kept.dialog } : {}),
      expectingInput: record.state[AWAITING_ANSWER] === true,
      locale: record.locale,
    },
    transcript: bot.map((entry) => entry.text),
  };
}
