/**
 * /antrag-loeschen: the citizen erases the personal data of an application they submitted in the chat
 * (GDPR Art. 17), with the key from its summary link. "Meine Daten löschen" in the chat erases only the
 * conversation; this page is linked below the confirmation in the chat and from the summary page. Reference
 * and key come in the fragment (#reference=…&token=…), so the page itself is the same for everyone and the
 * key never reaches the server with the page request. The button needs the script; without it the page says
 * how to ask the city instead.
 */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

export const ERASE_PATH = '/antrag-loeschen';

const TEXT = {
  de: {
    title: 'Angaben zu einem Antrag löschen',
    intro: 'Hier löschen Sie die persönlichen Angaben eines Antrags oder einer Meldung, die Sie im Chat abgeschickt haben, zum Beispiel Name, Adresse und Telefonnummer.',
    reference: 'Vorgangsnummer',
    after: 'Was danach gilt',
    points: [
      'Hat die zuständige Stelle den Antrag noch nicht erhalten, bekommt sie nur noch die Nachricht, dass Sie ihn gelöscht haben. Sie kann ihn dann nicht mehr bearbeiten.',
      'Hat sie ihn schon erhalten, teilt der Stadtlotse ihr die Löschung mit, und die Seite sagt Ihnen, seit wann sie ihn hat. Ihre eigene Akte löscht die Stelle nach ihren Regeln: Fragen Sie dort mit der Vorgangsnummer nach.',
      'Die Vorgangsnummer, die Art des Antrags und der Tag des Eingangs bleiben gespeichert, ohne Angaben zu Ihrer Person. So kann die Stadt Auskunft geben, dass es den Antrag gab und dass Sie ihn gelöscht haben.',
      'Der Link zur Zusammenfassung funktioniert danach nicht mehr.',
      'Bei einer Terminbuchung im Bürgerbüro wird der Termin dabei abgesagt, denn ohne Ihren Namen kann das Bürgerbüro ihn nicht zuordnen.',
    ],
    start: 'Angaben löschen',
    question: 'Möchten Sie die Angaben zu diesem Antrag jetzt endgültig löschen? Das lässt sich nicht rückgängig machen.',
    yes: 'Ja, endgültig löschen',
    cancel: 'Abbrechen',
    done: 'Die Angaben zu Ihrem Antrag wurden gelöscht.',
    gone: 'Zu dieser Vorgangsnummer und diesem Schlüssel gibt es keine Angaben (mehr). Vielleicht wurden sie schon gelöscht.',
    failed: 'Das Löschen hat nicht geklappt. Bitte versuchen Sie es später noch einmal.',
    forwarded:
      'Die zuständige Stelle hatte den Antrag schon am {date} erhalten. Der Stadtlotse hat ihr die Löschung mitgeteilt. Ob sie ihre eigene Akte löschen darf, richtet sich nach den Regeln ihres Verfahrens: Fragen Sie dort mit der Vorgangsnummer nach.',
    incomplete: 'Dieser Link ist unvollständig. Öffnen Sie ihn bitte über den Chat oder die Zusammenfassung, oder wenden Sie sich mit der Vorgangsnummer an die Stadt.',
    noscript: 'Zum Löschen braucht diese Seite JavaScript. Sie können die Löschung auch bei der Stadt verlangen, mit der Vorgangsnummer',
    phone: 'Telefon',
  },
  en: {
    title: 'Erase the details of an application',
    intro: 'Here you erase the personal details of an application or report you submitted in the chat, for example your name, address and phone number.',
    reference: 'Reference number',
    after: 'What happens then',
    points: [
      'If the responsible office has not received the application yet, it only learns that you erased it. It can then no longer process it.',
      'If it has received it already, Stadtlotse tells it about the erasure, and this page tells you since when it has it. The office erases its own file by its own rules: ask there, quoting the reference number.',
      'The reference number, the kind of application and the day it was received stay stored, without any details about you. So the city can confirm that the application existed and that you erased it.',
      'The link to the summary no longer works afterwards.',
      'For an appointment booked at the citizens\' office, the appointment is cancelled as well: without your name the office cannot match it.',
    ],
    start: 'Erase details',
    question: 'Do you want to erase the details of this application for good now? This cannot be undone.',
    yes: 'Yes, erase for good',
    cancel: 'Cancel',
    done: 'The details of your application have been erased.',
    gone: 'There are no (longer any) details for this reference number and key. They may have been erased already.',
    failed: 'Erasing did not work. Please try again later.',
    forwarded:
      'The responsible office had already received the application on {date}. Stadtlotse has told it about the erasure. Whether it may erase its own file depends on the rules of its procedure: ask there, quoting the reference number.',
    incomplete: 'This link is incomplete. Please open it from the chat or the summary page, or contact the city, quoting the reference number.',
    noscript: 'This page needs JavaScript to erase. You can also ask the city to erase the details, quoting the reference number',
    phone: 'phone',
  },
};

export function EraseSubmissionPage(props: { city: CityFacts; cityId: string; locale: 'de' | 'en' }) {
  const { city, locale } = props;
  const t = TEXT[locale];
  return (
    <Layout title={TEXT.de.title} path={ERASE_PATH} city={city} cityId={props.cityId} script="/assets/antrag-loeschen.js" description="Die persönlichen Angaben eines im Chat abgeschickten Antrags selbst löschen.">
      <div id="erase" lang={locale === 'de' ? undefined : locale}>
        <h1>{t.title}</h1>
        <p class="lead">{t.intro}</p>
        <p>
          {t.reference}: <strong id="erase-reference" class="nowrap">–</strong>
        </p>
        <h2>{t.after}</h2>
        <ul>
          {t.points.map((point) => (
            <li>{point}</li>
          ))}
        </ul>
        <button type="button" id="erase-start" class="button button-danger" hidden>
          {t.start}
        </button>
        <div id="erase-confirm" class="confirm" role="group" aria-labelledby="erase-question" hidden>
          <p id="erase-question" tabindex={-1}>
            {t.question}
          </p>
          <div class="button-row">
            <button type="button" id="erase-yes" class="button button-danger">
              {t.yes}
            </button>
            <button type="button" id="erase-no" class="button">
              {t.cancel}
            </button>
          </div>
        </div>
        <p id="erase-result" class="result" role="status" tabindex={-1} data-done={t.done} data-gone={t.gone} data-failed={t.failed} data-incomplete={t.incomplete} data-forwarded={t.forwarded} data-date-format={locale}></p>
        <noscript>
          <p>
            {t.noscript}
            {city.phoneCentral ? `, ${t.phone} ${city.phoneCentral}` : ''}.
          </p>
        </noscript>
      </div>
    </Layout>
  );
}
