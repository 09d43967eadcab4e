/**
 * No control character reaches storage (tester-p A1): a U+0000 in a stored transcript made every `wrangler d1
 * export` unrestorable. Every JSON body loses them in readJsonBody, every staff form in readForm.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { voicePlugin } from '../../src/channels/voice/index.js';
import { parseJsonWithoutControl, stripControlCharacters } from '../../src/http/control-characters.js';
import { readForm } from '../../src/staff/http.js';
import { createTestApp } from '../support/test-app.js';

const CONTROLS = [...Array.from({ length: 9 }, (_, i) => i), 0x0b, 0x0c, ...Array.from({ length: 18 }, (_, i) => 0x0e + i), 0x7f].map((code) => String.fromCharCode(code));
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

describe('control characters in input', () => {
  it('are removed, every one of U+0000-U+0008, U+000B, U+000C, U+000E-U+001F and U+007F', () => {
    expect(CONTROLS).toHaveLength(30);
    expect(stripControlCharacters(`Perso${CONTROLS.join('')} verloren`)).toBe('Perso verloren');
  });

  it('keep tab, line feed and carriage return, umlauts and emoji', () => {
    const text = 'Straße\tNr. 12\r\nÜbrigens 👍 ÿ\u0080';
    expect(stripControlCharacters(text)).toBe(text);
  });

  it('are removed from JSON strings at any depth and from keys, whether escaped (\\u0000, \\b, \\f) or a raw DEL', () => {
    const parsed = parseJsonWithoutControl('{"text":"a\\u0000b\\bc\\fd\u007fe","from":{"name":["x\\u001fy"]},"ke\\u0000y":1,"n":2}');
    expect(parsed).toEqual({ text: 'abcde', from: { name: ['xy'] }, key: 1, n: 2 });
  });

  it('leave a JSON body without them exactly as JSON.parse reads it, a backslash-b in a path included', () => {
    const text = '{"path":"C:\\\\bin\\\\f","list":[1,true,null],"text":"Zeile 1\\nZeile 2\\t"}';
    expect(parseJsonWithoutControl(text)).toEqual(JSON.parse(text));
  });

  it('never reach the stored transcript of a chat or voice turn, and the answer reads the text without them', async () => {
    const { post, store } = await createTestApp({ plugins: [voicePlugin()] });
    const chat = await post('/api/chat', { text: 'Ausweis\u0000 verloren\u0007' });
    expect(chat.status).toBe(200);
    const { conversationId, intent } = (await chat.json()) as { conversationId: string; intent: { id: string } };
    expect(intent.id).toBe('personalausweis');
    const voice = await post('/api/voice/turn', { conversationId, transcript: 'ID card\u001b please\u007f', locale: 'en-US' });
    expect(voice.status).toBe(200);

    const rows = await store.db.all<{ role: string; text: string }>('SELECT role, text FROM transcript WHERE conversation_id = ? ORDER BY seq', [conversationId]);
    expect(rows.filter((row) => row.role === 'user').map((row) => row.text)).toEqual(['Ausweis verloren', 'ID card please']);
    const states = await store.db.all<{ state: string }>('SELECT state FROM conversations');
    expect([...rows.map((row) => row.text), ...states.map((row) => row.state)].filter((text) => ANY_CONTROL.test(text))).toEqual([]);
  });

  it('make a message of nothing but control characters an empty one, refused like any empty message', async () => {
    const { post } = await createTestApp();
    const res = await post('/api/chat', { text: '\u0000\u0001' });
    const empty = await post('/api/chat', { text: '' });
    expect(res.status).toBe(empty.status);
    expect(await res.json()).toEqual(await empty.json());
  });

  it('never reach a staff form field (edits, names, comments)', async () => {
    const app = new Hono();
    app.post('/form', async (c) => {
      const form = await readForm(c);
      return c.json({ answer: form.get('answer'), tags: form.all('tag') });
    });
    const body = new URLSearchParams({ answer: 'Gebühr\u0000: 37 Euro\nZeile 2' });
    body.append('tag', 'a\u0008');
    const res = await app.request('/form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    expect(await res.json()).toEqual({ answer: 'Gebühr: 37 Euro\nZeile 2', tags: ['a'] });
  });

  it('turn a lone surrogate into U+FFFD and keep whole emoji, so Node and D1 store the same bytes (retest 19 N6)', () => {
    expect(stripControlCharacters('lone \ud800 high, \udfff low, 😀 whole, \ud83d')).toBe('lone \ufffd high, \ufffd low, 😀 whole, \ufffd');
    expect(parseJsonWithoutControl('{"text":"lone \\ud800 surrogate","emoji":"\\ud83d\\ude00","\\udc00key":1}')).toEqual({ text: 'lone \ufffd surrogate', emoji: '😀', '\ufffdkey': 1 });
  });

  it('drop bidi overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069), raw or escaped', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(stripControlCharacters(`Ërika O'Brien ${bidi.join('')}XYZ`)).toBe("Ërika O'Brien XYZ");
    expect(parseJsonWithoutControl('{"name":"O\'Brien \\u202eXYZ","raw":"a\u2066b\u2069"}')).toEqual({ name: "O'Brien XYZ", raw: 'ab' });
  });

  it('leave Arabic and Hebrew text and the direction marks U+200E, U+200F and U+061C untouched', () => {
    const text = 'مرحبا، اسمي ليلى\u061c 12 \u200fשלום, שמי דנה\u200e (Düren)';
    expect(stripControlCharacters(text)).toBe(text);
    expect(parseJsonWithoutControl(JSON.stringify({ text }))).toEqual({ text });
  });

  it('never reach the stored transcript as a bidi override or a lone surrogate', async () => {
    const { post, store } = await createTestApp();
    const res = await post('/api/chat', { text: 'Ausweis \ud800 verloren \u202eXYZ' });
    expect(res.status).toBe(200);
    const { conversationId } = (await res.json()) as { conversationId: string };
    const rows = await store.db.all<{ text: string }>("SELECT text FROM transcript WHERE conversation_id = ? AND role = 'user'", [conversationId]);
    expect(rows.map((row) => row.text)).toEqual(['Ausweis \ufffd verloren XYZ']);
  });
});
