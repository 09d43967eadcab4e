/**
 * "Nachname, Vorname" is turned round only when a first name follows the comma: a place of the city, "aus …" or
 * an address there is where the person lives, and it is no part of the booked name (retest 19 2.1).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

async function atBookingName(): Promise<Harness> {
  const h = await harness();
  for (const answer of ['Termin im Bürgerbüro buchen', 'Meldebescheinigung', 'egal', '1']) await h.send(answer);
  expect(h.last.dialog?.step).toBe('name');
  return h;
}

describe('a place or an address after the comma of a name', () => {
  it.each([
    ['Müller, Düren', 'Müller'],
    ['Meier, aus Düren', 'Meier'],
    ['Müller, Birkesdorf', 'Müller'],
    ['Hans Müller, Kölnstraße 3', 'Hans Müller'],
    ['Dr. Müller, Hans', 'Dr. Hans Müller'],
    ['Müller, Hans', 'Hans Müller'],
    ['von der Heide, Anna', 'Anna von der Heide'],
  ])('books the appointment for "%s" as "%s"', async (answer, name) => {
    const h = await atBookingName();
    const reply = await h.send(answer);
    expect(reply).toContain(`• Name: ${name}\n`);
  });

  it('stores "Müller, Düren" as "Müller" for the bulky waste pick-up, not as "Düren Müller"', async () => {
    const h = await harness();
    for (const answer of ['Sperrmüll anmelden', 'ein Sofa', 'Kaiserplatz 1, 52349 Düren', 'nächste Woche']) await h.send(answer);
    expect(h.last.dialog?.step).toBe('name');
    const reply = await h.send('Müller, Düren');
    expect(reply).toMatch(/Verstanden: Name: Müller\./);
    expect(reply).not.toMatch(/Düren Müller/);
  });

  it('takes "Hans Müller, Kölnstraße 3" in the dog tax as the owner and the address, not as one name', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    const reply = await h.send('Hans Müller, Kölnstraße 3');
    expect(reply).toMatch(/Halterin oder Halter: Hans Müller\./);
    expect(reply).toMatch(/Adresse: Kölnstraße 3/);
  });

  it('asks the dog owner again for a first name when only "Müller, Düren" comes', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    expect(await h.send('Müller, Düren')).toMatch(/Vor- und Nachnamen/);
    expect(h.last.dialog?.step).toBe('name');
  });
});
