/**
 * The workspace's stylesheet and its one small script, served as files (the CSP forbids inline code).
 * The script only enhances: live readability scores while typing, confirmations before rollbacks and the
 * focus on the error summary after a refused save;
 * every page works without it.
 */
import type { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { StaffEnv } from './auth.js';

export const STAFF_JS = `'use strict';
(function () {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';
  // After a refused save the summary of problems takes the focus, so screen readers start there.
  var focusTarget = document.querySelector('[data-focus-on-load]');
  if (focusTarget) focusTarget.focus();
  document.querySelectorAll('textarea[data-readability]').forEach(function (area) {
    var out = document.getElementById(area.getAttribute('data-readability'));
    if (!out) return;
    // The server's readability warning describes the saved text: once the text changes, the live score speaks.
    var warning = document.getElementById(area.id + '-warning');
    var timer = null;
    area.addEventListener('input', function () {
      if (warning) warning.hidden = true;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch('/staff/api/readability', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ text: area.value }),
          credentials: 'same-origin'
        }).then(function (res) { return res.ok ? res.json() : null; }).then(function (data) {
          if (data) out.textContent = data.summary;
        }).catch(function () {});
      }, 400);
    });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
})();
`;

export const STAFF_CSS = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --accent: #0b4f8a; --bg: #fff; --soft: #f3f5f8; --ok: #146c2e; --bad: #a4161a; --warn: #7a4d00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus, [tabindex]:focus { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
.skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; }
.staff-header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .75rem 1.5rem; background: var(--soft); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; text-decoration: none; color: var(--ink); }
.staff-header nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
.staff-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.logout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
.who { color: var(--muted); font-size: .9rem; }
main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
.table-scroll { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
.table-scroll > table { margin: 0; }
td, th { overflow-wrap: anywhere; }
td code { overflow-wrap: anywhere; word-break: break-word; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
button, .button { display: inline-block; font: inherit; padding: .4rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; text-decoration: none; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--bad); border-color: var(--bad); }
input[type="text"], input[type="password"], input[type="search"], input[type="number"], input[type="date"], select, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #767676; border-radius: 4px; max-width: 100%; }
textarea { width: 100%; min-height: 6rem; }
label { font-weight: 600; display: block; margin-top: .75rem; }
label.inline { display: inline; font-weight: 400; margin: 0 .75rem 0 .25rem; }
.stack > * { display: block; }
.narrow { max-width: 24rem; }
/* Checkboxes keep their size beside their labels (smoke19 B10: they sat centred above them). */
.narrow input:not([type="checkbox"]):not([type="radio"]) { width: 100%; }
.narrow button { margin-top: 1rem; }
.row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
.row > * { min-width: 0; max-width: 100%; }
main { min-width: 0; overflow-wrap: break-word; }
.grid2 > * { min-width: 0; }
.row label { margin-top: 0; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); gap: 1rem 2rem; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.notice { padding: .6rem 1rem; border-left: 6px solid var(--accent); background: var(--soft); margin: .5rem 0 1rem; }
.notice-error { border-color: var(--bad); background: #fdecec; }
.notice-success { border-color: var(--ok); background: #eaf6ec; }
.notice-warning { border-color: var(--warn); background: #fff5e0; }
.field-error { color: var(--bad); font-weight: 600; margin: .25rem 0; }
.field-warning { color: var(--warn); margin: .25rem 0; }
.hint, .score { color: var(--muted); font-size: .92rem; margin: .25rem 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .85rem; background: #e6e6e6; color: var(--ink); }
.badge.warn { background: #fff0c2; color: #5c3b00; }
.badge.ok { background: #d9f0de; color: #0d4a1f; }
.badge.bad { background: #fbdcdc; color: #7d1114; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
@media print { .staff-header, .skip-link, .noprint { display: none; } main { padding: 0; } }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); gap: .75rem; }
@media (max-width: 40rem) { main { padding: 1rem .75rem 3rem; } .staff-header { padding: .75rem; } }
.cards li a { display: block; padding: 1rem; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
.worse { color: var(--bad); }
.better { color: var(--ok); }
.diff td { white-space: pre-wrap; }
del { background: #fbdcdc; color: #5e0b0d; }
ins { background: #d9f0de; color: #0b3d18; text-decoration: none; }
.chart { max-width: 100%; height: auto; }
.chart text { fill: #1b1b1b; font-size: 12px; }
.chart .bar { fill: #0b4f8a; }
.chart .bar2 { fill: #a4161a; }
.group-actions form { display: inline-flex; gap: .5rem; align-items: center; margin: .25rem .75rem .25rem 0; }
.group-actions form.inbox-example { display: flex; flex-wrap: wrap; }
.inbox-example > textarea, .inbox-example > .hint, .inbox-example > .field-warning, .inbox-example > .field-error, .inbox-example > label[for^="text-"] { flex-basis: 100%; }
.inbox-example > textarea { min-height: 3rem; }
details { margin: .5rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
blockquote.reply { white-space: pre-wrap; margin: .5rem 0; padding: .5rem 1rem; border-left: 4px solid var(--line); }
pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); padding: .5rem; }
`;

export const STAFF_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f8a"/><path d="M9 22l7-12 7 12z" fill="#fff"/></svg>';

export function mountStaffAssets(app: Hono<StaffEnv>): void {
  const assets = [
    { path: '/assets/staff.js', type: 'text/javascript; charset=utf-8', body: STAFF_JS },
    { path: '/assets/staff.css', type: 'text/css; charset=utf-8', body: STAFF_CSS },
    { path: '/assets/favicon.svg', type: 'image/svg+xml', body: STAFF_ICON },
  ];
  for (const asset of assets) {
    app.get(asset.path, etag(), (c) => {
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(asset.body);
    });
  }
}
