/** Admins: users and roles, settings, and the audit log (who changed what, when, before/after). */
import type { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { hashPassword, passwordProblem } from '../crypto.js';
import { guard, principal, readForm, render } from '../http.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';
import { isRole, ROLES, type Role } from '../store/staff-repository.js';

const ROLE_LABEL: Record<Role, string> = { editor: 'Redaktion (Antworten)', clerk: 'Sachbearbeitung (Anträge, Termine)', admin: 'Verwaltung (Benutzer, Einstellungen)' };
const USERNAME = /^[a-z0-9._-]{3,40}$/;

export function mountAdminRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const admin = guard(['admin'], s.denied);

  staff.get('/users', admin, async (c) => {
    const users = await s.staffRepo.listUsers();
    const message = c.req.query('message');
    return render(
      c,
      <Layout title="Benutzer" staff={principal(c)} section="/staff/users">
        {message ? <Notice kind="success">{message}</Notice> : null}
        <table>
          <caption class="visually-hidden">Benutzer</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Rollen und Zugang</th>
              <th scope="col">Neues Passwort</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <th scope="row">{u.username}</th>
                <td>
                  <form method="post" action={`/staff/users/${u.id}`}>
                    <Csrf staff={principal(c)} />
                    <fieldset>
                      <legend class="visually-hidden">Rollen von {u.username}</legend>
                      {ROLES.map((role) => (
                        <span>
                          <input type="checkbox" id={`role-${u.id}-${role}`} name="roles" value={role} checked={u.roles.includes(role)} />
                          <label class="inline" for={`role-${u.id}-${role}`}>
                            {role}
                          </label>
                        </span>
                      ))}
                      <input type="checkbox" id={`active-${u.id}`} name="active" checked={u.active} />
                      <label class="inline" for={`active-${u.id}`}>
                        aktiv
                      </label>
                    </fieldset>
                    <button type="submit" class="secondary">
                      Speichern
                    </button>
                  </form>
                </td>
                <td>
                  <form method="post" action={`/staff/users/${u.id}/password`} class="row">
                    <Csrf staff={principal(c)} />
                    <label for={`password-${u.id}`} class="visually-hidden">
                      Neues Passwort für {u.username}
                    </label>
                    <input type="password" id={`password-${u.id}`} name="password" autocomplete="new-password" minlength={12} required />
                    <button type="submit" class="secondary">
                      Setzen
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Neuen Benutzer anlegen</h2>
        <form method="post" action="/staff/users" class="stack narrow">
          <Csrf staff={principal(c)} />
          <label for="username">Benutzername (3–40 Zeichen: a–z, 0–9, . _ -)</label>
          <input type="text" id="username" name="username" required autocomplete="off" />
          <label for="password">Erstes Passwort (mindestens 12 Zeichen)</label>
          <input type="password" id="password" name="password" required autocomplete="new-password" minlength={12} />
          <fieldset>
            <legend>Rollen</legend>
            {ROLES.map((role) => (
              <div>
                <input type="checkbox" id={`new-role-${role}`} name="roles" value={role} />
                <label class="inline" for={`new-role-${role}`}>
                  {ROLE_LABEL[role]}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">Anlegen</button>
        </form>
      </Layout>,
    );
  });

  staff.post('/users', admin, async (c) => {
    const form = await readForm(c);
    const username = form.get('username').trim().toLowerCase();
    const password = form.get('password');
    const roles = form.all('roles').filter(isRole);
    if (!USERNAME.test(username)) throw new AppError(400, 'invalid_field', 'Der Benutzername passt nicht zum Muster.', { field: 'username' });
    const problem = passwordProblem(password);
    if (problem) throw new AppError(400, 'invalid_field', problem, { field: 'password' });
    if (roles.length === 0) throw new AppError(400, 'invalid_field', 'Bitte mindestens eine Rolle wählen.', { field: 'roles' });
    if (await s.staffRepo.userByName(username)) throw new AppError(409, 'user_exists', 'Diesen Benutzernamen gibt es schon.', { field: 'username' });
    const at = s.app.now().toISOString();
    const id = crypto.randomUUID();
    await s.staffRepo.createUser(
      { id, username, roles, passwordHash: await hashPassword(password, s.options.passwordIterations), active: true, createdAt: at, updatedAt: at },
      s.audit(c, { action: 'user.create', target: `user:${username}`, after: { username, roles } }),
    );
    return c.redirect(`/staff/users?message=${encodeURIComponent(`Benutzer ${username} angelegt.`)}`, 303);
  });

  staff.post('/users/:id', admin, async (c) => {
    const user = await s.staffRepo.userById(c.req.param('id'));
    if (!user) throw new AppError(404, 'user_not_found', 'Diesen Benutzer gibt es nicht.');
    const form = await readForm(c);
    const roles = form.all('roles').filter(isRole);
    const active = form.get('active') === 'on';
    if (user.id === principal(c).user.id && (!roles.includes('admin') || !active)) throw new AppError(409, 'self_lockout', 'Sie können sich nicht selbst die Verwaltungsrolle entziehen oder sperren.');
    await s.staffRepo.updateUser(user.id, { roles, active }, s.app.now().toISOString(), s.audit(c, { action: 'user.update', target: `user:${user.username}`, before: { roles: user.roles, active: user.active }, after: { roles, active } }));
    return c.redirect(`/staff/users?message=${encodeURIComponent(`Benutzer ${user.username} gespeichert.`)}`, 303);
  });

  staff.post('/users/:id/password', admin, async (c) => {
    const user = await s.staffRepo.userById(c.req.param('id'));
    if (!user) throw new AppError(404, 'user_not_found', 'Diesen Benutzer gibt es nicht.');
    const password = (await readForm(c)).get('password');
    const problem = passwordProblem(password);
    if (problem) throw new AppError(400, 'invalid_field', problem, { field: 'password' });
    await s.staffRepo.updateUser(user.id, { passwordHash: await hashPassword(password, s.options.passwordIterations) }, s.app.now().toISOString(), s.audit(c, { action: 'user.password', target: `user:${user.username}` }));
    return c.redirect(`/staff/users?message=${encodeURIComponent(`Passwort für ${user.username} gesetzt; offene Sitzungen wurden beendet.`)}`, 303);
  });

  staff.get('/settings', admin, async (c) => {
    const max = await s.maxLossPoints();
    return render(
      c,
      <Layout title="Einstellungen" staff={principal(c)} section="/staff/settings">
        {c.req.query('saved') ? <Notice kind="success">Gespeichert.</Notice> : null}
        <form method="post" action="/staff/settings" class="stack narrow">
          <Csrf staff={principal(c)} />
          <label for="max_regression_points">Erlaubte Verschlechterung der Erkennung vor dem Veröffentlichen (Prozentpunkte)</label>
          <input type="number" id="max_regression_points" name="max_regression_points" min="0" max="100" step="0.5" value={String(max)} aria-describedby="max-hint" />
          <p class="hint" id="max-hint">
            Darüber muss die Redaktion ausdrücklich bestätigen. Voreinstellung über STAFF_MAX_REGRESSION.
          </p>
          <button type="submit">Speichern</button>
        </form>
      </Layout>,
    );
  });

  staff.post('/settings', admin, async (c) => {
    const raw = (await readForm(c)).get('max_regression_points');
    const value = Number(raw);
    if (!raw || !Number.isFinite(value) || value < 0 || value > 100) throw new AppError(400, 'invalid_field', 'Bitte eine Zahl zwischen 0 und 100.', { field: 'max_regression_points' });
    const before = await s.maxLossPoints();
    await s.staffRepo.setSetting('max_regression_points', String(value), s.app.now().toISOString(), s.audit(c, { action: 'settings.update', target: 'max_regression_points', before, after: value }));
    return c.redirect('/staff/settings?saved=1', 303);
  });

  staff.get('/audit', admin, async (c) => {
    const page = Math.max(0, Number(c.req.query('page')) || 0);
    const action = (c.req.query('action') ?? '').replace(/[^a-z._]/g, '');
    const entries = await s.staffRepo.listAudit({ limit: 100, offset: page * 100, ...(action ? { action } : {}) });
    return render(
      c,
      <Layout title="Änderungsprotokoll" staff={principal(c)} section="/staff/audit">
        <form method="get" action="/staff/audit" class="row">
          <div>
            <label for="action">Aktion beginnt mit</label>
            <input type="text" id="action" name="action" value={action} placeholder="z. B. intent. oder submission." />
          </div>
          <button type="submit">Filtern</button>
        </form>
        <table>
          <caption class="visually-hidden">Protokolleinträge, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Zeit</th>
              <th scope="col">Wer</th>
              <th scope="col">Aktion</th>
              <th scope="col">Betrifft</th>
              <th scope="col">Vorher / Nachher</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.username}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{e.target ?? ''}</td>
                <td>
                  {e.before !== null || e.after !== null ? (
                    <details>
                      <summary>anzeigen</summary>
                      <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {page > 0 ? <a href={`/staff/audit?page=${page - 1}&action=${action}`}>Neuere</a> : null} {entries.length === 100 ? <a href={`/staff/audit?page=${page + 1}&action=${action}`}>Ältere</a> : null}
        </p>
      </Layout>,
    );
  });
}
