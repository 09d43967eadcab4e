/**
 * Widget part 4: what the citizen does. Sending keeps the typed text until the server has it
 * (retry on failure, with the message's id: the server answers a repeated id with its first answer,
 * so a retry after a lost answer is never applied twice); the conversation id lives in sessionStorage
 * so a reload re-fetches the transcript; the citizen can download, end or erase the conversation.
 */
export const widgetActions = String.raw`
function submit() {
  var text = ui.input.value.trim();
  // The text stays in the field; the citizen hears why nothing happened (tester-l B3).
  if (text && state.sending) { announce(t('wait')); return; }
  if (!text) return;
  // "Senden" is disabled while sending, which would drop its focus to the page: the field keeps it (tester-l B2).
  ui.input.focus();
  // The failed message typed again (Enter instead of "Erneut senden"): the same message, with its id.
  if (state.pending && state.pending.payload.text === text) { retry(); return; }
  // Only speech input gets past maxlength; the server would refuse it, so the counter says why instead.
  if (text.length > MAX_CHARS) {
    updateCount(false, true);
    announce(ui.count.textContent);
    ui.input.focus();
    return;
  }
  send({ text: text }, text);
}

// lang: the language of a chosen suggestion's title; a typed message gets the turn's locale once answered.
function send(payload, shown, lang) {
  if (state.sending) return;
  hideError();
  hideDone();
  clearSuggestions();
  // A chosen suggestion is stored by the server as its action: its title is kept for the reload and the download.
  if (payload.action !== undefined) rememberChosen(payload.action, shown, lang);
  forgetChips();
  removeWelcome();
  state.pending = { payload: payload, shown: shown, lang: lang, node: addUserMessage(shown, new Date(), lang), messageId: newMessageId() };
  if (payload.text !== undefined && ui.input.value.trim() === payload.text) ui.input.value = '';
  updateCount(false, true);
  deliver();
}

function removeWelcome() {
  var welcome = ui.log.querySelector('.sl-welcome');
  if (welcome) welcome.parentNode.removeChild(welcome);
}

// A random UUID (the server accepts no other form); crypto.randomUUID needs a secure context.
function newMessageId() {
  if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  var b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

function deliver() {
  var pending = state.pending;
  var body = Object.assign({ locale: state.locale, plainLanguage: state.plain, messageId: pending.messageId }, pending.payload);
  if (state.id) body.conversationId = state.id;
  setSending(true);
  api('POST', '/api/chat', body).then(function (result) {
    setSending(false);
    // Erased or ended while the answer was on its way: the answer belongs to a conversation that is gone.
    if (state.pending !== pending) return;
    setConversation(result.conversationId);
    // "Einfache Sprache" written or said switches the conversation's flag: the switch shows what the answers are.
    if (typeof result.plainLanguage === 'boolean' && result.plainLanguage !== state.plain) {
      state.plain = result.plainLanguage;
      store('local', KEYS.plain, state.plain ? '1' : '0');
      relabel();
    }
    if (!pending.lang && result.locale) pending.node.setAttribute('lang', result.locale);
    var intent = result.intent && result.intent.id;
    var first = null;
    var last = null;
    (result.replies || []).forEach(function (reply) {
      // The answer to a second question in the same message is rated as its own topic.
      var node = addBotMessage(reply, { locale: reply.locale || result.locale, intent: reply.topic || intent });
      first = first || node;
      last = node;
    });
    rememberTurn(result.replies || [], !!(result.dialog && !result.dialog.done));
    if (first) showTurn(first, last);
    state.pending = null;
  }, function (error) {
    setSending(false);
    if (state.pending !== pending) return;
    // The conversation is gone (erased in another tab, or expired) or went on elsewhere: said where it can be
    // seen, and the message is not sent into a new conversation on its own. An answer to an application's
    // question means nothing there; the citizen decides what to send (tester-k A2).
    var gone = body.conversationId && (error.status === 404 || error.status === 409);
    if (gone) {
      if (error.status === 404) setConversation(null);
      state.pending = null;
    }
    pending.node.classList.add('sl-failed');
    // Without a connection nobody knows whether the server has the message: "Erneut senden" is safe either way.
    var mark = error.status === 0 ? t('noAnswer') : t('notSent');
    if (!pending.node.querySelector('.sl-not-sent')) pending.node.appendChild(el('span', { class: 'sl-not-sent', lang: state.locale, text: mark }));
    // Nothing typed is lost: the text goes back into the field unless the citizen typed something new.
    if (pending.payload.text !== undefined && !ui.input.value.trim()) ui.input.value = pending.payload.text;
    updateCount(false, true);
    if (gone) showError(t(error.status === 404 ? 'gone' : 'changed'), error.status === 409 ? 'history' : false);
    else showError(errorText(error.status), error.status === 0 || error.status === 429 || error.status >= 500);
  });
}

function retry() {
  if (!state.pending || state.sending) return;
  hideError();
  var node = state.pending.node;
  node.classList.remove('sl-failed');
  var mark = node.querySelector('.sl-not-sent');
  if (mark) mark.parentNode.removeChild(mark);
  if (state.pending.payload.text !== undefined && ui.input.value.trim() === state.pending.payload.text) ui.input.value = '';
  updateCount(false, true);
  deliver();
  ui.input.focus();
}

// Another (or no) conversation: the links and suggestions kept for the old one go with it.
function setConversation(id) {
  id = id || null;
  if (id !== state.id) {
    state.extras = freshExtras(id);
    store('session', KEYS.extras, null);
  }
  state.id = id;
  store('session', KEYS.id, state.id);
}

function pad(n) { return (n < 10 ? '0' : '') + n; }

function stamp(iso) {
  var d = new Date(iso);
  return pad(d.getDate()) + '.' + pad(d.getMonth() + 1) + '.' + d.getFullYear() + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}

function downloadTranscript() {
  if (!state.id) { announce(t('nothingToDownload')); return; }
  api('GET', '/api/conversations/' + encodeURIComponent(state.id)).then(function (conversation) {
    var now = new Date();
    var lines = [t('transcriptTitle') + (state.config ? ' – ' + state.config.name : ''), t('downloaded') + ' ' + stamp(now.toISOString()), ''];
    (conversation.messages || []).forEach(function (m) {
      lines.push('[' + stamp(m.at) + '] ' + (m.role === 'user' ? t('you') : t('bot')) + ':');
      lines.push(m.role === 'user' ? shownText(m.text).text : m.text, '');
    });
    var blob = new Blob([lines.join('\r\n')], { type: 'text/plain;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: t('file') + '-' + now.toISOString().slice(0, 10) + '.txt', class: 'sl-vh' });
    ui.root.appendChild(a);
    a.click();
    ui.root.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }, function (error) {
    if (error.status === 404) setConversation(null);
    showError(t('failed'), false);
  });
}

function askErase() {
  closeEndConfirm();
  ui.confirm.hidden = false;
  ui.confirmText.focus();
}

function closeConfirm() {
  ui.confirm.hidden = true;
}

function eraseData() {
  var id = state.id;
  if (!id) { closeConfirm(); return; }
  api('DELETE', '/api/conversations/' + encodeURIComponent(id)).then(afterErase, function (error) {
    if (error.status === 404) afterErase();
    else showError(t('failed'), false);
  });
}

// The confirmations are visible above the field as well as announced: the log is empty again (tester-l C1).
function afterErase() {
  closeConfirm();
  resetConversation();
  announce(t('erased'), true);
  ui.input.focus();
}

function askEnd() {
  if (!state.extras.dialog) { endConversation(); return; }
  closeConfirm();
  ui.endConfirm.hidden = false;
  ui.endText.focus();
}

function closeEndConfirm() {
  ui.endConfirm.hidden = true;
}

function endConversation() {
  closeEndConfirm();
  resetConversation();
  announce(t('ended', { days: state.config ? state.config.retentionDays : 30 }), true);
  ui.input.focus();
}

function resetConversation() {
  setConversation(null);
  state.pending = null;
  hideError();
  stopSpeaking();
  setMore(false);
  clearLog();
  showWelcome();
}

function toggleHuman() {
  var open = ui.human.hidden;
  ui.human.hidden = !open;
  ui.humanButton.setAttribute('aria-expanded', String(open));
  if (open) ui.human.focus();
}

function contactLine(label, value, href) {
  var safe = href ? safeUrl(href) : null;
  return el('li', null, [label + ': ', safe ? link(safe, value) : document.createTextNode(value)]);
}

function renderHuman() {
  var box = ui.human;
  while (box.firstChild) box.removeChild(box.firstChild);
  var c = state.config;
  box.appendChild(el('h3', { text: t('human') }));
  if (!c) return;
  var v = c.values;
  var unconfirmed = c.unconfirmed || [];
  box.appendChild(el('p', { text: t('humanIntro') }));
  var list = el('ul');
  if (v.buergerbuero_phone) list.appendChild(contactLine(t('buergerbuero') + ', ' + t('phone'), v.buergerbuero_phone, 'tel:' + v.buergerbuero_phone.replace(/[^0-9+]/g, '')));
  if (v.buergerbuero_email) list.appendChild(contactLine(t('email'), v.buergerbuero_email, 'mailto:' + v.buergerbuero_email));
  var hours = state.plain && state.locale === 'de' ? v.buergerbuero_hours_plain : v['buergerbuero_hours_' + state.locale];
  var hoursKey = state.plain && state.locale === 'de' ? 'buergerbuero_hours_plain' : 'buergerbuero_hours_' + state.locale;
  if (hours) list.appendChild(contactLine(t('hours'), hours + (unconfirmed.indexOf(hoursKey) >= 0 ? ' (' + t('unconfirmed') + ')' : '')));
  if (v.phone_central) list.appendChild(contactLine(t('central') + ', ' + t('phone'), v.phone_central, 'tel:' + v.phone_central.replace(/[^0-9+]/g, '')));
  if (v.federal_service_number) list.appendChild(contactLine(t('service115'), v.federal_service_number, 'tel:' + v.federal_service_number));
  if (v.website) list.appendChild(contactLine(t('website'), v.website.replace(/^https?:\/\//, ''), v.website));
  box.appendChild(list);
}
`;
