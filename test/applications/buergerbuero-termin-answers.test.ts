/**
 * The Bürgerbüro appointment dialog with answers as citizens give them: a name with an introduction, a slot
 * chosen by its time, a changed wish after the summary, spoken codes, English replies and wishes that no
 * slot can meet (closed, past, too far ahead, outside the opening hours). Clock: Thursday, 26 November 2026,
 * 10:00 in Düren, unless a test says otherwise.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const CODE = /(?:Bestätigungscode|confirmation code): ([A-Z0-9]{6})/;

/** Books Thursday 3.12.2026, 14:00 under `name` and returns the confirmation code. */
async function book(h: Harness, name: string): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  await h.send(name);
  return CODE.exec(await h.send('ja'))?.[1] ?? '';
}

/** Starts a booking and states the wish; returns the reply with the offer. */
async function wish(h: Harness, text: string): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  return h.send(text);
}

describe('the name on a booking', () => {
  it.each([
    ['ich heiße Ali Yilmaz', 'Ali Yilmaz'],
    ['Mein Name ist Olga Ivanova', 'Olga Ivanova'],
    ['Ich bin Anna Berg.', 'Anna Berg'],
    ['Auf den Namen Erika Mustermann, bitte', 'Erika Mustermann'],
  ])('stores "%s" as the name "%s" without the introduction', async (answer, name) => {
    const h = await harness();
    const code = await book(h, answer);
    expect((await h.store.getAppointment(code))?.name).toBe(name);
  });

  it('strips English introductions ("my name is", "I am") too', async () => {
    const h = await harness();
    await h.send('I need an appointment at the citizens office for my passport');
    await h.send('Thursday after 2 pm');
    await h.send('1');
    expect(await h.send('my name is John Smith')).toMatch(/Name: John Smith\n/);
    const code = CODE.exec(await h.send('yes'))?.[1] ?? '';
    expect((await h.store.getAppointment(code))?.name).toBe('John Smith');
    const other = await harness();
    await other.send('I need an appointment at the citizens office for my passport');
    await other.send('Thursday after 2 pm');
    await other.send('2');
    expect(await other.send('I am Anna Berg')).toMatch(/Name: Anna Berg\n/);
  });

  it('cancels with the name given in another case, with extra spaces, in reverse order or as the surname alone', async () => {
    const h = await harness();
    const code = await book(h, 'ich heiße Ali Yilmaz');
    for (const answer of ['ALI  yilmaz', 'Yilmaz Ali', 'Yilmaz, Ali', 'yilmaz', 'Ich heiße Ali Yilmaz']) {
      const c = await harness({ store: h.store });
      await c.send(`Termin absagen ${code}`);
      expect(await c.send(answer), answer).toMatch(/Ihr Termin: Donnerstag, 3\.12\.2026, 14:00 Uhr[\s\S]*Ist alles richtig/);
    }
  });

  it('never accepts a different name: another first name, the first name alone or an extra name', async () => {
    const h = await harness();
    const code = await book(h, 'Ali Yilmaz');
    for (const answer of ['Mehmet Yilmaz', 'Ali', 'Ali Yilmaz Demir', 'Yilmazz']) {
      const c = await harness({ store: h.store });
      await c.send(`Termin absagen ${code}`);
      expect(await c.send(answer), answer).toMatch(/Der Name passt nicht/);
    }
  });

  it('moves an appointment with the surname alone', async () => {
    const h = await harness();
    const code = await book(h, 'Mein Name ist Olga Ivanova');
    const m = await harness({ store: h.store });
    await m.send(`Ich möchte meinen Termin ${code} verschieben`);
    expect(await m.send('Ivanova')).toMatch(/Ihr Termin: Donnerstag[\s\S]*Wann passt es Ihnen/);
  });
});

