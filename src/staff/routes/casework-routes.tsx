/**
 * Submissions (submission-routes.tsx) and appointments for clerks: the appointment calendar per day with
 * cancellation and CSV export. Personal data only for the clerk role; every view of it is written to the audit log.
 */
import type { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { csvResponse, toCsv } from '../csv.js';
import { guard, principal, readForm, render } from '../http.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import { serviceLabel } from '../../dialogs/applications/buergerbuero-termin/booking.js';
import type { StaffServices } from '../services.js';
import { dayRange, localDateTime, localDay, localTime } from '../time.js';
import { mountSubmissionRoutes } from './submission-routes.js';

export function mountCaseworkRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  mountSubmissionRoutes(staff, s);
  // CSV times are local like the screen; the header names the zone, since a spreadsheet cannot tell.
  const zoned = (column: string) => `${column} (${s.timeZone})`;
  const local = (iso: string | null | undefined) => localDateTime(iso, s.timeZone);
  const clerk = guard(['clerk'], s.denied);
  // "Reisepass", not the key "reisepass" (tester-m B4): the label of the dialog's option, as in the submissions list.
  const service = (key: string) => serviceLabel(s.app.content(), key, 'de');

  async function appointmentsOf(c: { req: { query(name: string): string | undefined } }) {
    const requested = c.req.query('day') ?? '';
    const day = /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : localDay(s.app.now(), s.timeZone);
    const { from, to } = dayRange(day, s.timeZone);
    return { day, list: await s.caseworkRepo.appointmentsBetween(from, to) };
  }

  staff.get('/appointments', clerk, async (c) => {
    const { day, list } = await appointmentsOf(c);
    await s.staffRepo.audit(s.audit(c, { action: 'appointment.view_day', target: `day:${day}`, after: { rows: list.length } }));
    // Confirmed only for an appointment that really is cancelled: the query string alone shows no text (A5).
    const cancelledCode = c.req.query('cancelled');
    const cancelled = cancelledCode && cancelledCode.length <= 32 && (await s.app.store.getAppointment(cancelledCode))?.status === 'cancelled' ? cancelledCode : null;
    const booked = list.filter((a) => a.status === 'booked').length;
    return render(
      c,
      <Layout title="Termine im Bürgerbüro" staff={principal(c)} section="/staff/appointments">
        {cancelled ? <Notice kind="success">Termin {cancelled} wurde abgesagt; der Platz ist wieder frei.</Notice> : null}
        <form method="get" action="/staff/appointments" class="row">
          <div>
            <label for="day">Tag</label>
            <input type="date" id="day" name="day" value={day} />
          </div>
          <button type="submit">Anzeigen</button>
          <a class="button secondary" href={`/staff/appointments.csv?day=${day}`}>
            CSV
          </a>
        </form>
        <p role="status">
          {booked} gebucht, {list.length - booked} abgesagt.
        </p>
        <table>
          <caption class="visually-hidden">Termine am {day}</caption>
          <thead>
            <tr>
              <th scope="col">Zeit</th>
              <th scope="col">Anliegen</th>
              <th scope="col">Name</th>
              <th scope="col">Code</th>
              <th scope="col">Status</th>
              <th scope="col">Aktion</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr>
                <td>
                  {localTime(a.startsAt, s.timeZone)}–{localTime(a.endsAt, s.timeZone)}
                </td>
                <td>{service(a.service)}</td>
                <td>{a.name || <em>vom Bürger gelöscht</em>}</td>
                <td>
                  <code>{a.code}</code>
                </td>
                <td>{a.status === 'booked' ? 'gebucht' : <span class="badge bad">abgesagt</span>}</td>
                <td>
                  {a.status === 'booked' ? (
                    <form method="post" action={`/staff/appointments/${encodeURIComponent(a.code)}/cancel`} data-confirm={`Termin ${a.code} absagen?`}>
                      <Csrf staff={principal(c)} />
                      <input type="hidden" name="day" value={day} />
                      <input type="hidden" name="starts_at" value={a.startsAt} />
                      <button type="submit" class="danger" aria-label={`Absagen: Termin ${a.code}`}>
                        Absagen
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  staff.get('/appointments.csv', clerk, async (c) => {
    const { day, list } = await appointmentsOf(c);
    await s.staffRepo.audit(s.audit(c, { action: 'appointment.export', target: `day:${day}`, after: { rows: list.length } }));
    // German headers and labels as in the submissions CSV, with the keys in "(Kennung)" columns for scripts.
    const header = [zoned('Beginn'), zoned('Ende'), 'Anliegen', 'Anliegen (Kennung)', 'Name', 'Code', 'Status', 'Status (Kennung)'];
    const rows = list.map((a) => [local(a.startsAt), local(a.endsAt), service(a.service), a.service, a.name, a.code, a.status === 'booked' ? 'gebucht' : 'abgesagt', a.status]);
    return csvResponse(toCsv(header, rows), `termine-${day}.csv`);
  });

  staff.post('/appointments/:code/cancel', clerk, async (c) => {
    const code = c.req.param('code');
    const form = await readForm(c);
    const day = form.get('day');
    // The start time the clerk's day view showed: an appointment the citizen moved since then is not cancelled (tester-k E1).
    const shownStart = form.get('starts_at');
    if (!shownStart) throw new AppError(400, 'missing_starts_at', 'Das Formular ist veraltet: Bitte laden Sie die Tagesansicht neu und sagen Sie den Termin dann ab.', { field: 'starts_at' });
    const at = s.app.now().toISOString();
    const before = await s.app.store.getAppointment(code);
    const notBooked = new AppError(409, 'not_booked', 'Dieser Termin ist nicht (mehr) gebucht.');
    if (!before || before.status !== 'booked') throw notBooked;
    const movedTo = (start: string) =>
      new AppError(409, 'appointment_moved', `Termin ${code} wurde inzwischen auf ${formatDateTime(start)} Uhr verschoben und ist nicht abgesagt. Bitte prüfen Sie die Tagesansicht.`, { field: 'starts_at' });
    if (before.startsAt !== shownStart) throw movedTo(before.startsAt);
    if (!(await s.app.store.cancelAppointment(code, at, shownStart))) {
      const now = await s.app.store.getAppointment(code);
      throw now?.status === 'booked' ? movedTo(now.startsAt) : notBooked;
    }
    await s.staffRepo.audit(s.audit(c, { action: 'appointment.cancel', target: `appointment:${code}`, before: { status: 'booked', startsAt: shownStart }, after: { status: 'cancelled' } }));
    return c.redirect(`/staff/appointments?day=${/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : ''}&cancelled=${encodeURIComponent(code)}`, 303);
  });
}
