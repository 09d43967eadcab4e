/**
 * Widget part 5b: the panel on phones and at high zoom. When the launcher's panel covers the whole page it is a
 * modal dialog (aria-modal, the page behind it inert, Tab kept inside, Escape or "Chat schließen" the way out):
 * otherwise focus walked the hidden page behind it (tester-l B1). On short viewports (an on-screen keyboard,
 * landscape, 400 % zoom) the notice and the toolbar move into "Optionen" so the log and the form stay visible.
 */
export const widgetLayout = String.raw`
// The same breakpoint as the stylesheet's full-screen layout (widget-styles.ts).
var COVER_QUERY = '(max-width: 600px), (max-height: 500px)';
// Below this height (in CSS px of the visual viewport) the notice and the toolbar leave the panel's top.
var SHORT_HEIGHT = 480;
var inertByUs = [];
var lastHeight = 0;

function coversPage() {
  return MODE === 'launcher' && state.open && !!window.matchMedia && window.matchMedia(COVER_QUERY).matches;
}

function isTouch() {
  return !!window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
}

// Only elements this widget made inert are released again: a page's own inert stays as the page set it.
function setPageInert(on) {
  inertByUs.forEach(function (node) { node.inert = false; node.removeAttribute('inert'); });
  inertByUs = [];
  if (!on) return;
  var host = ui.root.getRootNode().host;
  Array.prototype.forEach.call(document.body.children, function (node) {
    if (node === host || node.inert || node.tagName === 'SCRIPT') return;
    node.inert = true;
    node.setAttribute('inert', '');
    inertByUs.push(node);
  });
}

function updateLayout() {
  var vv = window.visualViewport;
  var height = vv ? vv.height : window.innerHeight;
  ui.root.classList.toggle('sl-short', height < SHORT_HEIGHT);
  // The keyboard opened while the citizen types: the last question and the field stay in view.
  var typing = ui.root.getRootNode().activeElement === ui.input;
  var shrank = height < lastHeight;
  lastHeight = height;
  var modal = coversPage();
  if (modal) ui.panel.setAttribute('aria-modal', 'true');
  else ui.panel.removeAttribute('aria-modal');
  setPageInert(modal);
  // iOS keeps the layout viewport when the keyboard opens: the covering panel follows the visible part instead.
  setViewportRule(modal && vv ? '.sl-mode-launcher .sl-panel { top: ' + Math.round(vv.offsetTop) + 'px; height: ' + Math.round(vv.height) + 'px; bottom: auto; }' : '');
  if (shrank && typing) {
    ui.log.scrollTop = ui.log.scrollHeight;
    ui.form.scrollIntoView({ block: 'nearest' });
  }
}

// A second constructed stylesheet, not inline styles: a host page's strict CSP allows it (see widget-main.ts).
var viewportSheet = null;
function setViewportRule(css) {
  var shadow = ui.root.getRootNode();
  if (!viewportSheet) {
    if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in shadow) || !('replaceSync' in CSSStyleSheet.prototype)) return;
    viewportSheet = new CSSStyleSheet();
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.concat([viewportSheet]);
  }
  viewportSheet.replaceSync(css);
}

function watchLayout() {
  window.addEventListener('resize', updateLayout);
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', updateLayout);
    window.visualViewport.addEventListener('scroll', updateLayout);
  }
  updateLayout();
}

function focusables() {
  return Array.prototype.filter.call(ui.panel.querySelectorAll('button, a[href], textarea, input, [tabindex="0"]'), function (node) {
    return !node.disabled && node.getClientRects().length > 0;
  });
}

// Tab and Shift+Tab wrap inside the covering panel.
function trapTab(event) {
  if (event.key !== 'Tab' || !coversPage()) return;
  var list = focusables();
  if (!list.length) return;
  var active = ui.root.getRootNode().activeElement;
  var first = list[0];
  var last = list[list.length - 1];
  if (event.shiftKey && (active === first || list.indexOf(active) < 0)) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && (active === last || list.indexOf(active) < 0)) { event.preventDefault(); first.focus(); }
}

// After a chip on a touch screen the field's focus would open the keyboard over the new answer: the log takes it.
function focusAfterChip() {
  if (isTouch()) ui.log.focus({ preventScroll: true });
  else ui.input.focus();
}

// The newest question is the turn's last reply: the turn is shown from its start unless that hides the last one.
function showTurn(first, last) {
  var log = ui.log;
  var target = Math.max(0, first.offsetTop - 8);
  var lastBottom = last.offsetTop + last.offsetHeight + 8;
  if (lastBottom - target > log.clientHeight) target = Math.max(0, Math.min(last.offsetTop - 8, lastBottom - log.clientHeight));
  log.scrollTop = target;
}

var waitTimer = null;

// A screen reader hears once that the answer is on its way when it takes longer than a second (the dots are aria-hidden).
function watchWaiting(sending) {
  clearTimeout(waitTimer);
  waitTimer = sending ? setTimeout(function () { if (state.sending) announce(t('waiting')); }, 1000) : null;
}
`;
