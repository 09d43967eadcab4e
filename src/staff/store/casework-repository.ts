/**
 * Submissions and appointments for clerks: lists, detail, processing status. The tables belong to the
 * dialog features (0002/0003); this file only reads them and writes the staff-owned submission_progress.
 */
import { AppError } from '../../core/app-error.js';
import type { JsonObject } from '../../core/types.js';
import { appointmentCases, appointmentCodeOf, type AppointmentCase } from '../../store/appointment-cases.js';
import type { SqlDb } from '../../store/sql-db.js';
import { dayRange, isCalendarDay } from '../time.js';
import { auditStatement, type AuditInput } from './staff-repository.js';

export const SUBMISSION_STATUSES = ['new', 'in_progress', 'done', 'rejected'] as const;
export type SubmissionStatusValue = (typeof SUBMISSION_STATUSES)[number];

export function isSubmissionStatus(value: string): value is SubmissionStatusValue {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

export interface SubmissionListItem {
  id: string;
  reference: string;
  type: string;
  dialogId: string;
  createdAt: string;
  retainUntil: string;
  status: SubmissionStatusValue;
  statusUpdatedAt: string | null;
  deliveredAt: string | null;
  /** The application data (or the erasure marker): the list shows the name and whether the citizen erased it. */
  payload: JsonObject;
  /** A Bürgerbüro case: its appointment now and the other cases of its code (booking, cancel, move). */
  appointmentCase?: AppointmentCase;
}

/** Adds the appointment state to Bürgerbüro cases: one code read alone, a list with all cases at once. */
async function withAppointments(db: SqlDb, items: SubmissionListItem[]): Promise<SubmissionListItem[]> {
  const codes = items.map((item) => appointmentCodeOf(item.dialogId, item.payload));
  const wanted = codes.filter((code): code is string => code !== null);
  if (wanted.length === 0) return items;
  const cases = await appointmentCases(db, wanted.length === 1 ? wanted[0] : undefined);
  return items.map((item, i) => {
    const found = cases.get(codes[i] ?? '');
    return found ? { ...item, appointmentCase: found } : item;
  });
}

export interface SubmissionFilter {
  type?: string;
  status?: SubmissionStatusValue;
  /** Reference (or its beginning). */
  reference?: string;
  /** "YYYY-MM-DD", inclusive: local days in the repository's time zone, not UTC days. */
  from?: string;
  to?: string;
  limit?: number;
}

export interface StaffAppointment {
  code: string;
  service: string;
  startsAt: string;
  endsAt: string;
  name: string;
  status: 'booked' | 'cancelled';
  updatedAt: string;
}

/** The status another clerk set meanwhile, when a change was refused. */
export interface StatusConflict {
  status: SubmissionStatusValue;
  updatedAt: string | null;
  updatedBy: string | null;
}

interface ListRow {
  id: string;
  reference: string;
  type: string;
  dialog_id: string;
  created_at: string;
  retain_until: string;
  status: string | null;
  status_updated_at: string | null;
  delivered_at: string | null;
  payload: string;
}

const LIST_SQL = `SELECT s.payload, s.id, s.reference, s.type, s.dialog_id, s.created_at, s.retain_until, p.status, p.updated_at AS status_updated_at, o.delivered_at
  FROM submissions s LEFT JOIN submission_progress p ON p.submission_id = s.id LEFT JOIN submission_outbox o ON o.submission_id = s.id`;

function toItem(row: ListRow): SubmissionListItem {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    dialogId: row.dialog_id,
    createdAt: row.created_at,
    retainUntil: row.retain_until,
    status: row.status && isSubmissionStatus(row.status) ? row.status : 'new',
    statusUpdatedAt: row.status_updated_at,
    deliveredAt: row.delivered_at,
    payload: JSON.parse(row.payload) as JsonObject,
  };
}

function calendarDay(day: string, field: 'from' | 'to'): string {
  if (!isCalendarDay(day)) throw new AppError(400, 'invalid_date', `„${day.slice(0, 20)}“ ist kein Datum. Bitte als JJJJ-MM-TT angeben, z. B. 2027-01-01.`, { field });
  return day;
}

/** "2027-01-02" as "02.01.2027", how clerks read it. */
function germanDay(day: string): string {
  return day.split('-').reverse().join('.');
}

