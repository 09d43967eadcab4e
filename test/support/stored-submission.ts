/** One submission stored straight in the store, with the key of its summary link (erasure tests). */
import { randomToken, sha256Hex } from '../../src/dialogs/secrets.js';
import type { ComposedApp } from './composed-app.js';

export async function storedSubmission(app: ComposedApp, fields: { type: string; data: Record<string, string>; summaryName?: string; createdAt?: string }) {
  const token = randomToken();
  const conversationId = crypto.randomUUID();
  const { record } = await app.node.store.createSubmission({
    id: crypto.randomUUID(),
    type: fields.type,
    dialogId: fields.type,
    idempotencyKey: `${conversationId}:run-1`,
    conversationId,
    payload: { locale: 'de', summary: fields.summaryName ? [{ label: { de: 'Name', en: 'Name' }, value: fields.summaryName }] : [], data: fields.data },
    summaryTokenHash: await sha256Hex(token),
    referencePrefix: 'DN',
    createdAt: fields.createdAt ?? new Date().toISOString(),
    retainUntil: new Date(Date.now() + 180 * 86_400_000).toISOString(),
  });
  return { token, record };
}
