/**
 * A photo, a file, a voice message or a shared location sent in a messenger (tester-r A4). The core reads words
 * only; before, such a message got no answer at all, and the citizen waited. Now it gets a reply that says what
 * cannot be taken, and the question being asked again, so the application goes on. A location is read where the
 * dialog reads coordinates (the place of a problem report, "geo:lat,lon"). These replies do not reach the core:
 * nothing is stored, and a dialog that waits for an answer still waits for it.
 */
import { answerFromTranscript, lastMessageOf } from '../core/message-replay.js';
import type { ConversationRecord, ConversationStore } from '../core/ports.js';
import { toSsml } from '../core/ssml.js';
import type { Locale, Reply, TurnResult } from '../core/types.js';
import { record, type Media } from './inbound.js';

export type ChannelAnswer = Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'>;

/** conversation.state flag the turn engine sets while a question waits for its answer (turn-engine.ts). */
const AWAITING_ANSWER = 'awaitingAnswer';
/** Step validators that read "geo:lat,lon" (src/dialogs/applications/maengelmelder/register.ts). */
const READS_COORDINATES = new Set(['report_place']);

const CANNOT: Record<Media | 'location', Record<Locale, string>> = {
  photo: { de: 'Fotos kann ich leider nicht annehmen.', en: 'I cannot take photos, sorry.' },
  file: { de: 'Dateien und Sprachnachrichten kann ich leider nicht annehmen.', en: 'I cannot take files or voice messages, sorry.' },
  location: { de: 'Einen geteilten Standort kann ich nur verwenden, wenn ich nach dem Ort eines Schadens frage.', en: 'I can use a shared location only when I ask where a problem is.' },
};
const ANSWER_IN_WORDS: Record<Locale, string> = { de: 'Bitte antworten Sie mit Worten:', en: 'Please answer in words:' };
const SAY_IN_WORDS: Record<Locale, string> = { de: 'Schreiben Sie mir bitte mit Worten, worum es geht.', en: 'Please tell me in words what it is about.' };
// What cannot be taken first, then what was: the reverse order read oddly (re-test 19 2.9).
const ONLY_TEXT: Record<Media, Record<Locale, string>> = {
  photo: { de: 'Fotos kann ich leider nicht annehmen; Ihren Text habe ich übernommen.', en: 'I cannot take photos, sorry; I have taken your text.' },
  file: { de: 'Dateien kann ich leider nicht annehmen; Ihren Text habe ich übernommen.', en: 'I cannot take files, sorry; I have taken your text.' },
};
const RECEIVED: Record<Locale, string> = {
  de: 'Diese Nachricht hatte ich schon bekommen und übernommen.',
  en: 'I had already received and taken this message.',
};

function reply(text: string, locale: Locale): Reply {
  return { text, speak: toSsml(text, locale) };
}

/** The step the conversation's last answer asked, while it waits for the answer. */
function askedStep(conversation: ConversationRecord | null): { dialog: string; step: string } | null {
  if (!conversation || conversation.state[AWAITING_ANSWER] !== true) return null;
  const status = lastMessageOf(conversation.state)?.dialog;
  return status && !status.done && status.step ? { dialog: status.id, step: status.step } : null;
}

/** True when the question being asked takes coordinates (the place of a problem report). */
export function stepReadsCoordinates(conversation: ConversationRecord | null, dialogs: readonly unknown[]): boolean {
  const asked = askedStep(conversation);
  if (!asked) return false;
  const dialog = dialogs.map(record).find((d) => d?.id === asked.dialog);
  const step = (Array.isArray(dialog?.steps) ? (dialog.steps as unknown[]) : []).map(record).find((s) => s?.slot === asked.step);
  const validator = record(step?.validate)?.validator;
  return typeof validator === 'string' && READS_COORDINATES.has(validator);
}

/** The question being asked, as it was last sent (rebuilt from the transcript, like a repeated message's answer). */
async function questionAgain(store: ConversationStore, conversation: ConversationRecord | null): Promise<Reply | null> {
  if (!conversation || conversation.state[AWAITING_ANSWER] !== true) return null;
  const last = lastMessageOf(conversation.state);
  if (!last) return null;
  const answer = answerFromTranscript(conversation, last, await store.getTranscript(conversation.id), true);
  return answer.replies.at(-1) ?? null;
}

/** The reply to a message the core cannot read: what cannot be taken, and the open question again. */
export async function unreadableAnswer(store: ConversationStore, conversation: ConversationRecord | null, kind: Media | 'location', locale: Locale): Promise<ChannelAnswer> {
  const question = await questionAgain(store, conversation);
  const note = `${CANNOT[kind][locale]} ${question ? ANSWER_IN_WORDS[locale] : SAY_IN_WORDS[locale]}`;
  return { replies: [reply(note, locale), ...(question ? [question] : [])], locale, expectingInput: question !== null };
}

/** A photo with a caption: the caption was the message; the citizen is told the photo was not taken. */
export function withMediaNote(result: ChannelAnswer, media: Media): ChannelAnswer {
  return { ...result, replies: [reply(ONLY_TEXT[media][result.locale], result.locale), ...result.replies] };
}

/**
 * A message sent again that the core cannot match to its first answer any more: it was taken once. The citizen
 * hears that, and the open question again, instead of nothing (re-test 19 2.4).
 */
export async function receivedAnswer(store: ConversationStore, conversation: ConversationRecord | null, locale: Locale): Promise<ChannelAnswer> {
  const question = await questionAgain(store, conversation);
  return { replies: [reply(RECEIVED[locale], locale), ...(question ? [question] : [])], locale, expectingInput: question !== null };
}
