/**
 * /datenschutz: information under Art. 13 GDPR for the chat assistant (purposes, storage periods, legal bases, rights).
 * The state's data-protection law, the supervisory authority and the officer's contact come from the profile
 * (city.legal); without them the page says nothing state-specific.
 */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

export function PrivacyPage(props: { city: CityFacts; cityId: string; retentionDays: number; submissionRetention: ReadonlyArray<{ title: string; days: number }> }) {
  const { city, retentionDays } = props;
  const { legal } = city;
  return (
    <Layout title="Datenschutz beim Stadtlotsen" path="/datenschutz" city={city} cityId={props.cityId} description="Welche Daten der digitale Assistent verarbeitet, wie lange, auf welcher Rechtsgrundlage, und Ihre Rechte.">
      <h1>Datenschutz beim Stadtlotsen</h1>
      <p class="lead">
        Hier lesen Sie, welche Daten der digitale Assistent „Stadtlotse“ verarbeitet, wofür, wie lange, und welche Rechte Sie haben (Information nach Artikel 13 der
        Datenschutz-Grundverordnung, DSGVO).
      </p>

      <h2>Verantwortliche Stelle</h2>
      <p>
        {city.name}
        {city.address ? `, ${city.address}` : ''}
        {city.phoneCentral ? `, Telefon ${city.phoneCentral}` : ''}
        {city.website ? (
          <>
            , <a href={city.website}>{city.website.replace(/^https?:\/\//, '')}</a>
          </>
        ) : null}
        . Die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten erreichen Sie {legal.dataProtectionOfficerContact ?? 'über die Stadtverwaltung'}.
      </p>

      <h2>Sie sprechen mit einem automatischen System</h2>
      <p>
        Der Stadtlotse ist ein automatisches Programm, kein Mensch (Hinweis nach Artikel 50 der KI-Verordnung der EU). Er erkennt, wonach Sie fragen, und antwortet mit
        Texten, die die Stadtverwaltung geschrieben hat und pflegt. Er trifft keine Entscheidungen über Sie: Anträge entscheidet immer die zuständige Stelle der
        Verwaltung. Berechnungen, zum Beispiel zum Wohngeld, sind unverbindliche Schätzungen.
      </p>

      <h2>Welche Daten wir verarbeiten und wofür</h2>
      <ul>
        <li>
          <strong>Ihre Nachrichten und die Antworten</strong> (Gesprächsverlauf mit Uhrzeit, erkanntes Thema, Sprache, Einstellung „Einfache Sprache“): um Ihre
          Frage zu beantworten, das Gespräch fortzusetzen und Ihnen den Verlauf zum Herunterladen zu geben. Bitte geben Sie keine sensiblen Daten ein, die für Ihre
          Frage nicht nötig sind.
        </li>
        <li>
          <strong>Angaben in Anträgen und Meldungen</strong>, die Sie Schritt für Schritt im Chat machen (zum Beispiel Termin, Mängelmeldung, Hundesteuer): um sie an die
          zuständige Stelle der Stadt weiterzugeben und dort zu bearbeiten.
        </li>
        <li>
          <strong>Umfrage zu Online-Diensten</strong> (freiwillig, wenn Sie im Chat an ihr teilnehmen): welche Leistungen Sie gern online erledigen würden, Ihr
          liebster Weg zur Stadt, was Sie für die Barrierefreiheit brauchen, und ein Hinweis, wenn Sie einen schreiben. Gespeichert werden nur die Antworten mit
          dem Tag, ohne Uhrzeit, ohne Kennung des Gesprächs und nicht im Gesprächsverlauf. Den Hinweis befreit der Stadtlotse vorher von Namen, Adressen und
          Telefonnummern. Zweck: die Stadt plant, welche Dienste sie als Nächstes anbietet.
        </li>
        <li>
          <strong>Ihre Bewertung</strong> einer Antwort (Daumen hoch oder runter) mit dem Thema der Antwort: um die Antworten zu verbessern. Die Bewertung enthält
          keinen Text aus Ihrem Gespräch.
        </li>
        <li>
          <strong>Technische Daten</strong>: Für jede Anfrage protokolliert der Stadtlotse Art der Anfrage, Adresse der Schnittstelle, Ergebnis und Dauer, ohne
          Nachrichteninhalt und ohne IP-Adresse. Zum Schutz vor Überlastung kann Ihre IP-Adresse kurz im Arbeitsspeicher verwendet werden; sie wird nicht
          gespeichert.
        </li>
        <li>
          <strong>In Ihrem Browser</strong> speichert der Chat die Kennung des laufenden Gesprächs, die Links in den Antworten (auch den Link zur Zusammenfassung
          eines Antrags), die Vorschläge der letzten Antwort, die Titel der Vorschläge, die Sie gewählt haben, und ob gerade ein Antrag läuft, damit das Gespräch nach dem Neuladen oder auf einer anderen Seite vollständig weitergeht: bis Sie
          das Browserfenster schließen oder das Gespräch beenden oder löschen. Außerdem speichert er Ihre Sprache und die Einstellung „Einfache Sprache“ (bis Sie
          sie ändern oder löschen). Es gibt keine Cookies, keine Werbung, keine Analyse- oder Tracking-Dienste und keine
          Inhalte von anderen Anbietern.
        </li>
        <li>
          <strong>Spracheingabe und Vorlesen</strong> sind Funktionen Ihres Browsers. Die Spracheingabe startet nur, wenn Sie das Mikrofon einschalten. Je nach
          Browser wandelt der Hersteller des Browsers die Sprache auf seinen Servern in Text um (zum Beispiel Google bei Chrome). Wenn Sie das nicht möchten, schreiben
          Sie Ihre Frage mit der Tastatur.
        </li>
      </ul>

      <h2>Wie lange wir Daten speichern</h2>
      <ul>
        <li>
          <strong>Gesprächsverläufe</strong> werden {retentionDays} Tage nach der letzten Nachricht automatisch gelöscht. Sie können sie jederzeit sofort löschen: im
          Chat unter „Optionen“ mit „Meine Daten löschen“.
        </li>
        <li>
          <strong>Anträge und Meldungen</strong> löscht der Stadtlotse automatisch nach einer festen Frist, gezählt ab dem Absenden
          {props.submissionRetention.length > 0 ? `: ${props.submissionRetention.map((r) => `${r.title} nach ${r.days} Tagen`).join(', ')}` : ''}. Was die zuständige Stelle in ihre
          eigene Akte übernimmt, bewahrt sie nach den gesetzlichen Aufbewahrungsfristen dieser Akte auf. „Meine Daten löschen“ im Chat löscht nur das Gespräch, keinen abgeschickten Antrag. Die persönlichen
          Angaben eines Antrags löschen Sie selbst mit dem Link „Angaben zum Antrag löschen“: im Chat unter der Bestätigung des Antrags und auf der Seite mit der
          Zusammenfassung. Die Seite fragt vor dem Löschen noch einmal nach. Die Vorgangsnummer bleibt ohne Angaben zu Ihrer Person gespeichert.
        </li>
        <li>
          <strong>Termine im Bürgerbüro</strong>, die Sie im Chat buchen (Leistung, Uhrzeit, Name, Bestätigungscode): bis 30 Tage nach dem Termin oder nach der
          Absage. Den Termin sagen Sie mit dem Bestätigungscode und Ihrem Namen im Chat ab.
        </li>
        <li>
          <strong>Umfrage</strong>: Ihr Hinweis wird nach 90 Tagen gelöscht. Die übrigen Antworten bleiben für die Auswertung gespeichert; sie lassen sich keiner
          Person zuordnen.
        </li>
        <li>
          <strong>Bewertungen</strong> bleiben ohne Gesprächsinhalt für die Auswertung gespeichert. Nach dem Löschen des Gesprächs lassen sie sich keiner Person mehr
          zuordnen.
        </li>
      </ul>

      <h2>Rechtsgrundlagen</h2>
      <ul>
        <li>
          Auskunft und Gesprächsverlauf: Artikel 6 Absatz 1 Buchstabe e DSGVO (Aufgabe im öffentlichen Interesse: Information der Bürgerinnen und Bürger und
          elektronischer Zugang zur Verwaltung){legal.dataProtectionLaw ? ` in Verbindung mit ${legal.dataProtectionLaw}` : ''}.
        </li>
        <li>
          Anträge und Meldungen: Artikel 6 Absatz 1 Buchstabe c und e DSGVO in Verbindung mit dem jeweiligen Fachgesetz, zum Beispiel der Hundesteuersatzung.
        </li>
        <li>Umfrage und Bewertungen: Artikel 6 Absatz 1 Buchstabe e DSGVO (Planung und Verbesserung der Angebote der Stadt).</li>
        <li>
          Wohngeldantrag im Chat: Ihre Einwilligung nach Artikel 6 Absatz 1 Buchstabe a DSGVO, für die freiwillige Angabe einer Schwerbehinderung (Freibetrag nach
          § 17 WoGG) nach Artikel 9 Absatz 2 Buchstabe a DSGVO. Nur mit ihr speichert der Stadtlotse Ihre Angaben, um den Antrag
          vorzubereiten, und gibt sie an die Wohngeldstelle weiter. Sie können die Einwilligung jederzeit widerrufen: mit dem Link „Angaben zum Antrag löschen“
          oder bei der Wohngeldstelle mit der Vorgangsnummer. Dann löscht der Stadtlotse Ihre Angaben. Einen Antrag, den die Wohngeldstelle schon erhalten hat,
          bearbeitet sie nach dem Wohngeldgesetz (WoGG).
        </li>
        <li>Spracheingabe: Ihre Einwilligung nach Artikel 6 Absatz 1 Buchstabe a DSGVO, die Sie mit dem Einschalten des Mikrofons geben und jederzeit beenden können.</li>
      </ul>

      <h2>Empfänger</h2>
      <p>
        Ihre Daten erhält nur die Stadtverwaltung und, soweit nötig, ihr IT-Dienstleister, der sie nur im Auftrag der Stadt verarbeiten darf (Artikel 28 DSGVO).
        Angaben aus Anträgen erhält die zuständige Stelle. Wir geben keine Daten an Dritte zu Werbezwecken weiter.
      </p>

      <h2>Ihre Rechte</h2>
      <p>Sie haben das Recht auf</p>
      <ul>
        <li>Auskunft über Ihre Daten (Artikel 15 DSGVO): im Chat unter „Optionen“ mit „Gespräch herunterladen“,</li>
        <li>Berichtigung (Artikel 16 DSGVO),</li>
        <li>
          Löschung (Artikel 17 DSGVO): das Gespräch im Chat unter „Optionen“ mit „Meine Daten löschen“; die Angaben eines abgeschickten Antrags mit dem Link
          „Angaben zum Antrag löschen“ (im Chat unter der Bestätigung und auf der Zusammenfassung) oder bei der Stadt mit der Vorgangsnummer,
        </li>
        <li>Einschränkung der Verarbeitung (Artikel 18 DSGVO),</li>
        <li>Widerspruch gegen die Verarbeitung (Artikel 21 DSGVO),</li>
        <li>Widerruf einer Einwilligung mit Wirkung für die Zukunft (Artikel 7 Absatz 3 DSGVO).</li>
      </ul>
      <p>
        {legal.dataProtectionAuthority
          ? `Sie können sich außerdem bei der Aufsichtsbehörde beschweren (Artikel 77 DSGVO): ${legal.dataProtectionAuthority}.`
          : 'Sie können sich außerdem bei einer Aufsichtsbehörde für den Datenschutz beschweren (Artikel 77 DSGVO).'}
      </p>

      <h2>Kontakt</h2>
      <p>
        Fragen zum Datenschutz richten Sie an die {city.name}
        {city.phoneCentral ? `, Telefon ${city.phoneCentral}` : ''}
        {city.website ? (
          <>
            {' '}
            oder über <a href={city.website}>{city.website.replace(/^https?:\/\//, '')}</a>
          </>
        ) : null}
        . Ein Gespräch löschen Sie am schnellsten selbst im Chat, denn die Verwaltung kennt Ihren Namen zu einem Gespräch nicht.
      </p>
      <p class="small">Stand: November 2026</p>
    </Layout>
  );
}
