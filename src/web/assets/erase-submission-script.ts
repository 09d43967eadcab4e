/**
 * The script of /antrag-loeschen (served as /assets/antrag-loeschen.js; the page's CSP allows no inline
 * code). It reads the reference and the summary key from the address's fragment, asks once more, and calls
 * DELETE /api/submissions/<reference> with the key. All texts are in the page (German or English), so this
 * script has none. Plain ES2019, no template literals.
 */
export const ERASE_SUBMISSION_JS = String.raw`(function () {
'use strict';
var root = document.getElementById('erase');
if (!root) return;
function byId(id) { return document.getElementById(id); }
var start = byId('erase-start');
var box = byId('erase-confirm');
var yes = byId('erase-yes');
var no = byId('erase-no');
var result = byId('erase-result');
var params = new URLSearchParams(location.hash.slice(1));
var reference = (params.get('reference') || '').toUpperCase();
var token = params.get('token') || '';

function say(key) {
  result.textContent = result.getAttribute('data-' + key) || '';
  result.focus();
}

// The key is in the fragment, which no server and no log ever sees; once it has done its work it also
// leaves the address bar and the browser history.
function forgetKey() {
  try { history.replaceState(null, '', location.pathname + location.search); } catch (e) { /* old browser */ }
}

function ask(open) {
  box.hidden = !open;
  start.hidden = open;
  if (open) byId('erase-question').focus();
  else start.focus();
}

if (!/^[A-Z]{1,6}-\d{4}-\d{6,12}$/.test(reference) || !token) {
  result.textContent = result.getAttribute('data-incomplete') || '';
  return;
}
byId('erase-reference').textContent = reference;
start.hidden = false;
start.addEventListener('click', function () { ask(true); });
no.addEventListener('click', function () { ask(false); });
box.addEventListener('keydown', function (event) {
  if (event.key === 'Escape') ask(false);
});
yes.addEventListener('click', function () {
  yes.disabled = true;
  // The key goes in the Authorization header, so no proxy log between browser and server keeps it.
  fetch('/api/submissions/' + encodeURIComponent(reference), { method: 'DELETE', headers: { Accept: 'application/json', Authorization: 'Bearer ' + token }, credentials: 'omit' })
    .then(function (res) {
      if (res.status !== 200) return { status: res.status };
      return res.json().then(function (body) { return { status: 200, body: body }; }, function () { return { status: 200 }; });
    }, function () { return { status: 0 }; })
    .then(function (answer) {
      var status = answer.status;
      yes.disabled = false;
      box.hidden = true;
      // 404: no such reference and key, or already erased; the server does not say which.
      if (status === 200 || status === 404) {
        forgetKey();
        say(status === 200 ? 'done' : 'gone');
        var day = answer.body && answer.body.forwardedOn;
        // Already at the office: say since when, and that the office was told (report j-14).
        if (status === 200 && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
          var parts = day.split('-');
          var shown = result.getAttribute('data-date-format') === 'en' ? parts[2] + '/' + parts[1] + '/' + parts[0] : parts[2] + '.' + parts[1] + '.' + parts[0];
          result.textContent += ' ' + (result.getAttribute('data-forwarded') || '').replace('{date}', shown);
        }
      } else {
        start.hidden = false;
        say('failed');
      }
    });
});
})();
`;
