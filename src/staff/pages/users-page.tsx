/**
 * User administration: the list with roles, active flag and password reset, and the form for a new user. A
 * refused new user comes back on this page with the error at its field and the name and roles still filled in
 * (the password is never sent back into a page).
 */
import type { StaffPrincipal } from '../auth.js';
import { ROLES, type Role, type StaffUser } from '../store/staff-repository.js';
import { Csrf, FieldError, Layout, Notice } from './layout.js';

const ROLE_LABEL: Record<Role, string> = { editor: 'Redaktion (Antworten)', clerk: 'Sachbearbeitung (Anträge, Termine)', admin: 'Verwaltung (Benutzer, Einstellungen)' };
/** The same names in the table as in the form (the stored role ids are for the IT). */
const ROLE_SHORT: Record<Role, string> = { editor: 'Redaktion', clerk: 'Sachbearbeitung', admin: 'Verwaltung' };

export interface NewUserForm {
  username: string;
  roles: Role[];
  errors: Partial<Record<'username' | 'password' | 'roles', string>>;
}

export const EMPTY_NEW_USER: NewUserForm = { username: '', roles: [], errors: {} };

function UserRow(props: { staff: StaffPrincipal; user: StaffUser }) {
  const u = props.user;
  return (
    <tr>
      <th scope="row">{u.username}</th>
      <td>
        <form method="post" action={`/staff/users/${u.id}`}>
          <Csrf staff={props.staff} />
          <fieldset>
            <legend class="visually-hidden">Rollen von {u.username}</legend>
            {ROLES.map((role) => (
              <span>
                <input type="checkbox" id={`role-${u.id}-${role}`} name="roles" value={role} checked={u.roles.includes(role)} />
                <label class="inline" for={`role-${u.id}-${role}`}>
                  {ROLE_SHORT[role]}
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
          <Csrf staff={props.staff} />
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
  );
}

export function UsersPage(props: { staff: StaffPrincipal; users: StaffUser[]; message?: string | undefined; form: NewUserForm }) {
  const { form } = props;
  const failed = Object.keys(form.errors).length > 0;
  const invalid = (field: keyof NewUserForm['errors']) => (form.errors[field] ? 'true' : undefined);
  const describedBy = (field: keyof NewUserForm['errors']) => (form.errors[field] ? `new-${field}-error` : undefined);
  return (
    <Layout title="Benutzer" staff={props.staff} section="/staff/users">
      {props.message ? <Notice kind="success">{props.message}</Notice> : null}
      {failed ? <Notice kind="error">Der Benutzer wurde nicht angelegt – der Hinweis steht am Feld. Ihre Angaben sind erhalten; das Passwort geben Sie bitte noch einmal ein.</Notice> : null}
      <div class="table-scroll" tabindex={0}>
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
          {props.users.map((user) => (
            <UserRow staff={props.staff} user={user} />
          ))}
        </tbody>
      </table>
      </div>
      <h2>Neuen Benutzer anlegen</h2>
      <form method="post" action="/staff/users" class="stack narrow">
        <Csrf staff={props.staff} />
        <label for="username">Benutzername (3–40 Zeichen: a–z, 0–9, . _ -; Großbuchstaben werden klein gespeichert)</label>
        <input type="text" id="username" name="username" value={form.username} required autocomplete="off" aria-invalid={invalid('username')} aria-describedby={describedBy('username')} />
        <FieldError id="new-username-error" errors={form.errors.username ? [form.errors.username] : undefined} />
        <label for="password">Erstes Passwort (mindestens 12 Zeichen)</label>
        <input type="password" id="password" name="password" required autocomplete="new-password" minlength={12} aria-invalid={invalid('password')} aria-describedby={describedBy('password')} />
        <FieldError id="new-password-error" errors={form.errors.password ? [form.errors.password] : undefined} />
        <fieldset aria-describedby={describedBy('roles')}>
          <legend>Rollen</legend>
          {ROLES.map((role) => (
            <div>
              <input type="checkbox" id={`new-role-${role}`} name="roles" value={role} checked={form.roles.includes(role)} />
              <label class="inline" for={`new-role-${role}`}>
                {ROLE_LABEL[role]}
              </label>
            </div>
          ))}
          <FieldError id="new-roles-error" errors={form.errors.roles ? [form.errors.roles] : undefined} />
        </fieldset>
        <button type="submit">Anlegen</button>
      </form>
    </Layout>
  );
}
