/**
 * GET /api/submissions/<reference>/status: kind, day of receipt, whether it was passed on and whether the
 * citizen erased it (docs/PRIVACY.md: the reference stays so the office can say so); no personal data.
 * Anyone who knows or guesses a reference may ask, so (tester-n 3) a decision by written notice (Wohngeld, dog
 * tax) reads "closed" whether granted or refused, as in the chat, and unknown references are limited per client
 * like resume codes.
 */
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import { DECIDED_BY_NOTICE } from '../../dialogs/applications/maengelmelder/status-handler.js';
import { isReference, submissionStatus, type CaseProgress } from '../../dialogs/applications/maengelmelder/status.js';
import type { AppContext, AppPlugin } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { guessingGuard, type GuessingGuardOptions } from '../guessing-guard.js';

export type SubmissionStatusOptions = GuessingGuardOptions;

/** What the API says of a case: for a decision by notice, not whether it was granted. */
export function publicProgress(type: string, progress: CaseProgress): CaseProgress | 'closed' {
  return DECIDED_BY_NOTICE[type] && (progress === 'done' || progress === 'rejected') ? 'closed' : progress;
}

export function submissionStatusRoutes(context: AppContext, options: SubmissionStatusOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = guessingGuard(options, { perKey: 20, overall: 1000 }, { field: 'reference', reason: 'Too many unknown references. Please try again later.' });
  app.get('/:reference/status', async (c) => {
    const lookup = guard.check(c, context.now().getTime());
    const reference = c.req.param('reference').toUpperCase();
    if (!isReference(reference)) throw new AppError(400, 'invalid_reference', 'A reference looks like DN-2026-000123.', { field: 'reference' });
    const status = await submissionStatus(context.store, reference);
    if (!status) {
      lookup.miss();
      throw new AppError(404, 'submission_not_found', 'No submission with this reference.', { field: 'reference' });
    }
    c.header('Cache-Control', 'no-store');
    // Named fields only: what the chat needs internally (the dialog id) is not part of the API.
    const { type, receivedOn, state, progress, erasedOn, appointment } = status;
    // `appointment` only for a Bürgerbüro booking, move or cancellation: cancelled by the office, by the citizen, moved or booked.
    return c.json({ reference: status.reference, type, receivedOn, state, progress: publicProgress(type, progress), erasedOn, ...(appointment ? { appointment } : {}) });
  });
  return app;
}

export function submissionStatusPlugin(options: SubmissionStatusOptions = {}): AppPlugin {
  return (app, context) => {
    app.route('/api/submissions', submissionStatusRoutes(context, options));
  };
}
