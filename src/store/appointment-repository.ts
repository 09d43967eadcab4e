/**
 * Bürgerbüro appointments on any SqlDb. The partial UNIQUE index on booked slots (0003_appointments.sql)
 * decides concurrent bookings: exactly one INSERT of a slot wins, the others fail and are told so.
 */
import { isUniqueViolation, type SqlDb, type SqlStatement } from './sql-db.js';
import type { PurgeTarget } from './retention.js';

export interface Appointment {
  code: string;
  service: string;
  /** UTC instants, ISO 8601. */
  startsAt: string;
  endsAt: string;
  name: string;
  status: 'booked' | 'cancelled';
  conversationId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewAppointment = Omit<Appointment, 'status' | 'updatedAt'>;

export type BookResult = 'booked' | 'slot_taken' | 'code_taken';

/**
 * A booking or cancellation made by a confirmed application, written in the same atomic batch as its
 * submission (submission-repository.ts): a crash leaves both or neither, never a booking nobody was told of.
 */
export type AppointmentWrite = { kind: 'book'; appointment: NewAppointment } | { kind: 'cancel'; code: string; at: string };

/** Thrown when the slot of an AppointmentWrite was booked by someone else first; nothing was stored. */
export class AppointmentSlotTaken extends Error {
  constructor() {
    super('appointment slot already booked');
    this.name = 'AppointmentSlotTaken';
  }
}

const INSERT_BOOKED = `INSERT INTO appointments (code, service, starts_at, ends_at, name, status, conversation_id, created_at, updated_at)
                  VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?)`;

/**
 * `updated_at` of a move or cancellation: the time of the change, but at least one second after the previous
 * change (or the booking). The calendar file's SEQUENCE is the whole seconds from booking to the last change
 * (booking.ts, calendarSequence), so it now grows with every change, also with two in the same second (a citizen's
 * move and a clerk's cancellation, retest 19 N2), without a counter column. The shift is at most a second per
 * change. ISO texts of one format compare in time order; strftime writes the same format as toISOString.
 */
// COALESCE: SQLite's MAX() is NULL when one argument is, and a time strftime cannot read must not null the column.
const NEXT_UPDATED_AT = `MAX(?, COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+1 second'), ''))`;

export function appointmentWriteStatement(write: AppointmentWrite): SqlStatement {
  if (write.kind === 'cancel') return { sql: `UPDATE appointments SET status = 'cancelled', updated_at = ${NEXT_UPDATED_AT} WHERE code = ? AND status = 'booked'`, params: [write.at, write.code] };
  const a = write.appointment;
  return { sql: INSERT_BOOKED, params: [a.code, a.service, a.startsAt, a.endsAt, a.name, a.conversationId, a.createdAt, a.createdAt] };
}

/** Which appointment constraint a failed write hit: its code, its slot, or none (another table's). */
export function appointmentViolation(error: unknown): 'code' | 'slot' | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!/appointments\./.test(message)) return null;
  return /appointments\.code/.test(message) ? 'code' : 'slot';
}
export type MoveResult = 'moved' | 'slot_taken' | 'not_found';

export interface AppointmentStore {
  bookAppointment(appointment: NewAppointment): Promise<BookResult>;
  getAppointment(code: string): Promise<Appointment | null>;
  /**
   * Frees the slot. False when there is no booked appointment with this code, or (with `startsAt`) when it
   * no longer starts then: a clerk's stale day view must not cancel an appointment the citizen has just moved.
   */
  cancelAppointment(code: string, at: string, startsAt?: string): Promise<boolean>;
  /** Moves a booked appointment to another slot, keeping its code. */
  moveAppointment(code: string, startsAt: string, endsAt: string, at: string): Promise<MoveResult>;
  /** Start instants of booked slots in [from, to). */
  bookedSlotStarts(from: string, to: string): Promise<string[]>;
}

interface AppointmentRow {
  code: string;
  service: string;
  starts_at: string;
  ends_at: string;
  name: string;
  status: string;
  conversation_id: string | null;
  created_at: string;
  updated_at: string;
}

function toAppointment(row: AppointmentRow): Appointment {
  return {
    code: row.code,
    service: row.service,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    name: row.name,
    status: row.status === 'cancelled' ? 'cancelled' : 'booked',
    conversationId: row.conversation_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createAppointmentRepository(db: SqlDb): AppointmentStore {
  return {
    async bookAppointment(a) {
      try {
        await db.batch([appointmentWriteStatement({ kind: 'book', appointment: a })]);
        return 'booked';
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // sqlite3 and D1 name the failing column: "UNIQUE constraint failed: appointments.code".
        return appointmentViolation(error) === 'code' ? 'code_taken' : 'slot_taken';
      }
    },
    async getAppointment(code) {
      const row = await db.first<AppointmentRow>('SELECT * FROM appointments WHERE code = ?', [code]);
      return row ? toAppointment(row) : null;
    },
    async cancelAppointment(code, at, startsAt) {
      const cancel = appointmentWriteStatement({ kind: 'cancel', code, at });
      const [result] = await db.batch([startsAt === undefined ? cancel : { sql: `${cancel.sql} AND starts_at = ?`, params: [...(cancel.params ?? []), startsAt] }]);
      return (result?.changes ?? 0) > 0;
    },
    async moveAppointment(code, startsAt, endsAt, at) {
      try {
        const [result] = await db.batch([
          {
            sql: `UPDATE appointments SET starts_at = ?, ends_at = ?, updated_at = ${NEXT_UPDATED_AT} WHERE code = ? AND status = 'booked'`,
            params: [startsAt, endsAt, at, code],
          },
        ]);
        return (result?.changes ?? 0) > 0 ? 'moved' : 'not_found';
      } catch (error) {
        if (isUniqueViolation(error)) return 'slot_taken';
        throw error;
      }
    },
    async bookedSlotStarts(from, to) {
      const rows = await db.all<{ starts_at: string }>(
        `SELECT starts_at FROM appointments WHERE status = 'booked' AND starts_at >= ? AND starts_at < ? ORDER BY starts_at`,
        [from, to],
      );
      return rows.map((row) => row.starts_at);
    },
  };
}

/** Names are kept only until some days after the appointment (GDPR Art. 5(1)(e)). */
export function appointmentPurge(daysAfter = 30): PurgeTarget {
  return {
    name: 'appointments',
    statements(now) {
      const cutoff = new Date(now.getTime() - daysAfter * 86_400_000).toISOString();
      return [{ sql: 'DELETE FROM appointments WHERE ends_at < ? OR (status = ? AND updated_at < ?)', params: [cutoff, 'cancelled', cutoff] }];
    },
  };
}
