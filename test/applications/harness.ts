/**
 * Transcript-test harness for the five applications (test/support/transcript-harness.ts with their dialogs,
 * the submission-status handler, the appointment and status routes, PII redaction) and a fixed clock
 * (Thursday, 26 November 2026, 10:00 in Düren).
 */
import { createSubmissionStatusHandler } from '../../src/dialogs/applications/maengelmelder/status-handler.js';
import { appointmentPlugin } from '../../src/http/routes/appointments.js';
import { submissionStatusPlugin } from '../../src/http/routes/submission-status.js';
import { redactPii } from '../../src/privacy/redact.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import type { AppDeps } from '../../src/http/create-app.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { realContent as loadContent, transcriptHarness, type TranscriptHarness } from '../support/transcript-harness.js';

export { suggestionValues, type ChatBody } from '../support/transcript-harness.js';

const redact = (text: string) => redactPii(text).text;

export const NOW = new Date('2026-11-26T09:00:00.000Z');
export const MY_DIALOGS = ['buergerbuero_termin', 'sperrmuell', 'maengelmelder', 'hundesteuer', 'umfrage'].map((id) => `dialogs/${id}.yaml`);

export const realContent = () => loadContent(MY_DIALOGS);

export function harness(options: { store?: SqlStore; now?: () => Date; conversationId?: string; clientKey?: AppDeps['clientKey'] } = {}): Promise<TranscriptHarness> {
  return transcriptHarness({
    ...options,
    dialogs: MY_DIALOGS,
    now: options.now ?? (() => NOW),
    redact,
    handlers: (store) => [createSubmissionStatusHandler(store)],
    plugins: [appointmentPlugin(), submissionStatusPlugin()],
  });
}

export type Harness = TranscriptHarness;

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

