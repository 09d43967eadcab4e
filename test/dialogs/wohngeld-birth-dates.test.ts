/**
 * Birth dates in the Wohngeld application (tester-o C2): an applicant younger than 15 (§ 36 SGB I) is asked whether
 * the date is their own, and a household member born in the future is refused with the date named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestionValues } from '../support/transcript-harness.js';
import { harness, realContent, toContact, toEstimate, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** Sunday, 27 December 2026, 10:00 in Düren. */
const DEC_27 = () => new Date('2026-12-27T09:00:00Z');

async function atBirthDate(): Promise<Harness> {
  const h = await harness({ now: DEC_27 });
  await toEstimate(h);
  await h.send('hier');
  await h.send('ja');
  await h.send('Erika Mustermann');
  return h;
}

describe('the applicant’s date of birth', () => {
  it('asks whether a child’s date is the applicant’s own, and a yes keeps it', async () => {
    const h = await atBirthDate();
    expect(await h.send('5.5.2020')).toMatch(/Dann wären Sie 6 Jahre alt\. Ist das Ihr eigenes Geburtsdatum\?[\s\S]*ab 15 Jahren[\s\S]*§ 36 SGB I/);
    expect(h.last.dialog?.step).toBe('geburtsdatum');
    expect(await h.send('ja')).toMatch(/Verstanden: Geburtsdatum: 05\.05\.2020/);
  });

  it('asks for the own date after a no, and takes it', async () => {
    const h = await atBirthDate();
    await h.send('27.12.2012');
    expect(await h.send('nein')).toMatch(/Bitte nennen Sie Ihr eigenes Geburtsdatum/);
    expect(h.last.dialog?.step).toBe('geburtsdatum');
    expect(await h.send('12.03.1980')).toMatch(/Verstanden: Geburtsdatum: 12\.03\.1980/);
  });

  it('takes an applicant of 15 without asking', async () => {
    expect(await (await atBirthDate()).send('27.12.2011')).toMatch(/Verstanden: Geburtsdatum: 27\.12\.2011/);
  });

  it('says that a date of birth tomorrow lies in the future (not a format error)', async () => {
    expect(await (await atBirthDate()).send('28.12.2026')).toMatch(/Dieses Geburtsdatum liegt in der Zukunft/);
  });

  it.each([
    ['Heiligabend 1980', '24.12.1980'],
    ['Weihnachten 1975', '25.12.1975'],
    ['Silvester 1999', '31.12.1999'],
    ['Ostern 1980', '06.04.1980'],
  ])('reads a named day with its year: "%s"', async (answer, date) => {
    expect(await (await atBirthDate()).send(answer)).toMatch(new RegExp(`Verstanden: Geburtsdatum: ${date.replace(/\./g, '\\.')}`));
  });

  it('asks the under-15 question alone, with Ja/Nein, and again after a side question', async () => {
    const h = await atBirthDate();
    const reply = await h.send('5.5.2020');
    expect(reply).not.toMatch(/Wann sind Sie geboren/);
    expect(suggestionValues(h)).toEqual(['ja', 'nein']);
    await h.send('Was ist das?');
    expect(await h.send('ja')).toMatch(/Dann wären Sie 6 Jahre alt/);
    expect(await h.send('ja')).toMatch(/Verstanden: Geburtsdatum: 05\.05\.2020/);
  });

  it('tells the Wohngeldstelle that an applicant under 15 confirmed the date of birth', async () => {
    const h = await atBirthDate();
    await h.send('5.5.2020');
    for (const answer of ['ja', 'Hauptstraße 5, 52349 Düren', 'überspringen', 'überspringen', 'überspringen']) await h.send(answer);
    expect(await h.send('ja')).toMatch(/Vorgangsnummer|Referenz|DN-/);
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    const data = (submission?.payload as { data: { hinweise: string[] } }).data;
    expect(data.hinweise).toContain('Geburtsdatum im Chat bestätigt: Antragsteller/in ist 6 Jahre alt (unter 15, § 36 SGB I).');
  });

  it('sends no such note for an adult', async () => {
    const h = await atBirthDate();
    for (const answer of ['5.5.2020', 'nein', '12.03.1980', 'Hauptstraße 5, 52349 Düren', 'überspringen', 'überspringen', 'überspringen', 'ja']) await h.send(answer);
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(JSON.stringify(submission?.payload)).not.toMatch(/Geburtsdatum im Chat bestätigt/);
  });
});

describe('the other household members', () => {
  async function atMembers(): Promise<Harness> {
    const h = await harness({ now: DEC_27 });
    await toContact(h);
    await h.send('überspringen');
    await h.send('überspringen');
    return h;
  }

  it('refuses a member born in the future and names the date', async () => {
    const h = await atMembers();
    expect(await h.send('Tom Mustermann, 1.2.2030, Sohn')).toMatch(/Das Geburtsdatum 01\.02\.2030 liegt in der Zukunft/);
    expect(h.last.dialog?.step).toBe('mitglieder');
  });

  it('refuses a member’s date that does not exist', async () => {
    expect(await (await atMembers()).send('Tom Mustermann, 31.2.2015, Sohn')).toMatch(/Den 31\.2\.2015 gibt es nicht/);
  });

  it('takes members born in the past', async () => {
    const h = await atMembers();
    expect(await h.send('Tom Mustermann, 1.2.2015, Sohn')).toMatch(/Weitere Personen im Haushalt: Tom Mustermann, 1\.2\.2015, Sohn/);
  });
});
