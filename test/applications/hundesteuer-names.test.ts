import { beforeAll, describe, expect, it } from 'vitest';
import { isFullName, sameHolder } from '../../src/dialogs/applications/hundesteuer/holder-names.js';
import { harness, realContent, type Harness } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

async function atHolder(owner = 'Eva Braun'): Promise<Harness> {
  const h = await harness();
  for (const answer of ['Hund anmelden', owner, 'Kaiserplatz 1, 52349 Düren', '1', 'nein', 'seit gestern', 'Dackel', 'überspringen', 'überspringen', 'ja', 'DE89370400440532013000']) await h.send(answer);
  expect(h.last.dialog?.step).toBe('kontoinhaber');
  return h;
}

describe('dog tax: the owner\'s name is a first and last name', () => {
  it.each(['Der Hund heißt Bello', 'mein Mann', 'das Konto gehört meiner Frau Anna Braun', 'Bello'])('refuses "%s" as the owner', async (answer) => {
    const h = await harness();
    await h.send('Hund anmelden');
    expect(await h.send(answer)).toMatch(/Bitte nennen Sie nur Vor- und Nachnamen der Halterin oder des Halters/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it('keeps "Bello" as the dog\'s name from "Der Hund heißt Bello", and does not ask for it again', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    expect(await h.send('Der Hund heißt Bello')).toMatch(/Den Namen des Hundes habe ich notiert: Bello\./);
    for (const answer of ['Eva Braun', 'Kaiserplatz 1, 52349 Düren', '1', 'nein', 'seit gestern']) await h.send(answer);
    expect(await h.send('Dackel')).toMatch(/Hat der Hund einen Mikrochip\?/);
  });

  it('takes the address but not the sentence from "Kaiserplatz 1, 52349 Düren, mein Hund heißt Bello Schmitz"', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    const reply = await h.send('Kaiserplatz 1, 52349 Düren, mein Hund heißt Bello Schmitz');
    expect(reply).toMatch(/Adresse: Kaiserplatz 1, 52349 Düren/);
    expect(reply).not.toMatch(/Halterin oder Halter: mein Hund/);
    expect(h.last.dialog?.step).toBe('name');
  });

  it.each(['Hans von der Heide', 'Maria de la Cruz', 'Jan van der Berg', 'Anna-Lena Müller-Lüdenscheidt', 'Ich heiße Ali Yilmaz', 'Dr. Eva Braun', 'Maria del Carmen García de la Fuente López'])('takes "%s" as the owner', async (answer) => {
    const h = await harness();
    await h.send('Hund anmelden');
    expect(await h.send(answer)).toMatch(/Verstanden: Halterin oder Halter: /);
    expect(h.last.dialog?.step).toBe('adresse');
  });
});

describe('dog tax: the account holder compared with the owner', () => {
  it('requires first and last name for the holder ("Braun" alone is refused)', async () => {
    const h = await atHolder();
    expect(await h.send('Braun')).toMatch(/Bitte nennen Sie nur Vor- und Nachnamen der Kontoinhaberin oder des Kontoinhabers/);
    expect(h.last.dialog?.step).toBe('kontoinhaber');
  });

  it.each(['Eva Maria Braun', 'Braun, Eva', 'Eva Bräun', 'Das Konto läuft auf mich', 'mein eigenes'])('asks the mandate of the owner for "%s"', async (answer) => {
    const h = await atHolder(answer === 'Eva Bräun' ? 'Eva Braeun' : 'Eva Braun');
    expect(await h.send(answer)).toMatch(/Stimmen Sie dem Mandat zu\?/);
  });

  it.each(['Paul Braun, das ist ein Gemeinschaftskonto mit mir', 'auf mich und meinen Mann'])('takes the applicant as holder of a joint account ("%s") and says so', async (answer) => {
    const h = await atHolder();
    const reply = await h.send(answer);
    expect(reply).toMatch(/Verstanden: Kontoinhaberin oder Kontoinhaber: Eva Braun\./);
    expect(reply).toMatch(/Sie sind Mitinhaberin oder Mitinhaber des Kontos: Ich trage Sie \(Eva Braun\) als Kontoinhaberin oder Kontoinhaber ein/);
    expect(reply).toMatch(/Stimmen Sie dem Mandat zu\?/);
  });

  it('compares names by first and last name, with middle names, "Nachname, Vorname" and umlauts', () => {
    expect(sameHolder('Eva Maria Braun', 'Eva Braun')).toBe(true);
    expect(sameHolder('Braun, Eva', 'Eva Braun')).toBe(true);
    expect(sameHolder('Jürgen Müller', 'Juergen Muller')).toBe(true);
    expect(sameHolder('Frau Eva Braun', 'Eva Braun')).toBe(true);
    expect(sameHolder('Anna Braun', 'Eva Braun')).toBe(false);
    expect(sameHolder('Eva Schmidt', 'Eva Braun')).toBe(false);
    expect(isFullName('Braun')).toBe(false);
    expect(isFullName('Frau Braun')).toBe(false);
    expect(isFullName('Will Smith')).toBe(true);
  });
});
