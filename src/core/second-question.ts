/**
 * Two questions in one message ("Wie beantrage ich Wohngeld? Und wann kommt der Sperrmüll?"). The handlers
 * answer one topic; a citizen who asked two should not have to ask the second again, so its answer comes
 * too, in the order asked. Only one application can run at a time: when the turn starts one, the other
 * topic's answer comes first and the application's question stays last, where the citizen answers it.
 */
import { intentReply } from './answer.js';
import { topicSuggestions } from './did-you-mean.js';
import type { ReplyDraft, TurnContext, TurnOutcome } from './turn-handler.js';

export function withSecondQuestion(outcome: TurnOutcome, context: TurnContext): TurnOutcome {
  const asked = context.nlu.asked;
  const answered = outcome.intent?.id;
  if (!asked || !answered || !asked.some((topic) => topic.id === answered)) return outcome;
  const other = asked.find((topic) => topic.id !== answered);
  const intent = other ? context.content.intentsById.get(other.id) : undefined;
  if (!other || !intent) return outcome;
  const { locale, plainLanguage } = context.turn;
  const reply = intentReply(intent, locale, plainLanguage);
  if (!reply) return outcome;
  // The runner-up button under the first answer would only repeat the second one.
  const replies = outcome.replies.map((draft) => withoutButton(draft, `intent:${other.id}`));
  if (outcome.expectingInput) {
    const { suggestions: _, ...withoutButtons } = reply;
    return { ...outcome, replies: [{ ...withoutButtons, topic: other.id }, ...replies] };
  }
  // An application is started by its button, as it would be by asking for it on its own.
  const start = intent.kind === 'dialog' ? topicSuggestions([other.id], context.content, locale) : [];
  const second: ReplyDraft = {
    ...reply,
    topic: other.id,
    ...(start.length > 0 ? { suggestions: [...start, ...(reply.suggestions ?? []).filter((s) => s.value !== start[0]?.value)] } : {}),
  };
  return { ...outcome, replies: asked[0]?.id === other.id ? [second, ...replies] : [...replies, second] };
}

function withoutButton(draft: ReplyDraft, value: string): ReplyDraft {
  if (!draft.suggestions?.some((s) => s.value === value)) return draft;
  return { ...draft, suggestions: draft.suggestions.filter((s) => s.value !== value) };
}
