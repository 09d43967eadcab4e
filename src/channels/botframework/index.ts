/**
 * POST /api/messages: the Bot Framework channel (Azure Bot Service: Teams, Telegram, Facebook, the
 * Emulator, ...). Messages run through the same core turn as the web chat; the replies go back
 * through the Connector API to the activity's serviceUrl. This folder is the only importer of
 * botframework-connector, so retiring the SDK means replacing this folder only.
 */
import { z } from 'zod';
import { AppError } from '../../core/app-error.js';
import type { TurnResult } from '../../core/types.js';
import type { AppContext, AppPlugin } from '../../http/app-context.js';
import { readJsonBody } from '../../http/json-body.js';
import { replyActivities, type Activity } from '../activity.js';
import { answerMessage } from '../channel-turn.js';
import { conversationIdDeriver } from '../conversation-id.js';
import { channelMessageId } from '../message-id.js';
import { withGroupNote } from './group-note.js';
import { NumberedChoices } from '../numbered-choices.js';
import { channelOrigin, isTextOnlyChannel, type ReplyRendering } from '../reply-rendering.js';
import type { Context } from 'hono';
import { createBotFrameworkAuth, type AuthenticatedRequest, type BotFrameworkAuthOptions } from './auth.js';
import { fromLocalEmulator } from './emulator.js';

export interface BotFrameworkOptions extends BotFrameworkAuthOptions {
  /** BOTFRAMEWORK_EMULATOR: without appId, accept unauthenticated activities from a local Emulator. Default false: the route is off. */
  emulator?: boolean;
  /** The socket peer's address (default: Node's socket), for the emulator's loopback check. */
  peerAddress?: (c: Context) => string | undefined;
  /**
   * CONVERSATION_ID_SECRET: the key that maps the channel's conversation ids to the core's (conversation-id.ts).
   * Default: the app password. Changing it starts new conversations for the channel's users.
   */
  conversationIdSecret?: string;
}

type Mode = 'authenticated' | 'emulator' | 'off';

const NOTES: Record<Mode, string | undefined> = {
  authenticated: undefined,
  emulator: 'BOTFRAMEWORK_EMULATOR=true: /api/messages accepts unauthenticated activities, only from a loopback address without proxy headers, and replies only to a serviceUrl on localhost. For development only',
  off: 'MICROSOFT_APP_ID not set: /api/messages is off (answers 404)',
};

const account = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), role: z.string().max(64).optional() });

const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().max(128).optional(),
  serviceUrl: z.string().max(2048).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024), isGroup: z.boolean().optional(), conversationType: z.string().max(64).optional() }).optional(),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().optional(),
  locale: z.string().max(35).optional(),
  membersAdded: z.array(account).max(500).optional(),
});

