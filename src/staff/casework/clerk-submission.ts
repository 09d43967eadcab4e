/** One submission as every clerk view (list, detail, printable page, CSV, JSON export) shows it: German throughout. */
import type { JsonObject } from '../../core/types.js';
import type { SubmissionListItem, SubmissionStatusValue } from '../store/casework-repository.js';
import { appointmentView, type AppointmentView } from './appointment-case-view.js';
import { applicantLanguage, applicantName, clerkRows, dialogOf, erasedAt, typeTitle, type ClerkRow } from './submission-view.js';

export const STATUS_LABEL: Record<SubmissionStatusValue, string> = { new: 'neu', in_progress: 'in Bearbeitung', done: 'erledigt', rejected: 'abgelehnt' };

export interface ClerkSubmission {
  reference: string;
  /** The machine-readable kind ("wohngeld") and its German title ("Wohngeld"). */
  type: string;
  title: string;
  createdAt: string;
  status: SubmissionStatusValue;
  statusLabel: string;
  statusUpdatedAt: string | null;
  deliveredAt: string | null;
  retainUntil: string;
  name: string | null;
  /** "Englisch", "Deutsch (Einfache Sprache)", or null when not stored. */
  language: string | null;
  /** When the citizen erased the data; the row then holds nothing else. */
  erasedAt: string | null;
  rows: ClerkRow[];
  /** The application's machine-readable data as the completion handler wrote it (also what the webhook delivers). */
  data: JsonObject | null;
  /** A Bürgerbüro case: what became of its appointment, and which booking a cancel or move concerns. */
  appointment: AppointmentView | null;
}

export function clerkSubmission(item: SubmissionListItem, dialogs: readonly unknown[]): ClerkSubmission {
  const dialog = dialogOf(dialogs, item.dialogId, item.type);
  const erased = erasedAt(item.payload);
  const data = item.payload.data;
  const appointment = erased ? null : appointmentView(item.appointmentCase, item.reference, dialog);
  return {
    reference: item.reference,
    type: item.type,
    title: typeTitle(item.type, dialogs, item.payload),
    createdAt: item.createdAt,
    status: item.status,
    statusLabel: STATUS_LABEL[item.status],
    statusUpdatedAt: item.statusUpdatedAt,
    deliveredAt: item.deliveredAt,
    retainUntil: item.retainUntil,
    name: erased ? null : (applicantName(item.payload, dialog) ?? appointment?.bookedName ?? null),
    language: applicantLanguage(item.payload),
    erasedAt: erased,
    rows: erased ? [] : clerkRows(item.payload, dialog),
    data: data && typeof data === 'object' && !Array.isArray(data) ? data : null,
    appointment,
  };
}
