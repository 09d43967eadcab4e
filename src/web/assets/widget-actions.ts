/**
 * Widget part 4: what the citizen does. Sending keeps the typed text until the server has it
 * (retry on failure); the conversation id lives in sessionStorage so a reload re-fetches the
 * transcript; the citizen can download, end or erase the conversation.
 */
export const widgetActions = String.raw`
function submit() {
  var text = ui.input.value.trim();
  if (!text || state.sending) return;
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
  clearSuggestions();
  forgetChips();
  removeWelcome();
  state.pending = { payload: payload, shown: shown, lang: lang, node: addUserMessage(shown, new Date(), lang) };
  if (payload.text !== undefined && ui.input.value.trim() === payload.text) ui.input.value = '';
  updateCount(false, true);
  deliver(false);
}

function removeWelcome() {
  var welcome = ui.log.querySelector('.sl-welcome');
  if (welcome) welcome.parentNode.removeChild(welcome);
}

function deliver(isRetryAfterExpiry) {
  var pending = state.pending;
  var body = Object.assign({ locale: state.locale, plainLanguage: state.plain }, pending.payload);
  if (state.id) body.conversationId = state.id;
  setSending(true);
  api('POST', '/api/chat', body).then(function (result) {
    setConversation(result.conversationId);
    if (!pending.lang && result.locale) pending.node.setAttribute('lang', result.locale);
    var intent = result.intent && result.intent.id;
    var first = null;
    (result.replies || []).forEach(function (reply) {
      // The answer to a second question in the same message is rated as its own topic.
      var node = addBotMessage(reply, { locale: reply.locale || result.locale, intent: reply.topic || intent });
      first = first || node;
    });
    rememberTurn(result.replies || []);
    if (first) ui.log.scrollTop = Math.max(0, first.offsetTop - 8);
    state.pending = null;
    setSending(false);
  }, function (error) {
    setSending(false);
    if (error.status === 404 && body.conversationId && !isRetryAfterExpiry) {
      setConversation(null);
      announce(t('expired'));
      deliver(true);
      return;
    }
    pending.node.classList.add('sl-failed');
    if (!pending.node.querySelector('.sl-not-sent')) pending.node.appendChild(el('span', { class: 'sl-not-sent', lang: state.locale, text: t('notSent') }));
    // Nothing typed is lost: the text goes back into the field unless the citizen typed something new.
    if (pending.payload.text !== undefined && !ui.input.value.trim()) ui.input.value = pending.payload.text;
    updateCount(false, true);
    showError(errorText(error.status), error.status === 0 || error.status === 429 || error.status >= 500);
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
  deliver(false);
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
      lines.push(m.text, '');
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

function afterErase() {
  closeConfirm();
  resetConversation();
  announce(t('erased'));
  ui.input.focus();
}

function endConversation() {
  resetConversation();
  announce(t('ended', { days: state.config ? state.config.retentionDays : 30 }));
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