describe('choosing one of the three offered slots by its time', () => {
  async function offered(h: Harness): Promise<void> {
    expect(await wish(h, 'Donnerstag gegen 15 Uhr')).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:45 Uhr\n2\) Donnerstag, 3\.12\.2026, 15:00 Uhr\n3\) Donnerstag, 3\.12\.2026, 15:15 Uhr/);
  }

  it('books 15:00 for "um drei bitte", not the third slot', async () => {
    const h = await harness();
    await offered(h);
    expect(await h.send('um drei bitte')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 15:00 Uhr/);
  });

  it('books 14:15 for "den um viertel nach zwei", not the second slot', async () => {
    const h = await harness();
    expect(await wish(h, 'Donnerstag gegen halb drei')).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:15 Uhr\n2\) Donnerstag, 3\.12\.2026, 14:30 Uhr/);
    expect(await h.send('den um viertel nach zwei')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:15 Uhr/);
  });

  it('books 15:00 for the English "the one at 3"', async () => {
    const h = await harness();
    await h.send('I need an appointment at the citizens office for my passport');
    expect(await h.send('Thursday around 3 pm')).toMatch(/1\) Thursday, 3 December 2026, 14:45\n2\) Thursday, 3 December 2026, 15:00/);
    expect(await h.send('the one at 3')).toMatch(/Appointment: Thursday, 3 December 2026, 15:00/);
  });

  it('keeps "3", "der erste" and "the second" as positions in the list', async () => {
    const h = await harness();
    await offered(h);
    expect(await h.send('3')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 15:15 Uhr/);
    const first = await harness();
    await offered(first);
    expect(await first.send('der erste')).toMatch(/Termin: Donnerstag, 3\.12\.2026, 14:45 Uhr/);
    const en = await harness();
    await en.send('I need an appointment at the citizens office for my passport');
    await en.send('Thursday around 3 pm');
    expect(await en.send('the second')).toMatch(/Appointment: Thursday, 3 December 2026, 15:00/);
  });

  it('asks again instead of taking a position when the time said was not offered', async () => {
    const h = await harness();
    await offered(h);
    expect(await h.send('um zwei')).toMatch(/mit seiner Nummer/);
    expect(h.last.dialog?.step).toBe('termin');
  });
});

describe('dayparts', () => {
  it('starts the afternoon after lunch: "Dienstag nachmittag" offers 14:00, not 12:00', async () => {
    const h = await harness();
    const reply = await wish(h, 'Dienstag nachmittag');
    expect(reply).toMatch(/1\) Dienstag, 1\.12\.2026, 14:00 Uhr\n2\) Dienstag, 1\.12\.2026, 14:15 Uhr/);
    expect(reply).not.toMatch(/12:\d\d Uhr/);
  });

  it('takes the daypart after any weekday: "Mittwoch nachmittag" says Wednesday closes at 13:00', async () => {
    const h = await harness();
    const reply = await wish(h, 'Mittwoch nachmittag');
    expect(reply).toMatch(/Am Mittwoch, 2\.12\.2026, ist das Bürgerbüro nur von 7:30 bis 13:00 Uhr geöffnet\./);
    expect(reply).toMatch(/1\) Donnerstag, 3\.12\.2026, 14:00 Uhr/);
  });
});

describe('changing the wish after the summary', () => {
  it('drops the slot chosen for the old wish and offers slots for the new one', async () => {
    const h = await harness();
    await wish(h, 'Mittwoch vormittags');
    await h.send('1');
    expect(await h.send('Erika Mustermann')).toMatch(/Termin: Mittwoch, 2\.12\.2026, 07:30 Uhr/);
    await h.send('nein');
    await h.send('Wunschzeit');
    const offer = await h.send('Freitag');
    expect(offer).toMatch(/1\) Freitag, 27\.11\.2026, 07:30 Uhr/);
    expect(offer).not.toMatch(/Mittwoch/);
    expect(h.last.dialog?.step).toBe('termin');
    expect(await h.send('1')).toMatch(/Termin: Freitag, 27\.11\.2026, 07:30 Uhr[\s\S]*Ist alles richtig/);
    const code = CODE.exec(await h.send('ja'))?.[1] ?? '';
    expect(await h.store.getAppointment(code)).toMatchObject({ startsAt: '2026-11-27T06:30:00.000Z', name: 'Erika Mustermann' });
  });
});

describe('spoken or spaced confirmation codes', () => {
  it('cancels with the code spelled out with spaces or in lower case with a space', async () => {
    const h = await harness();
    const code = await book(h, 'Erika Mustermann');
    for (const spoken of [code.split('').join(' '), `${code.slice(0, 2).toLowerCase()} ${code.slice(2).toLowerCase()}`, `Code: ${code.slice(0, 2)}-${code.slice(2, 4)}-${code.slice(4)}`]) {
      const c = await harness({ store: h.store });
      await c.send('Ich möchte einen Termin absagen');
      expect(await c.send(spoken), spoken).toMatch(/Auf welchen Namen/);
    }
  });
});

