/**
 * The citizen's own data: download the transcript, delete everything (GDPR Art. 15 and 17). The unguessable id
 * is the key, so only for conversations of the web channels: a messenger conversation's id is derived from the
 * messenger's, which others may know (tester-n 1); it answers as unknown here (src/core/channel-binding.ts).
 */
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import { channelMayReach } from '../../core/channel-binding.js';
import type { ConversationRecord } from '../../core/ports.js';
import type { AppContext } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { requireUuid } from '../json-body.js';

function notFound(): AppError {
  return new AppError(404, 'conversation_not_found', 'No conversation with this id (it may have been deleted or expired).', { field: 'id' });
}

/** The conversation, if this API may show it. */
function webReachable(conversation: ConversationRecord | null): ConversationRecord | null {
  return conversation && channelMayReach(conversation.channel, 'web') ? conversation : null;
}

export function conversationRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:id', async (c) => {
    const id = requireUuid(c.req.param('id'), 'id');
    const conversation = webReachable(await context.store.getConversation(id));
    if (!conversation) throw notFound();
    const transcript = await context.store.getTranscript(id);
    c.header('Cache-Control', 'no-store');
    return c.json({
      conversationId: conversation.id,
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
      locale: conversation.locale,
      messages: transcript.map((entry) => ({
        role: entry.role,
        text: entry.text,
        at: entry.at,
        ...(entry.intent ? { intent: entry.intent } : {}),
        ...(entry.locale ? { locale: entry.locale } : {}),
      })),
    });
  });
  app.delete('/:id', async (c) => {
    const id = requireUuid(c.req.param('id'), 'id');
    // Through the engine: a message of this conversation in flight finishes first and cannot write it back.
    // A messenger conversation is not erased, and answers as unknown.
    if (!(await context.engine.erase(id, 'web'))) throw notFound();
    return c.body(null, 204);
  });
  return app;
}
