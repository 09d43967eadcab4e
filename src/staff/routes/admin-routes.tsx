/** Admins: users and roles, settings, and the audit log (who changed what, when, before/after). */
import type { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { hashPassword, passwordProblem } from '../crypto.js';
import { guard, principal, readForm, render } from '../http.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';
import { EMPTY_NEW_USER, UsersPage, type NewUserForm } from '../pages/users-page.js';
import { isRole } from '../store/staff-repository.js';

const USERNAME = /^[a-z0-9._-]{3,40}$/;

/**
 * What the users page confirms after a change: a fixed code in the URL and the user's id, the text made here.
 * It used to show any ?message= text, so a phishing link to the real workspace could show a false notice (A5).
 */
const USER_NOTICES: Record<string, (username: string) => string> = {
  user_created: (username) => `Benutzer ${username} angelegt.`,
  user_saved: (username) => `Benutzer ${username} gespeichert.`,
  password_set: (username) => `Passwort für ${username} gesetzt; offene Sitzungen wurden beendet.`,
};

const doneUrl = (code: keyof typeof USER_NOTICES, userId: string) => `/staff/users?done=${code}&user=${encodeURIComponent(userId)}`;

async function userNotice(s: StaffServices, code: string | undefined, userId: string | undefined): Promise<string | undefined> {
  const notice = code && Object.hasOwn(USER_NOTICES, code) ? USER_NOTICES[code] : undefined;
  const user = notice && userId ? await s.staffRepo.userById(userId) : null;
  return notice && user ? notice(user.username) : undefined;
}

export function mountAdminRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const admin = guard(['admin'], s.denied);

  staff.get('/users', admin, async (c) => render(c, <UsersPage staff={principal(c)} users={await s.staffRepo.listUsers()} message={await userNotice(s, c.req.query('done'), c.req.query('user'))} form={EMPTY_NEW_USER} />));

  staff.post('/users', admin, async (c) => {
    const form = await readForm(c);
    const username = form.get('username').trim().toLowerCase();
    const password = form.get('password');
    const roles = form.all('roles').filter(isRole);
    const errors: NewUserForm['errors'] = {};
    const taken = USERNAME.test(username) && (await s.staffRepo.userByName(username)) !== null;
    if (!USERNAME.test(username)) errors.username = 'Der Benutzername passt nicht zum Muster: 3–40 Zeichen, nur a–z, 0–9, Punkt, _ und -.';
    else if (taken) errors.username = 'Diesen Benutzernamen gibt es schon.';
    const problem = passwordProblem(password);
    if (problem) errors.password = problem;
    if (roles.length === 0) errors.roles = 'Bitte mindestens eine Rolle wählen.';
    if (Object.keys(errors).length > 0) {
      // The page again, with what the admin typed: an error page would lose the whole form.
      const page = <UsersPage staff={principal(c)} users={await s.staffRepo.listUsers()} form={{ username: form.get('username').trim().slice(0, 100), roles, errors }} />;
      return render(c, page, taken ? 409 : 400);
    }
    const at = s.app.now().toISOString();
    const id = crypto.randomUUID();
    await s.staffRepo.createUser(
      { id, username, roles, passwordHash: await hashPassword(password, s.options.passwordIterations), active: true, createdAt: at, updatedAt: at },
      s.audit(c, { action: 'user.create', target: `user:${username}`, after: { username, roles } }),
    );
    return c.redirect(doneUrl('user_created', id), 303);
  });

  staff.post('/users/:id', admin, async (c) => {
    const user = await s.staffRepo.userById(c.req.param('id'));
    if (!user) throw new AppError(404, 'user_not_found', 'Diesen Benutzer gibt es nicht.');
    const form = await readForm(c);
    const roles = form.all('roles').filter(isRole);
    const active = form.get('active') === 'on';
    if (user.id === principal(c).user.id && (!roles.includes('admin') || !active)) throw new AppError(409, 'self_lockout', 'Sie können sich nicht selbst die Verwaltungsrolle entziehen oder sperren.');
    await s.staffRepo.updateUser(user.id, { roles, active }, s.app.now().toISOString(), s.audit(c, { action: 'user.update', target: `user:${user.username}`, before: { roles: user.roles, active: user.active }, after: { roles, active } }));
    return c.redirect(doneUrl('user_saved', user.id), 303);
  });

  staff.post('/users/:id/password', admin, async (c) => {
    const user = await s.staffRepo.userById(c.req.param('id'));
    if (!user) throw new AppError(404, 'user_not_found', 'Diesen Benutzer gibt es nicht.');
    const password = (await readForm(c)).get('password');
    const problem = passwordProblem(password);
    if (problem) throw new AppError(400, 'invalid_field', problem, { field: 'password' });
    await s.staffRepo.updateUser(user.id, { passwordHash: await hashPassword(password, s.options.passwordIterations) }, s.app.now().toISOString(), s.audit(c, { action: 'user.password', target: `user:${user.username}` }));
    return c.redirect(doneUrl('password_set', user.id), 303);
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
        <div class="table-scroll" tabindex={0}>
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
        </div>
        <p>
          {page > 0 ? <a href={`/staff/audit?page=${page - 1}&action=${action}`}>Neuere</a> : null} {entries.length === 100 ? <a href={`/staff/audit?page=${page + 1}&action=${action}`}>Ältere</a> : null}
        </p>
      </Layout>,
    );
  });
}
