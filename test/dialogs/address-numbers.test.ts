/**
 * Transcript tests: a house number or postcode is part of the address and fills no other step (tester-f A1,
 * B5, C3), also when the address is dictated in lower case or too broken to read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from '../applications/harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

async function atDogAddress(): Promise<Harness> {
  const h = await harness();
  await h.send('Hund anmelden');
  await h.send('sabine müller');
  return h;
}

describe('house numbers in the dog-tax and bulky-waste forms', () => {
  it('takes a lower-case address as the address, and the house number is no number of dogs', async () => {
    const h = await atDogAddress();
    const reply = await h.send('kölner straße 12, 52351 düren');
    expect(reply).toMatch(/Verstanden: Adresse: kölner straße 12, 52351 Düren/i);
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('keeps the house number of an address it cannot read out of the number of dogs', async () => {
    const h = await atDogAddress();
    const reply = await h.send('kölner Strase 12 52351 düren');
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('adresse');
  });

  it('takes a spoken address with "Hausnummer" and "Postleitzahl" and asks for the number of dogs next', async () => {
    const h = await atDogAddress();
    const reply = await h.send('kölner straße hausnummer zwölf postleitzahl 52351');
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('keeps the postcode given without the town with the bulky-waste address', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    await h.send('ein Sofa');
    const reply = await h.send('Schoellerstr. 12, 52351');
    expect(reply).toMatch(/Schoellerstr\. 12, 52351/);
    expect(reply).not.toMatch(/Wie ist die Postleitzahl/);
  });
});
