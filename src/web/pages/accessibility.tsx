/**
 * /barrierefreiheit: the accessibility statement BITV 2.0 and the state's law require, with the feedback contact and the
 * enforcement procedure. The state's law and enforcement body come from the profile (city.legal).
 */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

export function AccessibilityPage(props: { city: CityFacts; cityId: string }) {
  const { city } = props;
  const { legal } = city;
  return (
    <Layout title="Erklärung zur Barrierefreiheit" path="/barrierefreiheit" city={city} cityId={props.cityId} description="Erklärung zur Barrierefreiheit des digitalen Assistenten Stadtlotse.">
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p class="lead">
        Die {city.name} möchte ihre Websites und mobilen Anwendungen barrierefrei zugänglich machen. Rechtsgrundlagen sind{' '}
        {legal.accessibilityLaws ?? 'die Gesetze des Landes zur barrierefreien Informationstechnik'}, die auf die BITV 2.0 und die europäische Norm EN 301 549 (Web
        Content Accessibility Guidelines, WCAG 2.1, Stufe AA) verweisen.
      </p>

      <h2>Geltungsbereich</h2>
      <p>
        Diese Erklärung gilt für den digitalen Assistenten „Stadtlotse“: das Chat-Fenster auf den Seiten der Stadt, den Chat auf einer eigenen Seite (/chat), die
        Zusammenfassung eines Antrags zum Ausdrucken, die Seite zum Löschen der Angaben eines Antrags (/antrag-loeschen) und die Seiten Datenschutz,
        Barrierefreiheit und Leichte Sprache.
      </p>

      <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
      <p>Der Stadtlotse ist mit den Anforderungen teilweise vereinbar. Die Ausnahmen stehen im nächsten Abschnitt.</p>
      <p>Das ist barrierefrei umgesetzt:</p>
      <ul>
        <li>Alle Funktionen lassen sich allein mit der Tastatur bedienen. Die Taste Escape schließt das Chat-Fenster, der Fokus kehrt zur Schaltfläche zurück.</li>
        <li>
          Auf dem Handy und bei starker Vergrößerung füllt das Chat-Fenster den Bildschirm. Dann bleibt der Fokus im Chat-Fenster, bis Sie es schließen. Nach dem
          Senden bleibt der Fokus im Eingabefeld.
        </li>
        <li>Neue Antworten werden Screenreadern einmal angesagt. Alle Schaltflächen und Eingabefelder haben eine Beschriftung.</li>
        <li>Texte haben einen Kontrast von mindestens 4,5 zu 1 und lassen sich auf 200 Prozent vergrößern. Der Fokus ist immer sichtbar.</li>
        <li>
          Der Chat und die Zusammenfassung eines Antrags funktionieren auf kleinen Bildschirmen ab 320 Pixel Breite ohne waagerechtes Scrollen. Ist der
          Bildschirm niedrig, etwa wenn die Tastatur des Handys offen ist, stehen Hinweis und Spracheinstellung unter „Optionen“, damit Frage und Eingabefeld
          sichtbar bleiben.
        </li>
        <li>
          Auf Wunsch antwortet der Stadtlotse in Einfacher Sprache; dann sind auch die Hinweise und Fehlermeldungen des Chat-Fensters in Einfacher Sprache. Er
          antwortet auf Deutsch und auf Englisch.
        </li>
        <li>„Gespräch beenden“ fragt vorher nach, wenn ein Antrag noch nicht abgeschickt ist. Bestätigungen stehen sichtbar im Chat-Fenster.</li>
        <li>Bewegungen werden abgeschaltet, wenn Ihr System „Bewegung reduzieren“ eingestellt hat.</li>
        <li>Antworten können vorgelesen werden, und Fragen können gesprochen werden, wenn Ihr Browser das unterstützt.</li>
      </ul>

      <h2>Nicht barrierefreie Inhalte</h2>
      <ul>
        <li>Erklärungen in Deutscher Gebärdensprache fehlen noch. Sie werden erstellt.</li>
        <li>
          Eine Erklärung in Leichter Sprache gibt es für den Stadtlotsen selbst (<a href="/leichte-sprache">Leichte Sprache</a>). Die einzelnen Antworten gibt es in
          Einfacher Sprache, aber nicht in Leichter Sprache.
        </li>
        <li>Vorlesen und Spracheingabe hängen vom Browser ab. In manchen Browsern fehlen sie; dann werden die Schaltflächen nicht angezeigt.</li>
        <li>Links in Antworten führen teils zu Seiten anderer Stellen. Für deren Barrierefreiheit sind diese Stellen verantwortlich.</li>
        <li>
          Wählen Sie einen Vorschlag und öffnen Sie das Gespräch später in einem anderen Browserfenster, steht dort statt des Vorschlags nur „(Vorschlag
          gewählt)“.
        </li>
      </ul>

      <h2>Erstellung dieser Erklärung</h2>
      <p>
        Diese Erklärung wurde am 27. November 2026 erstellt. Grundlage ist eine Selbstbewertung: automatische Prüfungen mit dem Werkzeug axe-core nach den Regeln
        der WCAG 2.1 (Stufen A und AA) bei jeder Änderung sowie Prüfungen der Bedienung mit der Tastatur und bei 320 Pixel Breite.
      </p>

      <h2>Barrieren melden: Feedback und Kontakt</h2>
      <p>
        Sind Ihnen Mängel aufgefallen? Oder brauchen Sie eine Information in einer barrierefreien Form? Dann melden Sie sich bei der {city.name}
        {city.phoneCentral ? (
          <>
            {' '}
            unter Telefon <a href={`tel:${city.phoneCentral.replace(/[^0-9+]/g, '')}`}>{city.phoneCentral}</a>
          </>
        ) : null}
        {city.website ? (
          <>
            {' '}
            oder über die Website <a href={city.website}>{city.website.replace(/^https?:\/\//, '')}</a>
          </>
        ) : null}
        . Wir antworten Ihnen in einer angemessenen Frist.
      </p>

      <h2>Ombudsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an{' '}
        {legal.accessibilityEnforcementBody ?? 'die Ombudsstelle oder Durchsetzungsstelle für barrierefreie Informationstechnik des Landes'} wenden
        {legal.accessibilityEnforcementLaw ? ` (${legal.accessibilityEnforcementLaw})` : ''}.{legal.accessibilityEnforcementNote ? ` ${legal.accessibilityEnforcementNote}` : ''}
        {legal.accessibilityEnforcementWebsite ? (
          <>
            {' '}
            Antrag und Kontakt: <a href={legal.accessibilityEnforcementWebsite}>{legal.accessibilityEnforcementWebsite.replace(/^https?:\/\//, '')}</a>.
          </>
        ) : null}
      </p>
    </Layout>
  );
}
