import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent, suggestionValues, type Harness } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

const IBAN = 'DE89 3704 0044 0532 0130 00';

/** One dog, direct debit chosen, IBAN given: the account-holder question is asked. */
async function toHolder(h: Harness, owner = 'Eva Braun', extra: Record<string, unknown> = {}): Promise<string> {
  await h.send(extra.locale === 'en' ? 'I want to register my dog' : 'Ich möchte meinen Hund anmelden', extra);
  await h.send(owner, extra);
  for (const answer of ['Kaiserplatz 1, 52349 Düren', '1', extra.locale === 'en' ? 'no' : 'nein', extra.locale === 'en' ? 'since yesterday' : 'seit gestern', 'Dackel']) await h.send(answer, extra);
  const skip = extra.locale === 'en' ? 'skip' : 'überspringen';
  await h.send(skip, extra);
  await h.send(skip, extra);
  await h.send(extra.locale === 'en' ? 'yes' : 'ja', extra);
  return h.send(IBAN, extra);
}

async function submittedData(h: Harness): Promise<Record<string, unknown>> {
  await h.send('ja');
  const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
  return (submission?.payload as { data: Record<string, unknown> }).data;
}

describe('dog tax: paying by direct debit or by transfer', () => {
  it('takes no SEPA mandate from an emoji alone: a written "ja" is asked for and the mandate question comes again', async () => {
    const h = await harness();
    await toHolder(h);
    await h.send('Eva Braun');
    const reply = await h.send('👍');
    expect(reply).toMatch(/^Für Ihre Zustimmung brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht\./);
    expect(reply).toMatch(/Stimmen Sie dem Mandat zu\?/);
    expect(reply).not.toMatch(/SEPA-Lastschriftmandat erteilt: ja/);
    expect(h.last.dialog?.step).toBe('mandat');
    expect(await h.send('ja')).toMatch(/Verstanden: SEPA-Lastschriftmandat erteilt: ja\./);
  });

  it('says at a refused mandate what works, and "zurück" there switches to transfer instead of storing the next sentence as the holder', async () => {
    const h = await harness();
    await toHolder(h);
    expect(await h.send('Eva Braun')).toMatch(/Stimmen Sie dem Mandat zu\?/);
    expect(suggestionValues(h)).toEqual(['lieber selbst überweisen', 'ja', 'nein']);
    expect(await h.send('nein')).toMatch(/Sagen Sie „selbst überweisen“, dann überweisen Sie die Steuer nach dem Bescheid selbst/);
    const reply = await h.send('zurück');
    expect(reply).toMatch(/Sie überweisen die Hundesteuer selbst, wenn der Bescheid da ist/);
    expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
    expect(reply).not.toMatch(/• IBAN|• Kontoinhaber|• SEPA/);
    expect(h.last.dialog?.step).toBe('confirm');
    const data = await submittedData(h);
    expect(data.sepa_mandate).toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/DE89/);
  });

  it.each(['lieber selbst überweisen', 'keine Lastschrift', 'nein, ich überweise lieber selbst', 'Lastschrift: nein', 'dann doch lieber selbst überweisen'])(
    'switches to transfer at the mandate on "%s"',
    async (answer) => {
      const h = await harness();
      await toHolder(h);
      await h.send('Eva Braun');
      const reply = await h.send(answer);
      expect(reply).toMatch(/Sie überweisen die Hundesteuer selbst/);
      expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
    },
  );

  it.each(["I'd rather transfer it myself", 'no direct debit', 'back'])('switches to transfer at the mandate on "%s" in English', async (answer) => {
    const h = await harness();
    await toHolder(h, 'Eva Braun', { locale: 'en' });
    await h.send('Eva Braun', { locale: 'en' });
    const reply = await h.send(answer, { locale: 'en' });
    expect(reply).toMatch(/you transfer the dog tax yourself once the notice has arrived/);
    expect(reply).toMatch(/• Pay by direct debit: no\n/);
  });

  it('switches to transfer at the account-holder question, where "dann doch lieber selbst überweisen" is no name', async () => {
    const h = await harness();
    await toHolder(h);
    const reply = await h.send('dann doch lieber selbst überweisen');
    expect(reply).not.toMatch(/Verstanden: Kontoinhaberin/);
    expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
  });

  it.each(['Das Konto ist bei der Sparkasse Düren, glaube ich', 'meine Frau'])('refuses "%s" as the account holder\'s name', async (answer) => {
    const h = await harness();
    await toHolder(h);
    expect(await h.send(answer)).toMatch(/Bitte nennen Sie nur Vor- und Nachnamen der Kontoinhaberin oder des Kontoinhabers/);
    expect(h.last.dialog?.step).toBe('kontoinhaber');
  });

  it.each(['meine Frau Anna Braun', 'das Konto gehört meiner Frau Anna Braun', 'Anna Braun'])(
    'takes no mandate for someone else\'s account ("%s"): only the name is understood, the holder must give it, the payment becomes a transfer',
    async (answer) => {
      const h = await harness();
      await toHolder(h);
      const reply = await h.send(answer);
      expect(reply).toMatch(/Verstanden: Kontoinhaberin oder Kontoinhaber: Anna Braun\./);
      expect(reply).toMatch(/Ein SEPA-Lastschriftmandat kann nur die Kontoinhaberin oder der Kontoinhaber selbst erteilen/);
      expect(reply).toMatch(/Wie Anna Braun das Mandat erteilen kann, erfahren Sie beim Steueramt \(https:\/\/www\.dueren\.de, über die Zentrale 02421 25-0\)/);
      expect(reply).not.toMatch(/Stimmen Sie dem Mandat zu/);
      expect(reply).toMatch(/• Zahlung per Lastschrift: nein\n/);
      const data = await submittedData(h);
      expect(data.sepa_mandate).toBeNull();
      expect(JSON.stringify(data)).not.toMatch(/DE89|Anna/);
    },
  );

  it('takes "my wife, Anna Baker" as the holder Anna Baker in English, and no mandate from the owner', async () => {
    const h = await harness();
    await toHolder(h, 'Eva Braun', { locale: 'en' });
    const reply = await h.send('my wife, Anna Baker', { locale: 'en' });
    expect(reply).toMatch(/Got it: Account holder: Anna Baker\./);
    expect(reply).toMatch(/Only the account holder can give a SEPA direct debit mandate/);
  });

  it('still takes the mandate from the owner\'s own account ("auf mich", "Braun, Eva")', async () => {
    for (const answer of ['auf mich', 'Braun, Eva']) {
      const h = await harness();
      await toHolder(h);
      expect(await h.send(answer)).toMatch(/Stimmen Sie dem Mandat zu\?/);
      await h.send('ja');
      const data = await submittedData(h);
      expect(data.sepa_mandate).toMatchObject({ iban: 'DE89370400440532013000', consent: true });
    }
  });
});
