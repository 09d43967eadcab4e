import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';

describe('bulky waste request (sperrmuell)', () => {
  it('takes items, a Düren address, a period and contact, and forwards it to the DSB without inventing a date', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte Sperrmüll anmelden')).toMatch(/Den Abholtermin legt der DSB fest[\s\S]*Was soll abgeholt werden/);
    expect(await h.send('2 Matratzen und 1 Schrank')).toMatch(/Gegenstände: 2 Matratzen und 1 Schrank/);
    expect(await h.send('Schulstraße 5, 52349 Düren')).toMatch(/Wann würde Ihnen/);
    expect(await h.send('nächste Woche')).toMatch(/Wunschzeitraum: 30\.11\.2026 – 06\.12\.2026/);
    await h.send('Erika Mustermann');
    expect(await h.send('0176 12345678')).toMatch(/Ist alles richtig/);
    const done = await h.send('ja');
    expect(done).toMatch(/DN-2026-\d{6}[\s\S]*Der DSB legt den Abholtermin fest[\s\S]*noch kein fester Termin/);
    expect(done).not.toMatch(/€/);
    const submission = await h.store.getSubmissionByReference(h.last.dialog?.reference ?? '');
    expect(submission?.payload).toMatchObject({ data: { forward_to: 'dsb', postcode: '52349', preferred_period: { from: '2026-11-30', to: '2026-12-06' } } });
  });

  it('rejects an address outside Düren, asks for a missing postcode, and hands over after three failures', async () => {
    const h = await harness();
    await h.send('Sperrmüll abholen lassen');
    await h.send('ein altes Sofa');
    expect(await h.send('Hauptstraße 1, 50667 Köln')).toMatch(/gehört nicht zu Düren/);
    expect(await h.send('Schulstraße 5')).toMatch(/Wie ist die Postleitzahl/);
    expect(await h.send('50667')).toMatch(/nicht zu Düren/);
    await h.send('12345');
    expect(await h.send('99999')).toMatch(/dn-sb\.de/);
  });
});
