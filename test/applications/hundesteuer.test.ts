import { describe, expect, it } from 'vitest';
import { dogTax } from '../../src/dialogs/applications/hundesteuer/tax.js';
import { harness } from './harness.js';

describe('dog tax registration (hundesteuer)', () => {
  it('computes the yearly tax from the rates in docs/facts.md', () => {
    const rates = { oneDog: 84, eachOfSeveral: 96, eachDangerous: 400 };
    expect(dogTax(rates, 1, 0).total).toBe(84);
    expect(dogTax(rates, 2, 0).total).toBe(192);
    expect(dogTax(rates, 1, 1).total).toBe(400);
    expect(dogTax(rates, 3, 1).total).toBe(2 * 96 + 400);
  });

  it('registers two dogs with a SEPA mandate, checks the IBAN and shows the expected tax', async () => {
    const h = await harness();
    await h.send('Ich möchte meinen Hund anmelden');
    await h.send('Erika Mustermann');
    await h.send('Schulstraße 5, 52349 Düren');
    await h.send('2');
    await h.send('nein');
    expect(await h.send('seit gestern')).toMatch(/192 €[\s\S]*Lastschrift/);
    await h.send('ja');
    expect(await h.send('DE89 3704 0044 0532 0130 01')).toMatch(/IBAN/);
    await h.send('DE89 3704 0044 0532 0130 00');
    await h.send('Erika Mustermann');
    expect(await h.send('ja')).toMatch(/Ist alles richtig/);
    await h.send('ja');
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { dogs: 2, dangerous_dogs: 0, yearly_tax_eur: 192, sepa_mandate: { iban: 'DE89370400440532013000', consent: true } } });
  });
});
