/**
 * Dates and numbers of other household members are not the citizen's own: "unsere Tochter Lea, geboren am
 * 4.5.2015" must not become the applicant's date of birth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, toAddress, toContact, toEstimate } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('other people in the household', () => {
  it('does not take a child’s date of birth, given with the household size, as the applicant’s', async () => {
    const h = await harness();
    await h.send('Ich möchte Wohngeld beantragen');
    const reply = await h.send('wir sind 3: ich, mein Mann Peter Schmidt und unsere Tochter Lea, geboren am 4.5.2015');
    expect(reply).toMatch(/Verstanden: Personen im Haushalt: 3\./);
    expect(reply).not.toMatch(/Geburtsdatum/);
  });

  it('keeps a partner’s date of birth in the household members and leaves the applicant’s alone', async () => {
    const h = await harness();
    await toContact(h);
    await h.send('überspringen');
    await h.send('überspringen');
    const reply = await h.send('mein Mann Peter Schmidt, geboren am 1.2.1978, und unser Sohn Tim, geboren 2015');
    expect(reply).not.toMatch(/Korrigiert: Geburtsdatum/);
    expect(reply).toMatch(/Weitere Personen im Haushalt/);
    expect(h.last.dialog?.step).toBe('confirm');
  });

  it('takes a date of birth written 14/02/1988, and not a date named as the husband’s at the birth-date question', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    await h.send('Aisha Rahman');
    const husband = await h.send('Omar Rahman 1.1.1985 husband');
    expect(husband).not.toMatch(/Geburtsdatum: 01\.01\.1985/);
    expect(h.last.dialog?.step).toBe('geburtsdatum');
    expect(await h.send('14/02/1988')).toMatch(/Verstanden: Geburtsdatum: 14\.02\.1988/);
  });

  it('keeps a date of birth given before the consent out of the application; it is asked after the consent', async () => {
    const h = await harness();
    await h.send('Ich möchte Wohngeld beantragen');
    const reply = await h.send('ich bin allein, geboren am 3.4.1985');
    expect(reply).toMatch(/Personen im Haushalt: 1/);
    expect(reply).not.toMatch(/Geburtsdatum/);
  });

  it.each([
    ['ich heiße Jürgen Müller', 'Jürgen Müller'],
    ['Mein Name ist Anna Berg.', 'Anna Berg'],
    // "Nachname, Vorname" is the order of a form: the name is stored as it is said (tester-r B1).
    ['Schmidt, Anna', 'Anna Schmidt'],
  ])('stores the applicant’s name "%s" as %s', async (answer, name) => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    expect(await h.send(answer)).toMatch(new RegExp(`Verstanden: Name: ${name}\\.`));
  });

  it('counts everyone in a list of the household, and asks again for a count of children only', async () => {
    const h = await harness();
    await h.send('Ich möchte Wohngeld beantragen');
    expect(await h.send('ich wohne mit meiner Frau und zwei Kindern')).toMatch(/Verstanden: Personen im Haushalt: 4\./);
    const c = await harness();
    await c.send('Ich möchte Wohngeld beantragen');
    expect(await c.send('ich habe zwei Kinder')).toMatch(/Wie viele Personen sind das insgesamt, Sie selbst mitgezählt\?/);
    expect(c.last.dialog?.step).toBe('personen');
  });

  it('asks for the postcode when the address names another town', async () => {
    const h = await harness();
    await toAddress(h);
    expect(await h.send('Hauptstraße 5 in Nörvenich')).toMatch(/Bitte nennen Sie Ihre Anschrift mit Postleitzahl/);
  });
});

describe('a date of birth that does not exist', () => {
  it('says that the 30.02.1980 does not exist, not that the year is missing', async () => {
    const h = await harness();
    await toEstimate(h);
    await h.send('hier');
    await h.send('ja');
    await h.send('Maria Schmidt');
    const reply = await h.send('geboren am 30.2.1980');
    expect(reply).toMatch(/Den 30\.02\.1980 gibt es nicht/);
    expect(reply).not.toMatch(/mit Jahr/);
  });
});

describe('an address outside the city in Einfache Sprache', () => {
  it('names the Kreis for people elsewhere in it, not only "nennen Sie Ihre Adresse in Düren"', async () => {
    const h = await harness();
    await h.send('Wohngeld', { plainLanguage: true });
    for (const answer of ['3', '600', '1800', 'Lohn', 'nichts davon', 'hier', 'ja', 'Maria Schmidt', '12.03.1980']) await h.send(answer);
    const reply = await h.send('Bahnhofstraße 3, 52372 Kreuzau');
    expect(reply).toMatch(/Wohnen Sie woanders im Kreis Düren\? Dann fragen Sie die Kreisverwaltung/);
  });
});

describe('labels in Einfache Sprache', () => {
  it('echoes the rent and the income with plain labels, not "Bruttokaltmiete" and "Bruttoeinkommen"', async () => {
    const h = await harness();
    await h.send('Wohngeld', { plainLanguage: true });
    await h.send('2');
    const rent = await h.send('600');
    expect(rent).toMatch(/Verstanden: Miete ohne Heizung im Monat: 600 €/);
    expect(rent).not.toMatch(/Bruttokaltmiete im Monat/);
    expect(await h.send('1800')).toMatch(/Geld vor Abzügen im Monat \(alle zusammen\): 1\.800 €/);
  });

  it('keeps the official labels in standard German', async () => {
    const h = await harness();
    await h.send('Wohngeld');
    await h.send('2');
    expect(await h.send('600')).toMatch(/Verstanden: Bruttokaltmiete im Monat: 600 €/);
  });
});
