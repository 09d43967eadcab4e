/**
 * The appointment behind a Bürgerbüro case, as the clerk reads it beside the answers (tester-m B1): a booking
 * case says what became of its appointment ("abgesagt am … durch die Bürgerin/den Bürger", "verschoben auf …"),
 * a cancel or move case names the booking it concerns, the service and the appointment. The citizen's cancel or
 * move is a case of its own; the booking case is never rewritten, so this is read at display time.
 */
import type { DialogDefinition } from '../../dialogs/schema.js';
import type { AppointmentCase, AppointmentCaseEntry } from '../../store/appointment-cases.js';
import type { ClerkRow } from './submission-view.js';

// Staff pages show Berlin time (pages/layout.tsx); the day is written out as in the citizen's confirmation.
const SLOT = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const AT = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });

/** "Montag, 30.11.2026, 07:30 Uhr". */
export function slotText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${SLOT.format(date)} Uhr`;
}

function atText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : AT.format(date);
}

/** The service's German label from the dialog ("Reisepass"), or its key when the dialog no longer has it. */
export function serviceText(dialog: DialogDefinition | undefined, service: string | null | undefined): string {
  if (!service) return '–';
  const option = dialog?.steps.find((step) => step.slot === 'anliegen')?.options?.find((o) => o.value === service);
  return option ? option.label.de : service;
}

export interface AppointmentView {
  /** One line for the list and the facts: "abgesagt am 29.11.2026, 17:40 durch das Bürgerbüro". */
  state: string;
  rows: ClerkRow[];
  /** The name on the booking, for a cancel or move case that asked only for it as a key. */
  bookedName: string | null;
}

function stateOf(found: AppointmentCase, booking: AppointmentCaseEntry | null): string {
  const appointment = found.appointment;
  if (!appointment) return 'Termin nicht mehr gespeichert (Termindaten werden 30 Tage nach dem Termin gelöscht)';
  if (appointment.status === 'cancelled') {
    const cancel = found.changes.filter((c) => c.action === 'cancel').at(-1);
    const by = found.cancelledBy === 'citizen' ? `durch die Bürgerin/den Bürger${cancel ? ` (Vorgang ${cancel.reference})` : ''}` : 'durch das Bürgerbüro';
    return `abgesagt am ${atText(appointment.updatedAt)} ${by}`;
  }
  const move = found.changes.filter((c) => c.action === 'move').at(-1);
  if (booking?.start && booking.start !== appointment.startsAt) return `verschoben auf ${slotText(appointment.startsAt)}${move ? ` (Vorgang ${move.reference})` : ''}`;
  return `gebucht für ${slotText(appointment.startsAt)}`;
}

/** The view of the appointment case `reference` belongs to, or null for other submissions. */
export function appointmentView(found: AppointmentCase | undefined, reference: string, dialog: DialogDefinition | undefined): AppointmentView | null {
  if (!found) return null;
  const own = found.booking?.reference === reference ? found.booking : found.changes.find((c) => c.reference === reference);
  if (!own) return null;
  const service = serviceText(dialog, own.service ?? found.appointment?.service ?? found.booking?.service);
  const state = stateOf(found, found.booking);
  const rows: ClerkRow[] = [];
  if (own.action === 'book') {
    rows.push({ label: 'Stand des Termins', value: state });
    return { state, rows, bookedName: null };
  }
  rows.push({ label: 'Betrifft die Buchung', value: found.booking ? found.booking.reference : 'nicht mehr gespeichert' });
  rows.push({ label: 'Anliegen', value: service });
  if (own.action === 'cancel') rows.push({ label: 'Abgesagter Termin', value: own.start ? slotText(own.start) : '–' });
  else rows.push({ label: 'Verschoben', value: `${own.previousStart ? `von ${slotText(own.previousStart)} ` : ''}auf ${own.start ? slotText(own.start) : '–'}` });
  rows.push({ label: 'Stand des Termins', value: state });
  return { state, rows, bookedName: found.appointment?.name || null };
}
