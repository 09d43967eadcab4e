/** tester-i C1: the feedback chart says what it counts and names topics by their titles. */
import { describe, expect, it } from 'vitest';
import { createStaffApp, editorOf, postChat } from './staff-fixture.js';

describe('the feedback chart', () => {
  it('says the bars count thumbs down, shows the count with its meaning and labels the topic by title', async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const turn = await postChat(app, { text: 'personalausweis beantragen' });
    const res = await app.app.request('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId: turn.conversationId, rating: 'down', intent: 'personalausweis' }) });
    expect(res.status).toBeLessThan(300);
    app.live.content().intentsById.get('personalausweis')!.title.de = 'Personalausweis beantragen';
    await client.get('/staff/analytics');
    expect(client.lastHtml).toContain('Die Balken zählen „Daumen runter“ (👎) je Thema');
    expect(client.lastHtml).toMatch(/<text[^>]*>Personalausweis beantragen<\/text>/);
    expect(client.lastHtml).toContain('1 × runter');
  }, 30_000);
});
