/**
 * The staff workspace at /staff: city staff keep the answers current, learn from what citizens asked and
 * handle submissions. Server-rendered with hono/jsx, runtime-agnostic (Web Crypto, SqlDb), mounted as an AppPlugin.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/app-error.js';
import type { AppPlugin } from '../http/app-context.js';
import { mountStaffAssets } from './assets.js';
import { createAuth, type StaffEnv } from './auth.js';
import { createContentService } from './content-service.js';
import { guard, pageHeaders, readForm, render, safeNext } from './http.js';
import { Layout, Notice } from './pages/layout.js';
import { LoginPage } from './pages/login.js';
import { mountAdminRoutes } from './routes/admin-routes.js';
import { mountAnalyticsRoutes } from './routes/analytics-routes.js';
import { mountCaseworkRoutes } from './routes/casework-routes.js';
import { mountContentRoutes } from './routes/content-routes.js';
import { mountInboxRoutes } from './routes/inbox-routes.js';
import { mountPublishRoutes } from './routes/publish-routes.js';
import type { StaffOptions, StaffServices } from './services.js';
import { createAnalyticsRepository } from './store/analytics-repository.js';
import { createCaseworkRepository } from './store/casework-repository.js';
import { createContentRepository } from './store/content-repository.js';
import { createInboxRepository } from './store/inbox-repository.js';
import { createStaffRepository } from './store/staff-repository.js';

export type { StaffOptions } from './services.js';
export const MAX_FORM_BYTES = 256 * 1024;
export const DEFAULT_MAX_REGRESSION_POINTS = 2;
/** Stands in the audit log for a name that is no account: people type their password into the name field. */
export const UNKNOWN_USER = '(unbekannter Benutzer)';

