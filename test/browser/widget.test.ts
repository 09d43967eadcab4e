/**
 * The web channel in Chromium against the real server: citizen journeys, accessibility (axe-core,
 * keyboard, 320 px, 200 % text), CSP and privacy. One browser for the whole file (two shared cores).
 */
import { afterAll, beforeAll, describe, vi } from 'vitest';
import { accessibilityTests } from './a11y-tests.js';
import { startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { erasureTests } from './erasure-tests.js';
import { errorTests } from './error-tests.js';
import { historyTests } from './history-tests.js';
import { inputLimitTests } from './input-limit-tests.js';
import { journeyTests } from './journey-tests.js';
import { partsTests } from './parts-tests.js';
import { phoneFocusTests } from './phone-focus-tests.js';
import { plainConfirmTests } from './plain-confirm-tests.js';

// Real browser on two shared cores: a step may wait seconds for a busy CPU (no timing is asserted).
vi.setConfig({ testTimeout: 90_000 });

let env: BrowserEnv;

beforeAll(async () => {
  env = await startBrowserEnv();
});

afterAll(async () => {
  await env?.close();
});

describe.sequential('the web widget, for citizens', () => journeyTests(() => env));
describe.sequential('the web widget, accessible and private', () => accessibilityTests(() => env));
describe.sequential('the web widget, at the length limit of a message', () => inputLimitTests(() => env));
describe.sequential('the web widget, across reloads and pages of the site', () => historyTests(() => env));
describe.sequential('the web widget, when a message fails', () => errorTests(() => env));
describe.sequential('the web widget and the erasure of a submitted application', () => erasureTests(() => env));
describe.sequential('the web widget, language of parts, focus and line breaks', () => partsTests(() => env));
describe.sequential('the web widget on phones and at high zoom: modal panel, focus, keyboard', () => phoneFocusTests(() => env));
describe.sequential('the web widget: ending, confirmations, plain language and chosen suggestions', () => plainConfirmTests(() => env));
