/**
 * /zusammenfassung: where the summary link from the chat opens (report j-10). The link carries reference and
 * key in the fragment (#reference=…&token=…), which browsers never send, so neither the city's proxy log nor a
 * Referer sees the key. The page's script moves both into this form and sends it as a POST body; without
 * JavaScript the citizen copies them from the address into the form. The same page comes back, with a message,
 * when the form was incomplete or the key did not fit.
 */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

export const SUMMARY_ACCESS_PATH = '/zusammenfassung';

export type SummaryAccessProblem = 'incomplete' | 'not_found';

const TEXT = {
  de: {
    title: 'Zusammenfassung Ihres Antrags',
    intro: 'Hier öffnen Sie die Zusammenfassung eines Antrags oder einer Meldung, die Sie im Chat abgeschickt haben.',
    opening: 'Mit dem Link aus dem Chat öffnet sich die Zusammenfassung von selbst. Falls nicht, tippen Sie auf „Zusammenfassung öffnen“.',
    reference: 'Vorgangsnummer',
    token: 'Schlüssel',
    submit: 'Zusammenfassung öffnen',
    noscript:
      'Ohne JavaScript: Die Vorgangsnummer und den Schlüssel finden Sie in der Adresse des Links hinter dem Zeichen „#“, nach „reference=“ und nach „token=“. Tragen Sie beide oben ein.',
    incomplete: 'Bitte geben Sie die Vorgangsnummer (zum Beispiel DN-2026-000123) und den Schlüssel aus Ihrem Link ein.',
    not_found: 'Zu dieser Vorgangsnummer und diesem Schlüssel gibt es keine Zusammenfassung (mehr). Entweder passen Nummer und Schlüssel nicht zusammen (bitte prüfen Sie, ob beide vollständig sind), oder die Angaben sind gelöscht: von Ihnen selbst oder weil die Aufbewahrungsfrist vorbei ist.',
    retention: 'Zusammenfassungen werden je nach Antrag {days} Tage nach dem Absenden gelöscht; die Frist stand im Chat unter dem Link.',
    city: 'Auskunft gibt Ihnen auch die Stadt, mit der Vorgangsnummer',
    phone: 'Telefon',
  },
  en: {
    title: 'Summary of your application',
    intro: 'Here you open the summary of an application or report you submitted in the chat.',
    opening: 'With the link from the chat the summary opens by itself. If it does not, select "Open summary".',
    reference: 'Reference number',
    token: 'Key',
    submit: 'Open summary',
    noscript: 'Without JavaScript: the reference number and the key are in the link\'s address after the "#" sign, after "reference=" and after "token=". Enter both above.',
    incomplete: 'Please enter the reference number (for example DN-2026-000123) and the key from your link.',
    not_found: 'There is no (longer a) summary for this reference number and key. Either the number and the key do not match (please check that both are complete), or the details have been deleted: by you, or because the retention period is over.',
    retention: 'Summaries are deleted {days} days after sending, depending on the application; the chat said which under the link.',
    city: 'The city can also tell you about it, quoting the reference number',
    phone: 'phone',
  },
};

export interface SummaryAccessProps {
  city: CityFacts;
  cityId: string;
  locale: 'de' | 'en';
  /** Shown above the form after a POST that could not open a summary. */
  problem?: SummaryAccessProblem;
  /** The reference the citizen sent, so they need not type it again; the key is never sent back. */
  reference?: string;
  /** The dialogs' retention_days, shortest and longest: a summary not found may have expired (tester-o E1). */
  retentionDays?: { min: number; max: number };
}

function daysText(days: { min: number; max: number }, locale: 'de' | 'en'): string {
  return days.min === days.max ? String(days.min) : `${days.min} ${locale === 'de' ? 'bis' : 'to'} ${days.max}`;
}

export function SummaryAccessPage(props: SummaryAccessProps) {
  const { city, locale } = props;
  const t = TEXT[locale];
  return (
    <Layout title={TEXT.de.title} path={SUMMARY_ACCESS_PATH} city={city} cityId={props.cityId} script="/assets/zusammenfassung.js" description="Die Zusammenfassung eines im Chat abgeschickten Antrags öffnen.">
      <div id="summary-access" lang={locale === 'de' ? undefined : locale}>
        <h1>{t.title}</h1>
        <p class="lead">{t.intro}</p>
        {props.problem ? (
          <p id="summary-problem" class="result" role="alert">
            {t[props.problem]}
            {props.problem === 'not_found' && props.retentionDays ? ` ${t.retention.replace('{days}', daysText(props.retentionDays, locale))}` : ''}
          </p>
        ) : (
          <p>{t.opening}</p>
        )}
        <form id="summary-form" method="post" action={SUMMARY_ACCESS_PATH} autocomplete="off">
          <input type="hidden" name="lang" value={locale} />
          <p>
            <label for="summary-reference">{t.reference}</label>
            <br />
            <input id="summary-reference" name="reference" type="text" required spellcheck={false} autocapitalize="characters" value={props.reference ?? ''} />
          </p>
          <p>
            <label for="summary-token">{t.token}</label>
            <br />
            <input id="summary-token" name="token" type="text" required spellcheck={false} autocapitalize="off" />
          </p>
          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
        <noscript>
          <p>{t.noscript}</p>
        </noscript>
        <p>
          {t.city}
          {city.phoneCentral ? `, ${t.phone} ${city.phoneCentral}` : ''}.
        </p>
      </div>
    </Layout>
  );
}
