/** The clerk's pages of submissions: the list with filters and name search, the detail, the printable copy. */
import type { StaffPrincipal } from '../auth.js';
import { STATUS_LABEL, type ClerkSubmission } from '../casework/clerk-submission.js';
import { isSubmissionStatus, SUBMISSION_STATUSES, type StatusConflict, type SubmissionFilter, type SubmissionStatusValue } from '../store/casework-repository.js';
import { Csrf, formatDateTime, Layout, Notice } from './layout.js';

/** "Vom Antragsteller gelöscht am 29.11.2026, 12:27" (German local time). */
export function erasedNote(at: string): string {
  return `Vom Antragsteller gelöscht am ${formatDateTime(at)}`;
}

export interface ListProps {
  staff: StaffPrincipal;
  filter: SubmissionFilter & { name?: string };
  types: Array<{ type: string; title: string }>;
  items: ClerkSubmission[];
  csvQuery: string;
}

export function SubmissionList(props: ListProps) {
  const { filter, items } = props;
  return (
    <Layout title="Anträge und Meldungen" staff={props.staff} section="/staff/submissions">
      <form method="get" action="/staff/submissions" class="row">
        <div>
          <label for="type">Art</label>
          <select id="type" name="type">
            <option value="">alle</option>
            {props.types.map((t) => (
              <option value={t.type} selected={filter.type === t.type}>{t.title}</option>
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
          <label for="name">Name</label>
          <input type="search" id="name" name="name" value={filter.name ?? ''} size={18} autocomplete="off" />
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
        <a class="button secondary" href={`/staff/submissions.csv?${props.csvQuery}`}>
          CSV
        </a>
      </form>
      <p role="status">{items.length === 1 ? '1 Eintrag.' : `${items.length} Einträge.`}</p>
      <table>
        <caption class="visually-hidden">Anträge und Meldungen</caption>
        <thead>
          <tr>
            <th scope="col">Aktenzeichen</th>
            <th scope="col">Art</th>
            <th scope="col">Name</th>
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
              <td>{item.title}</td>
              {/* <bdi>: a right-to-left name, or a bidi control stored before input was cleaned, stays in its cell. */}
              <td>
                <bdi>{item.name ?? '–'}</bdi>
              </td>
              <td>{formatDateTime(item.createdAt)}</td>
              <td>
                {item.statusLabel}
                {item.appointment ? (
                  <>
                    {' '}
                    <span class={item.appointment.state.startsWith('abgesagt') ? 'badge bad' : 'badge'}>Termin {item.appointment.state}</span>
                  </>
                ) : null}
                {item.erasedAt ? (
                  <>
                    {' '}
                    <span class="badge bad">{erasedNote(item.erasedAt)}</span>
                  </>
                ) : null}
              </td>
              <td>{item.deliveredAt ? formatDateTime(item.deliveredAt) : 'nein'}</td>
              <td>{formatDateTime(item.retainUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function Facts(props: { item: ClerkSubmission }) {
  const { item } = props;
  return (
    <dl class="facts">
      <dt>Art</dt>
      <dd>{item.title}</dd>
      <dt>Eingang</dt>
      <dd>{formatDateTime(item.createdAt)}</dd>
      <dt>Status</dt>
      <dd>
        <strong>{item.statusLabel}</strong>
        {item.statusUpdatedAt ? ` (seit ${formatDateTime(item.statusUpdatedAt)})` : ''}
      </dd>
      <dt>Sprache des Antragstellers</dt>
      <dd>{item.language ?? 'nicht gespeichert'}</dd>
      <dt>Weitergeleitet</dt>
      <dd>{item.deliveredAt ? formatDateTime(item.deliveredAt) : 'nein'}</dd>
      <dt>Wird gelöscht am</dt>
      <dd>{formatDateTime(item.retainUntil)}</dd>
      {/* The appointment as it is now: a cancel or move by the citizen is a case of its own (tester-m B1). */}
      {(item.appointment?.rows ?? []).map((row) => (
        <>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </>
      ))}
    </dl>
  );
}

function Answers(props: { item: ClerkSubmission }) {
  const { item } = props;
  if (item.erasedAt) return <Notice kind="warning">{`${erasedNote(item.erasedAt)}. Die Angaben sind nicht mehr gespeichert; es bleiben Aktenzeichen, Art, Eingang und Status.`}</Notice>;
  if (item.rows.length === 0) return <pre>{JSON.stringify(item.data ?? {}, null, 2)}</pre>;
  return (
    <table>
      <caption class="visually-hidden">Angaben im Antrag</caption>
      <tbody>
        {item.rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * After a save (`saved`: the status saved), or a refused one (`conflict`): another clerk changed the status after
 * this page was loaded. Either way the page says what the status is now, so nobody reads someone else's as theirs.
 */
function StatusNotice(props: { item: ClerkSubmission; saved?: string | undefined; conflict?: (StatusConflict & { wanted: SubmissionStatusValue }) | undefined }) {
  const { item, saved, conflict } = props;
  if (conflict) {
    const who = conflict.updatedBy ? ` von ${conflict.updatedBy}` : '';
    const when = conflict.updatedAt ? ` (${formatDateTime(conflict.updatedAt)})` : '';
    return (
      <Notice kind="error">
        Nicht gespeichert: Der Antrag wurde inzwischen{who} auf „{STATUS_LABEL[conflict.status]}“ gesetzt{when}. Bitte prüfen Sie das. Soll er trotzdem „{STATUS_LABEL[conflict.wanted]}“ werden, wählen Sie den Status erneut.
      </Notice>
    );
  }
  if (!saved) return null;
  if (isSubmissionStatus(saved) && saved !== item.status) {
    return <Notice kind="warning">Ihr Status „{STATUS_LABEL[saved]}“ wurde gespeichert, aber inzwischen hat jemand ihn auf „{item.statusLabel}“ geändert.</Notice>;
  }
  return <Notice kind="success">Status gespeichert. Die Statusabfrage für Bürger zeigt ihn jetzt an.</Notice>;
}

export function SubmissionDetail(props: { staff: StaffPrincipal; item: ClerkSubmission; saved?: string; conflict?: StatusConflict & { wanted: SubmissionStatusValue } }) {
  const { item } = props;
  const path = `/staff/submissions/${encodeURIComponent(item.reference)}`;
  return (
    <Layout title={`Antrag ${item.reference}`} staff={props.staff} section="/staff/submissions">
      <StatusNotice item={item} saved={props.saved} conflict={props.conflict} />
      <Facts item={item} />
      {item.erasedAt ? null : (
        <form method="post" action={`${path}/status`} class="row">
          <Csrf staff={props.staff} />
          <input type="hidden" name="loaded_status" value={item.status} />
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
      )}
      <p class="row">
        <a class="button secondary" href={`${path}/druck`}>
          Druckansicht (Auskunft)
        </a>
        <a class="button secondary" href={`${path}/export.json`}>
          Export (JSON)
        </a>
      </p>
      <h2>Angaben</h2>
      <Answers item={item} />
    </Layout>
  );
}

/** The copy for an access request (GDPR Art. 15) or the paper file: no navigation or forms when printed. */
export function SubmissionPrint(props: { staff: StaffPrincipal; item: ClerkSubmission; printedAt: string; city: string }) {
  const { item } = props;
  return (
    <Layout title={`${item.title}: Antrag ${item.reference}`} staff={props.staff} section="/staff/submissions">
      <p>
        {props.city} · gespeichert im Stadtlotsen · Ausdruck vom {formatDateTime(props.printedAt)} durch {props.staff.user.username}
      </p>
      <Facts item={item} />
      <h2>Angaben</h2>
      <Answers item={item} />
      <p class="noprint">Drucken Sie diese Seite mit der Druckfunktion des Browsers (auch „Als PDF speichern“).</p>
    </Layout>
  );
}
