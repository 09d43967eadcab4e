/**
 * The summary link without the key in any request line (report j-10): GET /zusammenfassung is the same page
 * for everyone (the key stays in the fragment), POST /zusammenfassung takes reference and key from the form
 * body and answers with the printable summary. The older link form, GET /api/submissions/<ref>/summary?token=…,
 * still works for links handed out before (src/dialogs/http-plugin.ts) until those submissions' retention ends.
 */
import type { Context, Hono } from 'hono';
import { AppError } from '../core/app-error.js';
import { privatePageHeaders, submissionByKey, summaryPageResponse } from '../dialogs/summary-key.js';
import type { AppContext } from '../http/app-context.js';
import type { AppEnv } from '../http/app-env.js';
import { DENY_ALL_PERMISSIONS, SELF_ONLY_PAGE_CSP } from '../http/middleware/security-headers.js';
import { SUMMARY_ACCESS_PATH, SummaryAccessPage, type SummaryAccessProblem } from './pages/summary-access.js';
import { cityFacts } from './widget-config.js';

/** A form with a reference and a 43-character key; anything near this size is not from our page. */
const MAX_FORM_BYTES = 2048;
const REFERENCE = /^[A-Z]{1,6}-\d{4}-\d{6,12}$/;

async function formBody(c: Context<AppEnv>): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded with the fields reference and token.', { field: 'content-type' });
  }
  const tooLarge = new AppError(413, 'body_too_large', `The form must be at most ${MAX_FORM_BYTES} bytes.`, { field: 'body' });
  if (Number(c.req.header('content-length') ?? '0') > MAX_FORM_BYTES) throw tooLarge;
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength > MAX_FORM_BYTES) throw tooLarge;
  return new URLSearchParams(new TextDecoder().decode(bytes));
}

/**
 * Shortest and longest `retention_days` of the dialogs that store submissions. The server cannot tell an expired
 * summary from a mistyped key (an expired one is deleted), so the page names both and the periods (tester-o E1).
 */
export function retentionRange(dialogs: readonly unknown[]): { min: number; max: number } | null {
  const days = dialogs.flatMap((d) => {
    const value = (d as { submission?: { retention_days?: unknown } }).submission?.retention_days;
    return typeof value === 'number' ? [value] : [];
  });
  return days.length ? { min: Math.min(...days), max: Math.max(...days) } : null;
}

export function mountSummaryAccess(app: Hono<AppEnv>, context: AppContext): void {
  const page = (c: Context<AppEnv>, locale: 'de' | 'en', problem?: SummaryAccessProblem, reference?: string) => {
    const profile = context.content().profile;
    c.header('Content-Security-Policy', SELF_ONLY_PAGE_CSP);
    c.header('Permissions-Policy', DENY_ALL_PERMISSIONS);
    privatePageHeaders(c);
    const status = problem === 'not_found' ? 404 : problem ? 400 : 200;
    const retentionDays = retentionRange(context.content().dialogs);
    return c.html(
      <SummaryAccessPage city={cityFacts(profile)} cityId={profile.id} locale={locale} {...(problem ? { problem } : {})} {...(reference ? { reference } : {})} {...(retentionDays ? { retentionDays } : {})} />,
      status,
    );
  };

  // ?problem=not_found: where an old-form link (…/summary?token=…) that no longer works sends a browser.
  app.get(SUMMARY_ACCESS_PATH, (c) => page(c, c.req.query('lang') === 'en' ? 'en' : 'de', c.req.query('problem') === 'not_found' ? 'not_found' : undefined));

  app.post(SUMMARY_ACCESS_PATH, async (c) => {
    const form = await formBody(c);
    const locale = form.get('lang') === 'en' ? 'en' : 'de';
    const reference = (form.get('reference') ?? '').trim().toUpperCase();
    const token = (form.get('token') ?? '').trim();
    if (!REFERENCE.test(reference) || !token) return page(c, locale, 'incomplete', reference.slice(0, 40));
    const submission = await submissionByKey(context.store, reference, token);
    if (!submission) return page(c, locale, 'not_found', reference);
    return summaryPageResponse(c, submission, context.content().profile.name, token);
  });
}
