import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, type Harness } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

const DE = ['Hund anmelden', 'Eva Braun', 'Kaiserplatz 1, 52349 Düren', '1', 'nein', 'seit 15.11.', 'Dackel', 'überspringen', 'überspringen', 'ja', 'DE89370400440532013000', 'ich', 'ja'];
const EN = ['I want to register my dog', 'Eva Braun', 'Kaiserplatz 1, 52349 Düren', '1', 'no', 'since yesterday', 'Dackel', 'skip', 'skip', 'yes', 'DE89370400440532013000', 'me', 'yes'];

/** The summary of a registration paid by direct debit from the owner's own account, mandate given. */
async function atSummary(locale: 'de' | 'en' = 'de', owner = 'Eva Braun'): Promise<Harness> {
  const h = await harness();
  for (const answer of locale === 'en' ? EN : DE) await h.send(answer === 'Eva Braun' ? owner : answer, { locale });
  expect(h.last.dialog?.step).toBe('confirm');
  return h;
}

async function submitted(h: Harness, yes = 'ja'): Promise<Record<string, unknown>> {
  await h.send(yes);
  const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
  return (submission?.payload as { data: Record<string, unknown> }).data;
}

const THIRD_DE = /Ein SEPA-Lastschriftmandat kann nur die Kontoinhaberin oder der Kontoinhaber selbst erteilen/;

describe('dog tax: holder and owner changed at the summary keep the mandate rule', () => {
  it.each([
    ['"<Angabe>: <Wert>"', ['Kontoinhaber: Anna Braun']],
    ['"nein, <Angabe>: <Wert>"', ['nein, Kontoinhaber: Anna Braun']],
    ['the change menu', ['nein', 'Kontoinhaberin oder Kontoinhaber', 'Anna Braun']],
  ])('takes no mandate when the account holder becomes someone else by %s', async (_how, turns) => {
    const h = await atSummary();
    let reply = '';
    for (const turn of turns) reply = await h.send(turn);
    expect(reply).toMatch(/Das Konto gehört Anna Braun\./);
    expect(reply).toMatch(THIRD_DE);
    // No "frage ich „SEPA-Lastschriftmandat erteilt“ noch einmal" before the refusal: it is not asked again.
    expect(reply).not.toMatch(/noch einmal/);
    expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
    expect(reply).not.toMatch(/• IBAN|• SEPA-Lastschriftmandat/);
    const data = await submitted(h);
    expect(data.sepa_mandate).toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/DE89|Anna/);
  });

  it.each([
    ['"<Angabe>: <Wert>"', ['Halterin oder Halter: Maria Schmidt']],
    ['"nein, ich heiße …"', ['nein, ich heiße Maria Schmidt']],
    ['the change menu', ['nein', 'Halterin oder Halter', 'Maria Schmidt']],
  ])('takes no mandate when the owner becomes someone other than the account holder by %s', async (_how, turns) => {
    const h = await atSummary();
    let reply = '';
    for (const turn of turns) reply = await h.send(turn);
    expect(reply).toMatch(/Halterin oder Halter: Maria Schmidt\./);
    expect(reply).toMatch(/Das Konto gehört Eva Braun\./);
    expect(reply).not.toMatch(/noch einmal/);
    expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
    expect((await submitted(h)).sepa_mandate).toBeNull();
  });

  it.each([
    ['"<label>: <value>"', ['Account holder: Anna Baker']],
    ['"no, <label>: <value>"', ['no, Account holder: Anna Baker']],
    ['the change menu', ['no', 'Account holder', 'Anna Baker']],
  ])('takes no mandate in English when the account holder becomes someone else by %s', async (_how, turns) => {
    const h = await atSummary('en');
    let reply = '';
    for (const turn of turns) reply = await h.send(turn, { locale: 'en' });
    expect(reply).toMatch(/Only the account holder can give a SEPA direct debit mandate/);
    expect(reply).toMatch(/• Pay by direct debit: no\n/);
    expect(reply).not.toMatch(/• SEPA direct debit mandate given/);
  });

  it.each([['Owner: Mary Smith'], ['no, my name is Mary Smith']])('takes no mandate in English when the owner changes ("%s")', async (turn) => {
    const h = await atSummary('en');
    const reply = await h.send(turn, { locale: 'en' });
    expect(reply).toMatch(/The account belongs to Eva Braun\./);
    expect(reply).toMatch(/• Pay by direct debit: no\n/);
  });

  it('keeps the mandate and names the holder "ich" anew when the owner\'s name is written out in full', async () => {
    const h = await atSummary();
    const reply = await h.send('Halterin oder Halter: Eva Maria Braun');
    expect(reply).toMatch(/Als Kontoinhaberin oder Kontoinhaber steht jetzt „Eva Maria Braun“\. Ihr SEPA-Lastschriftmandat bleibt erteilt\./);
    expect(reply).toMatch(/• SEPA-Lastschriftmandat erteilt: ja/);
    expect(await submitted(h)).toMatchObject({ owner: 'Eva Maria Braun', sepa_mandate: { iban: 'DE89370400440532013000', account_holder: 'Eva Maria Braun', consent: true } });
  });
});