/** `timeZone`: the zone of the from/to days of the submission filter (the staff pages' zone). */
export function createCaseworkRepository(db: SqlDb, timeZone = 'Europe/Berlin') {
  return {
    /**
     * Newest first. `matches` is a test on the decoded row (the name search: names live in the JSON payload, and
     * SQLite's LIKE folds no umlauts); with it, every row of the other filters is read before `limit` applies.
     */
    async listSubmissions(filter: SubmissionFilter, matches?: (item: SubmissionListItem) => boolean): Promise<SubmissionListItem[]> {
      const where: string[] = [];
      const params: Array<string | number> = [];
      const add = (clause: string, param: string | number) => {
        where.push(clause);
        params.push(param);
      };
      if (filter.type) add('s.type = ?', filter.type);
      if (filter.status) add(`COALESCE(p.status, 'new') = ?`, filter.status);
      if (filter.reference) add('s.reference LIKE ?', `${filter.reference.replace(/[%_]/g, '')}%`);
      // Local days: created_at is UTC, so "1.1." starts at 23:00 UTC the day before (tester-o A2).
      const from = filter.from ? calendarDay(filter.from, 'from') : undefined;
      const to = filter.to ? calendarDay(filter.to, 'to') : undefined;
      // "von" after "bis" would list nothing and export an empty file, which reads as "no submissions" (retest 19 N5).
      if (from && to && from > to) {
        throw new AppError(400, 'invalid_date_range', `„von“ (${germanDay(from)}) liegt nach „bis“ (${germanDay(to)}). Bitte die beiden Daten tauschen.`, { field: 'from' });
      }
      if (from) add('s.created_at >= ?', dayRange(from, timeZone).from);
      if (to) add('s.created_at < ?', dayRange(to, timeZone).to);
      const limit = filter.limit ?? 500;
      const sql = `${LIST_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.created_at DESC${matches ? '' : ' LIMIT ?'}`;
      const rows = await db.all<ListRow>(sql, matches ? params : [...params, limit]);
      // Before the name search: a cancel or move case is found by the name on its booking.
      const items = await withAppointments(db, rows.map(toItem));
      return matches ? items.filter(matches).slice(0, limit) : items;
    },
    async submissionTypes(): Promise<string[]> {
      return (await db.all<{ type: string }>('SELECT DISTINCT type FROM submissions ORDER BY type')).map((row) => row.type);
    },
    async submission(reference: string): Promise<SubmissionListItem | null> {
      const row = await db.first<ListRow>(`${LIST_SQL} WHERE s.reference = ?`, [reference]);
      return row ? ((await withAppointments(db, [toItem(row)]))[0] ?? null) : null;
    },
    /**
     * Sets the status only when it is still `expected` (what the clerk's page showed; no row means "new"):
     * another clerk's change made meanwhile is not overwritten. The audit row is written in the same batch,
     * only when this change was stored, so its "before" is the real one. Returns the current progress on a
     * mismatch, null when saved.
     */
    async setStatus(submissionId: string, status: SubmissionStatusValue, expected: SubmissionStatusValue, at: string, by: string, audit: AuditInput): Promise<StatusConflict | null> {
      const logged = auditStatement(audit);
      await db.batch([
        {
          sql: `INSERT INTO submission_progress (submission_id, status, updated_at, updated_by)
                SELECT ?, ?, ?, ? WHERE COALESCE((SELECT status FROM submission_progress WHERE submission_id = ?), 'new') = ?
                ON CONFLICT (submission_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          params: [submissionId, status, at, by, submissionId, expected],
        },
        {
          // Written only if the row now holds this very change (no changes() in D1 batches to rely on).
          sql: `${logged.sql.replace(/VALUES \((.*)\)$/s, 'SELECT $1')} WHERE EXISTS (SELECT 1 FROM submission_progress WHERE submission_id = ? AND status = ? AND updated_at = ? AND updated_by = ?)`,
          params: [...(logged.params ?? []), submissionId, status, at, by],
        },
      ]);
      const now = await db.first<{ status: string; updated_at: string; updated_by: string }>('SELECT status, updated_at, updated_by FROM submission_progress WHERE submission_id = ?', [submissionId]);
      if (now && now.status === status && now.updated_at === at && now.updated_by === by) return null;
      return { status: now && isSubmissionStatus(now.status) ? now.status : 'new', updatedAt: now?.updated_at ?? null, updatedBy: now?.updated_by ?? null };
    },
    /** The processing status by reference, for the citizen's status lookup (no personal data). */
    async progressByReference(reference: string): Promise<{ status: SubmissionStatusValue; updatedAt: string } | null> {
      const row = await db.first<{ status: string; updated_at: string }>(
        'SELECT p.status, p.updated_at FROM submission_progress p JOIN submissions s ON s.id = p.submission_id WHERE s.reference = ?',
        [reference],
      );
      return row && isSubmissionStatus(row.status) ? { status: row.status, updatedAt: row.updated_at } : null;
    },
    async appointmentsBetween(from: string, to: string): Promise<StaffAppointment[]> {
      const rows = await db.all<{ code: string; service: string; starts_at: string; ends_at: string; name: string; status: string; updated_at: string }>(
        'SELECT code, service, starts_at, ends_at, name, status, updated_at FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, status',
        [from, to],
      );
      return rows.map((row) => ({ code: row.code, service: row.service, startsAt: row.starts_at, endsAt: row.ends_at, name: row.name, status: row.status === 'cancelled' ? 'cancelled' : 'booked', updatedAt: row.updated_at }));
    },
  };
}

export type CaseworkRepository = ReturnType<typeof createCaseworkRepository>;
