/**
 * Unknown references ("Stand DN-…") and appointment codes ("Termin absagen …") tried through the chat are limited
 * per conversation and overall, as chat resume codes are (retest18b M2, L1). Clock: Thursday, 26 November 2026.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatLookupGuard } from '../../src/dialogs/chat-lookup-limits.js';
import { purgeExpired } from '../../src/store/retention.js';
import { submissionPurge } from '../../src/store/submission-repository.js';
import type { NewSubmission } from '../../src/store/submission-repository.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { harness, NOW, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const NOT_FOUND = /Zur Nummer DN-2026-\d{6} finde ich keinen Vorgang/;
const REFERENCE_LIMITED = /Gerade wurden zu viele Nummern abgefragt, die ich nicht finde\. .*Telefon: 02421 25-0\./;
const CODE_UNKNOWN = /Zu diesem Code finde ich keinen gebuchten Termin/;
const CODE_LIMITED = /Gerade wurden zu viele Codes eingegeben, zu denen ich keinen Termin finde\. .*Telefon: 02421 25-2000\./;
/** Valid in form (code.ts), none of them booked. */
const WRONG_CODES = ['KM7QX4', 'TT3PA9', 'HX9RC3', 'PQ4NT7', 'YV6DE3', 'CA7RJ9', 'MN4KW7'];

async function stored(store: SqlStore): Promise<string> {
  const submission: NewSubmission = {
    id: crypto.randomUUID(),
    type: 'maengelmelder',
    dialogId: 'maengelmelder',
    idempotencyKey: `${crypto.randomUUID()}:run`,
    conversationId: null,
    payload: { dialog: 'maengelmelder', data: {} },
    summaryTokenHash: 'a'.repeat(64),
    referencePrefix: 'DN',
    createdAt: NOW.toISOString(),
    retainUntil: '2027-05-25T09:00:00.000Z',
  };
  return (await store.createSubmission(submission)).record.reference;
}

/** Books Thursday 3.12.2026, 14:00 and returns the confirmation code. */
async function book(h: Harness): Promise<string> {
  await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
  await h.send('Donnerstag nach 14 Uhr');
  await h.send('1');
  await h.send('Erika Mustermann');
  return /Bestätigungscode: ([A-Z0-9]{6})/.exec(await h.send('ja'))?.[1] ?? '';
}

const unknownReference = (i: number) => `DN-2026-9${String(i).padStart(5, '0')}`;

describe('unknown references in the chat', () => {
  it('refuses further lookups in a conversation after five unknown references, also a real one, and names the city\'s phone', async () => {
    const h = await harness();
    const known = await stored(h.store);
    for (let i = 0; i < 5; i++) expect(await h.send(`Stand ${unknownReference(i)}`)).toMatch(NOT_FOUND);
    expect(await h.send(`Stand ${unknownReference(5)}`)).toMatch(REFERENCE_LIMITED);
    // A real number answered now would make the refusal the oracle.
    expect(await h.send(`Stand ${known}`)).toMatch(REFERENCE_LIMITED);
    expect(h.last.dialog).toBeUndefined();
    // Another conversation still looks numbers up.
    h.useConversation(undefined);
    expect(await h.send(`Stand ${known}`)).toMatch(new RegExp(`${known} ist am 26\\.11\\.2026 eingegangen`));
  });

  it('never counts a known reference, nor the same wrong number asked again', async () => {
    const h = await harness();
    const known = await stored(h.store);
    for (let i = 0; i < 10; i++) expect(await h.send(`Stand ${known}`)).toMatch(/eingegangen/);
    for (let i = 0; i < 6; i++) expect(await h.send(`Stand ${unknownReference(1)}`)).toMatch(NOT_FOUND);
    for (let i = 2; i < 5; i++) expect(await h.send(`Stand ${unknownReference(i)}`)).toMatch(NOT_FOUND);
    expect(await h.send(`Stand ${known}`)).toMatch(/eingegangen/);
  });

  it('answers a number purged at the end of its retention exactly as one that never existed, and counts it', async () => {
    const h = await harness();
    const purged = await stored(h.store);
    await purgeExpired(h.store.db, new Date('2027-06-01T00:00:00.000Z'), undefined, [submissionPurge]);
    await h.send('Hallo');
    const never = `DN-2026-${String((Number(purged.slice(-6)) + 1) % 1_000_000).padStart(6, '0')}`;
    expect((await h.send(`Stand ${purged}`)).replace(purged, '#')).toBe((await h.send(`Stand ${never}`)).replace(never, '#'));
    for (let i = 0; i < 3; i++) expect(await h.send(`Stand ${unknownReference(i)}`)).toMatch(NOT_FOUND);
    expect(await h.send(`Stand ${unknownReference(3)}`)).toMatch(REFERENCE_LIMITED);
  });

  it('says so in English and plain language, also in the middle of an application', async () => {
    const en = await harness();
    for (let i = 0; i < 5; i++) await en.send(`Status ${unknownReference(i)}`, { locale: 'en' });
    expect(await en.send(`Status ${unknownReference(5)}`, { locale: 'en' })).toMatch(/Too many numbers that I cannot find were asked about just now[\s\S]*by phone: 02421 25-0\./);
    const plain = await harness();
    for (let i = 0; i < 5; i++) await plain.send(`Stand ${unknownReference(i)}`, { plainLanguage: true });
    expect(await plain.send(`Stand ${unknownReference(5)}`, { plainLanguage: true })).toMatch(/Es wurden zu viele falsche Nummern geschickt\.[\s\S]*Oder rufen Sie an: 02421 25-0\./);
    const during = await harness();
    for (let i = 0; i < 5; i++) await during.send(`Stand ${unknownReference(i)}`);
    await during.send('Ich möchte Sperrmüll anmelden');
    expect(await during.send(`Stand ${unknownReference(6)}`)).toMatch(/Gerade wurden zu viele Nummern abgefragt[\s\S]*Danach machen wir mit „.+“ weiter/);
  });
});