describe('English replies', () => {
  it('give the English address in the booking, the move and the calendar file', async () => {
    const h = await harness();
    await h.send('I need an appointment at the citizens office for my passport');
    await h.send('Thursday after 2 pm');
    await h.send('1');
    await h.send('John Smith');
    const done = await h.send('yes');
    expect(done).toMatch(/appointment request for Thursday, 3 December 2026, 14:00, Markt 2 \(ground floor\), 52349 Düren/);
    expect(done).not.toMatch(/Erdgeschoss/);
    const code = CODE.exec(done)?.[1] ?? '';
    const ics = await (await h.app.request(`/api/appointments/${code}.ics?lang=en`)).text();
    expect(ics).toMatch(/LOCATION:Markt 2 \(ground floor\)/);
    expect(ics).not.toMatch(/Erdgeschoss/);
    expect(await (await h.app.request(`/api/appointments/${code}.ics`)).text()).toMatch(/LOCATION:Markt 2 \(Erdgeschoss\)/);

    const m = await harness({ store: h.store });
    await m.send(`I would like to move my appointment ${code}`);
    await m.send('John Smith');
    await m.send('next week in the morning');
    await m.send('1');
    const moved = await m.send('yes');
    expect(moved).toMatch(/is moved to [^\n]*, Markt 2 \(ground floor\), 52349 Düren/);
    expect(moved).not.toMatch(/Erdgeschoss/);
  });
});

describe('a wish no slot can meet: the reason first, then the nearest slots', () => {
  it('says the Bürgerbüro is closed on a Sunday', async () => {
    const h = await harness();
    const reply = await wish(h, 'am Sonntag');
    expect(reply).toMatch(/Am Sonntag, 29\.11\.2026, ist das Bürgerbüro geschlossen\./);
    expect(reply).toMatch(/1\) Montag, 30\.11\.2026, 07:30 Uhr/);
    expect(reply).not.toMatch(/nichts mehr frei/);
  });

  it('says "closed" for "am Sonntag" said on a Sunday, for the coming Sunday', async () => {
    const h = await harness({ now: () => new Date('2026-11-29T09:00:00.000Z') });
    const reply = await wish(h, 'am Sonntag');
    expect(reply).toMatch(/Am Sonntag, 6\.12\.2026, ist das Bürgerbüro geschlossen\./);
    expect(reply).not.toMatch(/nichts mehr frei|vorbei/);
    expect(reply).toMatch(/1\) /);
  });

  it('names the public holiday', async () => {
    const h = await harness();
    const reply = await wish(h, 'am 25.12.');
    expect(reply).toMatch(/Am Freitag, 25\.12\.2026, ist das Bürgerbüro geschlossen \(Feiertag: 1\. Weihnachtstag\)\./);
    expect(reply).toMatch(/1\) Montag, 28\.12\.2026, 07:30 Uhr/);
  });

  it('says that a date has passed', async () => {
    const h = await harness();
    const reply = await wish(h, 'am 20.11.2026');
    expect(reply).toMatch(/Freitag, 20\.11\.2026, ist schon vorbei\./);
    expect(reply).toMatch(/1\) Donnerstag, 26\.11\.2026, 12:00 Uhr/);
  });

  it('says until when appointments can be booked and offers the last bookable days', async () => {
    const h = await harness();
    const reply = await wish(h, 'am 15.3.2027');
    expect(reply).toMatch(/Termine kann ich nur bis Donnerstag, 7\.1\.2027, buchen\./);
    expect(reply).toMatch(/3\) Donnerstag, 7\.1\.2027, 07:30 Uhr/);
  });

  it('says when the Bürgerbüro is open that day when the time is outside the opening hours', async () => {
    const h = await harness();
    const reply = await wish(h, 'Mittwoch um 17 Uhr');
    expect(reply).toMatch(/Am Mittwoch, 2\.12\.2026, ist das Bürgerbüro nur von 7:30 bis 13:00 Uhr geöffnet\./);
    expect(reply).toMatch(/Zur gewünschten Uhrzeit sind diese Termine frei:\n1\) Donnerstag, 3\.12\.2026, 17:00 Uhr/);
    expect(reply).not.toMatch(/nichts mehr frei/);
  });

  it('says so in English and in plain language', async () => {
    const en = await harness();
    await en.send('I need an appointment at the citizens office for my passport');
    expect(await en.send('on Sunday')).toMatch(/The citizens' office is closed on Sunday, 29 November 2026\./);
    const late = await harness();
    await late.send('I need an appointment at the citizens office for my passport');
    expect(await late.send('on 15 March 2027')).toMatch(/I can only book appointments up to Thursday, 7 January 2027\./);
    const plain = await harness();
    await plain.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis', { plainLanguage: true });
    expect(await plain.send('Mittwoch um 17 Uhr', { plainLanguage: true })).toMatch(/Am Mittwoch, 2\.12\.2026 ist das Bürgerbüro nur von 7:30 bis 13:00 Uhr offen\./);
  });

  it('says that a time today is too soon for the notice period', async () => {
    const h = await harness();
    const reply = await wish(h, 'heute um 10 Uhr');
    expect(reply).toMatch(/So kurzfristig kann ich keinen Termin buchen: frühestens 2 Stunden vorher\./);
  });
});

