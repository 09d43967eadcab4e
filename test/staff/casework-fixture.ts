/**
 * The staff workspace on the real Düren content (profile, all dialogs, intents) with the dialog manager, so a
 * citizen's application made in the chat is what the clerk opens. A fixed clock: Thursday, 26 November 2026.
 */
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { createSubmissionStatusHandler } from '../../src/dialogs/applications/maengelmelder/status-handler.js';
import { dialogPlugin } from '../../src/dialogs/http-plugin.js';
import { createDialogManager } from '../../src/dialogs/manager.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { LiveContent } from '../../src/core/live-content.js';
import { createAppWithContext } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { submissionRightsPlugin } from '../../src/http/routes/submission-rights.js';
import { trainNlu } from '../../src/nlu/index.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { loadStaffContent } from '../../src/runtime/node/staff-content.js';
import { staffPlugin } from '../../src/staff/index.js';
import { createStaffRepository, type Role } from '../../src/staff/store/staff-repository.js';
import { ROOT } from '../support/transcript-harness.js';
import { addStaffUser, StaffClient } from './staff-fixture.js';

export const NOW = new Date('2026-11-26T09:00:00.000Z');

export async function createCaseworkApp() {
  const store = await openSqliteStore(':memory:');
  const staffContent = await loadStaffContent(ROOT, 'dueren', store, createDialogValidator(createDefaultRegistry()), NOW);
  const live = new LiveContent(staffContent.content, trainNlu(staffContent.content));
  let clock = NOW;
  const { app } = createAppWithContext({
    store,
    nlu: live.nlu,
    content: live.content,
    live,
    now: () => clock,
    logger: silentLogger,
    handlers: [createSubmissionStatusHandler(store), createDialogManager({ store, registry: createDefaultRegistry({ store }) })],
    plugins: [dialogPlugin(), submissionRightsPlugin, staffPlugin({ ...staffContent.options, clientKey: () => 'client-a' })],
  });
  const staffRepo = createStaffRepository(store.db);
  async function signedIn(username: string, roles: Role[]): Promise<StaffClient> {
    await addStaffUser(staffRepo, { id: crypto.randomUUID(), username, roles, at: NOW.toISOString() });
    const client = new StaffClient(app);
    await client.login(username);
    return client;
  }
  let conversationId: string | undefined;
  /** One chat message in the same conversation; returns the reply texts joined. */
  async function send(text: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text, ...extra }) });
    if (res.status !== 200) throw new Error(`chat ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { conversationId: string; replies: Array<{ text: string }>; dialog?: { reference?: string } };
    conversationId = body.conversationId;
    lastReference = body.dialog?.reference ?? lastReference;
    return body.replies.map((r) => r.text).join('\n');
  }
  let lastReference = '';
  return {
    app,
    store,
    content: staffContent.content,
    signedIn,
    send,
    newConversation: () => (conversationId = undefined),
    get reference() {
      return lastReference;
    },
    setNow: (date: Date) => (clock = date),
  };
}

export type CaseworkApp = Awaited<ReturnType<typeof createCaseworkApp>>;
