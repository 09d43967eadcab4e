/**
 * In a group chat the whole group reads the bot's replies, and so what a member enters in an application (name,
 * address, later an IBAN). Each member has a conversation of their own, but nothing told them who reads along
 * (re-test 19 2.7): the first reply of an application now says it once, with the advice to use the personal chat.
 */
import { lastMessageOf } from '../../core/message-replay.js';
import type { ConversationRecord } from '../../core/ports.js';
import { toSsml } from '../../core/ssml.js';
import type { DialogStatus, Locale, Reply, TurnResult } from '../../core/types.js';

type Answer = Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'> & { dialog?: DialogStatus; plainLanguage?: boolean };

const NOTE = {
  de: 'Alle in dieser Gruppe sehen Ihre Angaben. Schreiben Sie mir dafür lieber im Einzelchat.',
  en: 'Everyone in this group sees what you enter. For this, please rather write to me in a personal chat.',
  plain: 'Alle in dieser Gruppe lesen mit. Schreiben Sie mir lieber allein, nicht in der Gruppe.',
} as const;

/** True when this answer begins an application: a dialog asks its first question, which the one before did not. */
function beginsApplication(before: ConversationRecord | null, answer: Answer): boolean {
  const now = answer.dialog;
  if (!now || now.done || !now.step) return false;
  const earlier = before ? lastMessageOf(before.state)?.dialog : undefined;
  return !earlier || earlier.done || earlier.id !== now.id;
}

/** The answer with the group note before its question, when it begins an application; otherwise as it was. */
export function withGroupNote<T extends Answer>(before: ConversationRecord | null, answer: T): T {
  if (!beginsApplication(before, answer)) return answer;
  const locale: Locale = answer.locale;
  const text = locale === 'en' ? NOTE.en : answer.plainLanguage ? NOTE.plain : NOTE.de;
  const note: Reply = { text, speak: toSsml(text, locale) };
  // Right before the first question, where the member is about to enter something.
  return { ...answer, replies: [...answer.replies.slice(0, -1), note, ...answer.replies.slice(-1)] };
}
