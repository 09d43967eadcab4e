/**
 * "Können Sie das wiederholen?" after the Wohngeld estimate: the estimate again, not the dialog from its start
 * or the general Wohngeld answer (tester-r B3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, toEstimate } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('the Wohngeld estimate repeated', () => {
  it('says the estimate and its question again, and the choice after it still works', async () => {
    const h = await harness();
    const estimate = await toEstimate(h);
    const step = h.last.dialog?.step;
    expect(await h.send('Können Sie das wiederholen?')).toBe(estimate);
    expect(h.last.dialog?.step).toBe(step);
    expect(await h.send('noch einmal bitte')).toBe(estimate);
    expect(await h.send('hier')).not.toBe(estimate);
    expect(h.last.dialog?.step).not.toBe(step);
  });

  it('repeats the answer to "online" after the estimate instead of starting the application again', async () => {
    const h = await harness();
    await toEstimate(h);
    const online = await h.send('online');
    expect(await h.send('Können Sie das wiederholen?')).toBe(online);
    expect(await h.send('Können Sie das wiederholen?')).not.toMatch(/Wie viele Personen leben in Ihrem Haushalt/);
  });
});
