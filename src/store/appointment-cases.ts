/**
 * What became of a booked Bürgerbüro appointment, for the clerk's booking case and the citizen's status lookup
 * (tester-m B1, B2). A cancellation or move by the citizen is a case of its own (a submission with the same
 * confirmation code); the booking case itself is never rewritten. So the appointment as it is now, and the
 * citizen's cases for its code, are read here and shown beside the booking. A cancelled appointment without a
 * cancel case of the citizen was cancelled by the Bürgerbüro (the staff day view, /staff/appointments).
 */
import type { SqlDb } from './sql-db.js';

/** The dialog whose submissions carry `data.code` (src/dialogs/applications/buergerbuero-termin). */
export const APPOINTMENT_DIALOG = 'buergerbuero_termin';

export interface AppointmentCaseEntry {
  reference: string;
  createdAt: string;
  action: 'book' | 'cancel' | 'move';
  /** The slot booked or moved to (book, move), or the slot cancelled (cancel); UTC ISO. */
  start: string | null;
  /** A move: the slot before it (stored since session 18). */
  previousStart: string | null;
  service: string | null;
}

export interface AppointmentCase {
  code: string;
  /** The appointment now; null after its row was purged (30 days after the day) or erased. */
  appointment: { service: string; startsAt: string; name: string; status: 'booked' | 'cancelled'; updatedAt: string } | null;
  /** The booking case, when its data is still stored. */
  booking: AppointmentCaseEntry | null;
  /** The citizen's cancel and move cases, oldest first. */
  changes: AppointmentCaseEntry[];
  /** Who cancelled it, when it is cancelled: a cancel case of the citizen, or else the Bürgerbüro. */
  cancelledBy: 'citizen' | 'office' | null;
}

interface CaseRow {
  reference: string;
  created_at: string;
  code: string | null;
  action: string | null;
  start: string | null;
  previous_start: string | null;
  service: string | null;
}

interface AppointmentRow {
  code: string;
  service: string;
  starts_at: string;
  name: string;
  status: string;
  updated_at: string;
}

const CASES_SQL = `SELECT reference, created_at, json_extract(payload, '$.data.code') AS code, json_extract(payload, '$.data.action') AS action,
  json_extract(payload, '$.data.start') AS start, json_extract(payload, '$.data.previousStart') AS previous_start, json_extract(payload, '$.data.service') AS service
  FROM submissions WHERE dialog_id = ?`;

function entryOf(row: CaseRow): AppointmentCaseEntry | null {
  if (row.action !== 'book' && row.action !== 'cancel' && row.action !== 'move') return null;
  return { reference: row.reference, createdAt: row.created_at, action: row.action, start: row.start, previousStart: row.previous_start, service: row.service };
}

/**
 * The appointment cases by confirmation code: of one code, or of every appointment case still stored (a list
 * of submissions; both tables are kept only for weeks, so this stays small).
 */
export async function appointmentCases(db: SqlDb, code?: string): Promise<Map<string, AppointmentCase>> {
  const [cases, appointments] = await Promise.all([
    db.all<CaseRow>(`${CASES_SQL}${code ? ` AND json_extract(payload, '$.data.code') = ?` : ''} ORDER BY created_at, reference`, code ? [APPOINTMENT_DIALOG, code] : [APPOINTMENT_DIALOG]),
    db.all<AppointmentRow>(`SELECT code, service, starts_at, name, status, updated_at FROM appointments${code ? ' WHERE code = ?' : ''}`, code ? [code] : []),
  ]);
  const out = new Map<string, AppointmentCase>();
  const of = (key: string): AppointmentCase => {
    const known = out.get(key);
    if (known) return known;
    const fresh: AppointmentCase = { code: key, appointment: null, booking: null, changes: [], cancelledBy: null };
    out.set(key, fresh);
    return fresh;
  };
  for (const row of cases) {
    const entry = typeof row.code === 'string' ? entryOf(row) : null;
    if (!entry || typeof row.code !== 'string') continue;
    const item = of(row.code);
    if (entry.action === 'book') item.booking ??= entry;
    else item.changes.push(entry);
  }
  for (const row of appointments) {
    const item = of(row.code);
    const status = row.status === 'cancelled' ? 'cancelled' : 'booked';
    item.appointment = { service: row.service, startsAt: row.starts_at, name: row.name, status, updatedAt: row.updated_at };
    if (status === 'cancelled') item.cancelledBy = item.changes.some((c) => c.action === 'cancel') ? 'citizen' : 'office';
  }
  return out;
}

/** The confirmation code of an appointment case's payload, or null for any other submission. */
export function appointmentCodeOf(dialogId: string, payload: Record<string, unknown>): string | null {
  const data = payload.data;
  if (dialogId !== APPOINTMENT_DIALOG || !data || typeof data !== 'object' || Array.isArray(data)) return null;
  const code = (data as Record<string, unknown>).code;
  return typeof code === 'string' && code ? code : null;
}
