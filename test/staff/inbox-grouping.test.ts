/**
 * Tester-n finding 2: anonymous citizens could fill the inbox with 5,000 questions of 1,000 characters of random
 * words, and opening it compared every question with every group and parsed every group with the NLU in one
 * piece, which stopped the whole server for seconds to minutes. The grouping gives the same groups as before on
 * real questions, its work is bounded, long work pauses for citizens' turns, and the page is split into pages.
 */
import { describe, expect, it } from 'vitest';
import { groupMessages, jaccard, MAX_COMPARISONS, SIMILARITY_CHARS, textKey, tokens, type InboxMessage } from '../../src/staff/inbox.js';
import { LANGUAGE_CHARS, LANGUAGE_GROUPS, loadInbox, PAGE_SIZE } from '../../src/staff/inbox-load.js';
import { createStaffApp, editorOf } from './staff-fixture.js';
import { createRandom } from '../../src/nlu/random.js';

/** A seeded random source, so a failure can be reproduced. */
const random = createRandom;

const message = (text: string, i: number): InboxMessage => ({ text, reason: 'unknown', intent: 'unknown', confidence: 0.1, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), chosen: null });
const noPause = async () => undefined;

/** 1,000 characters of random two-letter words, the worst case the chat lets anyone store. */
function junk(count: number, seed = 1): InboxMessage[] {
  const next = random(seed);
  const word = () => String.fromCharCode(97 + Math.floor(next() * 26), 97 + Math.floor(next() * 26));
  return Array.from({ length: count }, (_, i) => message(Array.from({ length: 334 }, word).join(' ').slice(0, 1000), i));
}

/** The grouping as it was: each question, most frequent first, compared with every group's lead question. */
function everyPair(messages: InboxMessage[], threshold = 0.5): string[][] {
  const byKey = new Map<string, { key: string; count: number; tokens: Set<string> }>();
  for (const m of messages) {
    const key = textKey(m.text);
    const entry = byKey.get(key) ?? { key, count: 0, tokens: new Set(tokens(m.text)) };
    entry.count++;
    byKey.set(key, entry);
  }
  const clusters: Array<{ head: Set<string>; keys: string[] }> = [];
  for (const entry of [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))) {
    const cluster = clusters.find((c) => jaccard(c.head, entry.tokens) >= threshold);
    if (cluster) cluster.keys.push(entry.key);
    else clusters.push({ head: entry.tokens, keys: [entry.key] });
  }
  return clusters.map((c) => c.keys).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

describe('grouping the inbox', () => {
  it('forms the same groups as comparing each question with every group, on questions that share many words', async () => {
    // Content words only (no stop words), so the reference needs no stop list; few words, so groups merge often.
    const words = 'fahrrad registrieren codieren hund anmelden steuer sperrmüll abholen termin ausweis reisepass beantragen kosten gebühr formular online parken ausweis wohngeld'.split(' ');
    const next = random(7);
    const texts = Array.from({ length: 600 }, () => Array.from({ length: 2 + Math.floor(next() * 4) }, () => words[Math.floor(next() * words.length)]).join(' '));
    const messages = texts.map(message);
    const { groups, ungrouped } = await groupMessages(messages, { pause: noPause });
    expect(ungrouped).toBe(0);
    const got = groups.map((g) => g.variants.map((v) => v.key)).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(got).toEqual(everyPair(messages));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(600);
  });

  it('bounds the comparisons for 5,000 questions of 1,000 characters of random words, and leaves the rarest on their own', async () => {
    const messages = junk(5000);
    // Questions asked more than once come first, so a popular question is still grouped with its variant.
    messages.push(...['wo kann ich mein fahrrad registrieren', 'wo kann ich mein fahrrad registrieren', 'wo kann ich mein fahrrad registrieren', 'fahrrad registrieren wo', 'fahrrad registrieren wo'].map(message));
    const { groups, comparisons, ungrouped } = await groupMessages(messages, { pause: noPause });
    // The check before each question stops at the limit; the last question compared adds at most its words
    // (one per two characters of the compared start) times the groups.
    expect(comparisons).toBeGreaterThanOrEqual(MAX_COMPARISONS);
    expect(comparisons).toBeLessThanOrEqual(MAX_COMPARISONS + (SIMILARITY_CHARS / 2) * groups.length);
    expect(ungrouped).toBeGreaterThan(0);
    expect(groups[0]).toMatchObject({ text: 'wo kann ich mein fahrrad registrieren', count: 5 });
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(5005);
  }, 60_000);

  it('pauses for waiting requests during long work, and guesses the language only of the shown and most frequent groups, from their start', async () => {
    let pauses = 0;
    const guessed: string[] = [];
    const messages = junk(300, 2);
    const view = await loadInbox({
      messages,
      decided: new Set(),
      topics: new Set(),
      otherLanguage: (text) => (guessed.push(text), undefined),
      page: 5,
      pause: async () => void pauses++,
      sliceMs: 0,
    });
    expect(pauses).toBeGreaterThanOrEqual(300);
    expect(view.total).toBe(300);
    expect(view.pages).toBe(Math.ceil(300 / PAGE_SIZE));
    expect(view.groups).toHaveLength(300 - 5 * PAGE_SIZE);
    expect(guessed).toHaveLength(LANGUAGE_GROUPS + (300 - 5 * PAGE_SIZE));
    expect(Math.max(...guessed.map((t) => t.length))).toBeLessThanOrEqual(LANGUAGE_CHARS);
  }, 30_000);
});

describe('the inbox page with many questions', () => {
  it(`shows ${PAGE_SIZE} groups per page, the most frequent first, with links to the other pages`, async () => {
    const app = await createStaffApp();
    const client = await editorOf(app);
    const statements = [];
    for (let i = 0; i < 60; i++) {
      const id = crypto.randomUUID();
      const at = new Date(Date.now() - i * 60_000).toISOString();
      // Question 0 three times, so it leads the first page.
      for (let n = 0; n < (i === 0 ? 3 : 1); n++) {
        const conversation = n === 0 ? id : crypto.randomUUID();
        statements.push({ sql: `INSERT INTO conversations (id, locale, channel, created_at, updated_at, last_seq) VALUES (?, 'de', 'web', ?, ?, 1)`, params: [conversation, at, at] });
        statements.push({ sql: `INSERT INTO transcript (conversation_id, seq, role, text, intent, confidence, at) VALUES (?, 1, 'user', ?, 'unknown', 0.1, ?)`, params: [conversation, `frage nummer${i} zum thema${i}`, at] });
      }
    }
    await app.store.db.batch(statements);
    await client.get('/staff/inbox');
    expect(client.lastHtml).toContain(`60 Gruppe(n) offen. Seite 1 von 2, je ${PAGE_SIZE} Gruppen, die häufigsten zuerst.`);
    expect(client.lastHtml).toMatch(/<ol class="inbox"><li><h2>„frage nummer0 zum thema0“ <span class="badge">3×/);
    expect(client.lastHtml.match(/<span class="badge">/g)).toHaveLength(PAGE_SIZE);
    expect(client.lastHtml).toContain('href="/staff/inbox?days=30&amp;page=1">Nächste Seite</a>');
    await client.get('/staff/inbox?days=30&page=1');
    expect(client.lastHtml).toContain('Seite 2 von 2');
    expect(client.lastHtml.match(/<span class="badge">/g)).toHaveLength(60 - PAGE_SIZE);
    expect(client.lastHtml).toContain('href="/staff/inbox?days=30&amp;page=0">Vorherige Seite</a>');
    expect(client.lastHtml).not.toContain('Nächste Seite');
  }, 30_000);
});
