/**
 * Submissions for clerks: the list (filters, name search), detail, status change, CSV export of the list and
 * the export of one submission (JSON and a printable page) for access requests. Only the clerk role; every view
 * of personal data is written to the audit log, name searches without the name searched for.
 */
import type { Context, Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { clerkSubmission, type ClerkSubmission } from '../casework/clerk-submission.js';
import { nameMatches, typeTitle } from '../casework/submission-view.js';
import { csvResponse, toCsv } from '../csv.js';
import { guard, principal, readForm, render } from '../http.js';
import { erasedNote, SubmissionDetail, SubmissionList, SubmissionPrint } from '../pages/submission-pages.js';
import type { StaffServices } from '../services.js';
import { isSubmissionStatus, type SubmissionFilter } from '../store/casework-repository.js';
import { localDateTime } from '../time.js';

type Query = (name: string) => string | undefined;

/** The CSV columns: German headers for people, and the two codes (kind, status) that scripts can rely on. */
export const CSV_COLUMNS = ['Aktenzeichen', 'Art', 'Art (Kennung)', 'Name', 'Eingang', 'Status', 'Status (Kennung)', 'Status geändert', 'Weitergeleitet', 'Löschung am', 'Vom Antragsteller gelöscht', 'Sprache des Antragstellers'] as const;
const ZONED = new Set<string>(['Eingang', 'Status geändert', 'Weitergeleitet', 'Löschung am', 'Vom Antragsteller gelöscht']);

export function mountSubmissionRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const clerk = guard(['clerk'], s.denied);
  const local = (iso: string | null | undefined) => localDateTime(iso, s.timeZone);
  const dialogs = () => s.app.content().dialogs;

  const filterOf = (q: Query): SubmissionFilter & { name?: string } => {
    const status = q('status') ?? '';
    const name = (q('name') ?? '').trim().slice(0, 100);
    const day = (field: 'from' | 'to') => (q(field) ?? '').trim().slice(0, 40);
    return {
      ...(q('type') ? { type: q('type') } : {}),
      ...(isSubmissionStatus(status) ? { status } : {}),
      ...(q('reference') ? { reference: (q('reference') ?? '').toUpperCase().slice(0, 30) } : {}),
      ...(name ? { name } : {}),
      // Every value typed is passed on, so the repository refuses "31.12.2026" or "abc" with 400 instead of
      // the list and its CSV export silently widening to every submission (retest 19 N5).
      ...(day('from') ? { from: day('from') } : {}),
      ...(day('to') ? { to: day('to') } : {}),
    };
  };

  async function listOf(filter: SubmissionFilter & { name?: string }, limit?: number): Promise<ClerkSubmission[]> {
    const { name, ...rest } = filter;
    const all = dialogs();
    const rows = await s.caseworkRepo.listSubmissions({ ...rest, ...(limit ? { limit } : {}) }, name ? (item) => nameMatches(clerkSubmission(item, all).name, name) : undefined);
    return rows.map((item) => clerkSubmission(item, all));
  }

  /**
   * What the audit log keeps of a list or export: the filter without the name searched for, and every reference
   * shown, so "who saw my application?" (Art. 15) is answered for any list, not only for a name search (tester-j 16).
   */
  const listAudit = (filter: SubmissionFilter & { name?: string }, items: ClerkSubmission[]) => {
    const { name, ...rest } = filter;
    return { filter: rest, rows: items.length, ...(name ? { nameSearch: true } : {}), references: items.map((i) => i.reference) };
  };

  async function one(c: Context<StaffEnv>): Promise<ClerkSubmission> {
    const reference = c.req.param('reference')?.toUpperCase() ?? '';
    const item = await s.caseworkRepo.submission(reference);
    if (!item) throw new AppError(404, 'submission_not_found', `Keinen Antrag mit dem Aktenzeichen ${reference} gefunden.`);
    return clerkSubmission(item, dialogs());
  }

  staff.get('/submissions', clerk, async (c) => {
    const filter = filterOf((n) => c.req.query(n));
    const [items, types] = await Promise.all([listOf(filter), s.caseworkRepo.submissionTypes()]);
    // The list shows applicants' names: a view of personal data like the detail page.
    await s.staffRepo.audit(s.audit(c, { action: 'submission.list', target: 'submissions', after: listAudit(filter, items) }));
    const csvQuery = new URLSearchParams(Object.entries(filter).map(([k, v]) => [k, String(v)])).toString();
    const titled = types.map((type) => ({ type, title: typeTitle(type, dialogs()) }));
    return render(c, <SubmissionList staff={principal(c)} filter={filter} types={titled} items={items} csvQuery={csvQuery} />);
  });

  staff.get('/submissions.csv', clerk, async (c) => {
    const filter = filterOf((n) => c.req.query(n));
    const items = await listOf(filter, 10_000);
    await s.staffRepo.audit(s.audit(c, { action: 'submission.export', target: 'submissions', after: listAudit(filter, items) }));
    const header = CSV_COLUMNS.map((column) => (ZONED.has(column) ? `${column} (${s.timeZone})` : column));
    const rows = items.map((i) => [i.reference, i.title, i.type, i.name, local(i.createdAt), i.statusLabel, i.status, local(i.statusUpdatedAt), local(i.deliveredAt), local(i.retainUntil), local(i.erasedAt), i.language]);
    return csvResponse(toCsv(header, rows), 'antraege.csv');
  });

  staff.get('/submissions/:reference', clerk, async (c) => {
    const item = await one(c);
    await s.staffRepo.audit(s.audit(c, { action: 'submission.view', target: `submission:${item.reference}` }));
    const saved = c.req.query('saved');
    return render(c, <SubmissionDetail staff={principal(c)} item={item} {...(saved ? { saved } : {})} />);
  });

  // One submission with all its data, for an access request (PRIVACY.md § 4) or the office's own file.
  staff.get('/submissions/:reference/export.json', clerk, async (c) => {
    const item = await one(c);
    const at = s.app.now().toISOString();
    await s.staffRepo.audit(s.audit(c, { action: 'submission.export', target: `submission:${item.reference}`, after: { format: 'json' } }));
    const body = {
      aktenzeichen: item.reference,
      art: item.title,
      art_kennung: item.type,
      eingang: item.createdAt,
      status: item.statusLabel,
      status_kennung: item.status,
      status_geaendert: item.statusUpdatedAt,
      weitergeleitet: item.deliveredAt,
      loeschung_am: item.retainUntil,
      vom_antragsteller_geloescht: item.erasedAt,
      sprache_antragsteller: item.language,
      angaben: item.rows.map((row) => ({ angabe: row.label, wert: row.value })),
      daten: item.data,
      exportiert: { am: at, von: principal(c).user.username },
    };
    return new Response(`${JSON.stringify(body, null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${item.reference}.json"`, 'Cache-Control': 'no-store' },
    });
  });

  staff.get('/submissions/:reference/druck', clerk, async (c) => {
    const item = await one(c);
    await s.staffRepo.audit(s.audit(c, { action: 'submission.export', target: `submission:${item.reference}`, after: { format: 'print' } }));
    const city = String(s.app.content().profile.name);
    return render(c, <SubmissionPrint staff={principal(c)} item={item} printedAt={s.app.now().toISOString()} city={city} />);
  });

  staff.post('/submissions/:reference/status', clerk, async (c) => {
    const form = await readForm(c);
    const status = form.get('status');
    if (!isSubmissionStatus(status)) throw new AppError(400, 'invalid_status', 'Unbekannter Status.', { field: 'status' });
    // The status the clerk's page showed: a change made since then by someone else is not overwritten (tester-k E1).
    const loaded = form.get('loaded_status');
    if (!isSubmissionStatus(loaded)) throw new AppError(400, 'invalid_loaded_status', 'Das Formular ist veraltet: Bitte laden Sie die Seite neu und ändern Sie den Status dann.', { field: 'loaded_status' });
    const reference = c.req.param('reference').toUpperCase();
    const item = await s.caseworkRepo.submission(reference);
    if (!item) throw new AppError(404, 'submission_not_found', `Keinen Antrag mit dem Aktenzeichen ${reference} gefunden.`);
    const erased = clerkSubmission(item, dialogs()).erasedAt;
    if (erased) {
      throw new AppError(409, 'submission_erased', `Antrag ${reference}: ${erasedNote(erased)}. Sein Status lässt sich nicht mehr ändern.`, { field: 'status' });
    }
    const at = s.app.now().toISOString();
    const user = principal(c).user.username;
    const conflict = await s.caseworkRepo.setStatus(item.id, status, loaded, at, user, s.audit(c, { action: 'submission.status', target: `submission:${reference}`, before: { status: loaded }, after: { status } }));
    if (conflict) {
      const current = await one(c);
      return render(c, <SubmissionDetail staff={principal(c)} item={current} conflict={{ ...conflict, wanted: status }} />, 409);
    }
    return c.redirect(`/staff/submissions/${encodeURIComponent(reference)}?saved=${status}`, 303);
  });
}
