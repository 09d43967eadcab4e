/**
 * Staff sessions: random id in an HttpOnly, SameSite=Strict cookie (Secure except on plain-http localhost,
 * for tests and development), only its SHA-256 stored; a CSRF token bound to the session (synchronizer
 * token) on every form; role checks; login with growing waits per account and address (login-throttle.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env.js';
import { isLoopbackHost, requestOrigin } from '../http/public-origin.js';
import { constantTimeEqualText, dummyHash, hashPassword, needsRehash, randomToken, sha256Hex, verifyPassword } from './crypto.js';
import { createLoginThrottle, throttleKeys } from './login-throttle.js';
import type { Role, StaffRepository, StaffUser } from './store/staff-repository.js';

export const SESSION_COOKIE = 'stadtlotse_staff';
export const LOGIN_CSRF_COOKIE = 'stadtlotse_staff_login';
export const SESSION_HOURS = 8;
export const IDLE_MINUTES = 60;

export interface StaffPrincipal {
  user: StaffUser;
  sessionHash: string;
  csrfToken: string;
}

export interface StaffEnv {
  Variables: AppEnv['Variables'] & { staff: StaffPrincipal | undefined };
}

export type StaffContext = Context<StaffEnv>;

/**
 * Secure everywhere except plain http on a loopback host (tests, local development). Judged from the origin the
 * browser used: behind a TLS proxy with TRUST_PROXY, X-Forwarded-Proto https makes it Secure whatever Host says.
 */
export function cookieSecure(c: Context): boolean {
  const origin = requestOrigin(c);
  return !(origin.protocol === 'http:' && isLoopbackHost(origin.host));
}

function cookieOptions(c: Context, maxAgeSeconds: number) {
  return { httpOnly: true, secure: cookieSecure(c), sameSite: 'Strict' as const, path: '/staff', maxAge: maxAgeSeconds };
}

export interface AuthDeps {
  repo: StaffRepository;
  now: () => Date;
  clientKey: (c: Context) => string;
  iterations?: number;
}

export function createAuth(deps: AuthDeps) {
  const throttle = createLoginThrottle(deps.repo);
  /** Loads the session (if any) into c.var.staff; never rejects by itself. */
  const loadSession: MiddlewareHandler<StaffEnv> = async (c, next) => {
    c.set('staff', undefined);
    const raw = getCookie(c, SESSION_COOKIE);
    if (raw && raw.length <= 100) {
      const idHash = await sha256Hex(raw);
      const session = await deps.repo.sessionByHash(idHash);
      const now = deps.now();
      const idleLimit = new Date(now.getTime() - IDLE_MINUTES * 60_000).toISOString();
      if (session && session.expiresAt > now.toISOString() && session.lastSeenAt > idleLimit) {
        const user = await deps.repo.userById(session.userId);
        if (user?.active) {
          c.set('staff', { user, sessionHash: idHash, csrfToken: session.csrfToken });
          if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) await deps.repo.touchSession(idHash, now.toISOString());
        }
      } else if (session) {
        await deps.repo.deleteSession(idHash);
      }
    }
    await next();
  };

  async function startSession(c: Context, user: StaffUser): Promise<void> {
    const id = randomToken();
    const now = deps.now();
    await deps.repo.createSession({
      idHash: await sha256Hex(id),
      userId: user.id,
      csrfToken: randomToken(),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
    });
    setCookie(c, SESSION_COOKIE, id, cookieOptions(c, SESSION_HOURS * 3600));
  }

  async function endSession(c: StaffContext): Promise<void> {
    const staff = c.get('staff');
    if (staff) await deps.repo.deleteSession(staff.sessionHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/staff', secure: cookieSecure(c) });
  }

  /** account: the name of an existing account the attempt was for; null for any other text typed as the name. */
  type LoginResult = { ok: true; user: StaffUser } | { ok: false; reason: 'locked'; until: string; account: string | null } | { ok: false; reason: 'invalid'; account: string | null };

  async function login(c: Context, username: string, password: string): Promise<LoginResult> {
    const name = username.trim().toLowerCase();
    const keys = await throttleKeys(name, deps.clientKey(c));
    const now = deps.now();
    const user = name ? await deps.repo.userByName(name) : null;
    const account = user?.username ?? null;
    const locked = await throttle.waitUntil(keys, now);
    if (locked) return { ok: false, reason: 'locked', until: locked, account };
    // Verify against a dummy hash for unknown names: the response time does not tell which names exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? dummyHash(deps.iterations));
    if (!user || !user.active || !valid) {
      await throttle.failed(keys, now);
      const nowLocked = await throttle.waitUntil(keys, now);
      return nowLocked ? { ok: false, reason: 'locked', until: nowLocked, account } : { ok: false, reason: 'invalid', account };
    }
    await throttle.succeeded(keys, now);
    if (needsRehash(user.passwordHash, deps.iterations)) {
      await deps.repo.updateUser(user.id, { passwordHash: await hashPassword(password, deps.iterations) }, now.toISOString(), null);
    }
    await startSession(c, user);
    return { ok: true, user };
  }

  /** A fresh login-form token (double-submit cookie: there is no session yet to bind it to). */
  function loginCsrf(c: Context): string {
    const token = randomToken();
    setCookie(c, LOGIN_CSRF_COOKIE, token, cookieOptions(c, 3600));
    return token;
  }

  function checkLoginCsrf(c: Context, submitted: string | undefined): boolean {
    const cookie = getCookie(c, LOGIN_CSRF_COOKIE);
    return Boolean(cookie && submitted && constantTimeEqualText(cookie, submitted));
  }

  return { loadSession, login, endSession, loginCsrf, checkLoginCsrf };
}

export type Auth = ReturnType<typeof createAuth>;

/** The CSRF token of a form post or of the x-csrf-token header (fetch) must match the session's. */
export function csrfValid(staff: StaffPrincipal, submitted: string | undefined | null): boolean {
  return Boolean(submitted) && constantTimeEqualText(staff.csrfToken, submitted ?? '');
}

export function hasRole(staff: StaffPrincipal | undefined, roles: readonly Role[]): boolean {
  return Boolean(staff && staff.user.roles.some((role) => roles.includes(role)));
}