describe('unknown appointment codes in the chat', () => {
  it('refuses the code after five unknown codes in one conversation, also a real one, and names the Bürgerbüro\'s phone', async () => {
    const h = await harness();
    const code = await book(h);
    const c = await harness({ store: h.store });
    await c.send('Termin absagen');
    for (const wrong of WRONG_CODES.slice(0, 5)) {
      expect(await c.send(wrong)).toMatch(CODE_UNKNOWN);
      // Three refusals in a row hand over to a person; a new start keeps the conversation (and its count).
      if (c.last.dialog?.id !== 'buergerbuero_termin' || c.last.dialog.step !== 'code') await c.send('Termin absagen');
    }
    expect(await c.send(WRONG_CODES[5] ?? '')).toMatch(CODE_LIMITED);
    if (c.last.dialog?.step !== 'code') await c.send('Termin absagen');
    expect(await c.send(code)).toMatch(CODE_LIMITED);
    expect((await h.store.getAppointment(code))?.status).toBe('booked');
  });

  it('counts codes in the first message ("Termin absagen CODE") of the same conversation, and says the refusal there too', async () => {
    const h = await harness();
    for (const wrong of WRONG_CODES.slice(0, 5)) {
      // A wrong code in the first message is left for the question (prefill); it was still looked up.
      expect(await h.send(`Termin absagen ${wrong}`)).toMatch(/Wie lautet Ihr Bestätigungscode\?/);
      await h.send('abbrechen');
    }
    expect(await h.send(`Termin absagen ${WRONG_CODES[5] ?? ''}`)).toMatch(CODE_LIMITED);
    expect(h.last.dialog).toMatchObject({ id: 'buergerbuero_termin', step: 'code' });
  });

  it('says so in English', async () => {
    const h = await harness();
    for (const wrong of WRONG_CODES.slice(0, 5)) {
      await h.send(`cancel my appointment ${wrong}`, { locale: 'en' });
      await h.send('cancel', { locale: 'en' });
    }
    expect(await h.send(`cancel my appointment ${WRONG_CODES[5] ?? ''}`, { locale: 'en' })).toMatch(
      /Too many codes for which I cannot find an appointment were entered just now[\s\S]*phoning the citizens' office: 02421 25-2000\./,
    );
  });
});

describe('the chat lookup guard', () => {
  const WINDOW = 15 * 60_000;

  it('allows five unknown values per conversation in 15 minutes, then again when the oldest is older', () => {
    const guard = createChatLookupGuard();
    for (let i = 0; i < 5; i++) {
      expect(guard.allowed('a', i)).toBe(true);
      guard.unknown('a', `v${i}`, i);
    }
    expect(guard.allowed('a', 10)).toBe(false);
    expect(guard.allowed('b', 10)).toBe(true);
    expect(guard.allowed('a', WINDOW + 1)).toBe(true);
  });

  it('counts the same value once per conversation within the window', () => {
    const guard = createChatLookupGuard();
    for (let i = 0; i < 20; i++) guard.unknown('a', 'same', i);
    expect(guard.allowed('a', 30)).toBe(true);
  });

  it('closes for every conversation once the overall cap is reached (2,000 in 15 minutes)', () => {
    const guard = createChatLookupGuard();
    for (let i = 0; i < 2000; i++) guard.unknown(`conversation-${i}`, 'DN-2026-000001', i);
    expect(guard.allowed('fresh', 3000)).toBe(false);
    expect(guard.allowed('fresh', WINDOW + 2000)).toBe(true);
  });
});
