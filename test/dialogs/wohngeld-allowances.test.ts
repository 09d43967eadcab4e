/**
 * The § 17 WoGG allowances the Wohngeld dialog asks for before the estimate (docs/facts.md: 1,320 € a year per
 * child of a single parent, 1,800 € for a severe disability with care need), checked against the formula.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateWohngeld } from '../../src/dialogs/wohngeld/estimate.js';
import { atRent, harness, realContent, type Harness } from './harness.js';

beforeAll(async () => {
  await realContent();
});

const amountOf = (reply: string) => Number(/etwa (\d+) € Wohngeld/.exec(reply)?.[1]);

async function toAllowances(members: string, rent: string, income: string): Promise<Harness> {
  const h = await atRent();
  if (members !== '3') await h.send(`nein, wir sind ${members}`);
  await h.send(rent);
  await h.send(income);
  await h.send('Lohn');
  return h;
}

describe('the § 17 allowances in the Wohngeld estimate', () => {
  it('deducts 1,320 € a year for each child of a single parent and says whom it counted', async () => {
    const h = await toAllowances('3', '600', '1800');
    const reply = await h.send('Ich bin alleinerziehend');
    expect(reply).toMatch(/die 2 weiteren Personen in Ihrem Haushalt als Ihre Kinder unter 18 gezählt/);
    const expected = estimateWohngeld({ members: 3, rent: 600, mietenstufe: 'II', incomes: [{ gross: 1800, kind: 'employment' }], allowances: 2640 });
    expect(amountOf(reply)).toBe(expected.amount);
    expect(amountOf(reply)).toBeGreaterThan(512);
  });

  it('deducts 1,800 € a year for a severe disability, and both together', async () => {
    const disabled = await toAllowances('3', '600', '1800');
    const one = estimateWohngeld({ members: 3, rent: 600, mietenstufe: 'II', incomes: [{ gross: 1800, kind: 'employment' }], allowances: 1800 });
    expect(amountOf(await disabled.send('Schwerbehinderung mit Pflegebedarf oder GdB 100'))).toBe(one.amount);
    const both = await toAllowances('3', '600', '1800');
    const two = estimateWohngeld({ members: 3, rent: 600, mietenstufe: 'II', incomes: [{ gross: 1800, kind: 'employment' }], allowances: 2640 + 1800 });
    expect(amountOf(await both.send('beides'))).toBe(two.amount);
  });

  it('does not count a disability below GdB 100 without care at home, and says when it counts (tester-l A1)', async () => {
    for (const answer of ['Ich habe eine Schwerbehinderung, GdB 50', 'GdB 60, keine Pflege', 'I have a disability, degree 50', 'schwerbehinderung']) {
      const h = await toAllowances('1', '500', '1200');
      expect(await h.send(answer)).toMatch(/GdB\) von 100|degree of disability \(GdB\) of 100/);
      expect(h.last.dialog?.step).toBe('freibetrag');
    }
    const none = await toAllowances('1', '500', '1200');
    const without = amountOf(await none.send('nichts davon'));
    expect(without).toBe(estimateWohngeld({ members: 1, rent: 500, mietenstufe: 'II', incomes: [{ gross: 1200, kind: 'employment' }], allowances: 0 }).amount);
  });

  it('counts the disability allowance when the answer names GdB 100 or care at home, and for the button', async () => {
    const withAllowance = estimateWohngeld({ members: 1, rent: 500, mietenstufe: 'II', incomes: [{ gross: 1200, kind: 'employment' }], allowances: 1800 }).amount;
    for (const answer of ['Ich bin schwerbehindert mit GdB 100', 'GdB 80, Pflegegrad 3, ich werde zu Hause gepflegt', 'schwerbehindert']) {
      const h = await toAllowances('1', '500', '1200');
      expect(amountOf(await h.send(answer))).toBe(withAllowance);
    }
  });

  it('keeps the conditions in the plain-language buttons', async () => {
    const h = await atRent();
    await h.send('600');
    await h.send('1800');
    await h.send('Lohn', { plainLanguage: true });
    expect(h.last.dialog?.step).toBe('freibetrag');
    const titles = JSON.stringify(h.last.replies.flatMap((reply) => reply.suggestions ?? []));
    expect(titles).toMatch(/Allein mit Kindern unter 18/);
    expect(titles).toMatch(/GdB 100 oder Pflege zu Hause/);
  });

  it('refuses "alleinerziehend" for a household of one and says how to correct the number of people', async () => {
    const h = await toAllowances('1', '450', '1500');
    expect(await h.send('alleinerziehend')).toMatch(/Haushalt mit 1 Person genannt[\s\S]*„wir sind 3“/);
    expect(h.last.dialog?.step).toBe('freibetrag');
  });

  it('keeps the answer out of the transcript (a disability is health data) and tells the office what it deducted', async () => {
    const h = await toAllowances('2', '500', '1600');
    await h.send('schwerbehindert');
    for (const answer of ['hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Hauptstraße 5, 52349 Düren', 'überspringen', 'überspringen', 'überspringen', 'ja']) await h.send(answer);
    const transcript = JSON.stringify(await h.store.getTranscript(h.conversationId ?? ''));
    expect(transcript).toMatch(/Maria Schmidt|Trifft eines davon/);
    expect(transcript).not.toMatch(/schwerbehindert/i);
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    const data = (submission?.payload as { data: Record<string, unknown> }).data;
    expect(data.einkommen).toMatchObject({ freibetrag: 'schwerbehindert' });
    expect(data.hinweise).toEqual([expect.stringMatching(/Freibetrag § 17 Nr\. 1 WoGG für 1 Person angenommen\. Bitte prüfen\./)]);
  });

  it('asks again how to go on when the allowance is corrected at the summary', async () => {
    const h = await toAllowances('3', '600', '1800');
    await h.send('nichts davon');
    for (const answer of ['hier', 'ja', 'Maria Schmidt', '12.03.1980', 'Hauptstraße 5, 52349 Düren', 'überspringen', 'überspringen', 'überspringen']) await h.send(answer);
    expect(h.last.dialog?.step).toBe('confirm');
    await h.send('nein');
    await h.send('Freibeträge (§ 17 WoGG)');
    expect(await h.send('alleinerziehend')).toMatch(/Meine Schätzung: etwa \d+ €[\s\S]*Wie möchten Sie weitermachen/);
  });

  it('deletes the § 17 answer at once when the consent is refused (health data needs it)', async () => {
    const h = await toAllowances('2', '500', '1600');
    await h.send('schwerbehindert');
    await h.send('hier');
    expect(await h.send('nein')).toMatch(/etwa eine Angabe zu einer Schwerbehinderung, habe ich gelöscht/);
    const state = (await h.store.getConversation(h.conversationId ?? ''))?.state as { dialog?: { slots: Record<string, unknown> } };
    expect(state.dialog?.slots).not.toHaveProperty('freibetrag');
    expect(state.dialog?.slots).toMatchObject({ personen: 2, miete: 500 });
  });

  it('takes no address from the first message before the consent', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte Wohngeld beantragen, ich wohne in der Goethestraße 3, 52349 Düren')).not.toMatch(/Anschrift/);
    for (const answer of ['2', '500', '1600', 'Lohn', 'nichts davon', 'hier', 'ja', 'Maria Schmidt']) await h.send(answer);
    expect(await h.send('12.03.1980')).toMatch(/Wie ist Ihre Anschrift/);
  });

  it('answers instead of opening the form when the reading is unsure between Wohngeld and nothing the city does', async () => {
    const h = await harness();
    expect(await h.send('Kann ich die Stadthalle mieten?')).not.toMatch(/Wie viele Personen leben in Ihrem Haushalt/);
    expect(h.last.dialog).toBeUndefined();
    expect(h.last.replies.at(-1)?.suggestions?.[0]?.title).toBe('Wohngeld berechnen');
    expect(await h.send('Ich möchte Wohngeld beantragen')).toMatch(/Wie viele Personen leben in Ihrem Haushalt/);
  });

  it('is not asked after a benefit that excludes Wohngeld', async () => {
    const h = await atRent();
    await h.send('400');
    await h.send('ich bekomme 563 Bürgergeld');
    await h.send('sonstiges');
    expect(h.last.dialog?.step).toBe('weiter');
  });
});