/** Without authentication the bot must not post to any URL: emulator mode answers only local channels. */
function isLocalUrl(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function requireServiceUrl(activity: Activity, emulatorMode: boolean): string {
  let url: URL;
  try {
    url = new URL(activity.serviceUrl ?? '');
  } catch {
    throw new AppError(400, 'invalid_field', 'serviceUrl must be an absolute URL.', { field: 'serviceUrl' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError(400, 'invalid_field', 'serviceUrl must be http(s).', { field: 'serviceUrl' });
  if (emulatorMode && !isLocalUrl(url)) {
    throw new AppError(403, 'emulator_mode', 'Without MICROSOFT_APP_ID the bot only answers a local Emulator (serviceUrl on localhost).', { field: 'serviceUrl' });
  }
  return activity.serviceUrl ?? '';
}

/** A Teams group chat or channel, a Telegram or Facebook group: several citizens write in one conversation. */
function isGroup(activity: Activity): boolean {
  const conversation = activity.conversation;
  return conversation?.isGroup === true || conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel';
}

/**
 * In a group every member gets a conversation of their own (tester-r A6): one member must not answer, confirm or
 * erase another's application. A personal chat keeps the key it always had, so its conversations go on.
 */
function channelConversationKey(activity: Activity): string {
  const id = activity.conversation?.id ?? '';
  return isGroup(activity) ? `${id}\nmember:${activity.from?.id ?? ''}` : id;
}

function membersJoined(activity: Activity): boolean {
  return (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
}

async function sendReplies(
  request: AuthenticatedRequest,
  activity: Activity,
  serviceUrl: string,
  result: Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'>,
  rendering: ReplyRendering,
): Promise<void> {
  const conversationId = activity.conversation?.id ?? '';
  let connector;
  try {
    connector = await request.connector(serviceUrl);
  } catch (cause) {
    throw new AppError(502, 'channel_auth_failed', 'Could not get a token to answer the channel.', { cause });
  }
  for (const reply of replyActivities(result, activity.from?.id, rendering)) {
    const outbound = {
      ...reply,
      channelId: activity.channelId,
      conversation: activity.conversation,
      ...(activity.recipient ? { from: activity.recipient } : {}),
      ...(activity.from ? { recipient: activity.from } : {}),
      ...(activity.id ? { replyToId: activity.id } : {}),
    } as Parameters<typeof connector.conversations.sendToConversation>[1];
    try {
      if (activity.id) await connector.conversations.replyToActivity(conversationId, activity.id, outbound);
      else await connector.conversations.sendToConversation(conversationId, outbound);
    } catch (cause) {
      throw new AppError(502, 'channel_unreachable', 'The channel did not accept the reply.', { cause });
    }
  }
}

export function botFrameworkPlugin(options: BotFrameworkOptions = {}): AppPlugin {
  const auth = createBotFrameworkAuth(options);
  const mode: Mode = !auth.emulatorMode ? 'authenticated' : options.emulator ? 'emulator' : 'off';
  const idSecret = options.conversationIdSecret || options.appPassword || undefined;
  const conversationId = conversationIdDeriver(idSecret);
  const numbered = new NumberedChoices();
  return (app, context: AppContext) => {
    const note = NOTES[mode];
    context.logger.info('botframework_channel', { mode, ...(note ? { note } : {}) });
    if (mode !== 'off' && !idSecret) {
      context.logger.warn('conversation_id_unkeyed', {
        channel: 'botframework',
        note: 'No CONVERSATION_ID_SECRET (or MICROSOFT_APP_PASSWORD): conversation ids are an unkeyed hash of the channel\'s ids. They stay out of the web API, but set CONVERSATION_ID_SECRET (docs/DEPLOY.md)',
      });
    }

    app.post('/api/messages', async (c) => {
      if (mode === 'off') {
        throw new AppError(404, 'channel_off', 'The Bot Framework channel is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (docs/CHANNELS.md); for a local Emulator only, BOTFRAMEWORK_EMULATOR=true.');
      }
      if (mode === 'emulator' && !fromLocalEmulator(c, options.peerAddress)) {
        throw new AppError(403, 'emulator_local_only', 'Emulator mode (BOTFRAMEWORK_EMULATOR) accepts activities only from this machine, not through a proxy. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for real channels.');
      }
      const activity = (await readJsonBody(c, activitySchema)) as Activity;
      const request = await auth.authenticate(activity, c.req.header('authorization'));

      const greeting = activity.type === 'conversationUpdate' && membersJoined(activity);
      // A group hears no greeting for each member who joins: the first answer to a member says it is an assistant.
      if ((activity.type !== 'message' && !greeting) || (greeting && isGroup(activity))) return c.body(null, 202);
      if (!activity.conversation?.id) throw new AppError(400, 'missing_field', 'conversation.id is required.', { field: 'conversation.id' });
      if (isGroup(activity) && !activity.from?.id) throw new AppError(400, 'missing_field', 'from.id is required in a group conversation.', { field: 'from.id' });
      const serviceUrl = requireServiceUrl(activity, auth.emulatorMode);
      const coreId = await conversationId(`botframework:${activity.channelId ?? ''}`, channelConversationKey(activity));
      // SMS: "2" answers the second of the choices the last reply listed (numbered-choices.ts).
      const textOnly = isTextOnlyChannel(activity.channelId);
      const target = {
        channel: 'botframework' as const,
        conversationId: coreId,
        // The Bot Connector sends an activity again when the answer failed: the same id gets the stored answer.
        ...(activity.id ? { channelMessage: activity.id } : {}),
        ...(textOnly ? { mapInput: (input: { text: string } | { action: string }, messageId?: string) => numbered.answer(coreId, input, messageId) } : {}),
      };
      // Who reads along in a group is said at the start of an application (group-note.ts).
      const before = isGroup(activity) && !greeting ? await context.store.getConversation(coreId) : null;
      const answer = greeting
        ? await context.engine.handle({ channel: target.channel, conversationId: coreId, createIfMissing: true, action: 'intent:begruessung', ...(activity.id ? { messageId: await channelMessageId(activity.id) } : {}) })
        : await answerMessage(context, activity, target);
      if (!answer) return c.body(null, 202);
      const result = isGroup(activity) ? withGroupNote(before, answer) : answer;
      const rendering: ReplyRendering = { origin: channelOrigin(c), ...(activity.channelId ? { channelId: activity.channelId } : {}), ...(activity.locale ? { localeTag: activity.locale } : {}) };
      if (textOnly) numbered.keep(coreId, result.replies);
      await sendReplies(request, activity, serviceUrl, result, rendering);
      return c.body(null, 200);
    });
  };
}
