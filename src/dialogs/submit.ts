/**
 * Stores a confirmed dialog as a submission: one atomic batch (row, reference, outbox) through the store,
 * and only after the commit does the caller acknowledge it. The summary token is returned once.
 */
import type { ProfileDefinition } from '../content/schema.js';
import type { JsonObject, JsonValue } from '../core/types.js';
import type { SubmissionStore } from '../store/submission-repository.js';
import type { CompletionResult } from './registry.js';
import type { DialogDefinition } from './schema.js';
import { randomToken, sha256Hex } from './secrets.js';

const DAY_MS = 86_400_000;

export function referencePrefix(profile: ProfileDefinition): string {
  const configured = profile.values.submission_prefix;
  return typeof configured === 'string' && /^[A-Z]{1,6}$/.test(configured) ? configured : profile.id.slice(0, 2).toUpperCase();
}

/**
 * One confirmed answer: `value` as the citizen saw it (their language and format, for their printable summary);
 * `slot`, `type` and `raw` (the slot value itself) so that every other reader (the clerk, an export) renders it
 * in its own language. Submissions stored before 2026-12 have only `label` and `value`.
 */
export interface SummaryRow {
  label: { de: string; en: string };
  value: string;
  slot?: string;
  type?: string;
  raw?: JsonValue;
}

export interface SubmitInput {
  dialog: DialogDefinition;
  profile: ProfileDefinition;
  conversationId: string;
  idempotencyKey: string;
  locale: string;
  /** Stored so the office knows how to write back (Einfache Sprache). */
  plainLanguage?: boolean;
  summary: SummaryRow[];
  result: CompletionResult;
  now: Date;
}

export interface Submitted {
  reference: string;
  token: string;
  created: boolean;
  /** The stored payload data: an earlier commit of the same run (created false) may differ from `result`. */
  data: JsonObject;
}

function storedRow(row: SummaryRow): JsonObject {
  const { label, value, slot, type, raw } = row;
  return { label, value, ...(slot !== undefined && type !== undefined ? { slot, type, raw: raw ?? null } : {}) };
}

export async function submit(store: SubmissionStore, input: SubmitInput): Promise<Submitted> {
  const kind = input.dialog.submission;
  if (!kind) throw new Error(`dialog "${input.dialog.id}" declares no submission`);
  const token = randomToken();
  const tokenHash = await sha256Hex(token);
  const createdAt = input.now.toISOString();
  const payload: JsonObject = {
    dialog: input.dialog.id,
    title: input.dialog.title,
    locale: input.locale,
    ...(input.plainLanguage !== undefined ? { plainLanguage: input.plainLanguage } : {}),
    summary: [...input.summary.map(storedRow), ...(input.result.summaryRows ?? [])],
    documents: input.result.documents ?? [],
    data: input.result.payload,
  };
  const { record, created } = await store.createSubmission({
    id: crypto.randomUUID(),
    type: kind.type,
    dialogId: input.dialog.id,
    idempotencyKey: input.idempotencyKey,
    conversationId: input.conversationId,
    payload,
    summaryTokenHash: tokenHash,
    referencePrefix: referencePrefix(input.profile),
    createdAt,
    retainUntil: new Date(input.now.getTime() + kind.retention_days * DAY_MS).toISOString(),
    ...(input.result.appointment ? { appointment: input.result.appointment.write } : {}),
  });
  if (!created) await store.replaceSummaryToken(record.id, tokenHash);
  const data = record.payload.data;
  return { reference: record.reference, token, created, data: typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {} };
}

/**
 * The summary link: reference and key in the fragment, which browsers never send, so the key is in no request
 * line, proxy log or Referer (report j-10); /zusammenfassung posts them in a form body. Links handed out before
 * (…/summary?token=…) keep working until their submissions expire.
 */
export function summaryPath(reference: string, token: string, locale?: string): string {
  return `/zusammenfassung${locale === 'en' ? '?lang=en' : ''}#reference=${encodeURIComponent(reference)}&token=${encodeURIComponent(token)}`;
}