export function staffPlugin(options: StaffOptions): AppPlugin {
  return (app, context) => {
    const live = context.live;
    if (!live) throw new Error('the staff workspace needs AppDeps.live (LiveContent) to publish content');
    const db = context.store.db;
    const staffRepo = createStaffRepository(db);
    const maxLossPoints = async () => {
      const stored = await staffRepo.getSetting('max_regression_points');
      const value = stored === null ? Number.NaN : Number(stored);
      return Number.isFinite(value) ? value : (options.maxRegressionPoints ?? DEFAULT_MAX_REGRESSION_POINTS);
    };
    const contentRepo = createContentRepository(db);
    const services: StaffServices = {
      app: context,
      options,
      timeZone: options.timeZone ?? 'Europe/Berlin',
      staffRepo,
      contentRepo,
      inboxRepo: createInboxRepository(db),
      analyticsRepo: createAnalyticsRepository(db),
      caseworkRepo: createCaseworkRepository(db, options.timeZone),
      content: createContentService({ repo: contentRepo, live, assemble: options.assemble, ...(options.train ? { train: options.train } : {}), ...(options.yaml ? { yaml: options.yaml } : {}), ...(options.facts !== undefined ? { facts: options.facts } : {}), maxLossPoints, now: context.now }),
      auth: createAuth({
        repo: staffRepo,
        now: context.now,
        clientKey: options.clientKey ?? ((c) => c.req.header('cf-connecting-ip') ?? 'unknown'),
        ...(options.passwordIterations ? { iterations: options.passwordIterations } : {}),
      }),
      maxLossPoints,
      audit: (c, entry) => {
        const staff = c.get('staff');
        return { ...entry, at: context.now().toISOString(), userId: staff?.user.id ?? null, username: staff?.user.username ?? 'anonymous' };
      },
      denied: (c, status, message) =>
        render(
          c,
          <Layout title={status === 401 ? 'Anmeldung nötig' : 'Kein Zugriff'} staff={c.get('staff')}>
            <Notice kind="error">{message}</Notice>
            <p>
              <a href="/staff">Zur Startseite der Redaktion</a>
            </p>
          </Layout>,
          status,
        ),
    };

    const staff = new Hono<StaffEnv>();
    // "/staff/" or a bookmarked "/staff/intents/" got a JSON 404 (tester-n 8): the workspace's pages have no trailing slash.
    staff.get('*', async (c, next) => {
      const url = new URL(c.req.url);
      if (!url.pathname.endsWith('/') || url.pathname === '/') return next();
      return c.redirect(`${url.pathname.replace(/\/+$/, '')}${url.search}`, 301);
    });
    mountStaffAssets(staff);
    staff.use('*', bodyLimit({ maxSize: MAX_FORM_BYTES, onError: () => { throw new AppError(413, 'body_too_large', `Formulare dürfen höchstens ${MAX_FORM_BYTES / 1024} KB groß sein.`); } }));
    staff.use('*', async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    });
    staff.use('*', services.auth.loadSession);

    staff.get('/login', (c) => {
      if (c.get('staff')) return c.redirect(safeNext(c.req.query('next')), 302);
      return render(c, <LoginPage csrf={services.auth.loginCsrf(c)} next={safeNext(c.req.query('next'))} />);
    });
    staff.post('/login', async (c) => {
      const form = await readForm(c);
      const next = safeNext(form.get('next'));
      if (!services.auth.checkLoginCsrf(c, form.get('_csrf'))) {
        return render(c, <LoginPage csrf={services.auth.loginCsrf(c)} next={next} error="Das Formular ist abgelaufen. Bitte versuchen Sie es noch einmal." />, 403);
      }
      const username = form.get('username');
      const result = await services.auth.login(c, username, form.get('password'));
      if (result.ok) {
        await staffRepo.audit({ at: context.now().toISOString(), userId: result.user.id, username: result.user.username, action: 'auth.login' });
        return c.redirect(next, 303);
      }
      const error =
        result.reason === 'locked'
          ? `Zu viele Fehlversuche von diesem Gerät. Bitte warten Sie bis ${new Date(result.until).toLocaleTimeString('de-DE', { timeZone: services.timeZone, hour: '2-digit', minute: '2-digit' })} Uhr; an einem anderen Gerät geht die Anmeldung weiter.`
          : 'Benutzername oder Passwort stimmen nicht.';
      await staffRepo.audit({ at: context.now().toISOString(), userId: null, username: result.account ?? UNKNOWN_USER, action: result.reason === 'locked' ? 'auth.locked' : 'auth.login_failed' });
      return render(c, <LoginPage csrf={services.auth.loginCsrf(c)} next={next} username={username} error={error} />, result.reason === 'locked' ? 429 : 401);
    });

    const anyStaff = guard(['editor', 'clerk', 'admin'], services.denied);
    staff.post('/logout', anyStaff, async (c) => {
      await staffRepo.audit(services.audit(c, { action: 'auth.logout' }));
      await services.auth.endSession(c);
      return c.redirect('/staff/login', 303);
    });
    staff.get('/', anyStaff, async (c) => {
      const principal = c.get('staff');
      const roles = principal?.user.roles ?? [];
      const state = roles.includes('editor') ? await services.content.draftState() : null;
      const changes = state ? state.diff.added.length + state.diff.removed.length + state.diff.changed.length : 0;
      return render(
        c,
        <Layout title="Übersicht" staff={principal} section="/staff">
          {state?.yamlPending ? (
            <Notice kind="warning">
              Die YAML-Dateien im Repository sind neuer als die veröffentlichte Version und weichen von ihr ab. Die Änderungen der Redaktion bleiben erhalten.{' '}
              <a href="/staff/import">Unterschiede ansehen und aus YAML importieren</a>
            </Notice>
          ) : null}
          {state ? (
            <p>
              Veröffentlicht ist Version {state.published.version} mit {state.published.intents.length} Anliegen.{' '}
              {changes > 0 ? <a href="/staff/publish">Der Entwurf hat {changes} Änderung(en) – prüfen und veröffentlichen</a> : 'Der Entwurf entspricht der veröffentlichten Version.'}
            </p>
          ) : null}
          <ul class="cards">
            {roles.includes('editor') ? (
              <>
                <li><a href="/staff/intents">Antworten bearbeiten</a></li>
                <li><a href="/staff/inbox">Posteingang: nicht verstandene Fragen</a></li>
                <li><a href="/staff/console">Testkonsole</a></li>
              </>
            ) : null}
            {roles.includes('clerk') ? (
              <>
                <li><a href="/staff/submissions">Anträge und Meldungen</a></li>
                <li><a href="/staff/appointments">Termine im Bürgerbüro</a></li>
              </>
            ) : null}
            <li><a href="/staff/analytics">Auswertung</a></li>
            {roles.includes('admin') ? (
              <>
                <li><a href="/staff/users">Benutzer verwalten</a></li>
                <li><a href="/staff/audit">Änderungsprotokoll</a></li>
              </>
            ) : null}
          </ul>
        </Layout>,
      );
    });

    mountContentRoutes(staff, services);
    mountPublishRoutes(staff, services);
    mountInboxRoutes(staff, services);
    mountAnalyticsRoutes(staff, services);
    mountCaseworkRoutes(staff, services);
    mountAdminRoutes(staff, services);
    staff.onError((error, c) => {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      pageHeaders(c);
      return render(
        c,
        <Layout title="Das hat nicht geklappt" staff={c.get('staff')}>
          <Notice kind="error">{error.message}</Notice>
          <p>
            <a href="/staff">Zur Startseite der Redaktion</a>
          </p>
        </Layout>,
        ([400, 401, 403, 404, 409, 422, 423, 429] as const).find((s) => s === error.status) ?? 400,
      );
    });
    app.route('/staff', staff);
  };
}
