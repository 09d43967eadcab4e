/** Everything the staff route modules share, built once per app by the plugin. */
import type { Context } from 'hono';
import type { ContentBundle } from '../content/model.js';
import type { Nlu } from '../core/ports.js';
import type { AppContext } from '../http/app-context.js';
import type { Auth, StaffContext } from './auth.js';
import type { ContentAssembler, YamlSnapshot } from './content-source.js';
import type { ContentService } from './content-service.js';
import type { AnalyticsRepository } from './store/analytics-repository.js';
import type { CaseworkRepository } from './store/casework-repository.js';
import type { ContentRepository } from './store/content-repository.js';
import type { InboxRepository } from './store/inbox-repository.js';
import type { AuditInput, StaffRepository } from './store/staff-repository.js';

export interface StaffOptions {
  /** Builds a full bundle (profile, dialogs, cross-file checks) from an intent set. */
  assemble: ContentAssembler;
  /** The intents/*.yaml on disk at start-up, offered for import when newer than the published version. */
  yaml?: YamlSnapshot;
  /** Client identity for the login lockout (the Node adapter passes the socket address). */
  clientKey?: (c: Context) => string;
  /** Default for the allowed accuracy loss before publishing needs a confirmation (STAFF_MAX_REGRESSION). */
  maxRegressionPoints?: number;
  /** PBKDF2 iterations for new hashes (default and minimum in production: 600,000). */
  passwordIterations?: number;
  train?: (content: ContentBundle) => Nlu;
  /**
   * The verified facts file (docs/facts.md) as text, which `npm run content:check` reads from disk: the editor and
   * the publish step compare phone numbers, fees, times and postcodes with it. Without it they say that numbers
   * were not checked (the staff module reads no files itself: it runs on Workers too).
   */
  facts?: string;
  /** Time zone for days and hours on staff pages. Default Europe/Berlin. */
  timeZone?: string;
}

export interface StaffServices {
  app: AppContext;
  options: StaffOptions;
  timeZone: string;
  staffRepo: StaffRepository;
  contentRepo: ContentRepository;
  inboxRepo: InboxRepository;
  analyticsRepo: AnalyticsRepository;
  caseworkRepo: CaseworkRepository;
  content: ContentService;
  auth: Auth;
  maxLossPoints(): Promise<number>;
  /** An audit entry stamped with the signed-in user and the current time. */
  audit(c: StaffContext, entry: Omit<AuditInput, 'at' | 'userId' | 'username'>): AuditInput;
  denied(c: StaffContext, status: 401 | 403, message: string): Response | Promise<Response>;
}
