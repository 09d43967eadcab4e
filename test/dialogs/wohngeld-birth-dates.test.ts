/**
 * Birth dates in the Wohngeld application (tester-o C2): an applicant younger than 15 (§ 36 SGB I) is asked whether
 * the date is their own, and a household member born in the future is refused with the date named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
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

  it('still refuses a date of birth in the future', async () => {
    expect(await (await atBirthDate()).send('28.12.2026')).toMatch(/Dieses Geburtsdatum kann nicht stimmen/);
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
