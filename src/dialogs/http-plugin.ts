/**
 * HTTP routes of the dialogs: the pure Wohngeld estimate, continuing with a resume code on another device,
 * and the printable summary page of a submission.
 */
import { z } from 'zod';
import { AppError } from '../core/app-error.js';
import type { AppPlugin } from '../http/app-context.js';
import { readJsonBody } from '../http/json-body.js';
import { guessingGuard, type GuessingGuardOptions } from '../http/guessing-guard.js';
import { sha256Hex } from './secrets.js';
import { submissionByKey, summaryPageResponse } from './summary-key.js';
import { estimateWohngeld, MIETENSTUFEN } from './wohngeld/estimate.js';
import { profileMietenstufe } from './wohngeld/register.js';

const num = (field: string) => z.number({ error: `${field} must be a number` }).refine(Number.isFinite, `${field} must be a finite number`);

export const estimateRequestSchema = z
  .object({
    members: z.number({ error: 'members must be a number' }).int('members must be a whole number').min(1, 'members must be at least 1').max(99, 'members must be at most 99'),
    rent: num('rent').pipe(z.number().min(0, 'rent must not be negative').max(100_000, 'rent must be at most 100000')),
    countedIncome: num('countedIncome').pipe(z.number().min(0, 'countedIncome must not be negative')).optional(),
    incomes: z
      .array(
        z
          .object({
            gross: num('gross').pipe(z.number().min(0, 'gross must not be negative')),
            kind: z.enum(['employment', 'pension', 'other']).optional(),
            taxes: z.boolean().optional(),
            health: z.boolean().optional(),
            pension: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1, 'incomes must not be empty')
      .max(20)
      .optional(),
    allowances: num('allowances').pipe(z.number().min(0, 'allowances must not be negative')).optional(),
    mietenstufe: z.enum(MIETENSTUFEN).optional(),
  })
  .strict()
  .refine((b) => (b.countedIncome === undefined) !== (b.incomes === undefined), { message: 'send either countedIncome or incomes', path: ['countedIncome'] });

const resumeSchema = z.object({ code: z.string().regex(/^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/, 'a code looks like ABCD-EFGH') }).strict();

/** `clientKey` identifies the client for the resume-code attempt limit (the runtime knows the socket address). */
export type DialogPluginOptions = GuessingGuardOptions;

export function dialogPlugin(options: DialogPluginOptions = {}): AppPlugin {
  const guard = guessingGuard(options, { perKey: 10, overall: 500 }, { field: 'code', reason: 'Too many wrong codes. Please try again later.' });
  return (app, context) => {
    app.post('/api/wohngeld/estimate', async (c) => {
      const body = await readJsonBody(c, estimateRequestSchema);
      const estimate = estimateWohngeld({
        members: body.members,
        rent: body.rent,
        mietenstufe: body.mietenstufe ?? profileMietenstufe(context.content().profile),
        ...(body.countedIncome !== undefined ? { countedIncome: body.countedIncome } : {}),
        ...(body.incomes ? { incomes: body.incomes } : {}),
        ...(body.allowances !== undefined ? { allowances: body.allowances } : {}),
      });
      return c.json({ ...estimate, estimateOnly: true });
    });

    app.post('/api/resume', async (c) => {
      const lookup = guard.check(c, context.now().getTime());
      const { code } = await readJsonBody(c, resumeSchema);
      const normalized = code.replace('-', '').toUpperCase();
      const found = await context.store.findResumeCode(await sha256Hex(normalized), context.now().toISOString());
      if (!found) {
        lookup.miss();
        throw new AppError(404, 'resume_code_not_found', 'Unknown or expired code (codes are valid for 7 days and can be used once).', { field: 'code' });
      }
      const result = await context.engine.handle({ channel: 'api', action: `resume_code:${normalized}` });
      return c.json({ conversationId: result.conversationId, replies: result.replies, expectingInput: result.expectingInput, locale: result.locale, ...(result.dialog ? { dialog: result.dialog } : {}) });
    });

    app.get('/api/submissions/:reference/summary', async (c) => {
      const token = c.req.query('token') ?? '';
      const submission = await submissionByKey(context.store, c.req.param('reference'), token);
      if (!submission) {
        // A citizen's browser gets the summary page's own "not found" form, not JSON (retest18 N17); no key in its address.
        if (/text\/html/.test(c.req.header('accept') ?? '')) return c.redirect('/zusammenfassung?problem=not_found', 303);
        throw new AppError(404, 'submission_not_found', 'No submission with this reference and key.', { field: 'token' });
      }
      return summaryPageResponse(c, submission, context.content().profile.name, token);
    });
  };
}
