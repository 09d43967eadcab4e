/**
 * Report j-5: the needs survey is anonymous in fact. Its answers stay out of the transcript, where they sat next
 * to an application of the same conversation, and a free-text comment is cleared after 90 days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/store/retention.js';
import { purgeTargets } from '../../src/store/purge-targets.js';
import { composedApp, type ComposedApp } from '../support/composed-app.js';

let app: ComposedApp;
beforeAll(async () => {
  app = await composedApp();
});
afterAll(async () => app?.close());

async function chat(conversationId: string | undefined, text: string): Promise<{ conversationId: string; text: string }> {
  const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...(conversationId ? { conversationId } : {}), text }) });
  const body = (await res.json()) as { conversationId: string; replies: Array<{ text: string }> };
  return { conversationId: body.conversationId, text: body.replies.map((r) => r.text).join('\n') };
}

describe('the needs survey', () => {
  it('keeps its answers out of the transcript, so they cannot be linked to anything else in the conversation', async () => {
    let { conversationId } = await chat(undefined, 'Ich möchte an der Umfrage teilnehmen');
    const answers = ['Hundesteuer', 'Chat', 'Dolmetscher', 'Ich bin seit einem Unfall querschnittsgelähmt'];
    for (const text of answers) ({ conversationId } = await chat(conversationId, text));
    const last = await chat(conversationId, 'ja');
    expect(last.text).toContain('anonym gespeichert');
    const transcript = (await app.node.store.db.all<{ text: string }>('SELECT text FROM transcript WHERE conversation_id = ?', [conversationId])).map((r) => r.text).join('\n');
    expect(transcript).not.toMatch(/Hundesteuer|Dolmetscher|querschnittsgelähmt/);
    const stored = await app.node.store.db.all<{ comment: string | null }>('SELECT comment FROM survey_responses');
    // Stored once, in the survey table (after redaction, which may mask the health term).
    expect(stored.filter((r) => r.comment?.startsWith('Ich bin seit einem Unfall'))).toHaveLength(1);
  });

  it('still takes a question as the comment, although the step is kept out of the transcript', async () => {
    let { conversationId } = await chat(undefined, 'Ich möchte an der Umfrage teilnehmen');
    for (const text of ['überspringen', 'Telefon', 'keine']) ({ conversationId } = await chat(conversationId, text));
    const reply = await chat(conversationId, 'Kann ich Ihnen Blumen schicken?');
    expect(reply.text).toContain('Kann ich Ihnen Blumen schicken?');
    expect(reply.text).toContain('Soll ich die Antworten anonym speichern?');
  });

  it('clears a comment 90 days after the survey and keeps the anonymous counts', async () => {
    await app.node.store.addSurveyResponse({ survey: 'umfrage', submittedOn: '2026-01-10', answers: { channel: ['chat'] }, comment: 'Ich bin Diabetiker' });
    await purgeExpired(app.node.store.db, new Date('2026-04-09T12:00:00Z'), undefined, purgeTargets);
    expect((await app.node.store.surveyResults('umfrage', { from: '2026-01-10', to: '2026-01-10' })).comments).toEqual(['Ich bin Diabetiker']);
    await purgeExpired(app.node.store.db, new Date('2026-04-11T12:00:00Z'), undefined, purgeTargets);
    const results = await app.node.store.surveyResults('umfrage', { from: '2026-01-10', to: '2026-01-10' });
    expect(results.comments).toEqual([]);
    expect(results.responses).toBe(1);
  });
});
