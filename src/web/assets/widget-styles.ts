/**
 * Widget styles, applied only inside its shadow root. City colours come in through CSS custom
 * properties (--stadtlotse-primary, ...), which inherit into the shadow tree from the host page.
 * Sizes are in em on a root of max(1rem, 16px), so browser text zoom to 200 % works.
 */
export const widgetStyles = String.raw`
:host { all: initial; }
[hidden] { display: none !important; }
.sl {
  --p: var(--stadtlotse-primary, #00508f);
  --on-p: var(--stadtlotse-on-primary, #ffffff);
  --bg: var(--stadtlotse-background, #ffffff);
  --fg: var(--stadtlotse-text, #1b1b1b);
  --bot: var(--stadtlotse-bot-bubble, #edf2f7);
  --muted: #4a4a4a;
  --line: #c4c4c4;
  --danger: #a4231a;
  font-family: var(--stadtlotse-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
  font-size: max(1rem, 16px);
  line-height: 1.5;
  color: var(--fg);
  -webkit-text-size-adjust: 100%;
}
.sl *, .sl *::before, .sl *::after { box-sizing: border-box; }
.sl button, .sl textarea { font: inherit; }
.sl button { cursor: pointer; }
.sl button:disabled { cursor: not-allowed; opacity: .65; }
.sl a { color: inherit; text-decoration: underline; text-underline-offset: .15em; }
.sl :focus-visible { outline: 3px solid #ffffff; outline-offset: 0; box-shadow: 0 0 0 6px #1b1b1b; }
.sl-vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sl svg { width: 1.25em; height: 1.25em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; flex: none; }

.sl-launcher {
  position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000;
  display: inline-flex; align-items: center; gap: .5em; min-height: 3em; padding: .5em 1.1em;
  border: 2px solid var(--on-p); border-radius: 999px; background: var(--p); color: var(--on-p);
  font-weight: 600; box-shadow: 0 2px 10px rgba(0, 0, 0, .35);
}
.sl-panel { display: flex; flex-direction: column; background: var(--bg); color: var(--fg); overflow: auto; }
.sl-mode-launcher .sl-panel {
  position: fixed; right: 1rem; bottom: 5rem; z-index: 2147483001;
  width: min(26em, calc(100vw - 2rem)); height: min(42em, calc(100vh - 6rem));
  border: 1px solid var(--line); border-radius: .75em; box-shadow: 0 6px 28px rgba(0, 0, 0, .3);
}
.sl-mode-page .sl-panel { height: min(85vh, 60em); min-height: 28em; border: 1px solid var(--line); border-radius: .5em; }
@media (max-width: 600px), (max-height: 500px) {
  .sl-mode-launcher .sl-panel { inset: 0; width: auto; height: auto; right: 0; bottom: 0; border-radius: 0; border: 0; }
  .sl-is-open .sl-launcher { display: none; }
}

/* Short viewports (an on-screen keyboard, landscape, 400 % zoom): the notice and the toolbar are shown in
   "Optionen", the header is compact, and the log keeps the space so the question and the form stay in view. */
.sl-short .sl-toolbar, .sl-short .sl-notice, .sl-short .sl-subtitle { display: none; }
.sl-short.sl-more-open .sl-toolbar { display: flex; }
.sl-short.sl-more-open .sl-notice { display: block; }
.sl-short .sl-head { padding: .15em .4em .15em .6em; }
.sl-short .sl-log { min-height: 3em; padding: .5em .8em; }
.sl-short .sl-form { padding: .25em .6em .35em; }
.sl-short .sl-label { margin-bottom: 0; }

.sl-head { display: flex; align-items: center; gap: .4em; padding: .5em .6em .5em .8em; background: var(--p); color: var(--on-p); }
.sl-head-text { flex: 1 1 auto; min-width: 0; }
.sl-head .sl-more-btn { border-color: var(--on-p); background: var(--p); color: var(--on-p); }
.sl-head .sl-more-btn[aria-expanded="true"] { background: var(--on-p); color: var(--p); }
.sl-title { margin: 0; font-size: 1.15em; line-height: 1.3; }
.sl-subtitle { margin: 0; font-size: .9em; }
.sl-toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .4em; padding: .4em .8em; border-bottom: 1px solid var(--line); }
.sl-langs { display: inline-flex; gap: .25em; }
.sl-toggle, .sl-lang, .sl-more-btn, .sl-secondary, .sl-menu-item {
  min-height: 2.5em; padding: .2em .7em; border: 2px solid var(--p); border-radius: .4em; background: var(--bg); color: var(--p); font-size: .95em;
}
.sl-toggle[aria-pressed="true"], .sl-lang[aria-pressed="true"] { background: var(--p); color: var(--on-p); }
.sl-toggle[aria-pressed="true"]::before, .sl-lang[aria-pressed="true"]::before { content: "\2713\00a0"; }
.sl-notice { margin: 0; padding: .35em .8em; font-size: .85em; line-height: 1.4; background: #fff6d6; color: #1b1b1b; border-bottom: 1px solid var(--line); }
.sl-notice a { color: #1b1b1b; }
.sl-more { display: flex; flex-direction: column; gap: .3em; padding: .5em .8em; border-bottom: 1px solid var(--line); }
.sl-menu-item { text-align: left; }
.sl-human { padding: .4em .8em .6em; border-bottom: 1px solid var(--line); font-size: .95em; }
.sl-human h3 { margin: .2em 0; font-size: 1em; }
.sl-human p { margin: .2em 0; }
.sl-human ul { margin: .2em 0; padding-left: 1.2em; }
.sl-human a { color: var(--p); }
.sl-confirm { margin: .5em .8em; padding: .6em .8em; border: 2px solid var(--danger); border-radius: .4em; background: #fdeeed; color: #1b1b1b; }
.sl-confirm p { margin: 0 0 .5em; }
.sl-confirm .sl-confirm-note { font-size: .9em; }
.sl-danger { min-height: 2.5em; padding: .2em .8em; border: 2px solid var(--danger); border-radius: .4em; background: var(--danger); color: #ffffff; font-weight: 600; }

.sl-log { position: relative; flex: 1 1 auto; min-height: 9em; overflow-y: auto; display: flex; flex-direction: column; gap: .75em; padding: .8em; }
.sl-msg { max-width: 90%; padding: .55em .8em; border-radius: .8em; overflow-wrap: anywhere; }
.sl-bot { align-self: flex-start; background: var(--bot); color: var(--fg); border-bottom-left-radius: .2em; }
.sl-bot a { color: var(--p); }
.sl-user { align-self: flex-end; background: var(--p); color: var(--on-p); border-bottom-right-radius: .2em; }
.sl-text { margin: 0; white-space: pre-wrap; }
.sl-nowrap { white-space: nowrap; }
.sl-links { margin: .4em 0 0; padding-left: 1.2em; }
.sl-meta { display: flex; align-items: center; flex-wrap: wrap; gap: .15em; margin-top: .2em; font-size: .85em; color: var(--muted); }
.sl-user .sl-meta { justify-content: flex-end; color: var(--on-p); }
.sl-time { margin-right: .3em; }
.sl-feedback { display: inline-flex; gap: .15em; }
.sl-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 2.5em; height: 2.5em; padding: 0; border: 2px solid transparent; border-radius: .4em; background: transparent; color: inherit; }
.sl-icon-btn:hover { border-color: currentColor; }
.sl-rate[aria-pressed="true"] { background: var(--p); color: var(--on-p); }
.sl-speak { display: none; }
.sl-tts .sl-speak { display: inline-flex; }
.sl-not-sent { display: block; font-size: .85em; font-weight: 600; }
.sl-failed { outline: 2px dashed var(--danger); outline-offset: 2px; }
.sl-suggestions { display: flex; flex-wrap: wrap; gap: .5em; margin-top: .6em; }
.sl-chip { min-height: 2.75em; padding: .3em .9em; border: 2px solid var(--p); border-radius: 1.4em; background: var(--bg); color: var(--p); text-align: left; }
.sl-chip:hover { background: var(--p); color: var(--on-p); }

.sl-typing { display: flex; align-items: center; gap: .5em; padding: 0 .8em .3em; font-size: .9em; color: var(--muted); }
.sl-dots { display: inline-flex; gap: .2em; }
.sl-dots span { width: .45em; height: .45em; border-radius: 50%; background: currentColor; animation: sl-blink 1.2s infinite ease-in-out; }
.sl-dots span:nth-child(2) { animation-delay: .2s; }
.sl-dots span:nth-child(3) { animation-delay: .4s; }
@keyframes sl-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
.sl-done { margin: .3em .8em; padding: .35em .6em; border-left: 4px solid var(--p); background: var(--bot); color: var(--fg); font-size: .95em; }
.sl-alert { padding: 0 .8em; color: var(--danger); font-weight: 600; }
.sl-alert .sl-secondary { margin: .3em 0 .3em .5em; }

.sl-form { padding: .6em .8em .8em; border-top: 1px solid var(--line); }
.sl-label { display: block; margin-bottom: .2em; font-size: .95em; font-weight: 600; }
.sl-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .4em; }
.sl-input { flex: 1 1 8em; min-width: 0; min-height: 2.75em; max-height: 8em; padding: .45em .6em; border: 2px solid #5f5f5f; border-radius: .4em; background: #ffffff; color: #1b1b1b; resize: vertical; }
.sl-send { display: inline-flex; align-items: center; gap: .35em; min-height: 2.75em; padding: 0 .9em; border: 2px solid var(--p); border-radius: .4em; background: var(--p); color: var(--on-p); font-weight: 600; }
.sl-count { margin: .3em 0 0; font-size: .9em; color: var(--muted); }
.sl-count-full { color: var(--danger); font-weight: 600; }
.sl-mic { border-color: var(--p); color: var(--p); height: 2.75em; width: 2.75em; }
.sl-listening .sl-mic { background: var(--danger); border-color: var(--danger); color: #ffffff; }

@media (prefers-reduced-motion: reduce) {
  .sl *, .sl *::before, .sl *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .sl-msg, .sl-launcher, .sl-chip { border: 1px solid CanvasText; }
  .sl :focus-visible { outline: 3px solid Highlight; }
}
`;
