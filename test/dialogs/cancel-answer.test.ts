import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

describe('the answer about cancelling never claims a cancellation that did not happen (retest19s R2)', () => {
  it('inside an application, a long "von vorne" sentence read as cancelling keeps the answers and says nothing was stopped', async () => {
    const h = await harness();
    await h.send('Ich möchte Wohngeld beantragen');
    await h.send('2');
    const reply = await h.send('Ich muss noch einmal von vorne anfangen, habe mich vertan');
    expect(reply).not.toMatch(/habe den aktuellen Vorgang abgebrochen/);
    expect(reply).toMatch(/Abgebrochen habe ich nichts/);
    expect(reply).toMatch(/Sollen wir mit „Wohngeld“ weitermachen\?/);
  });

  it('outside an application, the cancelling answer says nothing was stopped and how to stop or restart', async () => {
    const h = await harness();
    await h.send('Hallo');
    const reply = await h.send('ich glaube ich muss das alles abbrechen und neu machen');
    expect(h.last.intent?.id).toBe('abbrechen');
    expect(reply).not.toMatch(/habe den aktuellen Vorgang abgebrochen/);
    expect(reply).toMatch(/Abgebrochen habe ich nichts/);
  });
});
