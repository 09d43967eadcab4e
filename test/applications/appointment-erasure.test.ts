/**
 * A citizen erasing an appointment application (tester-j 8): the appointment is cancelled and loses the name,
 * the answer says so, and the clerk's day view no longer shows the name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appointmentPlugin } from '../../src/http/routes/appointments.js';
import { submissionRightsPlugin } from '../../src/http/routes/submission-rights.js';
import { transcriptHarness } from '../support/transcript-harness.js';
import { MY_DIALOGS, NOW, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('erasing an appointment application', () => {
  it('cancels the appointment, removes the name from it and says so in the answer', async () => {
    const h = await transcriptHarness({ dialogs: MY_DIALOGS, now: () => NOW, plugins: [appointmentPlugin(), submissionRightsPlugin] });
    await h.send('Ich brauche einen Termin im Bürgerbüro für den Personalausweis');
    await h.send('Donnerstag nach 14 Uhr');
    await h.send('1');
    await h.send('Wilhelmine Zurbrüggen');
    const done = await h.send('ja');
    const code = /Bestätigungscode: ([A-Z0-9]{6})/.exec(done)?.[1] ?? '';
    const summary = h.last.replies.flatMap((r) => r.links ?? []).find((l) => l.url.startsWith('/zusammenfassung#'))?.url ?? '';
    const token = new URLSearchParams(new URL(summary, 'http://x').hash.slice(1)).get('token') ?? '';
    const reference = h.last.dialog?.reference ?? '';
    const res = await h.app.request(`/api/submissions/${reference}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'erased', appointmentCancelled: true });
    expect(await h.store.getAppointment(code)).toMatchObject({ status: 'cancelled', name: '', conversationId: null });
    const rows = await h.store.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM appointments WHERE name LIKE '%Zurbrüggen%'");
    expect(rows).toEqual([{ n: 0 }]);
  });
});
