/**
 * Widget part 6: mounting. Launcher mode appends <stadtlotse-widget> to the body; page mode
 * (the full-page chat) renders into the element named by data-target. Styles live only in the
 * shadow root: a constructed stylesheet (allowed under a host page's strict CSP), or, in browsers
 * without one, a <link> to /widget.css inside the shadow root.
 */
export const widgetMain = String.raw`
function applyStyles(shadow) {
  var constructed = typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow && 'replaceSync' in CSSStyleSheet.prototype;
  if (constructed) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.appendChild(el('link', { rel: 'stylesheet', href: ORIGIN + '/widget.css' }));
  }
}

function loadConfig() {
  var city = script.getAttribute('data-city');
  return api('GET', '/api/widget-config' + (city ? '?city=' + encodeURIComponent(city) : '')).then(function (config) {
    state.config = config;
  }, function () { /* the chat works without it; "talk to a person" then shows the heading only */ });
}

function mount() {
  var host;
  if (MODE === 'page') {
    host = document.getElementById(script.getAttribute('data-target') || 'stadtlotse-chat');
    if (!host) return;
  } else {
    host = document.createElement('stadtlotse-widget');
    document.body.appendChild(host);
  }
  var shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  build(shadow);
  state.extras = readExtras();
  initVoice();
  if (MODE === 'launcher' && state.open) {
    ui.panel.hidden = false;
    ui.root.classList.add('sl-is-open');
    ui.launcher.setAttribute('aria-expanded', 'true');
  }
  Promise.all([loadConfig(), restore()]).then(function () {
    relabel();
    if (!state.hasMessages) showWelcome();
    ui.root.setAttribute('data-ready', 'true');
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
`;
