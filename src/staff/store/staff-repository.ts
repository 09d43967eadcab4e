/**
 * Staff accounts, sessions, login lockout, audit log and settings on any SqlDb (SQLite, D1). Writes go
 * through `batch`: an audited change and its audit row commit together or not at all.
 */
import type { SqlDb, SqlStatement } from '../../store/sql-db.js';
import type { PurgeTarget } from '../../store/retention.js';

export const ROLES = ['editor', 'clerk', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface StaffUser {
  id: string;
  username: string;
  roles: Role[];
  passwordHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  username: string;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditInput {
  at: string;
  userId: string | null;
  username: string;
  action: string;
  target?: string | null;
  before?: unknown;
  after?: unknown;
}

interface UserRow {
  id: string;
  username: string;
  roles: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
}

function toUser(row: UserRow): StaffUser {
  return {
    id: row.id,
    username: row.username,
    roles: row.roles.split(',').filter(isRole),
    passwordHash: row.password_hash,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function json(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** The audit row as a statement, so callers put it in the same batch as the change it records. */
export function auditStatement(entry: AuditInput): SqlStatement {
  return {
    sql: 'INSERT INTO staff_audit (at, user_id, username, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    params: [entry.at, entry.userId, entry.username, entry.action, entry.target ?? null, json(entry.before), json(entry.after)],
  };
}

export function createStaffRepository(db: SqlDb) {
  return {
    async countUsers(): Promise<number> {
      return (await db.first<{ n: number }>('SELECT COUNT(*) AS n FROM staff_users'))?.n ?? 0;
    },
    async userByName(username: string): Promise<StaffUser | null> {
      const row = await db.first<UserRow>('SELECT * FROM staff_users WHERE username = ?', [username]);
      return row ? toUser(row) : null;
    },
    async userById(id: string): Promise<StaffUser | null> {
      const row = await db.first<UserRow>('SELECT * FROM staff_users WHERE id = ?', [id]);
      return row ? toUser(row) : null;
    },
    async listUsers(): Promise<StaffUser[]> {
      return (await db.all<UserRow>('SELECT * FROM staff_users ORDER BY username')).map(toUser);
    },
    async createUser(user: StaffUser, audit: AuditInput): Promise<void> {
      await db.batch([
        {
          sql: 'INSERT INTO staff_users (id, username, roles, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          params: [user.id, user.username, user.roles.join(','), user.passwordHash, user.active ? 1 : 0, user.createdAt, user.updatedAt],
        },
        auditStatement(audit),
      ]);
    },
    /** Changes roles/active/password; a deactivated user or a new password ends the user's sessions. */
    async updateUser(id: string, change: { roles?: Role[]; active?: boolean; passwordHash?: string }, at: string, audit: AuditInput | null): Promise<void> {
      const statements: SqlStatement[] = [];
      if (change.roles) statements.push({ sql: 'UPDATE staff_users SET roles = ?, updated_at = ? WHERE id = ?', params: [change.roles.join(','), at, id] });
      if (change.active !== undefined) statements.push({ sql: 'UPDATE staff_users SET active = ?, updated_at = ? WHERE id = ?', params: [change.active ? 1 : 0, at, id] });
      if (change.passwordHash) statements.push({ sql: 'UPDATE staff_users SET password_hash = ?, updated_at = ? WHERE id = ?', params: [change.passwordHash, at, id] });
      if (change.active === false || (change.passwordHash && audit)) statements.push({ sql: 'DELETE FROM staff_sessions WHERE user_id = ?', params: [id] });
      if (audit) statements.push(auditStatement(audit));
      if (statements.length > 0) await db.batch(statements);
    },

    async createSession(session: StaffSession): Promise<void> {
      await db.batch([
        {
          sql: 'INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
          params: [session.idHash, session.userId, session.csrfToken, session.createdAt, session.lastSeenAt, session.expiresAt],
        },
      ]);
    },
    async sessionByHash(idHash: string): Promise<StaffSession | null> {
      const row = await db.first<{ id_hash: string; user_id: string; csrf_token: string; created_at: string; last_seen_at: string; expires_at: string }>(
        'SELECT * FROM staff_sessions WHERE id_hash = ?',
        [idHash],
      );
      return row ? { idHash: row.id_hash, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at } : null;
    },
    async touchSession(idHash: string, at: string): Promise<void> {
      await db.batch([{ sql: 'UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?', params: [at, idHash] }]);
    },
    async deleteSession(idHash: string): Promise<void> {
      await db.batch([{ sql: 'DELETE FROM staff_sessions WHERE id_hash = ?', params: [idHash] }]);
    },

    async lockedUntil(keys: string[], now: string): Promise<string | null> {
      const rows = await db.all<{ locked_until: string }>(
        `SELECT locked_until FROM staff_login_failures WHERE key IN (${keys.map(() => '?').join(',')}) AND locked_until IS NOT NULL AND locked_until > ? ORDER BY locked_until DESC`,
        [...keys, now],
      );
      return rows[0]?.locked_until ?? null;
    },
    /** Counts a failure for each key; a key reaching `maxFailures` within the window is locked until now + lockout. */
    async recordFailure(keys: string[], at: Date, maxFailures: number, windowMs: number, lockoutMs: number): Promise<void> {
      const now = at.toISOString();
      const windowStart = new Date(at.getTime() - windowMs).toISOString();
      const lockedUntil = new Date(at.getTime() + lockoutMs).toISOString();
      await db.batch(
        keys.flatMap((key): SqlStatement[] => [
          // A failure outside the window (or after a served lockout) starts a new count.
          { sql: 'DELETE FROM staff_login_failures WHERE key = ? AND first_failed_at < ? AND (locked_until IS NULL OR locked_until <= ?)', params: [key, windowStart, now] },
          {
            sql: `INSERT INTO staff_login_failures (key, failures, first_failed_at, locked_until) VALUES (?, 1, ?, NULL)
                  ON CONFLICT (key) DO UPDATE SET failures = failures + 1`,
            params: [key, now],
          },
          { sql: 'UPDATE staff_login_failures SET locked_until = ?, failures = 0, first_failed_at = ? WHERE key = ? AND failures >= ?', params: [lockedUntil, now, key, maxFailures] },
        ]),
      );
    },
    /**
     * Counts a failure for `key` and makes the next attempt wait `delayMs(failures)` (0: no wait). The count
     * starts again once the first failure is older than the window and no wait is running.
     */
    async recordFailureWithDelay(key: string, at: Date, windowMs: number, delayMs: (failures: number) => number): Promise<void> {
      const now = at.toISOString();
      await db.batch([
        { sql: 'DELETE FROM staff_login_failures WHERE key = ? AND first_failed_at < ? AND (locked_until IS NULL OR locked_until <= ?)', params: [key, new Date(at.getTime() - windowMs).toISOString(), now] },
        { sql: 'INSERT INTO staff_login_failures (key, failures, first_failed_at, locked_until) VALUES (?, 1, ?, NULL) ON CONFLICT (key) DO UPDATE SET failures = failures + 1', params: [key, now] },
      ]);
      const failures = (await db.first<{ failures: number }>('SELECT failures FROM staff_login_failures WHERE key = ?', [key]))?.failures ?? 1;
      const delay = delayMs(failures);
      if (delay > 0) await db.batch([{ sql: 'UPDATE staff_login_failures SET locked_until = ? WHERE key = ?', params: [new Date(at.getTime() + delay).toISOString(), key] }]);
    },
    /** Forgets the failures of `keys` whose lock is not running (a successful login cannot end a lock). */
    async clearFailures(keys: string[], now: string = new Date(0).toISOString()): Promise<void> {
      await db.batch(keys.map((key) => ({ sql: 'DELETE FROM staff_login_failures WHERE key = ? AND (locked_until IS NULL OR locked_until <= ?)', params: [key, now] })));
    },

    async audit(entry: AuditInput): Promise<void> {
      await db.batch([auditStatement(entry)]);
    },
    async listAudit(filter: { limit: number; offset: number; action?: string }): Promise<AuditEntry[]> {
      const rows = await db.all<{ id: number; at: string; user_id: string | null; username: string; action: string; target: string | null; before_json: string | null; after_json: string | null }>(
        `SELECT * FROM staff_audit ${filter.action ? 'WHERE action LIKE ?' : ''} ORDER BY id DESC LIMIT ? OFFSET ?`,
        [...(filter.action ? [`${filter.action}%`] : []), filter.limit, filter.offset],
      );
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        username: row.username,
        action: row.action,
        target: row.target,
        before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
        after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
      }));
    },

    async getSetting(key: string): Promise<string | null> {
      return (await db.first<{ value: string }>('SELECT value FROM staff_settings WHERE key = ?', [key]))?.value ?? null;
    },
    async setSetting(key: string, value: string, at: string, audit: AuditInput): Promise<void> {
      await db.batch([
        { sql: 'INSERT INTO staff_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', params: [key, value, at] },
        auditStatement(audit),
      ]);
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;

/**
 * Expired sessions and stale login failures go; the audit log is kept (it holds no citizen data). Older
 * versions wrote the ignored inbox question into its audit row: that text goes, the row stays.
 */
export const staffPurge: PurgeTarget = {
  name: 'staff_sessions',
  statements(now) {
    const at = now.toISOString();
    const day = new Date(now.getTime() - 86_400_000).toISOString();
    return [
      { sql: `UPDATE staff_audit SET after_json = NULL WHERE action = 'inbox.ignore' AND after_json LIKE '%"text":%'` },
      { sql: 'DELETE FROM staff_login_failures WHERE (locked_until IS NULL OR locked_until < ?) AND first_failed_at < ?', params: [at, day] },
      { sql: 'DELETE FROM staff_sessions WHERE expires_at < ?', params: [at] },
    ];
  },
};
