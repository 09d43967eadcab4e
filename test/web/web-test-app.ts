/** The test app with the web channel mounted the way compose.ts mounts it. */
import { cors } from '../../src/http/middleware/cors.js';
import { securityHeaders } from '../../src/http/middleware/security-headers.js';
import { webPlugin, type WebOptions } from '../../src/web/index.js';
import { createTestApp } from '../support/test-app.js';

export const ALLOWED = 'https://www.example.org';

export function createWebTestApp(options: WebOptions = {}) {
  return createTestApp({ plugins: [webPlugin(options)], middleware: [securityHeaders(), cors({ allowedOrigins: [ALLOWED] })] });
}
