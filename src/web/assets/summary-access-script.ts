/**
 * The script of /zusammenfassung (served as /assets/zusammenfassung.js; the page's CSP allows no inline code).
 * It reads reference and key from the address's fragment, takes the key out of the address bar and the
 * browser history, and sends both as the form's POST body: the key is in no request line, no proxy log and
 * no Referer (report j-10). Back from the summary, the address has no key any more, so the form waits instead
 * of sending again. Plain ES2019, no template literals.
 */
export const SUMMARY_ACCESS_JS = String.raw`(function () {
'use strict';
var form = document.getElementById('summary-form');
if (!form) return;
var params = new URLSearchParams(location.hash.slice(1));
var reference = (params.get('reference') || '').toUpperCase();
var token = params.get('token') || '';
if (!/^[A-Z]{1,6}-\d{4}-\d{6,12}$/.test(reference) || !token) return;
document.getElementById('summary-reference').value = reference;
document.getElementById('summary-token').value = token;
try { history.replaceState(null, '', location.pathname + location.search); } catch (e) { /* old browser: the key stays in its history */ }
form.submit();
})();
`;
