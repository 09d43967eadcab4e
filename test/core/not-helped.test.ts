import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from '../applications/harness.js';

beforeAll(async () => {
  await realContent();
});

describe('"Ich verstehe das nicht" and "Das hilft mir nicht" right after an answer', () => {
  it('says the answer again in Einfache Sprache and whom to call, instead of the same text word for word', async () => {
    const h = await harness();
    const first = await h.send('Was kostet ein Reisepass?');
    const again = await h.send('Ich verstehe das nicht');
    expect(again).not.toBe(first);
    expect(again).toMatch(/Ich sage es einfacher:[\s\S]*Telefon: 02421 25-0/);
    expect(h.last.intent?.id).toBe('reisepass');
  });

  it('apologises and shows the way to a person', async () => {
    const h = await harness();
    await h.send('Was kostet ein Reisepass?');
    expect(await h.send('das hilft mir nicht')).toMatch(/Das tut mir leid\. Persönlich hilft Ihnen die Stadt: Telefon 02421 25-0/);
    expect(h.last.replies.at(-1)?.suggestions?.map((s) => s.value)).toContain('intent:mensch');
  });

  it('offers a person for "Das hilft mir nicht" with no answer before it, and leaves "Ich verstehe das nicht" to the classifier', async () => {
    const h = await harness();
    expect(await h.send('das hilft mir nicht')).toMatch(/Das tut mir leid/);
    expect(h.last.intent?.id).toBe('mensch');
    const u = await harness();
    expect(await u.send('Ich verstehe das nicht')).not.toMatch(/Ich sage es einfacher/);
  });
});
