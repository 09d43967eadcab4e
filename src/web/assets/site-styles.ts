/** Styles of the server-rendered pages (served as /assets/site.css; no inline styles, so the CSP can forbid them). */
export const SITE_CSS = String.raw`
:root { --city: var(--stadtlotse-primary, #00508f); --ink: #1b1b1b; --paper: #ffffff; --soft: #f3f6f9; --line: #c4c4c4; }
*, *::before, *::after { box-sizing: border-box; }
/* The widget's launcher is fixed at the bottom right (about 4rem with its margin): a link focused near the
   bottom is scrolled above it, not under it (WCAG 2.4.11); the footer's bottom padding leaves room at the end. */
html { -webkit-text-size-adjust: 100%; scroll-padding-bottom: 5.5rem; }
[hidden] { display: none !important; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.6; color: var(--ink); background: var(--paper); overflow-wrap: break-word; }
.wrap { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--city); text-underline-offset: .15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #ffffff; outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
main:focus { outline: none; }
.skip-link { position: absolute; left: 1rem; top: -10rem; z-index: 10; padding: .5rem 1rem; background: var(--ink); color: #ffffff; }
.skip-link:focus { top: .5rem; }
.site-header { background: var(--city); color: #ffffff; }
.header-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
.brand { display: inline-flex; align-items: center; gap: .6rem; color: #ffffff; font-size: 1.35rem; font-weight: 700; text-decoration: none; }
.brand-mark { display: inline-block; width: 1.6rem; height: 1.6rem; border: 3px solid #ffffff; border-radius: .3rem; }
.site-header ul, .site-footer ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none; }
.site-header nav a { color: #ffffff; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
main { padding-top: 1.5rem; padding-bottom: 3rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.lead { font-size: 1.15rem; }
.small { font-size: .9rem; }
code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; background: var(--soft); padding: .1em .3em; overflow-wrap: anywhere; }
.callout { padding: 1rem 1.25rem; border-left: .4rem solid var(--city); background: var(--soft); }
.callout h2 { margin-top: 0; }
.topics { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; margin: 0; padding: 0; list-style: none; }
.topics li { padding: 1rem; border: 1px solid var(--line); border-radius: .5rem; }
.topics p { margin: .25rem 0; }
.chat-mount { margin-top: 1rem; }
.nowrap { white-space: nowrap; }
.button { min-height: 2.75rem; padding: .4rem 1rem; border: 2px solid var(--city); border-radius: .4rem; background: var(--paper); color: var(--city); font: inherit; font-weight: 600; cursor: pointer; }
.button-danger { border-color: #a4231a; background: #a4231a; color: #ffffff; }
.button:disabled { cursor: not-allowed; opacity: .65; }
.button-row { display: flex; flex-wrap: wrap; gap: .5rem; }
.confirm { margin: 1rem 0; padding: 1rem; border: 2px solid #a4231a; border-radius: .4rem; background: #fdeeed; }
.confirm p { margin-top: 0; }
.result { font-weight: 600; }
.result:focus { outline: none; }
.easy { max-width: 40rem; font-size: 1.15rem; line-height: 1.7; }
.easy p { margin: .35rem 0; }
.easy h2 { margin-top: 2.25rem; }
.site-footer { border-top: 1px solid var(--line); background: var(--soft); padding: 1rem 0 5.5rem; }
.site-footer p { margin: .5rem 0; }
@media (max-width: 30rem) { h1 { font-size: 1.6rem; } .brand { font-size: 1.15rem; } }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
`.trimStart();

export const FAVICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00508f"/><path d="M7 8h18v12H12l-5 5z" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/></svg>\n';