describe('a question where the appointment wish is asked', () => {
  it('answers "was kostet das?" instead of repeating the question twice', async () => {
    const h = await harness();
    const reply = await wish(h, 'was kostet das?');
    expect(reply).toMatch(/Sollen wir mit „Termin im Bürgerbüro“ weitermachen\?/);
    expect(reply.split('Wann passt es Ihnen?').length - 1).toBeLessThanOrEqual(1);
  });

  it('says what it missed in an answer without a day, then asks once', async () => {
    const h = await harness();
    const reply = await wish(h, 'blau');
    expect(reply).toMatch(/Darin habe ich keinen Tag und keine Uhrzeit gefunden\./);
    expect(reply.split('Wann passt es Ihnen?').length - 1).toBe(1);
  });
});

describe('"zurück" after answers taken from the first message', () => {
  it('goes back from the slot choice to the wish that came with the first message', async () => {
    const h = await harness();
    await h.send('Termin für Reisepass am Dienstag nachmittag');
    expect(h.last.dialog?.step).toBe('termin');
    const reply = await h.send('zurück');
    expect(reply).not.toMatch(/Das ist schon die erste Frage/);
    expect(reply).toMatch(/Wann passt es Ihnen\?/);
    expect(h.last.dialog?.step).toBe('wunsch');
  });
});

describe('the wish given with the first message', () => {
  it('shows the wish as understood, not the rest of the message', async () => {
    const h = await harness();
    const reply = await h.send('Termin für Reisepass am Dienstag nachmittag, ich heiße Ali Yilmaz');
    expect(reply).toMatch(/Wunschzeit: Dienstag, 1\.12\.2026, nachmittags[.;]/);
    expect(reply).not.toMatch(/Wunschzeit: [^.;]*Yilmaz/);
  });

  it('takes "nein, doch lieber Mittwoch" at the slot choice as a new wish and offers Wednesday', async () => {
    const h = await harness();
    await wish(h, 'Dienstag nachmittag');
    const reply = await h.send('nein, doch lieber Mittwoch');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Mittwoch/);
    expect(reply).toMatch(/1\) Mittwoch, 2\.12\.2026/);
    expect(h.last.dialog?.step).toBe('termin');
  });
});

describe('a first message that names a service and a day', () => {
  it('is read as a booking, and the service and the day are kept', async () => {
    const h = await harness();
    const reply = await h.send('Termin am Montag um 10 für Personalausweis bitte');
    expect(reply).toMatch(/Anliegen zum Termin: Termin buchen/);
    expect(reply).toMatch(/Anliegen: Personalausweis/);
    expect(reply).toMatch(/Wunschzeit: Montag, 30\.11\.2026, gegen 10 Uhr/);
    expect(h.last.dialog?.step).toBe('termin');
  });

  it('still asks what to do when the message names nothing a booking asks', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte einen Termin')).toMatch(/Möchten Sie einen Termin buchen, absagen oder verschieben\?/);
    const c = await harness();
    await c.send('Termin absagen');
    expect(c.last.dialog?.step).toBe('code');
  });
});
