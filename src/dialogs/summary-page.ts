/**
 * The printable summary of a submission: accessible HTML (lang, headings, a table), no scripts. Its one inline
 * stylesheet is allowed by its hash in the page's CSP (summaryPageCsp): the default CSP blocked it (report E3),
 * so the table had no borders and the print hints were printed.
 */
import type { JsonObject, JsonValue } from '../core/types.js';
import { escapeXml } from '../core/ssml.js';
import type { SubmissionRecord } from '../store/submission-repository.js';
import type { DialogText } from './schema.js';

/**
 * Said under the summary link in the chat: how long it works, from the dialog's `retention_days` (tester-o E1).
 * The submission and with it the link's key are deleted then (retainUntil, src/store/submission-repository.ts).
 */
export const SUMMARY_LINK_DAYS: DialogText = {
  de: 'Der Link funktioniert {days} Tage lang; danach sind Ihre Angaben hier gelöscht.',
  en: 'The link works for {days} days; after that, your details are deleted here.',
  plain: 'Der Link geht {days} Tage lang. Danach sind Ihre Angaben hier gelöscht.',
};

const TEXT = {
  de: { summary: 'Zusammenfassung', reference: 'Vorgangsnummer', created: 'Eingegangen am', answers: 'Ihre Angaben', item: 'Angabe', value: 'Wert', bring: 'Bitte bringen Sie mit', note: 'Dies ist eine Zusammenfassung Ihrer Angaben, kein Bescheid. Die zuständige Stelle entscheidet.', print: 'Drucken Sie diese Seite aus oder speichern Sie sie. Der Link funktioniert nur mit dem Schlüssel, den Sie im Chat bekommen haben, und nur bis zum {until} Uhr: Dann sind Ihre Angaben hier gelöscht.', erase: 'Angaben zu diesem Antrag löschen', eraseNote: 'Sie können die persönlichen Angaben dieses Antrags selbst löschen; die Seite fragt vorher noch einmal nach.' },
  en: { summary: 'Summary', reference: 'Reference number', created: 'Received on', answers: 'Your details', item: 'Item', value: 'Value', bring: 'Please bring', note: 'This is a summary of your details, not a decision. The responsible office decides.', print: 'Print or save this page. The link only works with the key you received in the chat, and only until {until} (German time): then your details are deleted here.', erase: 'Delete the details of this application', eraseNote: 'You can delete the personal details of this application yourself; the page asks once more first.' },
};

// At 320 px the long heading wraps, the reference stays one piece and the table's caption is its only heading (tester-l D3).
export const SUMMARY_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}h1{overflow-wrap:anywhere;hyphens:auto}.ref{white-space:nowrap}table{border-collapse:collapse;width:100%}caption{text-align:left;font-size:1.25rem;font-weight:bold;margin:1rem 0 .5rem}th,td{border:1px solid #555;padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#eee;width:40%}@media print{.noprint{display:none}}';

let csp: Promise<string> | undefined;

/** Nothing but that stylesheet (by its SHA-256) and links to this origin; never framed, no scripts. */
export function summaryPageCsp(): Promise<string> {
  csp ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(SUMMARY_STYLE)).then((digest) => {
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    return ["default-src 'none'", `style-src 'sha256-${hash}'`, "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');
  });
  return csp;
}

function localized(value: JsonValue | undefined, locale: 'de' | 'en'): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const text = (value as JsonObject)[locale] ?? (value as JsonObject).de;
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** `token`: the key the page was opened with, passed on to the erase page (in the fragment: no server or proxy log sees it). */
export function renderSummaryPage(submission: SubmissionRecord, cityName: string, token: string): string {
  const payload = submission.payload;
  const locale = payload.locale === 'en' ? 'en' : 'de';
  const t = TEXT[locale];
  const e = escapeXml;
  const title = localized(payload.title, locale) || submission.type;
  const rows = Array.isArray(payload.summary) ? payload.summary : [];
  const documents = Array.isArray(payload.documents) ? payload.documents : [];
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });
  const date = day(submission.createdAt);
  // The day the retention ends (retainUntil): the link stops working then (tester-o E1).
  const until = `${day(submission.retainUntil)}${locale === 'en' ? ',' : ' um'} ${new Date(submission.retainUntil).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })}`;
  const print = t.print.replace('{until}', e(until));
  const tableRows = rows
    .map((row) => {
      const r = row && typeof row === 'object' && !Array.isArray(row) ? (row as JsonObject) : {};
      return `<tr><th scope="row">${e(localized(r.label, locale))}</th><td>${e(typeof r.value === 'string' ? r.value : '')}</td></tr>`;
    })
    .join('\n');
  const eraseHref = `/antrag-loeschen${locale === 'en' ? '?lang=en' : ''}#reference=${encodeURIComponent(submission.reference)}&token=${encodeURIComponent(token)}`;
  const docs = documents.length > 0 ? `<h2>${t.bring}</h2>\n<ul>${documents.map((d) => `<li>${e(localized(d, locale))}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)} – ${t.summary} ${e(submission.reference)}</title>
<style>${SUMMARY_STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}: ${t.summary}</h1>
<p>${e(cityName)}</p>
<p><strong>${t.reference}:</strong> <span class="ref">${e(submission.reference)}</span><br><strong>${t.created}:</strong> ${e(date)}</p>
<table>
<caption>${t.answers}</caption>
<thead><tr><th scope="col">${t.item}</th><th scope="col">${t.value}</th></tr></thead>
<tbody>
${tableRows}
</tbody>
</table>
${docs}
<p>${t.note}</p>
<p class="noprint">${print}</p>
<p class="noprint">${t.eraseNote} <a href="${e(eraseHref)}">${t.erase}</a></p>
</main>
</body>
</html>`;
}
