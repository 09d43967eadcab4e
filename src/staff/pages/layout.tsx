/** The frame of every staff page: skip link, navigation by role, CSRF meta for the script. No inline code (CSP). */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { StaffPrincipal } from '../auth.js';
import type { Role } from '../store/staff-repository.js';

const ROLE_NAME: Record<Role, string> = { editor: 'Redaktion', clerk: 'Sachbearbeitung', admin: 'Verwaltung' };

const NAV: Array<{ href: string; label: string; roles: Role[] }> = [
  { href: '/staff/intents', label: 'Antworten', roles: ['editor'] },
  { href: '/staff/inbox', label: 'Posteingang', roles: ['editor'] },
  { href: '/staff/console', label: 'Testkonsole', roles: ['editor'] },
  { href: '/staff/publish', label: 'Veröffentlichen', roles: ['editor'] },
  { href: '/staff/versions', label: 'Versionen', roles: ['editor'] },
  { href: '/staff/analytics', label: 'Auswertung', roles: ['editor', 'clerk', 'admin'] },
  { href: '/staff/submissions', label: 'Anträge', roles: ['clerk'] },
  { href: '/staff/appointments', label: 'Termine', roles: ['clerk'] },
  { href: '/staff/users', label: 'Benutzer', roles: ['admin'] },
  { href: '/staff/settings', label: 'Einstellungen', roles: ['admin'] },
  { href: '/staff/audit', label: 'Protokoll', roles: ['admin'] },
];

export interface LayoutProps {
  title: string;
  staff?: StaffPrincipal | undefined;
  /** Path of the current section, for aria-current. */
  section?: string;
  children: Child;
}

export function Layout(props: LayoutProps) {
  const staff = props.staff;
  const items = staff ? NAV.filter((item) => item.roles.some((role) => staff.user.roles.includes(role))) : [];
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="de">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} – Stadtlotse Redaktion`}</title>
          {staff ? <meta name="csrf-token" content={staff.csrfToken} /> : null}
          <link rel="icon" href="/staff/assets/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/staff/assets/staff.css" />
          <script src="/staff/assets/staff.js" defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            Zum Inhalt springen
          </a>
          <header class="staff-header">
            <a class="brand" href="/staff">
              Stadtlotse · Redaktion
            </a>
            {staff ? (
              <nav aria-label="Arbeitsbereiche">
                <ul>
                  {items.map((item) => (
                    <li>
                      <a href={item.href} aria-current={props.section === item.href ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {staff ? (
              <form method="post" action="/staff/logout" class="logout">
                <input type="hidden" name="_csrf" value={staff.csrfToken} />
                <span class="who">
                  {staff.user.username} ({staff.user.roles.map((role) => ROLE_NAME[role]).join(', ')})
                </span>
                <button type="submit">Abmelden</button>
              </form>
            ) : null}
          </header>
          <main id="main" tabindex={-1}>
            <h1>{props.title}</h1>
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

/** The CSRF field every form carries. */
export function Csrf(props: { staff: StaffPrincipal }) {
  return <input type="hidden" name="_csrf" value={props.staff.csrfToken} />;
}

export function Notice(props: { kind: 'info' | 'error' | 'success' | 'warning'; children: Child }) {
  return (
    <div class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

export function FieldError(props: { id: string; errors?: string[] | undefined }) {
  if (!props.errors || props.errors.length === 0) return null;
  return (
    <p class="field-error" id={props.id}>
      {props.errors.join(' ')}
    </p>
  );
}

const DATE_TIME = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
const DATE = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

export function percent(value: number): string {
  return `${(value * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;
}
