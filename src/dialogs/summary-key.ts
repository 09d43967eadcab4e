/**
 * A submission opened with the key of its summary link: the summary page (the link's POST form and the older
 * query-string link) and the citizen's erasure take the same check. One answer for "no such reference", "wrong
 * key" and "already erased", so a reference alone reveals nothing.
 */
import type { Context } from 'hono';
import type { SubmissionRecord, SubmissionStore } from '../store/submission-repository.js';
import { sameHex, sha256Hex } from './secrets.js';
import { renderSummaryPage, summaryPageCsp } from './summary-page.js';

/** Keys are 43 characters; anything far longer is not one of ours and is not hashed. */
const MAX_KEY_LENGTH = 200;

export async function submissionByKey(store: Pick<SubmissionStore, 'getSubmissionByReference'>, reference: string, token: string): Promise<SubmissionRecord | null> {
  if (!token || token.length > MAX_KEY_LENGTH) return null;
  const submission = await store.getSubmissionByReference(reference);
  return submission?.summaryTokenHash && sameHex(await sha256Hex(token), submission.summaryTokenHash) ? submission : null;
}

/** Whoever holds a summary page must not pass the address on, keep it in a cache or find it in a search engine. */
export function privatePageHeaders(c: Context): void {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex');
}

/** The printable summary, with its own CSP (the style hash). */
export async function summaryPageResponse(c: Context, submission: SubmissionRecord, cityName: string, token: string): Promise<Response> {
  privatePageHeaders(c);
  c.header('Content-Security-Policy', await summaryPageCsp());
  return c.html(renderSummaryPage(submission, cityName, token));
}
