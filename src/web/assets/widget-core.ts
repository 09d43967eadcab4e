/**
 * Widget part 1: where it runs (its own script tag), storage, UI texts, the DOM helper and the API
 * client. Plain ES2019 browser JavaScript kept as text; the parts share one function scope (see
 * widget-script.ts). No template literals or "${" in here: this is a TypeScript template string.
 */
export const widgetCore = String.raw`
var script = document.currentScript || document.querySelector('script[src*="/widget.js"]');
if (!script || window.__stadtlotseWidget) return;
window.__stadtlotseWidget = true;

var ORIGIN = new URL(script.src, location.href).origin;
var MODE = script.getAttribute('data-mode') === 'page' ? 'page' : 'launcher';
var KEYS = { id: 'stadtlotse:conversation', extras: 'stadtlotse:extras', open: 'stadtlotse:open', locale: 'stadtlotse:locale', plain: 'stadtlotse:plain' };
var TIMEOUT_MS = 20000;

// Storage may be blocked (privacy settings, sandboxed frames): the chat then simply forgets.
function store(area, key, value) {
  try {
    var s = area === 'session' ? window.sessionStorage : window.localStorage;
    if (value === undefined) return s.getItem(key);
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch (e) { /* storage unavailable */ }
  return null;
}

var initialLocale = store('local', KEYS.locale) || script.getAttribute('data-locale') || (/^en\b/i.test(navigator.language || '') ? 'en' : 'de');
var state = {
  id: store('session', KEYS.id),
  locale: initialLocale === 'en' ? 'en' : 'de',
  plain: store('local', KEYS.plain) === '1',
  open: MODE === 'page' || store('session', KEYS.open) === '1',
  sending: false,
  pending: null,
  config: null,
  hasMessages: false
};

var TEXT = {
  de: {
    launcher: 'Fragen an die Stadt', title: 'Stadtlotse', subtitle: 'Digitaler Assistent',
    close: 'Chat schließen', plain: 'Einfache Sprache', language: 'Sprache', more: 'Optionen',
    notice: 'Hier antwortet ein Computerprogramm (KI), kein Mensch. Geben Sie sensible Daten, etwa zu Gesundheit oder Einkommen, nur ein, wenn ein Antrag danach fragt.',
    privacy: 'Datenschutz', log: 'Gesprächsverlauf', you: 'Sie', bot: 'Stadtlotse',
    input: 'Ihre Frage', placeholder: 'Schreiben Sie Ihre Frage …', send: 'Senden', typing: 'Stadtlotse schreibt …',
    countLeft: 'Noch {n} Zeichen', countFull: 'Höchstens {max} Zeichen. Bitte schreiben Sie kürzer oder teilen Sie Ihre Nachricht auf.',
    countCut: 'Der eingefügte Text war zu lang: Nur die ersten {max} Zeichen wurden übernommen. Bitte teilen Sie ihn auf mehrere Nachrichten auf.',
    suggestions: 'Vorschläge', chosen: '(Vorschlag gewählt)', links: 'Links', speak: 'Vorlesen', stop: 'Vorlesen beenden', mic: 'Spracheingabe', micStop: 'Spracheingabe beenden',
    listening: 'Ich höre zu …', micUnavailable: 'Spracheingabe ist in diesem Browser nicht verfügbar.',
    up: 'Antwort war hilfreich', down: 'Antwort war nicht hilfreich', thanks: 'Danke für Ihre Rückmeldung.',
    human: 'Mit einem Menschen sprechen', download: 'Gespräch herunterladen', erase: 'Meine Daten löschen', end: 'Gespräch beenden',
    eraseQuestion: 'Möchten Sie dieses Gespräch und alle dazu gespeicherten Daten jetzt endgültig löschen?',
    eraseNote: 'Abgeschickte Anträge löscht das nicht. Deren Angaben löschen Sie vorher mit dem Link „Angaben zum Antrag löschen“ unter der Bestätigung im Chat oder auf der Seite mit der Zusammenfassung, oder mit der Vorgangsnummer bei der Stadt.',
    eraseSubmission: 'Angaben zum Antrag löschen',
    eraseYes: 'Ja, endgültig löschen', cancel: 'Abbrechen', erased: 'Ihre Daten wurden gelöscht.',
    ended: 'Das Gespräch ist beendet. Gespeicherte Nachrichten werden nach {days} Tagen automatisch gelöscht.',
    endQuestion: 'Ihr Antrag ist noch nicht abgeschickt. Gespräch trotzdem beenden?', endYes: 'Ja, Gespräch beenden',
    wait: 'Bitte warten Sie auf die Antwort.', waiting: 'Die Antwort kommt gleich. Bitte warten Sie.',
    nothingToDownload: 'Es gibt noch kein Gespräch zum Herunterladen.',
    offline: 'Keine Verbindung. Es kam keine Antwort; Ihre Nachricht ist vielleicht nicht angekommen. „Erneut senden“ zählt sie nicht doppelt.',
    retry: 'Erneut senden', notSent: 'nicht gesendet', noAnswer: 'keine Antwort',
    serverError: 'Der Dienst ist gerade gestört. Ihre Nachricht wurde nicht gesendet. Bitte versuchen Sie es gleich noch einmal.',
    busy: 'Zu viele Nachrichten in kurzer Zeit. Bitte warten Sie einen Moment und senden Sie dann erneut.',
    rejected: 'Diese Nachricht konnte nicht verarbeitet werden. Bitte schreiben Sie sie anders.',
    historyFailed: 'Der bisherige Gesprächsverlauf konnte gerade nicht geladen werden.', reload: 'Verlauf laden',
    failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
    gone: 'Dieses Gespräch gibt es nicht mehr: Es wurde gelöscht, vielleicht in einem anderen Fenster, oder es ist abgelaufen. Ihre Nachricht wurde nicht gesendet. Bitte beginnen Sie neu; ein Antrag beginnt dann von vorn.',
    changed: 'Dieses Gespräch ist gerade in einem anderen Fenster weitergegangen. Ihre Nachricht wurde nicht gespeichert. Bitte laden Sie den Verlauf neu.',
    welcome: 'Guten Tag! Ich bin der digitale Assistent der {city}. Ich beantworte Fragen zu Diensten der Stadt, rund um die Uhr. Schreiben Sie Ihre Frage, zum Beispiel:',
    starters: ['Was kostet ein Personalausweis?', 'Wohngeld beantragen', 'Hund anmelden'],
    humanIntro: 'So erreichen Sie Menschen in der Verwaltung:', buergerbuero: 'Bürgerbüro', central: 'Zentrale der Stadtverwaltung',
    phone: 'Telefon', email: 'E-Mail', hours: 'Öffnungszeiten', website: 'Website', service115: 'Behördennummer',
    unconfirmed: 'Ohne Gewähr. Aktuelle Angaben auf der Website der Stadt.',
    transcriptTitle: 'Gespräch mit dem Stadtlotsen', downloaded: 'Heruntergeladen am', file: 'stadtlotse-gespraech'
  },
  en: {
    launcher: 'Ask the city', title: 'Stadtlotse', subtitle: 'Digital assistant',
    close: 'Close chat', plain: 'Plain language', language: 'Language', more: 'Options',
    notice: 'A computer program (AI) answers here, not a person. Enter sensitive data, such as on health or income, only when an application asks for it.',
    privacy: 'Privacy', log: 'Conversation', you: 'You', bot: 'Stadtlotse',
    input: 'Your question', placeholder: 'Type your question …', send: 'Send', typing: 'Stadtlotse is typing …',
    countLeft: '{n} characters left', countFull: 'At most {max} characters. Please write less or split your message.',
    countCut: 'The inserted text was too long: only the first {max} characters were kept. Please split it into several messages.',
    suggestions: 'Suggestions', chosen: '(suggestion chosen)', links: 'Links', speak: 'Read aloud', stop: 'Stop reading', mic: 'Voice input', micStop: 'Stop voice input',
    listening: 'Listening …', micUnavailable: 'Voice input is not available in this browser.',
    up: 'The answer was helpful', down: 'The answer was not helpful', thanks: 'Thank you for your feedback.',
    human: 'Talk to a person', download: 'Download conversation', erase: 'Delete my data', end: 'End conversation',
    eraseQuestion: 'Do you want to delete this conversation and all data stored with it for good?',
    eraseNote: 'This does not erase applications you have submitted. Erase their details first with the link “Erase application details” below the confirmation in the chat or on the summary page, or ask the city, quoting the reference number.',
    eraseSubmission: 'Erase application details',
    eraseYes: 'Yes, delete for good', cancel: 'Cancel', erased: 'Your data has been deleted.',
    ended: 'The conversation has ended. Stored messages are deleted automatically after {days} days.',
    endQuestion: 'Your application has not been sent yet. End the conversation anyway?', endYes: 'Yes, end the conversation',
    wait: 'Please wait for the answer.', waiting: 'The answer is on its way. Please wait.',
    nothingToDownload: 'There is no conversation to download yet.',
    offline: 'No connection. No answer came; your message may not have arrived. "Send again" does not count it twice.',
    retry: 'Send again', notSent: 'not sent', noAnswer: 'no answer',
    serverError: 'The service is not working right now. Your message was not sent. Please try again in a moment.',
    busy: 'Too many messages in a short time. Please wait a moment, then send again.',
    rejected: 'This message could not be processed. Please write it differently.',
    historyFailed: 'The earlier conversation could not be loaded just now.', reload: 'Load conversation',
    failed: 'That did not work. Please try again.',
    gone: 'This conversation no longer exists: it was deleted, perhaps in another window, or it has expired. Your message was not sent. Please start again; an application then starts from the beginning.',
    changed: 'This conversation has just continued in another window. Your message was not saved. Please load the conversation again.',
    welcome: 'Hello! I am the digital assistant of {city}. I answer questions about city services, day and night. Type your question, for example:',
    starters: ['How much is an ID card?', 'Apply for housing benefit', 'Register a dog'],
    humanIntro: 'How to reach people at the city administration:', buergerbuero: 'Citizens\' office (Bürgerbüro)', central: 'City administration switchboard',
    phone: 'Phone', email: 'E-mail', hours: 'Opening hours', website: 'Website', service115: 'Public service number',
    unconfirmed: 'Without guarantee. Current details on the city website.',
    transcriptTitle: 'Conversation with Stadtlotse', downloaded: 'Downloaded on', file: 'stadtlotse-conversation'
  }
};

// The widget's own longer texts in plain language, used while "Einfache Sprache" is on (tester-l C3).
var PLAIN = {
  de: {
    notice: 'Hier antwortet ein Computer (KI). Kein Mensch. Schreiben Sie private Dinge nur, wenn ein Antrag danach fragt. Zum Beispiel zu Gesundheit oder Geld.',
    eraseQuestion: 'Wollen Sie dieses Gespräch jetzt löschen? Dann ist es für immer weg.',
    eraseNote: 'Anträge, die Sie schon abgeschickt haben, bleiben. Diese löschen Sie mit dem Link „Angaben zum Antrag löschen“. Der Link steht im Chat unter der Bestätigung. Oder Sie rufen bei der Stadt an. Nennen Sie dann die Vorgangsnummer.',
    endQuestion: 'Ihr Antrag ist noch nicht abgeschickt. Wollen Sie trotzdem aufhören?',
    ended: 'Das Gespräch ist zu Ende. Nach {days} Tagen löschen wir die Nachrichten.',
    offline: 'Keine Verbindung. Es kam keine Antwort. Drücken Sie auf „Erneut senden“. Die Nachricht kommt dann nur einmal an.',
    serverError: 'Es gibt gerade ein Problem. Ihre Nachricht ist nicht angekommen. Bitte versuchen Sie es gleich noch einmal.',
    busy: 'Das waren zu viele Nachrichten. Bitte warten Sie kurz. Dann senden Sie noch einmal.',
    rejected: 'Das hat nicht geklappt. Bitte schreiben Sie die Nachricht anders.',
    historyFailed: 'Die alten Nachrichten sind gerade nicht da. Sie sind aber nicht weg.',
    gone: 'Dieses Gespräch gibt es nicht mehr. Ihre Nachricht ist nicht angekommen. Bitte fangen Sie neu an. Ein Antrag fängt dann auch neu an.',
    changed: 'Dieses Gespräch ging in einem anderen Fenster weiter. Ihre Nachricht ist nicht gespeichert. Bitte laden Sie die Nachrichten neu.',
    welcome: 'Guten Tag! Ich bin ein Computer-Programm der {city}. Sie können mir Fragen zur Stadt stellen. Zum Beispiel:'
  },
  en: {
    notice: 'A computer (AI) answers here. Not a person. Only write private things when an application asks for them. For example about health or money.',
    eraseQuestion: 'Do you want to delete this conversation now? Then it is gone for good.',
    eraseNote: 'Applications you have already sent stay. You delete them with the link “Erase application details”. The link is in the chat below the confirmation. Or call the city and give the reference number.',
    endQuestion: 'Your application is not sent yet. Do you want to stop anyway?',
    ended: 'The conversation is over. We delete the messages after {days} days.',
    offline: 'No connection. No answer came. Press “Send again”. The message then arrives only once.',
    serverError: 'There is a problem right now. Your message did not arrive. Please try again in a moment.',
    busy: 'That was too many messages. Please wait a moment. Then send again.',
    rejected: 'That did not work. Please write the message in another way.',
    historyFailed: 'The old messages are not here right now. But they are not gone.',
    gone: 'This conversation does not exist any more. Your message did not arrive. Please start again. An application then starts again too.',
    changed: 'This conversation went on in another window. Your message is not saved. Please load the messages again.',
    welcome: 'Hello! I am a computer program of {city}. You can ask me about the city. For example:'
  }
};

function t(key, vars) {
  var text = (state.plain && PLAIN[state.locale][key]) || TEXT[state.locale][key];
  if (typeof text !== 'string') return text;
  return text.replace(/\{(\w+)\}/g, function (_, name) { return vars && vars[name] !== undefined ? vars[name] : ''; });
}

// The only way content reaches the page: elements, attributes and textContent, never parsed as markup.
function el(tag, attrs, children) {
  var node = document.createElement(tag);
  if (attrs) Object.keys(attrs).forEach(function (name) {
    var value = attrs[name];
    if (value === null || value === undefined || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  (children || []).forEach(function (child) { if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); });
  return node;
}

function icon(paths) {
  var NS = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  paths.forEach(function (d) {
    var path = document.createElementNS(NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  });
  return svg;
}

var ICONS = {
  chat: ['M4 4h16v12H7l-3 3z'],
  close: ['M6 6l12 12M18 6L6 18'],
  send: ['M3 20l18-8L3 4v6l12 2-12 2z'],
  mic: ['M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M5 11a7 7 0 0 0 14 0M12 18v3'],
  speaker: ['M4 9h4l5-4v14l-5-4H4z', 'M16 8a5 5 0 0 1 0 8'],
  up: ['M7 11v9H4v-9zM7 11l4-8a2 2 0 0 1 2 2v4h6a2 2 0 0 1 2 2l-2 7a2 2 0 0 1-2 2H7'],
  down: ['M7 13V4H4v9zM7 13l4 8a2 2 0 0 0 2-2v-4h6a2 2 0 0 0 2-2l-2-7a2 2 0 0 0-2-2H7']
};

// The message for a failed request by its kind, in the UI's language: the server's reason is English and
// written for developers, so it is never shown.
function errorText(status) {
  if (status === 0) return t('offline');
  if (status === 429) return t('busy');
  return status >= 500 ? t('serverError') : t('rejected');
}

function ApiError(status, body) {
  this.status = status;
  this.body = body;
}

function api(method, path, body) {
  var controller = typeof AbortController === 'function' ? new AbortController() : null;
  var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
  var init = { method: method, headers: { Accept: 'application/json' }, credentials: 'omit', mode: 'cors' };
  if (controller) init.signal = controller.signal;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return fetch(ORIGIN + path, init).then(function (res) {
    if (timer) clearTimeout(timer);
    if (res.status === 204) return null;
    return res.json().catch(function () { return null; }).then(function (data) {
      if (!res.ok) throw new ApiError(res.status, data);
      return data;
    });
  }, function (error) {
    if (timer) clearTimeout(timer);
    throw new ApiError(0, { error: { reason: String(error && error.message) } });
  });
}
`;
