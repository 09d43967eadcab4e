/**
 * Appointments as learners, dictation and English speakers ask for them: "ich brauch termin", a service named
 * at the buchen/absagen question, a misspelt cancellation with its code, and the wish shown as understood.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** Books a slot and returns its confirmation code. */
async function booked(h: Harness): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('egal');
  await h.send('1');
  await h.send('Erika Mustermann');
  const done = await h.send('ja');
  return /Bestätigungscode: ([A-Z0-9]{6})/.exec(done)?.[1] ?? '';
}

describe('asking for an appointment in few words', () => {
  it('takes "Ich möchte einen Termin im Bürgerbüro" as a booking and asks what it is for', async () => {
    const h = await harness();
    await h.send('Ich möchte einen Termin im Bürgerbüro');
    expect(h.last.dialog?.step).toBe('anliegen');
  });

  it('takes "ich brauch termin" as a booking', async () => {
    const h = await harness();
    const reply = await h.send('gutn tag ich brauch termin bürgerbüro');
    expect(reply).toMatch(/Anliegen zum Termin: Termin buchen/);
    expect(reply).toMatch(/Worum geht es bei Ihrem Termin\?/);
  });

  it('takes a document named at the buchen/absagen question as a booking for it, not as a side question', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte einen Termin')).toMatch(/buchen, absagen oder verschieben\?/);
    const reply = await h.send('ich brauche neue personalausweiß');
    expect(reply).toMatch(/Verstanden: Anliegen zum Termin: Termin buchen\. Anliegen: Personalausweis\./);
    expect(reply).toMatch(/Wann passt es Ihnen\?/);
    expect(reply).not.toMatch(/Sollen wir mit/);
    expect(h.last.dialog?.step).toBe('wunsch');
    expect(await h.send('egal')).toMatch(/1\) /);
    await h.send('1');
    expect(await h.send('Erika Mustermann')).toMatch(/• Anliegen: Personalausweis/);
  });

  it('still cancels a first message that names the document and "absagen"', async () => {
    const h = await harness();
    const code = await booked(h);
    const other = await harness({ store: h.store });
    const reply = await other.send(`Termin für den Personalausweis absagen ${code}`);
    expect(reply).toMatch(/Anliegen zum Termin: Termin absagen/);
    expect(other.last.dialog?.step).toBe('name_pruefung');
  });
});

describe('cancelling in few or misspelt words', () => {
  it('cancels with the code from "ich kann nich komen, termin absagn CODE"', async () => {
    const h = await harness();
    const code = await booked(h);
    const other = await harness({ store: h.store });
    const reply = await other.send(`ich kann nich komen, termin absagn ${code}`);
    expect(reply).toMatch(new RegExp(`Anliegen zum Termin: Termin absagen; Bestätigungscode: ${code}`));
    expect(other.last.dialog?.step).toBe('name_pruefung');
  });

  it('takes "ich kann nicht kommen, Code …" at the buchen/absagen question as cancelling with that code', async () => {
    const h = await harness();
    const code = await booked(h);
    const other = await harness({ store: h.store });
    await other.send('Ich möchte einen Termin');
    const reply = await other.send(`ich kann nicht kommen, Code ${code}`);
    expect(reply).toMatch(new RegExp(`Anliegen zum Termin: Termin absagen\\. Bestätigungscode: ${code}\\.`));
    expect(reply).toMatch(/Auf welchen Namen ist der Termin gebucht\?/);
    expect(await other.send('Mustermann')).toMatch(/• Bestätigungscode: [A-Z0-9]{6}[\s\S]*Ist alles richtig/);
    expect(await other.send('ja')).toMatch(/ist abgesagt/);
  });
});

describe('the wish as understood', () => {
  it('shows the weekday, date and time of day that were understood, not the raw words', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    expect(await h.send('dienstag vormittag')).toMatch(/Verstanden: Wunschzeit: Dienstag, 1\.12\.2026, vormittags\./);
    await h.send('1');
    expect(await h.send('Erika Mustermann')).toMatch(/• Wunschzeit: Dienstag, 1\.12\.2026, vormittags\n/);
  });

  it('shows "Wednesday afternoon" as understood in English', async () => {
    const h = await harness();
    await h.send('I would like to book an appointment at the Bürgerbüro', { locale: 'en' });
    await h.send('passport', { locale: 'en' });
    expect(await h.send('Wednesday afternoon', { locale: 'en' })).toMatch(/Got it: Preferred time: Wednesday, 2 December 2026, in the afternoon\./);
  });

  it('shows a time after which the slot should be', async () => {
    const h = await harness();
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    expect(await h.send('Donnerstag nach 14 Uhr')).toMatch(/Wunschzeit: Donnerstag, 3\.12\.2026, nach 14 Uhr\./);
  });
});

describe('a new wish at the slot choice', () => {
  it('offers new slots for "nein, dienstag vormittag" and takes the choice among them (the caller was stuck without slots)', async () => {
    const h = await harness();
    for (const answer of ['Termin im Bürgerbüro buchen', 'Personalausweis', 'nächste Woche']) await h.send(answer);
    const reply = await h.send('nein, dienstag vormittag');
    expect(reply).toMatch(/Korrigiert: Wunschzeit: Dienstag[\s\S]*Diese Termine sind frei:\n1\) Dienstag/);
    expect(reply).not.toMatch(/keiner der angebotenen Termine/);
    expect(await h.send('1')).toMatch(/Verstanden: Termin: Dienstag/);
  });
});
