/**
 * GET /api/submissions/<reference>/status: kind, day of receipt, whether it was passed on and whether the
 * citizen erased it (docs/PRIVACY.md: the reference stays so the office can say so); no personal data.
 */
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import { isReference, submissionStatus } from '../../dialogs/applications/maengelmelder/status.js';
import type { AppContext, AppPlugin } from '../app-context.js';
import type { AppEnv } from '../app-env.js';

export function submissionStatusRoutes(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:reference/status', async (c) => {
    const reference = c.req.param('reference').toUpperCase();
    if (!isReference(reference)) throw new AppError(400, 'invalid_reference', 'A reference looks like DN-2026-000123.', { field: 'reference' });
    const status = await submissionStatus(context.store, reference);
    if (!status) throw new AppError(404, 'submission_not_found', 'No submission with this reference.', { field: 'reference' });
    c.header('Cache-Control', 'no-store');
    // Named fields only: what the chat needs internally (the dialog id) is not part of the API.
    const { type, receivedOn, state, progress, erasedOn, appointment } = status;
    // `appointment` only for a Bürgerbüro booking, move or cancellation: cancelled by the office, by the citizen, moved or booked.
    return c.json({ reference: status.reference, type, receivedOn, state, progress, erasedOn, ...(appointment ? { appointment } : {}) });
  });
  return app;
}

export const submissionStatusPlugin: AppPlugin = (app, context) => {
  app.route('/api/submissions', submissionStatusRoutes(context));
};
