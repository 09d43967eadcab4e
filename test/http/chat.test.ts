import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

interface ChatBody {
  conversationId: string;
  replies: Array<{ text: string; speak: string; suggestions?: Array<{ title: string; value: string }>; links?: Array<{ title: string; url: string }> }>;
  intent: { id: string; confidence: number } | null;
  error?: { code: string; field?: string; reason: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('POST /api/chat', () => {
  it('starts a conversation with a server-made UUID, the AI notice and the greeting', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', { text: 'Hallo' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatBody;
    expect(body.conversationId).toMatch(UUID);
    expect(body.intent?.id).toBe('begruessung');
    expect(body.replies[0]?.text).toMatch(/automatisches Programm/);
    expect(body.replies[0]?.text).toMatch(/Guten Tag/);
    expect(body.replies[0]?.speak).toMatch(/^<speak[^>]* xml:lang="de-DE"/);
  });

  it('says the AI notice only in the first reply of a conversation', async () => {
    const { post } = await createTestApp();
    const first = (await (await post('/api/chat', { text: 'Hallo' })).json()) as ChatBody;
    const second = (await (await post('/api/chat', { conversationId: first.conversationId, text: 'Ausweis' })).json()) as ChatBody;
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.replies[0]?.text).not.toMatch(/automatisches Programm/);
    expect(second.intent?.id).toBe('personalausweis');
  });

  it('answers with links and suggestions in the requested language', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { text: 'id card', locale: 'en' })).json()) as ChatBody;
    expect(body.replies[0]?.text).toMatch(/citizens office/);
    // The first reply of a conversation also links the privacy notice (report j-12).
    expect(body.replies[0]?.links).toEqual([{ title: 'Website', url: 'https://www.example.org' }, { title: 'Privacy', url: '/datenschutz' }]);
    expect(body.replies[0]?.suggestions).toEqual([{ title: 'Say hello', value: 'intent:begruessung' }]);
    expect(body.replies[0]?.speak).toMatch(/xml:lang="en-GB"/);
  });

  it('answers a whole sentence in the language it is written in, whatever locale the page asked for', async () => {
    const { post } = await createTestApp();
    const english = (await (await post('/api/chat', { text: 'Where do I get an id card, please?', locale: 'de' })).json()) as ChatBody & { locale: string };
    expect(english.locale).toBe('en');
    expect(english.replies[0]?.text).toMatch(/citizens office/);
    expect(english.replies[0]?.speak).toMatch(/xml:lang="en-GB"|xml:lang="en-US"|xml:lang="en"/);
    const german = (await (await post('/api/chat', { text: 'Wo bekomme ich einen Ausweis?', locale: 'en' })).json()) as ChatBody & { locale: string };
    expect(german.locale).toBe('de');
  });

  it('keeps the chosen locale for keywords, which are no sentence in either language', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { text: 'Personalausweis', locale: 'en' })).json()) as ChatBody & { locale: string };
    expect(body.locale).toBe('en');
    expect(body.replies[0]?.text).toMatch(/citizens office/);
  });

  it('gives the Einfache Sprache variant when plainLanguage is set', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { text: 'Ausweis', plainLanguage: true })).json()) as ChatBody;
    expect(body.replies[0]?.text).toMatch(/Gehen Sie zum Bürgerbüro\./);
  });

  it('treats an intent action like a recognised intent', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { action: 'intent:personalausweis' })).json()) as ChatBody;
    expect(body.intent).toEqual({ id: 'personalausweis', confidence: 1 });
  });

  it('falls back to the unknown answer for messages it does not understand', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { text: 'Wie wird das Wetter?' })).json()) as ChatBody;
    expect(body.intent?.id).toBe('unknown');
    expect(body.replies[0]?.text).toMatch(/01234 5-0/);
  });

  it('escapes markup from answers in the SSML', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { text: 'Ausweis' })).json()) as ChatBody;
    const speak = body.replies[0]?.speak ?? '';
    expect(speak).toContain('&amp; mehr &lt;b&gt;fett&lt;/b&gt;');
    expect(speak).not.toContain('https://');
  });

  it('rejects malformed JSON with 400 naming the body', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', '{"text": "Hallo"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ChatBody).error).toMatchObject({ code: 'invalid_json', field: 'body' });
  });

  it.each([
    [{ text: 42 }, 'text'],
    [{ text: 'Hallo', locale: 'fr' }, 'locale'],
    [{ text: 'Hallo', plainLanguage: 'yes' }, 'plainLanguage'],
    [{}, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'Hallo', extra: 1 }, 'extra'],
    [{ text: 'x'.repeat(1001) }, 'text'],
    [{ text: 'Hallo', conversationId: 'not-a-uuid' }, 'conversationId'],
    [['Hallo'], 'body'],
  ])('rejects %j with 400 naming the field %s', async (payload, field) => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', payload);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ChatBody;
    expect(body.error?.field).toBe(field);
    expect(body.error?.reason).toBeTruthy();
  });

  it('rejects a body over 16 KB with 413', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', JSON.stringify({ text: 'Hallo', pad: 'x'.repeat(20 * 1024) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ChatBody).error?.code).toBe('body_too_large');
  });

  it('rejects a non-JSON content type with 415', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', 'Hallo', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ChatBody).error?.field).toBe('content-type');
  });

  it('answers 404 conversation_not_found for an unknown conversation id', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', { conversationId: crypto.randomUUID(), text: 'Hallo' });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ChatBody).error?.code).toBe('conversation_not_found');
  });

  it('never shows a stack trace when something breaks inside', async () => {
    const { post } = await createTestApp({
      nlu: () => ({
        parse() {
          throw new Error('model exploded at /srv/secret/path.ts:12');
        },
      }),
    });
    const res = await post('/api/chat', { text: 'Hallo' });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/exploded|secret|\.ts:/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error' } });
  });
});

describe('POST /api/chat with a suggestion value as action', () => {
  it('treats a plain action value like typed text', async () => {
    const { post } = await createTestApp();
    const body = (await (await post('/api/chat', { action: 'Ausweis' })).json()) as ChatBody;
    expect(body.intent?.id).toBe('personalausweis');
  });
});
