/**
 * Submissions and appointments for clerks: lists with filters, detail, status change, CSV export, the
 * appointment calendar per day with cancellation. Personal data only for the clerk role; every view of it
 * is written to the audit log.
 */
import type { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { JsonObject } from '../../core/types.js';
import type { StaffEnv } from '../auth.js';
import { csvResponse, toCsv } from '../csv.js';
import { guard, principal, readForm, render } from '../http.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';
import { isSubmissionStatus, SUBMISSION_STATUSES, type SubmissionFilter } from '../store/casework-repository.js';
import { dayRange, localDateTime, localDay, localTime } from '../time.js';

export const STATUS_LABEL: Record<string, string> = { new: 'neu', in_progress: 'in Bearbeitung', done: 'erledigt', rejected: 'abgelehnt' };

function summaryRows(payload: JsonObject): Array<{ label: string; value: string }> {
  const summary = payload.summary;
  if (!Array.isArray(summary)) return [];
  return summary.flatMap((row) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) return [];
    const label = row.label && typeof row.label === 'object' && !Array.isArray(row.label) ? String(row.label.de ?? '') : String(row.label ?? '');
    return [{ label, value: String(row.value ?? '') }];
  });
}

export function mountCaseworkRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  // CSV times are local like the screen; the header names the zone, since a spreadsheet cannot tell.
  const zoned = (column: string) => `${column} (${s.timeZone})`;
  const local = (iso: string | null | undefined) => localDateTime(iso, s.timeZone);
  const clerk = guard(['clerk'], s.denied);

  const filterOf = (q: (name: string) => string | undefined): SubmissionFilter => {
    const status = q('status') ?? '';
    return {
      ...(q('type') ? { type: q('type') } : {}),
      ...(isSubmissionStatus(status) ? { status } : {}),
      ...(q('reference') ? { reference: (q('reference') ?? '').toUpperCase().slice(0, 30) } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(q('from') ?? '') ? { from: q('from') } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(q('to') ?? '') ? { to: q('to') } : {}),
    };
  };

  staff.get('/submissions', clerk, async (c) => {
    const filter = filterOf((n) => c.req.query(n));
    const [items, types] = await Promise.all([s.caseworkRepo.listSubmissions(filter), s.caseworkRepo.submissionTypes()]);
    const query = new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString();
    return render(
      c,
      <Layout title="Anträge und Meldungen" staff={principal(c)} section="/staff/submissions">
        <form method="get" action="/staff/submissions" class="row">
          <div>
            <label for="type">Art</label>
            <select id="type" name="type">
              <option value="">alle</option>
              {types.map((t) => (
                <option value={t} selected={filter.type === t}>{t}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="status">Status</label>
            <select id="status" name="status">
              <option value="">alle</option>
              {SUBMISSION_STATUSES.map((st) => (
                <option value={st} selected={filter.status === st}>{STATUS_LABEL[st]}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="reference">Aktenzeichen</label>
            <input type="text" id="reference" name="reference" value={filter.reference ?? ''} size={18} />
          </div>
          <div>
            <label for="from">von</label>
            <input type="date" id="from" name="from" value={filter.from ?? ''} />
          </div>
          <div>
            <label for="to">bis</label>
            <input type="date" id="to" name="to" value={filter.to ?? ''} />
          </div>
          <button type="submit">Filtern</button>
          <a class="button secondary" href={`/staff/submissions.csv?${query}`}>
            CSV
          </a>
        </form>
        <p role="status">{items.length} Einträge.</p>
        <table>
          <caption class="visually-hidden">Anträge und Meldungen</caption>
          <thead>
            <tr>
              <th scope="col">Aktenzeichen</th>
              <th scope="col">Art</th>
              <th scope="col">Eingang</th>
              <th scope="col">Status</th>
              <th scope="col">Weitergeleitet</th>
              <th scope="col">Löschung am</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr>
                <td>
                  <a href={`/staff/submissions/${encodeURIComponent(item.reference)}`}>{item.reference}</a>
                </td>
                <td>{item.type}</td>
                <td>{formatDateTime(item.createdAt)}</td>
                <td>{STATUS_LABEL[item.status]}</td>
                <td>{item.deliveredAt ? formatDateTime(item.deliveredAt) : 'nein'}</td>
                <td>{formatDateTime(item.retainUntil)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  staff.get('/submissions.csv', clerk, async (c) => {
    const filter = filterOf((n) => c.req.query(n));
    const items = await s.caseworkRepo.listSubmissions({ ...filter, limit: 10_000 });
    await s.staffRepo.audit(s.audit(c, { action: 'submission.export', target: 'submissions', after: { filter, rows: items.length } }));
    return csvResponse(
      toCsv(
        ['reference', 'type', zoned('received'), 'status', zoned('status_updated'), zoned('forwarded'), zoned('retain_until')],
        items.map((i) => [i.reference, i.type, local(i.createdAt), i.status, local(i.statusUpdatedAt), local(i.deliveredAt), local(i.retainUntil)]),
      ),
      'antraege.csv',
    );
  });

  staff.get('/submissions/:reference', clerk, async (c) => {
    const reference = c.req.param('reference').toUpperCase();
    const item = await s.caseworkRepo.submission(reference);
    if (!item) throw new AppError(404, 'submission_not_found', `Keinen Antrag mit dem Aktenzeichen ${reference} gefunden.`);
    await s.staffRepo.audit(s.audit(c, { action: 'submission.view', target: `submission:${reference}` }));
    const rows = summaryRows(item.payload);
    return render(
      c,
      <Layout title={`Antrag ${item.reference}`} staff={principal(c)} section="/staff/submissions">
        {c.req.query('saved') ? <Notice kind="success">Status gespeichert. Die Statusabfrage für Bürger zeigt ihn jetzt an.</Notice> : null}
        <p>
          Art: {item.type} · Eingang: {formatDateTime(item.createdAt)} · Status: <strong>{STATUS_LABEL[item.status]}</strong> · Weitergeleitet: {item.deliveredAt ? formatDateTime(item.deliveredAt) : 'nein'} · wird gelöscht am{' '}
          {formatDateTime(item.retainUntil)}
        </p>
        <form method="post" action={`/staff/submissions/${encodeURIComponent(item.reference)}/status`} class="row">
          <Csrf staff={principal(c)} />
          <div>
            <label for="status">Status ändern</label>
            <select id="status" name="status">
              {SUBMISSION_STATUSES.map((st) => (
                <option value={st} selected={item.status === st}>{STATUS_LABEL[st]}</option>
              ))}
            </select>
          </div>
          <button type="submit">Speichern</button>
        </form>
        <h2>Angaben</h2>
        {rows.length > 0 ? (
          <table>
            <caption class="visually-hidden">Angaben im Antrag</caption>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <pre>{JSON.stringify(item.payload.data ?? item.payload, null, 2)}</pre>
        )}
      </Layout>,
    );
  });

  staff.post('/submissions/:reference/status', clerk, async (c) => {
    const reference = c.req.param('reference').toUpperCase();
    const status = (await readForm(c)).get('status');
    if (!isSubmissionStatus(status)) throw new AppError(400, 'invalid_status', 'Unbekannter Status.', { field: 'status' });
    const item = await s.caseworkRepo.submission(reference);
    if (!item) throw new AppError(404, 'submission_not_found', `Keinen Antrag mit dem Aktenzeichen ${reference} gefunden.`);
    const at = s.app.now().toISOString();
    await s.caseworkRepo.setStatus(item.id, status, at, principal(c).user.username, s.audit(c, { action: 'submission.status', target: `submission:${reference}`, before: { status: item.status }, after: { status } }));
    return c.redirect(`/staff/submissions/${encodeURIComponent(reference)}?saved=1`, 303);
  });

  async function appointmentsOf(c: { req: { query(name: string): string | undefined } }) {
    const requested = c.req.query('day') ?? '';
    const day = /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : localDay(s.app.now(), s.timeZone);
    const { from, to } = dayRange(day, s.timeZone);
    return { day, list: await s.caseworkRepo.appointmentsBetween(from, to) };
  }

  staff.get('/appointments', clerk, async (c) => {
    const { day, list } = await appointmentsOf(c);
    await s.staffRepo.audit(s.audit(c, { action: 'appointment.view_day', target: `day:${day}`, after: { rows: list.length } }));
    const booked = list.filter((a) => a.status === 'booked').length;
    return render(
      c,
      <Layout title="Termine im Bürgerbüro" staff={principal(c)} section="/staff/appointments">
        {c.req.query('cancelled') ? <Notice kind="success">Termin {c.req.query('cancelled')} wurde abgesagt; der Platz ist wieder frei.</Notice> : null}
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
                <td>{a.service}</td>
                <td>{a.name}</td>
                <td>
                  <code>{a.code}</code>
                </td>
                <td>{a.status === 'booked' ? 'gebucht' : <span class="badge bad">abgesagt</span>}</td>
                <td>
                  {a.status === 'booked' ? (
                    <form method="post" action={`/staff/appointments/${encodeURIComponent(a.code)}/cancel`} data-confirm={`Termin ${a.code} absagen?`}>
                      <Csrf staff={principal(c)} />
                      <input type="hidden" name="day" value={day} />
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
    return csvResponse(toCsv([zoned('starts_at'), zoned('ends_at'), 'service', 'name', 'code', 'status'], list.map((a) => [local(a.startsAt), local(a.endsAt), a.service, a.name, a.code, a.status])), `termine-${day}.csv`);
  });

  staff.post('/appointments/:code/cancel', clerk, async (c) => {
    const code = c.req.param('code');
    const day = (await readForm(c)).get('day');
    const at = s.app.now().toISOString();
    const before = await s.app.store.getAppointment(code);
    if (!before || before.status !== 'booked') throw new AppError(409, 'not_booked', 'Dieser Termin ist nicht (mehr) gebucht.');
    await s.app.store.cancelAppointment(code, at);
    await s.staffRepo.audit(s.audit(c, { action: 'appointment.cancel', target: `appointment:${code}`, before: { status: 'booked', startsAt: before.startsAt }, after: { status: 'cancelled' } }));
    return c.redirect(`/staff/appointments?day=${/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : ''}&cancelled=${encodeURIComponent(code)}`, 303);
  });
}
