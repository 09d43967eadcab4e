/**
 * Transcript-test harness: the real content (intents, profile, dialogs/wohngeld.yaml), the real NLU
 * (trainNlu, with real entity extraction) and the real app on a SQLite store. `send('...')` posts one
 * chat message in the same conversation and returns the reply texts joined.
 */
import { join } from 'node:path';
import { buildContent, type ContentInput } from '../../src/content/build-content.js';
import type { ContentBundle } from '../../src/content/model.js';
import type { Nlu } from '../../src/core/ports.js';
import type { DialogStatus, Reply } from '../../src/core/types.js';
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { dialogPlugin } from '../../src/dialogs/http-plugin.js';
import { createDialogManager } from '../../src/dialogs/manager.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { createAppWithContext } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { trainNlu } from '../../src/nlu/index.js';
import { catalogue, readContentFiles } from '../../src/runtime/node/content-fs.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { SqlStore } from '../../src/store/sql-store.js';

export const ROOT = join(import.meta.dirname, '..', '..');

let cached: { content: ContentBundle; nlu: Nlu } | null = null;

/** Real intents and profile, and only the dialogs named (other helpers' dialogs are tested by them). */
export async function realContent(dialogFiles = ['dialogs/wohngeld.yaml']): Promise<{ content: ContentBundle; nlu: Nlu }> {
  if (cached) return cached;
  const files = await readContentFiles(ROOT, 'dueren');
  const content = buildContent({
    ...files,
    dialogs: files.dialogs.filter((f) => dialogFiles.includes(f.path)),
    catalogue: catalogue as ContentInput['catalogue'],
    requireCatalogue: false,
    validateDialogs: createDialogValidator(createDefaultRegistry()),
  });
  cached = { content, nlu: trainNlu(content) };
  return cached;
}

export interface ChatBody {
  conversationId: string;
  replies: Reply[];
  intent: { id: string; confidence: number } | null;
  expectingInput: boolean;
  dialog?: DialogStatus;
}

export async function harness(options: { store?: SqlStore; now?: () => Date } = {}) {
  const { content, nlu } = await realContent();
  const store = options.store ?? (await openSqliteStore(':memory:'));
  const registry = createDefaultRegistry({ store });
  const built = createAppWithContext({
    store,
    nlu: () => nlu,
    content: () => content,
    logger: silentLogger,
    handlers: [createDialogManager({ store, registry })],
    plugins: [dialogPlugin()],
    ...(options.now ? { now: options.now } : {}),
  });
  let conversationId: string | undefined;
  let last: ChatBody | null = null;
  const post = (path: string, body: unknown) =>
    built.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  async function send(text: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await post('/api/chat', { ...(conversationId ? { conversationId } : {}), text, ...extra });
    if (res.status !== 200) throw new Error(`chat ${res.status}: ${await res.text()}`);
    last = (await res.json()) as ChatBody;
    conversationId = last.conversationId;
    return last.replies.map((r) => r.text).join('\n');
  }
  return {
    ...built,
    store,
    content,
    post,
    send,
    get last(): ChatBody {
      if (!last) throw new Error('nothing sent yet');
      return last;
    },
    get conversationId() {
      return conversationId;
    },
    useConversation(id: string | undefined) {
      conversationId = id;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof harness>>;

/** From the start of the Wohngeld dialog to the choice after the estimate. */
export async function toEstimate(h: Harness): Promise<string> {
  await h.send('Ich möchte Wohngeld beantragen');
  await h.send('3');
  await h.send('600 Euro');
  await h.send('1800 Euro brutto');
  return h.send('Lohn oder Gehalt');
}
