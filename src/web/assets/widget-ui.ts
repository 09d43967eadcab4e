/**
 * Widget part 3: the launcher, the panel and its controls, built once with DOM APIs inside a
 * shadow root. Labels are bound to text keys so the DE/EN switch relabels everything in place.
 */
export const widgetUi = String.raw`
var ui = {};
var bindings = [];

function bind(node, key, attr) {
  bindings.push({ node: node, key: key, attr: attr });
  return node;
}

function relabel() {
  bindings.forEach(function (b) {
    if (b.attr) b.node.setAttribute(b.attr, t(b.key));
    else b.node.textContent = t(b.key);
  });
  ui.root.setAttribute('lang', state.locale);
  ui.langDe.setAttribute('aria-pressed', String(state.locale === 'de'));
  ui.langEn.setAttribute('aria-pressed', String(state.locale === 'en'));
  ui.plain.setAttribute('aria-pressed', String(state.plain));
  ui.input.setAttribute('lang', state.locale);
  ui.subtitle.textContent = t('subtitle') + (state.config ? ' · ' + state.config.name : '');
  if (ui.count) updateCount(false, true);
  renderHuman();
}

function labelled(tag, key, attrs, children) {
  return bind(el(tag, attrs, children), key);
}

function iconButton(key, iconName, attrs) {
  var b = el('button', Object.assign({ type: 'button', class: 'sl-icon-btn' }, attrs || {}), [icon(ICONS[iconName])]);
  bind(b, key, 'aria-label');
  bind(b, key, 'title');
  return b;
}

function build(shadow) {
  ui.root = el('div', { class: 'sl sl-mode-' + MODE, lang: state.locale });
  ui.launcher = el('button', { type: 'button', class: 'sl-launcher', 'aria-expanded': 'false', 'aria-controls': 'sl-panel' }, [icon(ICONS.chat), labelled('span', 'launcher')]);
  ui.launcher.addEventListener('click', function () { setOpen(!state.open); });

  ui.title = labelled('h2', 'title', { id: 'sl-title', class: 'sl-title' });
  ui.subtitle = el('p', { class: 'sl-subtitle' });
  ui.close = iconButton('close', 'close', { class: 'sl-icon-btn sl-close', onclick: function () { setOpen(false); } });

  ui.plain = labelled('button', 'plain', { type: 'button', class: 'sl-toggle', 'aria-pressed': 'false', onclick: function () {
    state.plain = !state.plain;
    store('local', KEYS.plain, state.plain ? '1' : '0');
    relabel();
    if (!state.hasMessages) { clearLog(); showWelcome(); }
  } });
  // The visible code stays part of the accessible name (WCAG 2.5.3); the language name is for screen readers.
  ui.langDe = el('button', { type: 'button', class: 'sl-lang', lang: 'de', onclick: function () { setLocale('de'); } }, ['DE', el('span', { class: 'sl-vh', text: ' (Deutsch)' })]);
  ui.langEn = el('button', { type: 'button', class: 'sl-lang', lang: 'en', onclick: function () { setLocale('en'); } }, ['EN', el('span', { class: 'sl-vh', text: ' (English)' })]);
  var langGroup = bind(el('div', { class: 'sl-langs', role: 'group' }, [ui.langDe, ui.langEn]), 'language', 'aria-label');
  ui.moreButton = labelled('button', 'more', { type: 'button', class: 'sl-more-btn', 'aria-expanded': 'false', 'aria-controls': 'sl-more', onclick: function () {
    setMore(ui.more.hidden);
    // Focus goes into the menu: the next Tab stop would otherwise be the close button (tester-l B4).
    if (!ui.more.hidden) ui.humanButton.focus();
  } });
  var head = el('div', { class: 'sl-head' }, [el('div', { class: 'sl-head-text' }, [ui.title, ui.subtitle]), ui.moreButton, MODE === 'launcher' ? ui.close : null]);
  var toolbar = el('div', { class: 'sl-toolbar' }, [ui.plain, langGroup]);

  ui.humanButton = labelled('button', 'human', { type: 'button', class: 'sl-menu-item', 'aria-expanded': 'false', 'aria-controls': 'sl-human', onclick: function () { toggleHuman(); } });
  ui.downloadButton = labelled('button', 'download', { type: 'button', class: 'sl-menu-item', onclick: function () { downloadTranscript(); } });
  ui.eraseButton = labelled('button', 'erase', { type: 'button', class: 'sl-menu-item', onclick: function () { askErase(); } });
  ui.endButton = labelled('button', 'end', { type: 'button', class: 'sl-menu-item', onclick: function () { askEnd(); } });
  ui.more = el('div', { id: 'sl-more', class: 'sl-more', hidden: true }, [ui.humanButton, ui.downloadButton, ui.eraseButton, ui.endButton]);
  ui.human = el('div', { id: 'sl-human', class: 'sl-human', hidden: true, tabindex: '-1' });

  ui.eraseYes = labelled('button', 'eraseYes', { type: 'button', class: 'sl-danger', onclick: function () { eraseData(); } });
  ui.eraseNo = labelled('button', 'cancel', { type: 'button', class: 'sl-secondary', onclick: function () { closeConfirm(); ui.eraseButton.focus(); } });
  ui.confirmText = labelled('p', 'eraseQuestion', { id: 'sl-confirm-text', tabindex: '-1' });
  // "All data" would be untrue for a submitted application: the note says what stays and how to erase it.
  var confirmNote = labelled('p', 'eraseNote', { id: 'sl-confirm-note', class: 'sl-confirm-note' });
  ui.confirm = el('div', { class: 'sl-confirm', role: 'group', 'aria-labelledby': 'sl-confirm-text', 'aria-describedby': 'sl-confirm-note', hidden: true }, [ui.confirmText, confirmNote, el('div', { class: 'sl-row' }, [ui.eraseYes, ui.eraseNo])]);
  // Ending the conversation while an application runs loses its answers: asked first (tester-l C1).
  ui.endText = labelled('p', 'endQuestion', { id: 'sl-end-text', tabindex: '-1' });
  ui.endYes = labelled('button', 'endYes', { type: 'button', class: 'sl-danger', onclick: function () { endConversation(); } });
  ui.endNo = labelled('button', 'cancel', { type: 'button', class: 'sl-secondary', onclick: function () { closeEndConfirm(); ui.endButton.focus(); } });
  ui.endConfirm = el('div', { class: 'sl-confirm', role: 'group', 'aria-labelledby': 'sl-end-text', hidden: true }, [ui.endText, el('div', { class: 'sl-row' }, [ui.endYes, ui.endNo])]);

  ui.privacy = labelled('a', 'privacy', { href: ORIGIN + '/datenschutz', target: MODE === 'page' ? null : '_blank' });
  var notice = el('p', { class: 'sl-notice' }, [labelled('span', 'notice'), ' ', ui.privacy]);

  ui.log = bind(el('div', { class: 'sl-log', role: 'log', 'aria-live': 'polite', tabindex: '0' }), 'log', 'aria-label');
  ui.typing = el('div', { class: 'sl-typing', 'aria-hidden': 'true', hidden: true }, [el('span', { class: 'sl-dots' }, [el('span'), el('span'), el('span')]), labelled('span', 'typing')]);
  ui.status = el('div', { class: 'sl-vh', role: 'status' });
  ui.alertText = el('span');
  ui.retry = labelled('button', 'retry', { type: 'button', class: 'sl-secondary', hidden: true, onclick: function () { retry(); } });
  ui.reload = labelled('button', 'reload', { type: 'button', class: 'sl-secondary', hidden: true, onclick: function () { reloadHistory(); } });
  ui.alert = el('div', { class: 'sl-alert', role: 'alert' }, [ui.alertText, ui.retry, ui.reload]);

  ui.input = bind(el('textarea', { id: 'sl-input', class: 'sl-input', rows: '2', maxlength: String(MAX_CHARS), autocomplete: 'off', 'aria-describedby': 'sl-count' }), 'placeholder', 'placeholder');
  ui.count = el('p', { id: 'sl-count', class: 'sl-count', hidden: true });
  watchCount(ui.input);
  ui.input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  ui.mic = iconButton('mic', 'mic', { class: 'sl-icon-btn sl-mic', 'aria-pressed': 'false', onclick: function () { toggleMic(); } });
  ui.send = el('button', { type: 'submit', class: 'sl-send' }, [icon(ICONS.send), labelled('span', 'send')]);
  ui.form = el('form', { class: 'sl-form', novalidate: true }, [
    labelled('label', 'input', { for: 'sl-input', class: 'sl-label' }), el('div', { class: 'sl-row' }, [ui.input, ui.mic, ui.send]), ui.count
  ]);
  ui.form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });

  ui.panel = el('section', { id: 'sl-panel', class: 'sl-panel', 'aria-labelledby': 'sl-title', hidden: MODE === 'launcher' ? true : null }, [
    head, ui.more, ui.human, toolbar, notice, ui.confirm, ui.endConfirm, ui.log, ui.typing, ui.alert, ui.status, ui.form
  ]);
  if (MODE === 'launcher') ui.panel.setAttribute('role', 'dialog');
  ui.panel.addEventListener('keydown', onPanelKey);
  ui.panel.addEventListener('keydown', trapTab);
  if (MODE === 'launcher') ui.root.appendChild(ui.launcher);
  ui.root.appendChild(ui.panel);
  shadow.appendChild(ui.root);
  relabel();
  watchLayout();
}

function onPanelKey(event) {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  if (!ui.confirm.hidden) { closeConfirm(); ui.eraseButton.focus(); return; }
  if (!ui.endConfirm.hidden) { closeEndConfirm(); ui.endButton.focus(); return; }
  if (!ui.more.hidden) { setMore(false); ui.moreButton.focus(); return; }
  if (MODE === 'launcher') setOpen(false);
}

function setOpen(open) {
  if (MODE === 'page') return;
  state.open = open;
  store('session', KEYS.open, open ? '1' : null);
  ui.panel.hidden = !open;
  ui.root.classList.toggle('sl-is-open', open);
  ui.launcher.setAttribute('aria-expanded', String(open));
  updateLayout();
  if (open) {
    ui.log.scrollTop = ui.log.scrollHeight;
    ui.input.focus();
  } else {
    stopSpeaking();
    ui.launcher.focus();
  }
}

function setMore(open) {
  ui.more.hidden = !open;
  ui.root.classList.toggle('sl-more-open', open);
  ui.moreButton.setAttribute('aria-expanded', String(open));
  ui.downloadButton.disabled = !state.id;
  ui.eraseButton.disabled = !state.id;
  ui.endButton.disabled = !state.id && !state.hasMessages;
  if (!open) { ui.human.hidden = true; ui.humanButton.setAttribute('aria-expanded', 'false'); }
}

function setLocale(locale) {
  if (locale === state.locale) return;
  state.locale = locale;
  store('local', KEYS.locale, locale);
  relabel();
  if (!state.hasMessages) { clearLog(); showWelcome(); }
}

// shown: the message also stays visible above the field (a confirmation), until the next message is sent.
function announce(text, shown) {
  ui.status.textContent = '';
  ui.status.className = shown ? 'sl-done' : 'sl-vh';
  setTimeout(function () { ui.status.textContent = text; }, 50);
}

function hideDone() {
  if (ui.status.className !== 'sl-done') return;
  ui.status.className = 'sl-vh';
  ui.status.textContent = '';
}

// offer: true to send the failed message again, 'history' to load the earlier conversation again.
function showError(text, offer) {
  ui.alertText.textContent = text;
  ui.retry.hidden = offer !== true;
  ui.reload.hidden = offer !== 'history';
}

function hideError() {
  ui.alertText.textContent = '';
  ui.retry.hidden = true;
  ui.reload.hidden = true;
}

function setSending(sending) {
  state.sending = sending;
  ui.typing.hidden = !sending;
  watchWaiting(sending);
  ui.send.disabled = sending;
  ui.log.setAttribute('aria-busy', String(sending));
  if (sending) ui.log.scrollTop = ui.log.scrollHeight;
}
`;
