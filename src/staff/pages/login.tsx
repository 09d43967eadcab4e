/** The login form. Carries a CSRF token (double-submit cookie) like every other staff form. */
import { Layout, Notice } from './layout.js';

export function LoginPage(props: { csrf: string; next: string; username?: string; error?: string }) {
  return (
    <Layout title="Anmelden">
      {props.error ? <Notice kind="error">{props.error}</Notice> : null}
      <form method="post" action="/staff/login" class="stack narrow">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <label for="username">Benutzername</label>
        <input id="username" name="username" type="text" autocomplete="username" required value={props.username ?? ''} />
        <label for="password">Passwort</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Anmelden</button>
      </form>
      <p class="hint">Nach mehreren falschen Passwörtern müssen Sie an diesem Gerät kurz warten, bevor Sie es noch einmal versuchen können.</p>
    </Layout>
  );
}
