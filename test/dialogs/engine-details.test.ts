/**
 * Engine behaviour beyond the per-application transcripts: a text step next to other values, an earlier
 * choice changed into a way out, and the resume-code limits of the chat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAttemptLimiter } from '../../src/dialogs/attempt-limiter.js';
import { CHAT_CODE_LIMITS } from '../../src/dialogs/resume-code.js';
import { harness, realContent, toEstimate } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

describe('the dialog engine', () => {
  it('gives a text step what the other values leave of the message ("Maria Schmidt, 12.03.1980")', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    const reply = await h.send('Maria Schmidt, 12.03.1980');
    expect(reply).toMatch(/Name: Maria Schmidt/);
    expect(reply).toMatch(/Geburtsdatum: 12\.03\.1980/);
    expect(h.last.dialog?.step).toBe('anschrift');
  });

  it('leaves the question for an FAQ question, but not for a bare word that only resembles a topic ("blau")', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    expect(await h.send('blau')).toMatch(/Zahl der Personen/);
    expect(h.last.dialog?.step).toBe('personen');
    const reply = await h.send('Was kostet ein Reisepass?');
    expect(reply).toMatch(/Sollen wir mit „Wohngeld“ weitermachen\?/);
  });

  it('ends the dialog when an earlier choice is changed to a way out ("nein, doch lieber online")', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    const reply = await h.send('nein, doch lieber online');
    expect(reply).toMatch(/Online-Antrag des Landes NRW/);
    expect(h.last.dialog).toMatchObject({ id: 'wohngeld', done: true });
    expect((await h.store.getConversation(h.conversationId ?? ''))?.state.dialog).toBeUndefined();
  });
});

describe('wrong resume codes in the chat', () => {
  it('limit one conversation after 5 wrong codes, but many conversations together only far above the old cap of 200', () => {
    const limiter = createAttemptLimiter(CHAT_CODE_LIMITS);
    const at = Date.parse('2026-11-26T10:00:00Z');
    for (let i = 0; i < 5; i += 1) limiter.recordFailure('conversation:a', at);
    expect(limiter.allowed('conversation:a', at)).toBe(false);
    for (let i = 0; i < 1000; i += 1) limiter.recordFailure(`conversation:${i}`, at);
    expect(limiter.allowed('conversation:someone-else', at)).toBe(true);
    for (let i = 0; i < 1000; i += 1) limiter.recordFailure(`conversation:x${i}`, at);
    expect(limiter.allowed('conversation:someone-else', at)).toBe(false);
    expect(limiter.allowed('conversation:someone-else', at + CHAT_CODE_LIMITS.windowMs + 1)).toBe(true);
  });
});
