import { describe, expect, it } from 'vitest';
import { harness } from './harness.js';

describe('problem report (maengelmelder)', () => {
  it('takes category, coordinates from the widget and a description; the status is answered in chat and over HTTP without personal data', async () => {
    const h = await harness();
    expect(await h.send('Ich möchte einen Schaden melden')).toMatch(/Worum geht es/);
    expect(await h.send('Schlagloch')).toMatch(/Wo ist es/);
    expect(await h.send('geo:50.80,6.48')).toMatch(/Ort: GPS 50\.80000, 6\.48000/);
    await h.send('Tiefes Loch mitten auf der Fahrbahn');
    expect(await h.send('überspringen')).toMatch(/Ist alles richtig/);
    const done = await h.send('ja');
    const reference = h.last.dialog?.reference ?? '';
    expect(done).toContain(reference);
    const submission = await h.store.getSubmissionByReference(reference);
    expect(submission?.payload).toMatchObject({ data: { category: 'schlagloch', place: { coordinates: { lat: 50.8, lon: 6.48 } }, contact: null } });

    const other = await harness({ store: h.store });
    expect(await other.send(`Was ist mit meiner Meldung ${reference}?`)).toMatch(new RegExp(`${reference} ist am 26\\.11\\.2026 eingegangen`));
    const res = await h.app.request(`/api/submissions/${reference}/status`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reference, type: 'maengelmelder', receivedOn: '2026-11-26', state: 'received' });
    expect((await h.app.request('/api/submissions/DN-2026-999999/status')).status).toBe(404);
    expect((await h.app.request('/api/submissions/xyz/status')).status).toBe(400);
  });
});
