/**
 * The real problem-report dialog with both messenger channels mounted: Bot Framework in Emulator
 * mode against the local fake Bot Service, and Direct Line. `bot.send` posts one activity and returns the reply
 * texts the Connector received; `directLine` posts and polls one Direct Line conversation.
 */
import { botFrameworkPlugin } from '../../../src/channels/botframework/index.js';
import { directLinePlugin } from '../../../src/channels/directline/index.js';
import type { SqlStore } from '../../../src/store/sql-store.js';
import { transcriptHarness } from '../../support/transcript-harness.js';
import { emulatorPost } from './emulator-request.js';
import type { FakeBotService } from './fake-bot-service.js';

export const DIALOGS = ['dialogs/maengelmelder.yaml'];
const SECRET = 'messenger-harness-directline-secret-0123456789';

export interface DirectLineActivity {
  id?: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string };
}

export async function messengerHarness(service: FakeBotService, store?: SqlStore) {
  const harness = await transcriptHarness({ dialogs: DIALOGS, ...(store ? { store } : {}), plugins: [botFrameworkPlugin({ emulator: true, conversationIdSecret: SECRET }), directLinePlugin({ secret: SECRET })] });
  const { app } = harness;

  /** One activity to /api/messages; the status and the texts of the replies the Connector got for it. */
  async function bot(activity: Record<string, unknown>): Promise<{ status: number; texts: string[] }> {
    const before = service.replies.length;
    const response = await emulatorPost(app, { type: 'message', channelId: 'telegram', serviceUrl: service.serviceUrl, from: { id: 'tg-user-1' }, recipient: { id: 'bot' }, locale: 'de-DE', ...activity });
    return { status: response.status, texts: service.replies.slice(before).map((reply) => String(reply.body.text)) };
  }

  async function directLine() {
    const generated = await app.request('/v3/directline/tokens/generate', { method: 'POST', headers: { authorization: `Bearer ${SECRET}` } });
    const { conversationId, token } = (await generated.json()) as { conversationId: string; token: string };
    return reopenDirectLine(conversationId, token);
  }

  function reopenDirectLine(conversationId: string, token: string) {
    const url = `/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    return {
      conversationId,
      token,
      async post(text: string | undefined, clientActivityID: string, extra: Record<string, unknown> = {}): Promise<{ status: number; id: string }> {
        const response = await app.request(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', from: { id: 'dl-user' }, ...(text === undefined ? {} : { text }), channelData: { clientActivityID }, ...extra }) });
        return { status: response.status, id: response.status === 200 ? ((await response.json()) as { id: string }).id : '' };
      },
      async history(): Promise<DirectLineActivity[]> {
        const response = await app.request(url, { headers });
        return ((await response.json()) as { activities: DirectLineActivity[] }).activities;
      },
    };
  }

  return { app, store: harness.store, bot, directLine, reopenDirectLine };
}
