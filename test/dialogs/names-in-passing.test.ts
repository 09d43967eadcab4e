import { beforeAll, describe, expect, it } from 'vitest';
import { introducedName } from '../../src/dialogs/introduced-name.js';
import { harness, realContent } from '../applications/harness.js';

beforeAll(async () => {
  await realContent();
});

describe('a name given together with other answers', () => {
  it('takes "ich heiße Peter Müller" after the address for the name step not asked yet (Sperrmüll)', async () => {
    const h = await harness();
    await h.send('Sperrmüll anmelden');
    await h.send('1 Sofa');
    const reply = await h.send('Kölnstraße 12, 52351 Düren, ich heiße Peter Müller');
    expect(reply).toMatch(/Abholadresse: Kölnstraße 12, 52351 Düren/);
    expect(reply).toMatch(/Name: Peter Müller/);
    await h.send('nächste Woche');
    expect(h.last.dialog?.step).toBe('kontakt');
  });

  it('takes the name, the address and the dogs from one long answer at the name question (Hundesteuer)', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    const reply = await h.send(
      'Ich heiße Sabine Koch und wohne in der Zehnthofstraße 3, 52349 Düren, wir haben zwei Hunde, der neue ist ein Labrador und seit letztem Montag bei uns',
    );
    expect(reply).toMatch(/Halterin oder Halter: Sabine Koch/);
    expect(reply).toMatch(/Adresse: Zehnthofstraße 3, 52349 Düren/);
    expect(reply).not.toMatch(/höchstens 100 Zeichen/);
    expect(h.last.dialog?.step).not.toBe('name');
  });

  it('says that only the name is wanted, not a length rule, when a long answer at the name question holds no name', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    const reply = await h.send(
      'Also das ist so, wir haben seit einiger Zeit einen kleinen Hund bei uns im Haus und den möchte ich jetzt endlich ordentlich beim Steueramt anmelden, weil das ja Pflicht ist',
    );
    expect(reply).toMatch(/Bitte nennen Sie hier nur Ihren Vor- und Nachnamen/);
    expect(reply).not.toMatch(/höchstens 100 Zeichen/);
  });

  it('keeps "mein Name ist Ali Yilmaz" from the message that starts an appointment booking', async () => {
    const h = await harness();
    const reply = await h.send('Ich brauche einen Termin für einen Reisepass, mein Name ist Ali Yilmaz');
    expect(reply).toMatch(/Name: Ali Yilmaz/);
  });

  it('takes no name introduced in passing for a name already given, unless it is a correction', async () => {
    const h = await harness();
    await h.send('Hund anmelden');
    await h.send('Max Mustermann');
    await h.send('Hauptstraße 5, 52349 Düren');
    const reply = await h.send('1, mein Name ist übrigens Erika');
    expect(reply).not.toMatch(/Halterin oder Halter: Erika/);
  });
});

describe('the name after an introduction', () => {
  it.each([
    ['Kölnstraße 12, 52351 Düren, ich heiße Peter Müller', 'Peter Müller'],
    ['Ich heiße Sabine Koch und wohne in der Zehnthofstraße 3', 'Sabine Koch'],
    ['my name is John Smith E-Mail john@example.org', 'John Smith'],
    ['Ich heiße Dr. Hans-Peter von der Leyen.', 'Dr. Hans-Peter von der Leyen'],
    ['Name: Erika Mustermann, Telefon 0176 12345678', 'Erika Mustermann'],
  ])('reads "%s" as %s', (text, name) => {
    expect(introducedName(text)?.name).toBe(name);
  });

  it.each(['nein, mein Name ist falsch', 'Der Hundename ist Bello', 'ich bin umgezogen', 'ich heiße'])('finds no name in "%s"', (text) => {
    expect(introducedName(text)).toBeNull();
  });
});
