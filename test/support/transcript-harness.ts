/**
 * Transcript-test harness: the real intents and profile, the dialogs named, the real NLU (trainNlu with
 * entity extraction) and the real app with the dialog manager on SQLite. `send('...')` posts one chat message
 * in the same conversation and returns the reply texts joined. test/dialogs and test/applications each wrap
 * it with their dialogs and extras.
 */
import { join } from 'node:path';
import { buildContent, type ContentInput } from '../../src/content/build-content.js';
import type { ContentBundle } from '../../src/content/model.js';
import type { Nlu } from '../../src/core/ports.js';
import type { TurnHandler } from '../../src/core/turn-handler.js';
import type { DialogStatus, Reply } from '../../src/core/types.js';
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { dialogPlugin } from '../../src/dialogs/http-plugin.js';
import { createDialogManager } from '../../src/dialogs/manager.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { createAppWithContext, type AppDeps } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { trainNlu } from '../../src/nlu/index.js';
import { catalogue, readContentFiles } from '../../src/runtime/node/content-fs.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { SqlStore } from '../../src/store/sql-store.js';

export const ROOT = join(import.meta.dirname, '..', '..');

const cache = new Map<string, Promise<{ content: ContentBundle; nlu: Nlu }>>();

/** Real intents and profile with only the dialogs named (each suite tests its own dialogs); trained once per set. */
export function realContent(dialogFiles: readonly string[]): Promise<{ content: ContentBundle; nlu: Nlu }> {
  const key = dialogFiles.join('\n');
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = (async () => {
      const files = await readContentFiles(ROOT, 'dueren');
      const content = buildContent({
        ...files,
        dialogs: files.dialogs.filter((f) => dialogFiles.includes(f.path)),
        catalogue: catalogue as ContentInput['catalogue'],
        requireCatalogue: false,
        validateDialogs: createDialogValidator(createDefaultRegistry()),
      });
      return { content, nlu: trainNlu(content) };
    })();
    cache.set(key, loaded);
  }
  return loaded;
}

export interface ChatBody {
  conversationId: string;
  replies: Reply[];
  intent: { id: string; confidence: number } | null;
  expectingInput: boolean;
  dialog?: DialogStatus;
}

export interface HarnessOptions {
  dialogs: readonly string[];
  store?: SqlStore;
  now?: () => Date;
  conversationId?: string;
  redact?: (text: string) => string;
  /** Turn handlers before the dialog manager. */
  handlers?: (store: SqlStore) => TurnHandler[];
  plugins?: NonNullable<AppDeps['plugins']>;
  /** The runtime's client key for the chat (bookings per client); without it, limits count per conversation. */
  clientKey?: AppDeps['clientKey'];
}

export async function transcriptHarness(options: HarnessOptions) {
  const { content, nlu } = await realContent(options.dialogs);
  const store = options.store ?? (await openSqliteStore(':memory:'));
  const registry = createDefaultRegistry({ store, ...(options.redact ? { redact: options.redact } : {}) });
  const built = createAppWithContext({
    store,
    nlu: () => nlu,
    content: () => content,
    logger: silentLogger,
    handlers: [...(options.handlers?.(store) ?? []), createDialogManager({ store, registry })],
    plugins: [dialogPlugin(), ...(options.plugins ?? [])],
    ...(options.now ? { now: options.now } : {}),
    ...(options.redact ? { redact: options.redact } : {}),
    ...(options.clientKey ? { clientKey: options.clientKey } : {}),
  });
  let conversationId = options.conversationId;
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

export type TranscriptHarness = Awaited<ReturnType<typeof transcriptHarness>>;

/** The values of the last reply's suggestions (the buttons a widget shows). */
export function suggestionValues(h: TranscriptHarness): string[] {
  return h.last.replies.at(-1)?.suggestions?.map((s) => s.value) ?? [];
}
