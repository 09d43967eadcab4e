/**
 * Transcript-test harness for the five applications: real intents, profile and dialogs/<id>.yaml, the real
 * NLU (trainNlu with entity extraction), the real app with the dialog manager on SQLite, a fixed clock
 * (Thursday, 26 November 2026, 10:00 in Düren). `send('...')` returns the reply texts joined.
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
import { appointmentPlugin } from '../../src/http/routes/appointments.js';
import { submissionStatusPlugin } from '../../src/http/routes/submission-status.js';
import { trainNlu } from '../../src/nlu/index.js';
import { catalogue, readContentFiles } from '../../src/runtime/node/content-fs.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { redactPii } from '../../src/privacy/redact.js';
import { createSubmissionStatusHandler } from '../../src/dialogs/applications/maengelmelder/status-handler.js';

const redact = (text: string) => redactPii(text).text;

export const ROOT = join(import.meta.dirname, '..', '..');
export const NOW = new Date('2026-11-26T09:00:00.000Z');
export const MY_DIALOGS = ['buergerbuero_termin', 'sperrmuell', 'maengelmelder', 'hundesteuer', 'umfrage'].map((id) => `dialogs/${id}.yaml`);

let cached: Promise<{ content: ContentBundle; nlu: Nlu }> | null = null;

export function realContent(): Promise<{ content: ContentBundle; nlu: Nlu }> {
  cached ??= (async () => {
    const files = await readContentFiles(ROOT, 'dueren');
    const content = buildContent({
      ...files,
      dialogs: files.dialogs.filter((f) => MY_DIALOGS.includes(f.path)),
      catalogue: catalogue as ContentInput['catalogue'],
      requireCatalogue: false,
      validateDialogs: createDialogValidator(createDefaultRegistry()),
    });
    return { content, nlu: trainNlu(content) };
  })();
  return cached;
}

export interface ChatBody {
  conversationId: string;
  replies: Reply[];
  intent: { id: string; confidence: number } | null;
  expectingInput: boolean;
  dialog?: DialogStatus;
}

export async function harness(options: { store?: SqlStore; now?: () => Date; conversationId?: string } = {}) {
  const { content, nlu } = await realContent();
  const store = options.store ?? (await openSqliteStore(':memory:'));
  const registry = createDefaultRegistry({ store, redact });
  const built = createAppWithContext({
    store,
    nlu: () => nlu,
    content: () => content,
    logger: silentLogger,
    handlers: [createSubmissionStatusHandler(store), createDialogManager({ store, registry })],
    plugins: [dialogPlugin(), appointmentPlugin, submissionStatusPlugin],
    now: options.now ?? (() => NOW),
    redact,
  });
  let conversationId = options.conversationId;
  let last: ChatBody | null = null;
  async function send(text: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await built.app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text, ...extra }),
    });
    if (res.status !== 200) throw new Error(`chat ${res.status}: ${await res.text()}`);
    last = (await res.json()) as ChatBody;
    conversationId = last.conversationId;
    return last.replies.map((r) => r.text).join('\n');
  }
  return {
    ...built,
    store,
    content,
    send,
    get last(): ChatBody {
      if (!last) throw new Error('nothing sent yet');
      return last;
    },
    get conversationId() {
      return conversationId;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof harness>>;

/**
 * A restart mid-dialog: the conversation so far runs on a database file, the file is closed, and a new app
 * on the reopened file continues the same conversation. Returns that new app (close its store when done).
 */
export async function restartMidDialog(path: string, before: (h: Harness) => Promise<unknown>): Promise<Harness> {
  const first = await harness({ store: await openSqliteStore(path) });
  await before(first);
  const id = first.conversationId;
  await first.store.close();
  return harness({ store: await openSqliteStore(path), ...(id ? { conversationId: id } : {}) });
}

/** The values of the last reply's suggestions (the buttons a widget shows). */
export function suggestionValues(h: Harness): string[] {
  return h.last.replies.at(-1)?.suggestions?.map((s) => s.value) ?? [];
}
