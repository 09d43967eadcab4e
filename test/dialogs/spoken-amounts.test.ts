/** Transcript tests: amounts as voice transcripts write them, with hesitations and self-corrections (tester-f A3). */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

async function atIncome() {
  const h = await harness();
  await h.send('wohngeld berechnen');
  await h.send('drei');
  await h.send('sechshundert');
  return h;
}

describe('spoken Wohngeld amounts', () => {
  it('reads "zweitausend ähm zweihundert" as 2,200 euros', async () => {
    const h = await atIncome();
    expect(await h.send('äh also brutto so zweitausend ähm zweihundert euro')).toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 2\.200 €/);
  });

  it('reads "tausend ähm achthundert" as 1,800 euros', async () => {
    const h = await atIncome();
    expect(await h.send('tausend ähm achthundert')).toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 1\.800 €/);
  });

  it('takes the last amount after a self-correction', async () => {
    const h = await atIncome();
    const reply = await h.send('1800 ähm nein 2200');
    expect(reply).toMatch(/Bruttoeinkommen im Monat \(alle Personen\): 2\.200 €/);
    expect(reply).not.toMatch(/1\.800 €/);
  });
});
