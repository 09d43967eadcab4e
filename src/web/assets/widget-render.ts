/**
 * Widget part 2: messages. Bot text is untrusted for the browser: it becomes text nodes, line
 * breaks and http(s) links only; anything else (markup, javascript: URLs) stays visible text.
 */
export const widgetRender = String.raw`
function safeUrl(raw) {
  try {
    var url = new URL(String(raw), ORIGIN);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'tel:' || url.protocol === 'mailto:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function link(href, text) {
  var external = href.indexOf(location.origin + '/') !== 0 && /^https?:/.test(href);
  return el('a', { href: href, text: text, target: external ? '_blank' : null, rel: external ? 'noopener noreferrer' : null });
}

var URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/g;
// References (DN-2026-048213) and resume codes (ABCD-EFGH) must be copied as one piece: a phone screen
// broke them at the hyphen ("DN-2026-" / "048213"), so they are kept on one line.
var CODE_IN_TEXT = /\b[A-Z]{1,6}-\d{4}-\d{4,12}\b|\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/g;

function appendPlain(parent, text) {
  var last = 0;
  text.replace(CODE_IN_TEXT, function (match, offset) {
    parent.appendChild(document.createTextNode(text.slice(last, offset)));
    parent.appendChild(el('span', { class: 'sl-nowrap', text: match }));
    last = offset + match.length;
    return match;
  });
  parent.appendChild(document.createTextNode(text.slice(last)));
}

function appendLine(parent, line) {
  var last = 0;
  line.replace(URL_IN_TEXT, function (match, offset) {
    var url = match.replace(/[.,;:!?)]+$/, '');
    appendPlain(parent, line.slice(last, offset));
    var href = safeUrl(url);
    parent.appendChild(href ? link(href, url) : document.createTextNode(url));
    last = offset + url.length;
    return match;
  });
  appendPlain(parent, line.slice(last));
}

function renderText(parent, text) {
  String(text == null ? '' : text).split(/\r?\n/).forEach(function (line, i) {
    if (i > 0) parent.appendChild(el('br'));
    appendLine(parent, line);
  });
}

function timeOf(date) {
  var d = date instanceof Date ? date : new Date(date);
  if (isNaN(d.getTime())) d = new Date();
  var label;
  try { label = d.toLocaleTimeString(state.locale === 'en' ? 'en-GB' : 'de-DE', { hour: '2-digit', minute: '2-digit' }); }
  catch (e) { label = d.toISOString().slice(11, 16); }
  return el('time', { datetime: d.toISOString(), class: 'sl-time', text: label });
}

// Controls and labels inside a message speak the UI's language, its own words keep theirs (WCAG 3.1.2): an
// English reply in the German widget has German buttons, marked as German.
function uiLang(lang) {
  return lang && lang !== state.locale ? state.locale : null;
}

// lang: the message's language (the turn's locale once the server has answered), not the UI's.
function addUserMessage(text, at, lang) {
  var node = el('div', { class: 'sl-msg sl-user', lang: lang || state.locale }, [
    el('span', { class: 'sl-vh', lang: state.locale, text: t('you') + ': ' }),
    el('p', { class: 'sl-text', text: text }),
    el('div', { class: 'sl-meta' }, [timeOf(at)])
  ]);
  appendToLog(node);
  return node;
}

function feedbackButtons(intent) {
  var group = el('span', { class: 'sl-feedback' });
  ['up', 'down'].forEach(function (rating) {
    var button = el('button', { type: 'button', class: 'sl-icon-btn sl-rate', 'aria-pressed': 'false', 'aria-label': t(rating), title: t(rating), onclick: function () { rate(group, button, rating, intent); } }, [icon(ICONS[rating])]);
    group.appendChild(button);
  });
  return group;
}

function addBotMessage(reply, options) {
  options = options || {};
  var body = el('div', { class: 'sl-text' });
  renderText(body, reply.text);
  var lang = options.locale || state.locale;
  var other = uiLang(lang);
  var node = el('div', { class: 'sl-msg sl-bot' + (options.welcome ? ' sl-welcome' : ''), lang: lang }, [el('span', { class: 'sl-vh', lang: other, text: t('bot') + ': ' }), body]);
  var links = (reply.links || []).filter(function (l) { return l && l.url; });
  if (links.length) {
    var list = el('ul', { class: 'sl-links', lang: other, 'aria-label': t('links') });
    links.forEach(function (l) {
      var href = safeUrl(l.url);
      var title = String(l.title || l.url);
      list.appendChild(el('li', { lang: other && lang }, [href ? link(href, title) : document.createTextNode(title + ' (' + String(l.url) + ')')]));
      var erase = href && eraseLinkFor(href);
      if (erase) list.appendChild(el('li', null, [link(erase, t('eraseSubmission'))]));
    });
    node.appendChild(list);
  }
  var meta = el('div', { class: 'sl-meta', lang: other }, [timeOf(options.at || new Date())]);
  meta.appendChild(el('button', { type: 'button', class: 'sl-icon-btn sl-speak', 'aria-label': t('speak'), title: t('speak'), onclick: function () { speak(reply.text, node.getAttribute('lang')); } }, [icon(ICONS.speaker)]));
  if (!options.welcome) meta.appendChild(feedbackButtons(options.intent));
  node.appendChild(meta);
  var suggestions = (reply.suggestions || []).filter(function (s) { return s && s.title && s.value; });
  if (suggestions.length) node.appendChild(suggestionGroup(suggestions, options.welcome, lang));
  appendToLog(node);
  return node;
}

function suggestionGroup(suggestions, asText, lang) {
  var other = uiLang(lang);
  var group = el('div', { class: 'sl-suggestions', role: 'group', lang: other, 'aria-label': t('suggestions') });
  suggestions.forEach(function (s) {
    group.appendChild(el('button', { type: 'button', class: 'sl-chip', lang: other && lang, text: String(s.title), onclick: function () {
      var payload = asText ? { text: String(s.value) } : { action: String(s.value) };
      // The citizen's bubble shows the chip's title, so it is in the reply's language.
      send(payload, String(s.title), lang);
      focusAfterChip();
    } }));
  });
  return group;
}

// A submitted application's summary link carries its key: the same key lets the citizen erase the
// application's personal data on /antrag-loeschen (the key travels in the fragment, which no server sees).
// The link is /zusammenfassung#reference=…&token=…; replies kept from before that change have …/summary?token=….
var SUMMARY_LINKS = [/\/zusammenfassung(?:\?[^#]*)?#reference=([^&#]+)&token=([^&#]+)$/, /\/api\/submissions\/([^/?#]+)\/summary\?token=([^&#]+)/];

function eraseLinkFor(href) {
  if (href.indexOf(ORIGIN + '/') !== 0) return null;
  var m = SUMMARY_LINKS[0].exec(href) || SUMMARY_LINKS[1].exec(href);
  return m ? ORIGIN + '/antrag-loeschen' + (state.locale === 'en' ? '?lang=en' : '') + '#reference=' + m[1] + '&token=' + m[2] : null;
}

function appendToLog(node) {
  ui.log.appendChild(node);
  if (!node.classList.contains('sl-welcome')) state.hasMessages = true;
  // A new answer is read from its start; everything else keeps the newest line in view.
  if (node.classList.contains('sl-bot') && !state.restoring) ui.log.scrollTop = Math.max(0, node.offsetTop - 8);
  else ui.log.scrollTop = ui.log.scrollHeight;
}

function clearSuggestions() {
  Array.prototype.slice.call(ui.log.querySelectorAll('.sl-suggestions')).forEach(function (g) { g.parentNode.removeChild(g); });
}

function clearLog() {
  while (ui.log.firstChild) ui.log.removeChild(ui.log.firstChild);
  state.hasMessages = false;
}

function showWelcome() {
  var c = state.config;
  var city = state.locale === 'en' ? 'the city of ' + (c ? c.values.city_name || c.name : '') : (c ? c.name : 'Stadt');
  addBotMessage({
    text: t('welcome', { city: city }),
    suggestions: t('starters').map(function (s) { return { title: s, value: s }; })
  }, { welcome: true });
}

function rate(group, button, rating, intent) {
  if (!state.id) return;
  var body = { conversationId: state.id, rating: rating };
  if (intent) body.intent = intent;
  api('POST', '/api/feedback', body).then(function () {
    Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) { b.setAttribute('aria-pressed', String(b === button)); });
    announce(t('thanks'), true);
  }, function () { showError(t('failed'), null); });
}
`;
