/** The test app with the web channel mounted the way compose.ts mounts it. */
import { buildContent } from '../../src/content/build-content.js';
import { cors } from '../../src/http/middleware/cors.js';
import { securityHeaders } from '../../src/http/middleware/security-headers.js';
import { webPlugin, type WebOptions } from '../../src/web/index.js';
import { createTestApp } from '../support/test-app.js';
import { testIntentFiles } from '../support/test-content.js';

export const ALLOWED = 'https://www.example.org';

export function createWebTestApp(options: WebOptions = {}) {
  return createTestApp({ plugins: [webPlugin(options)], middleware: [securityHeaders(), cors({ allowedOrigins: [ALLOWED] })] });
}

/** The same app with another city's profile (the YAML text of profiles/<city>/profile.yaml) and the small test intents. */
export function createWebTestAppWithProfile(profileText: string, options: WebOptions = {}) {
  const content = buildContent({ profile: { path: 'profiles/test/profile.yaml', text: profileText }, intents: testIntentFiles, catalogue: { intents: [] } });
  return createTestApp({ content: () => content, plugins: [webPlugin(options)], middleware: [securityHeaders(), cors({ allowedOrigins: [ALLOWED] })] });
}
