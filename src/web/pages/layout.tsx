/** The frame of every server-rendered page: skip link, header with navigation, footer. No inline script or style. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { CityFacts } from '../widget-config.js';

export interface LayoutProps {
  title: string;
  path: string;
  city: CityFacts;
  cityId: string;
  description: string;
  /** Load the launcher widget (demo page) or the full-page chat. */
  widget?: 'launcher' | 'page';
  /** A page script from this origin (the CSP allows no inline code). */
  script?: string;
  children: Child;
}

const NAV: Array<{ href: string; label: string; lang?: string }> = [
  { href: '/', label: 'Bürgerservice' },
  { href: '/chat', label: 'Chat' },
  { href: '/leichte-sprache', label: 'Leichte Sprache' },
  { href: '/barrierefreiheit', label: 'Barrierefreiheit' },
  { href: '/datenschutz', label: 'Datenschutz' },
];

export function Layout(props: LayoutProps) {
  const nav = (
    <ul>
      {NAV.map((item) => (
        <li>
          <a href={item.href} aria-current={item.href === props.path ? 'page' : undefined}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="de">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} – ${props.city.name}`}</title>
          <meta name="description" content={props.description} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/assets/site.css" />
        </head>
        <body>
          <a class="skip-link" href="#main">
            Zum Inhalt springen
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true"></span>
                {props.city.name}
              </a>
              <nav aria-label="Hauptnavigation">{nav}</nav>
            </div>
          </header>
          <main id="main" class="wrap" tabindex={-1}>
            {props.children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                {props.city.name}
                {props.city.address ? `, ${props.city.address}` : ''}
                {props.city.phoneCentral ? (
                  <>
                    {' · Telefon '}
                    <a href={`tel:${props.city.phoneCentral.replace(/[^0-9+]/g, '')}`}>{props.city.phoneCentral}</a>
                  </>
                ) : null}
                {props.city.website ? (
                  <>
                    {' · '}
                    <a href={props.city.website}>{props.city.website.replace(/^https?:\/\//, '')}</a>
                  </>
                ) : null}
              </p>
              <nav aria-label="Rechtliches und Hilfe">
                <ul>
                  <li><a href="/datenschutz">Datenschutz</a></li>
                  <li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li>
                  <li><a href="/leichte-sprache">Leichte Sprache</a></li>
                </ul>
              </nav>
              <p class="small">Stadtlotse: freie Software (MIT-Lizenz) für digitale Bürgerdienste.</p>
            </div>
          </footer>
          {props.widget === 'launcher' ? <script src="/widget.js" data-city={props.cityId} defer></script> : null}
          {props.widget === 'page' ? <script src="/widget.js" data-city={props.cityId} data-mode="page" data-target="stadtlotse-chat" defer></script> : null}
          {props.script ? <script src={props.script} defer></script> : null}
        </body>
      </html>
    </>
  );
}
