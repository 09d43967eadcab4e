import { beforeAll, describe, expect, it } from 'vitest';
import { breedNamed, tagNumbers } from '../../src/dialogs/applications/hundesteuer/dogs.js';
import { harness, realContent, type Harness } from './harness.js';

// Training the real NLU takes a while on a busy machine: once, outside the tests' time limit.
beforeAll(async () => {
  await realContent();
});

/** From the start to the number of dogs. */
async function toCount(h: Harness): Promise<void> {
  await h.send('Ich möchte meinen Hund anmelden');
  await h.send('Eva Braun');
  await h.send('Kaiserplatz 1, 52349 Düren');
}

async function submit(h: Harness): Promise<Record<string, unknown>> {
  await h.send('ja');
  const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
  return (submission?.payload as { data: Record<string, unknown> }).data;
}

describe('dog tax: which dog is registered', () => {
  it('takes the dog\'s name "Bello" given too early as no greeting: the question is asked again', async () => {
    const h = await harness();
    await toCount(h);
    const reply = await h.send('Bello');
    expect(h.last.intent).not.toBe('begruessung');
    expect(reply).not.toMatch(/Ich bin der Stadtlotse/);
    expect(reply).toMatch(/Wie viele Hunde/);
  });

  it('reads the breed in "ja, ein Pitbull" and the tax-tag numbers in "ja, Marke 1234"', () => {
    expect(breedNamed('ja, ein Pitbull')).toBe('Pitbull');
    expect(breedNamed('ja, ein american staffordshire terrier-Mix')).toBe('American staffordshire terrier-Mix');
    expect(breedNamed('ja, ein Rottweiler')).toBe('Rottweiler');
    expect(breedNamed('ja, ein Listenhund')).toBeNull();
    expect(breedNamed('ja')).toBeNull();
    expect(tagNumbers('ja, Marke 1234')).toEqual(['1234']);
    expect(tagNumbers('ja, Steuermarken 1234 und 5678')).toEqual(['1234', '5678']);
    expect(tagNumbers('ja 4711')).toEqual(['4711']);
    expect(tagNumbers('ja, seit 2 Jahren')).toEqual([]);
  });

  it('with three dogs asks whether the others are registered and whether the new one is the dangerous one, and keeps "Pitbull"', async () => {
    const h = await harness();
    await toCount(h);
    expect(await h.send('3')).toMatch(/Sind Ihre anderen Hunde schon beim Steueramt angemeldet\?/);
    expect(await h.send('ja, Marke 1234')).toMatch(/Die Nummer der Steuermarke gebe ich an das Steueramt weiter/);
    expect(await h.send('ja, ein Pitbull')).toMatch(/Ich habe die Rasse notiert: Pitbull\.[\s\S]*Wie viele Ihrer Hunde sind gefährliche Hunde\?/);
    expect(await h.send('1')).toMatch(/Ist der Hund, den Sie jetzt anmelden, ein gefährlicher Hund\?/);
    await h.send('nein');
    await h.send('seit gestern');
    expect(h.last.dialog?.step).toBe('rasse');
    await h.send('Mischling');
    await h.send('überspringen');
    expect(await h.send('überspringen')).toMatch(/592 €/);
    const summary = await h.send('nein');
    expect(summary).toMatch(/• Andere Hunde schon angemeldet: ja\n[\s\S]*• Angemeldeter Hund ist gefährlich: nein\n/);
    const data = await submit(h);
    expect(data).toMatchObject({
      dogs: 3,
      dangerous_dogs: 1,
      dangerous_breed: 'Pitbull',
      dog: { breed: 'Mischling', dangerous: false },
      other_dogs: { already_registered: true, tax_tags: ['1234'] },
      yearly_tax_eur: 592,
    });
  });

  it('with one dog asks none of the new questions, and "ja, ein Pitbull" is the breed of the dog registered', async () => {
    const h = await harness();
    await toCount(h);
    await h.send('1');
    expect(h.last.dialog?.step).toBe('gefaehrlich');
    await h.send('ja, ein Pitbull');
    expect(h.last.dialog?.step).toBe('seit');
    expect(await h.send('seit gestern')).toMatch(/Wie heißt der Hund\?/);
    await h.send('überspringen');
    await h.send('überspringen');
    expect(await h.send('nein')).toMatch(/• Rasse des Hundes: Pitbull\n/);
    const data = await submit(h);
    expect(data).toMatchObject({ dogs: 1, dangerous_dogs: 1, dangerous_breed: 'Pitbull', dog: { breed: 'Pitbull', dangerous: true }, other_dogs: null, yearly_tax_eur: 400 });
  });

  it('does not ask which dog is dangerous when all of them are', async () => {
    const h = await harness();
    await toCount(h);
    for (const answer of ['2', 'nein', 'ja']) await h.send(answer);
    expect(await h.send('2')).toMatch(/Seit wann lebt der Hund/);
    expect(await h.send('seit gestern')).toMatch(/Welche Rasse/);
  });

  it('says the new expected tax after the number of dogs is corrected at the summary', async () => {
    const h = await harness();
    await toCount(h);
    for (const answer of ['2', 'ja', 'nein', 'seit gestern', 'Dackel', 'überspringen']) await h.send(answer);
    expect(await h.send('überspringen')).toMatch(/192 €/);
    await h.send('nein');
    const reply = await h.send('nein, 1 Hund');
    expect(reply).toMatch(/Korrigiert: Anzahl Hunde im Haushalt: 1[\s\S]*voraussichtlich 84 € im Jahr/);
    expect(await h.send('nein')).toMatch(/Ist alles richtig\?/);
    expect(await submit(h)).toMatchObject({ dogs: 1, yearly_tax_eur: 84, other_dogs: null });
  });

  it('says the new expected tax after "gefährlich" is corrected at the summary', async () => {
    const h = await harness();
    await toCount(h);
    for (const answer of ['1', 'nein', 'seit gestern', 'Dackel', 'überspringen', 'überspringen', 'nein']) await h.send(answer);
    await h.send('nein');
    expect(await h.send('gefährlich')).toMatch(/Ist ein gefährlicher Hund dabei/);
    expect(await h.send('ja')).toMatch(/voraussichtlich 400 € im Jahr/);
  });
});
