/**
 * Widget part 4b: the conversation across reloads and pages of the city website. The server's transcript
 * holds only the texts, so the links of every reply (among them the one-time summary link with its key) and
 * the suggestions of the last turn are kept by the tab itself, in sessionStorage next to the conversation id
 * (gone with the tab, and at once on "delete" or "end"). They are stored by the reply's place among the bot
 * messages of the transcript, which is the order the server stores them in.
 */
export const widgetHistory = String.raw`
// chosen: the titles of chosen suggestions by their action; dialog: an application is running (asked before "end").
function freshExtras(id) {
  return { id: id, n: 0, links: {}, chips: {}, chosen: {}, dialog: false };
}

// n: the bot messages of the conversation so far, or null when this tab does not know it (then nothing is
// stored, since a link in the wrong place is worse than none).
function readExtras() {
  var saved = null;
  try { saved = JSON.parse(store('session', KEYS.extras) || 'null'); } catch (e) { saved = null; }
  if (saved && saved.id === state.id && saved.links && saved.chips) return Object.assign({ chosen: {}, dialog: false }, saved);
  var extras = freshExtras(state.id);
  if (state.id) extras.n = null;
  return extras;
}

function saveExtras() {
  if (state.id) store('session', KEYS.extras, JSON.stringify(state.extras));
}

function forgetChips() {
  state.extras.chips = {};
  saveExtras();
}

function pick(list, a, b) {
  return (list || []).filter(function (x) { return x && x[a] && x[b]; }).map(function (x) {
    var kept = {};
    kept[a] = String(x[a]);
    kept[b] = String(x[b]);
    return kept;
  });
}

function rememberChosen(action, title, lang) {
  state.extras.chosen[action] = { title: String(title), lang: lang || null };
  saveExtras();
}

// A user entry as the citizen saw it: a chosen suggestion by its title, not its action ("intent:...", tester-l B5).
function shownText(text) {
  var chosen = state.extras.chosen[text];
  if (chosen) return { text: chosen.title, lang: chosen.lang };
  return /^intent:/.test(text) ? { text: t('chosen'), lang: state.locale } : { text: text, lang: null };
}

// Called with the replies of one turn, in order: the new turn's suggestions replace the last turn's.
function rememberTurn(replies, dialog) {
  var extras = state.extras;
  extras.chips = {};
  extras.dialog = dialog;
  if (extras.n === null) return;
  replies.forEach(function (reply) {
    var links = pick(reply.links, 'title', 'url');
    var chips = pick(reply.suggestions, 'title', 'value');
    if (links.length) extras.links[extras.n] = links;
    if (chips.length) extras.chips[extras.n] = chips;
    extras.n += 1;
  });
  saveExtras();
}

function restore() {
  if (!state.id) return Promise.resolve();
  ui.log.setAttribute('aria-busy', 'true');
  state.restoring = true;
  return api('GET', '/api/conversations/' + encodeURIComponent(state.id)).then(function (conversation) {
    var messages = conversation.messages || [];
    var bots = messages.filter(function (m) { return m.role !== 'user'; }).length;
    var extras = state.extras;
    // Another tab with the same conversation (a duplicated tab) has added replies: the places no longer fit.
    if (extras.n !== bots) {
      var kept = extras;
      extras = freshExtras(state.id);
      extras.n = bots;
      // Titles are kept by action, not by place, so they still fit.
      extras.chosen = kept.chosen;
      extras.dialog = kept.dialog;
    }
    state.extras = extras;
    var turnIntent;
    var n = 0;
    messages.forEach(function (m, i) {
      if (m.role === 'user') {
        turnIntent = m.intent;
        // A chosen suggestion is stored as its action ("intent:..."), which means nothing to a reader. The
        // user entry has no locale of its own: the turn's is the one its first answer carries.
        var shown = shownText(m.text);
        var next = messages[i + 1];
        addUserMessage(shown.text, m.at, shown.lang || (next && next.role !== 'user' && next.locale) || conversation.locale);
        return;
      }
      // A bot entry names its topic only when it answers a second question; the others are rated as the turn's
      // intent, as they were before the reload.
      addBotMessage({ text: m.text, links: extras.links[n], suggestions: extras.chips[n] }, { at: m.at, intent: m.intent || turnIntent, locale: m.locale || conversation.locale });
      n += 1;
    });
    state.extras = extras;
    saveExtras();
  }, function (error) {
    if (error.status === 404 || error.status === 400) setConversation(null);
    // The id is kept and the next message continues the conversation, so the citizen must know that the
    // earlier part is only not shown, not gone.
    else showError(t('historyFailed'), 'history');
  }).then(function () {
    state.restoring = false;
    ui.log.setAttribute('aria-busy', 'false');
    ui.log.scrollTop = ui.log.scrollHeight;
  });
}

function reloadHistory() {
  hideError();
  clearLog();
  restore().then(function () {
    if (!state.hasMessages) showWelcome();
    ui.input.focus();
  });
}
`;