describe('dog tax: a holder given as "ich" follows a corrected owner name (retest18b M3)', () => {
  it.each([
    ['"<Angabe>: <Wert>"', ['Halterin oder Halter: Eva Braun']],
    ['"nein, ich heiße …"', ['nein, ich heiße Eva Braun']],
    ['the change menu', ['nein', 'Halterin oder Halter', 'Eva Braun']],
  ])('keeps the mandate when a typo in the owner\'s name is corrected by %s', async (_how, turns) => {
    const h = await atSummary('de', 'Eva Bruan');
    let reply = '';
    for (const turn of turns) reply = await h.send(turn);
    expect(reply).not.toMatch(THIRD_DE);
    expect(reply).not.toMatch(/Eva Bruan/);
    expect(reply).toMatch(/• Kontoinhaberin oder Kontoinhaber: Eva Braun\n/);
    expect(reply).toMatch(/• Zahlung per Lastschrift: ja\n/);
    expect(reply).toMatch(/• SEPA-Lastschriftmandat erteilt: ja/);
    expect(await submitted(h)).toMatchObject({ owner: 'Eva Braun', sepa_mandate: { account_holder: 'Eva Braun', consent: true } });
  });

  it('keeps the mandate in English when a typo in the owner\'s name is corrected', async () => {
    const h = await atSummary('en', 'Eva Bruan');
    const reply = await h.send('Owner: Eva Braun', { locale: 'en' });
    expect(reply).toMatch(/the account holder is now "Eva Braun"\. Your SEPA direct debit mandate stays given\./);
    expect(reply).toMatch(/• SEPA direct debit mandate given: yes/);
  });

  it('lets the holder "ich" follow a corrected owner name given before the mandate, and then asks the mandate', async () => {
    const h = await harness();
    for (const answer of DE.slice(0, 12).map((a) => (a === 'Eva Braun' ? 'Eva Bruan' : a))) await h.send(answer);
    const reply = await h.send('nein, ich heiße Eva Braun');
    expect(reply).toMatch(/Als Kontoinhaberin oder Kontoinhaber steht jetzt „Eva Braun“\./);
    expect(reply).toMatch(/Stimmen Sie dem Mandat zu\?/);
  });

  it('says that it asks the mandate again when the account holder is changed to the owner written out in full', async () => {
    const h = await atSummary();
    const reply = await h.send('Kontoinhaber: Eva Maria Braun');
    expect(reply).toMatch(/Weil sich die Kontoinhaberin oder der Kontoinhaber geändert hat, frage ich das SEPA-Lastschriftmandat noch einmal\./);
    expect(reply).toMatch(/Stimmen Sie dem Mandat zu\?/);
    expect(await h.send('ja')).toMatch(/• SEPA-Lastschriftmandat erteilt: ja/);
  });
});

describe('dog tax: the change menu and paying by transfer at the summary', () => {
  it('asks for the account holder, not the IBAN, when "Kontoinhaberin oder Kontoinhaber" is chosen in the change menu', async () => {
    const h = await atSummary();
    await h.send('nein');
    expect(await h.send('Kontoinhaberin oder Kontoinhaber')).toMatch(/Auf wen läuft das Konto/);
    expect(h.last.dialog?.step).toBe('kontoinhaber');
    // The same holder again: nothing changes, the mandate stays.
    expect(await h.send('ich')).toMatch(/• SEPA-Lastschriftmandat erteilt: ja/);
  });

  it('switches a direct debit to transfer at the summary on "dann doch lieber selbst überweisen", and then says it is one already', async () => {
    const h = await atSummary();
    const switched = await h.send('dann doch lieber selbst überweisen');
    expect(switched).toMatch(/Sie überweisen die Hundesteuer selbst, wenn der Bescheid da ist/);
    expect(switched).toMatch(/• Zahlung per Lastschrift: nein\n/);
    const again = await h.send('dann doch lieber selbst überweisen');
    expect(again).toMatch(/^Sie zahlen schon per Überweisung/);
    expect(again).not.toMatch(/nicht verstanden/);
    expect(h.last.dialog?.step).toBe('confirm');
    expect((await submitted(h)).sepa_mandate).toBeNull();
  });

  it('says "You already pay by transfer" in English', async () => {
    const h = await harness();
    for (const answer of [...EN.slice(0, 9), 'no']) await h.send(answer, { locale: 'en' });
    expect(await h.send("I'd rather transfer it myself", { locale: 'en' })).toMatch(/^You already pay by transfer/);
  });
});
