/**
 * Questions asked in the middle of an application that name no topic of their own are about the
 * application's topic; "wie bitte?" asks for the question to be explained.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { atRent, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('a side question inside the Wohngeld application', () => {
  it.each(['welche Unterlagen brauche ich?', 'wo ist die wohngeldstelle'])('answers "%s" from the Wohngeld topic and offers to go on', async (question) => {
    const h = await atRent();
    const reply = await h.send(question);
    expect(reply).toMatch(/Wohngeld ist ein Zuschuss/);
    expect(reply).toMatch(/Sollen wir mit „Wohngeld“ weitermachen\?/);
    expect(reply).not.toMatch(/Bitte nennen Sie den Betrag/);
    expect(await h.send('ja')).toMatch(/Wie hoch ist Ihre Bruttokaltmiete/);
  });

  it('answers "Wie lange dauert die Bearbeitung?" from the Wohngeld topic (the classifier read it as a complaint at 0.6)', async () => {
    const h = await atRent();
    const reply = await h.send('Wie lange dauert die Bearbeitung?');
    expect(h.last.intent?.id).toBe('wohngeld');
    expect(reply).not.toMatch(/Beschwerde/);
    expect(reply).toMatch(/Sollen wir mit „Wohngeld“ weitermachen\?/);
  });

  it('still answers a question about another topic from that topic', async () => {
    const h = await atRent();
    expect(await h.send('Was kostet ein Reisepass?')).toMatch(/70 €[\s\S]*Sollen wir mit „Wohngeld“ weitermachen\?/);
    expect(h.last.intent?.id).toBe('reisepass');
  });

  it('explains the question on "wie bitte?"', async () => {
    const h = await atRent();
    expect(await h.send('wie bitte?')).toMatch(/Die Bruttokaltmiete ist die Kaltmiete plus die Nebenkosten/);
    expect(h.last.dialog?.step).toBe('miete');
  });
});
