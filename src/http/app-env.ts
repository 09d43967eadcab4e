/** Hono environment shared by all routes. */
import type { PublicOrigin } from './public-origin.js';

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Scheme and host as the browser used them (set by the security-headers middleware; see public-origin.ts). */
    publicOrigin?: PublicOrigin;
  };
}
