/**
 * DELETE /api/submissions/<reference>: the citizen erases the personal data of their own submission with
 * the key from the summary link they got in the chat, sent as "Authorization: Bearer ..." (the erase page does).
 * "?token=..." is still accepted for older clients, but puts the key into access logs (report j-10). The
 * reference and the non-personal status stay, so staff and the status endpoint can still answer for it.
 */
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.js';
import { officeDay } from '../../core/office-day.js';
import { submissionByKey } from '../../dialogs/summary-key.js';
import { eraseSubmissionData } from '../../store/submission-erasure.js';
import type { AppPlugin } from '../app-context.js';

const REFERENCE = /^[A-Z]{1,6}-\d{4}-\d{6,12}$/;

function tokenOf(c: Context): string {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return bearer ?? c.req.query('token') ?? '';
}

export const submissionRightsPlugin: AppPlugin = (app, context) => {
  app.delete('/api/submissions/:reference', async (c) => {
    const reference = c.req.param('reference').toUpperCase();
    if (!REFERENCE.test(reference)) throw new AppError(400, 'invalid_reference', 'A reference looks like DN-2026-000123.', { field: 'reference' });
    const token = tokenOf(c);
    if (!token) throw new AppError(401, 'token_required', 'Send the key from your summary link as "Authorization: Bearer <key>".', { field: 'token' });
    // One answer for "no such reference", "wrong key" and "already erased": a reference alone reveals nothing.
    const notFound = new AppError(404, 'submission_not_found', 'No submission with this reference and key (or its data was already erased).', { field: 'token' });
    const submission = await submissionByKey(context.store, reference, token);
    if (!submission) throw notFound;
    const erasedAt = context.now().toISOString();
    const delivered = (await context.store.outboxState(submission.id))?.deliveredAt ?? null;
    const erased = await eraseSubmissionData(context.store.db, submission.id, erasedAt);
    if (!erased) throw notFound;
    // The office already has it: its system gets the erasure marker as well, and the citizen is told (report j-14).
    const officeNotified = delivered !== null && (await context.store.requeueErasureNotice(submission.id, erasedAt));
    context.logger.info('submission_erased', { requestId: c.get('requestId'), type: submission.type });
    c.header('Cache-Control', 'no-store');
    return c.json({
      reference: submission.reference,
      type: submission.type,
      // The day in Düren (Europe/Berlin), as on the summary page: UTC's would be the day before after midnight (tester-o A1).
      receivedOn: officeDay(submission.createdAt),
      erasedAt,
      status: 'erased',
      // The day the office's system received it (Europe/Berlin), or null if it had not received it yet.
      forwardedOn: delivered ? officeDay(delivered) : null,
      officeNotified,
      // An upcoming appointment booked with it was cancelled: without the name the Bürgerbüro cannot serve it.
      appointmentCancelled: erased.appointmentCancelled,
    });
  });
};
