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

function appendLine(parent, line) {
  var last = 0;
  line.replace(URL_IN_TEXT, function (match, offset) {
    var url = match.replace(/[.,;:!?)]+$/, '');
    parent.appendChild(document.createTextNode(line.slice(last, offset)));
    var href = safeUrl(url);
    parent.appendChild(href ? link(href, url) : document.createTextNode(url));
    last = offset + url.length;
    return match;
  });
  parent.appendChild(document.createTextNode(line.slice(last)));
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

function addUserMessage(text, at) {
  var node = el('div', { class: 'sl-msg sl-user', lang: state.locale }, [
    el('span', { class: 'sl-vh', text: t('you') + ': ' }),
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
  var node = el('div', { class: 'sl-msg sl-bot' + (options.welcome ? ' sl-welcome' : ''), lang: options.locale || state.locale }, [el('span', { class: 'sl-vh', text: t('bot') + ': ' }), body]);
  var links = (reply.links || []).filter(function (l) { return l && l.url; });
  if (links.length) {
    var list = el('ul', { class: 'sl-links', 'aria-label': t('links') });
    links.forEach(function (l) {
      var href = safeUrl(l.url);
      var title = String(l.title || l.url);
      list.appendChild(el('li', null, [href ? link(href, title) : document.createTextNode(title + ' (' + String(l.url) + ')')]));
    });
    node.appendChild(list);
  }
  var meta = el('div', { class: 'sl-meta' }, [timeOf(options.at || new Date())]);
  meta.appendChild(el('button', { type: 'button', class: 'sl-icon-btn sl-speak', 'aria-label': t('speak'), title: t('speak'), onclick: function () { speak(reply.text, node.getAttribute('lang')); } }, [icon(ICONS.speaker)]));
  if (!options.welcome) meta.appendChild(feedbackButtons(options.intent));
  node.appendChild(meta);
  var suggestions = (reply.suggestions || []).filter(function (s) { return s && s.title && s.value; });
  if (suggestions.length) node.appendChild(suggestionGroup(suggestions, options.welcome));
  appendToLog(node);
  return node;
}

function suggestionGroup(suggestions, asText) {
  var group = el('div', { class: 'sl-suggestions', role: 'group', 'aria-label': t('suggestions') });
  suggestions.forEach(function (s) {
    group.appendChild(el('button', { type: 'button', class: 'sl-chip', text: String(s.title), onclick: function () {
      var payload = asText ? { text: String(s.value) } : { action: String(s.value) };
      send(payload, String(s.title));
      ui.input.focus();
    } }));
  });
  return group;
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
    announce(t('thanks'));
  }, function () { showError(t('failed'), null); });
}
`;
