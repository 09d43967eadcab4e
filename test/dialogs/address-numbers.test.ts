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

describe('a street given without its house number (retest 19 2.2)', () => {
  it('asks the dog owner for the house number of a street given alone, and completes the address with the number that follows', async () => {
    const h = await atDogAddress();
    const asked = await h.send('Kölnstraße');
    expect(asked).toMatch(/Die Straße habe ich: Kölnstraße\. Wie ist die Hausnummer\?/);
    expect(asked).not.toMatch(/Schaden oder Missstand|abbrechen und mit/);
    expect(h.last.dialog?.step).toBe('adresse');
    const reply = await h.send('12');
    expect(reply).toMatch(/Verstanden: Adresse: Kölnstraße 12, Düren\./);
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('plz');
    await h.send('52351');
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('takes the house number with the postcode after a street given alone', async () => {
    const h = await atDogAddress();
    await h.send('Kölnstraße');
    expect(await h.send('12, 52351 Düren')).toMatch(/Verstanden: Adresse: Kölnstraße 12, 52351 Düren\./);
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('does the same at the bulky-waste address ("ich wohne in der Kölner Straße", then "Nr. 5")', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    await h.send('ein Sofa');
    expect(await h.send('ich wohne in der Kölner Straße')).toMatch(/Die Straße habe ich: Kölner Straße\./);
    expect(await h.send('Nr. 5')).toMatch(/Verstanden: Abholadresse: Kölner Straße 5, Düren\./);
  });
});

describe('a bare number is no answer to a question not asked yet (retest 19 2.2)', () => {
  it('stores no number of dogs from "12" after the offer to switch to the problem report, at the address', async () => {
    const h = await atDogAddress();
    expect(await h.send('Straßenlaterne kaputt')).toMatch(/abbrechen und mit „Schaden oder Missstand melden“ beginnen\?/);
    const reply = await h.send('12');
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('adresse');
    await h.send('Kölnstraße 12, 52351 Düren');
    expect(h.last.dialog?.step).toBe('anzahl');
  });

  it('stores no number of dogs from "2" at the owner\'s name, after a switch offer', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    expect(await h.send('Ich möchte Sperrmüll anmelden')).toMatch(/abbrechen und mit/);
    const reply = await h.send('2');
    expect(reply).not.toMatch(/Anzahl Hunde/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('still takes a number that names the step ("Eva Braun, 2 Hunde")', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    expect(await h.send('Eva Braun, 2 Hunde')).toMatch(/Anzahl Hunde im Haushalt: 2/);
  });
});
