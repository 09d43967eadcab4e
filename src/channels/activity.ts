/**
 * The subset of the Bot Framework activity schema that Bot Framework and Direct Line share, as plain
 * JSON (no SDK types, so Direct Line stays Web-standard), and the mapping between activities and the
 * core's turn input and result.
 */
import type { Link, Suggestion, TurnResult } from '../core/types.js';
import { replyTag, withSpeakTag } from './locale.js';
import { absoluteLinks, isTextOnlyChannel, textOnlyText, type ReplyRendering } from './reply-rendering.js';

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

export interface CardAction {
  type: 'imBack' | 'postBack' | 'messageBack' | 'openUrl';
  title: string;
  value: unknown;
  text?: string;
  displayText?: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

export type InputHint = 'acceptingInput' | 'expectingInput' | 'ignoringInput';

export interface Activity {
  type: string;
  id?: string;
  timestamp?: string;
  serviceUrl?: string;
  channelId?: string;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  conversation?: { id: string; [key: string]: unknown };
  text?: string;
  speak?: string;
  inputHint?: InputHint;
  locale?: string;
  textFormat?: string;
  suggestedActions?: { actions: CardAction[]; to?: string[] };
  attachments?: Attachment[];
  replyToId?: string;
  value?: unknown;
  channelData?: { [key: string]: unknown };
  membersAdded?: ChannelAccount[];
  [key: string]: unknown;
}

/** Suggestion values that are commands ("intent:wohngeld", "resume_code:…"), not words the citizen would say. */
const MACHINE_VALUE = /^[a-z][a-z0-9_]*:\S+$/;

export function isMachineValue(value: string): boolean {
  return MACHINE_VALUE.test(value);
}

/**
 * A button whose value is not its title (commands, and choices such as "Führungszeugnis" -> "fuehrungszeugnis"
 * or a slot "Montag, 30.11., 07:45 Uhr" -> "1") travels as messageBack: the chat shows the title as the
 * citizen's message, the bot gets the value. imBack would post the raw value as the citizen's words.
 */
export function suggestionAction(suggestion: Suggestion): CardAction {
  if (suggestion.value !== suggestion.title || isMachineValue(suggestion.value)) {
    return { type: 'messageBack', title: suggestion.title, text: suggestion.value, displayText: suggestion.title, value: { action: suggestion.value } };
  }
  return { type: 'imBack', title: suggestion.title, value: suggestion.value };
}

function heroCard(links: readonly Link[]): Attachment[] {
  if (links.length === 0) return [];
  return [
    {
      contentType: 'application/vnd.microsoft.card.hero',
      content: { buttons: links.map((link) => ({ type: 'openUrl', title: link.title, value: link.url })) },
    },
  ];
}

/**
 * One message activity per reply. Only the last one tells the channel whether the bot now waits for
 * an answer (a voice channel then opens the microphone); earlier ones accept input. Links are absolute
 * (`rendering.origin`); a channel without buttons (SMS) gets choices and links written into the text.
 */
export function replyActivities(
  result: Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'>,
  suggestionsTo?: string,
  rendering: ReplyRendering = {},
): Activity[] {
  const textOnly = isTextOnlyChannel(rendering.channelId);
  return result.replies.map((reply, index) => {
    const last = index === result.replies.length - 1;
    const locale = reply.locale ?? result.locale;
    const tag = replyTag(rendering.localeTag, locale);
    const links = absoluteLinks(reply.links, rendering.origin);
    const attachments = textOnly ? [] : heroCard(links);
    const suggestions = textOnly ? [] : (reply.suggestions ?? []);
    return {
      type: 'message',
      text: textOnly ? textOnlyText(reply, links, locale, result.replies.slice(0, index).map((r) => r.text).join('\n')) : reply.text,
      speak: withSpeakTag(reply.speak, tag),
      textFormat: 'plain',
      locale: tag,
      inputHint: last && result.expectingInput ? 'expectingInput' : 'acceptingInput',
      ...(suggestions.length > 0
        ? { suggestedActions: { actions: suggestions.map(suggestionAction), ...(suggestionsTo ? { to: [suggestionsTo] } : {}) } }
        : {}),
      ...(attachments.length > 0 ? { attachments, attachmentLayout: 'list' } : {}),
    };
  });
}

/** What a citizen's message activity asks the core: a pressed button's command, or free text. */
export function turnTextFromActivity(activity: Activity): { text: string } | { action: string } | null {
  const value = activity.value;
  if (value && typeof value === 'object' && typeof (value as { action?: unknown }).action === 'string') {
    const action = (value as { action: string }).action.trim();
    if (action) return { action };
  }
  const text = typeof activity.text === 'string' ? activity.text.trim() : '';
  if (!text) return null;
  return isMachineValue(text) ? { action: text } : { text };
}
