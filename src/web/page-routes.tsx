/**
 * The server-rendered pages. Each sets its own strict CSP (scripts and styles from this origin
 * only, no inline code) and Permissions-Policy: the microphone only where the chat runs.
 */
import type { Context, Hono } from 'hono';
import type { DialogDefinition } from '../dialogs/schema.js';
import type { AppContext } from '../http/app-context.js';
import type { AppEnv } from '../http/app-env.js';
import { DENY_ALL_PERMISSIONS, SELF_ONLY_PAGE_CSP } from '../http/middleware/security-headers.js';
import { AccessibilityPage } from './pages/accessibility.js';
import { ChatPage } from './pages/chat-page.js';
import { EasyLanguagePage } from './pages/easy-language.js';
import { ERASE_PATH, EraseSubmissionPage } from './pages/erase-submission.js';
import { HomePage } from './pages/home.js';
import { PrivacyPage } from './pages/privacy.js';
import { mountSummaryAccess } from './summary-access-routes.js';
import { cityFacts } from './widget-config.js';

export const CHAT_PERMISSIONS = DENY_ALL_PERMISSIONS.replace('microphone=()', 'microphone=(self)');

function pageHeaders(c: Context<AppEnv>, chat: boolean): void {
  c.header('Content-Security-Policy', SELF_ONLY_PAGE_CSP);
  c.header('Permissions-Policy', chat ? CHAT_PERMISSIONS : DENY_ALL_PERMISSIONS);
  c.header('Cache-Control', 'no-cache');
}

/** Each application's period from its YAML (`submission.retention_days`), so the page never states another. */
function submissionRetention(dialogs: readonly unknown[]): Array<{ title: string; days: number }> {
  return (dialogs as DialogDefinition[]).flatMap((d) => (d.submission ? [{ title: d.title.de, days: d.submission.retention_days }] : []));
}

export function mountPages(app: Hono<AppEnv>, context: AppContext, options: { retentionDays: number; demoPage: boolean }): void {
  const props = () => {
    const profile = context.content().profile;
    return { city: cityFacts(profile), cityId: profile.id };
  };
  if (options.demoPage) {
    app.get('/', (c) => {
      pageHeaders(c, true);
      return c.html(<HomePage {...props()} />);
    });
  }
  app.get('/chat', (c) => {
    pageHeaders(c, true);
    return c.html(<ChatPage {...props()} />);
  });
  app.get('/datenschutz', (c) => {
    pageHeaders(c, false);
    return c.html(<PrivacyPage {...props()} retentionDays={options.retentionDays} submissionRetention={submissionRetention(context.content().dialogs)} />);
  });
  app.get('/barrierefreiheit', (c) => {
    pageHeaders(c, false);
    return c.html(<AccessibilityPage {...props()} />);
  });
  app.get('/leichte-sprache', (c) => {
    pageHeaders(c, false);
    return c.html(<EasyLanguagePage {...props()} retentionDays={options.retentionDays} />);
  });
  app.get(ERASE_PATH, (c) => {
    pageHeaders(c, false);
    // The key is in the fragment and never sent, but once the script has read it the page must not pass the
    // address on, be cached or be indexed.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(<EraseSubmissionPage {...props()} locale={c.req.query('lang') === 'en' ? 'en' : 'de'} />);
  });
  mountSummaryAccess(app, context);
}
