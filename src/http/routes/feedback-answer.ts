/**
 * Which answer a thumbs up/down is about. Feedback feeds the staff analytics, so it counts only for an answer the
 * conversation really got (report A3: 150 anonymous ratings for an intent nobody asked about, and for intents that
 * do not exist, used to be stored): the conversation must exist, the intent must be one it was answered with,
 * and each answer holds one rating (a second one replaces it).
 */
import { AppError } from '../../core/app-error.js';
import { channelMayReach } from '../../core/channel-binding.js';
import type { TranscriptEntry } from '../../core/ports.js';
import type { SqlStore } from '../../store/sql-store.js';

export interface RatedAnswer {
  /** The bot entry's sequence number in the transcript. */
  seq: number;
  /** The topic of that answer: the bot entry's own (second question) or its turn's intent. */
  intent: string | null;
}

/** Every bot entry with the topic it answered. */
export function answersOf(transcript: TranscriptEntry[]): RatedAnswer[] {
  const answers: RatedAnswer[] = [];
  let turnIntent: string | null = null;
  for (const entry of transcript) {
    if (entry.role === 'user') turnIntent = entry.intent ?? null;
    else answers.push({ seq: entry.seq, intent: entry.intent ?? turnIntent });
  }
  return answers;
}

export async function findRatedAnswer(store: SqlStore, conversationId: string, request: { intent?: string | undefined; seq?: number | undefined }): Promise<RatedAnswer> {
  const conversation = await store.getConversation(conversationId);
  // A messenger conversation is rated in its messenger, if at all: here it is unknown (src/core/channel-binding.ts).
  if (!conversation || !channelMayReach(conversation.channel, 'web')) throw new AppError(404, 'conversation_not_found', 'No conversation with this id (it may have been deleted after the retention period).', { field: 'conversationId' });
  const answers = answersOf(await store.getTranscript(conversationId));
  if (request.seq !== undefined) {
    const answer = answers.find((candidate) => candidate.seq === request.seq);
    if (!answer) throw new AppError(422, 'not_an_answer', 'seq is not an answer of the assistant in this conversation.', { field: 'seq' });
    if (request.intent !== undefined && answer.intent !== request.intent) {
      throw new AppError(422, 'intent_not_answered', `The answer with this seq was not about "${request.intent}".`, { field: 'intent' });
    }
    return answer;
  }
  const candidates = request.intent === undefined ? answers : answers.filter((answer) => answer.intent === request.intent);
  const latest = candidates.at(-1);
  if (latest) return latest;
  if (request.intent !== undefined) throw new AppError(422, 'intent_not_answered', `This conversation was not answered with "${request.intent}".`, { field: 'intent' });
  throw new AppError(422, 'no_answer', 'This conversation has no answer to rate yet.', { field: 'conversationId' });
}
