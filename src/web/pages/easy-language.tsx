/**
 * /leichte-sprache: the assistant explained in Leichte Sprache (DIN SPEC 33429): short sentences,
 * one statement each, hard words explained, no abbreviations, long words split with a middle dot.
 */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function EasyLanguagePage(props: { city: CityFacts; cityId: string; retentionDays: number }) {
  const { city } = props;
  return (
    <Layout title="Leichte Sprache" path="/leichte-sprache" city={city} cityId={props.cityId} description="Der Stadtlotse in Leichter Sprache erklärt.">
      <div class="easy">
        <h1>Der Stadt·lotse in Leichter Sprache</h1>

        <h2>Was ist der Stadt·lotse?</h2>
        <p>Der Stadt·lotse ist ein Computer·programm.</p>
        <p>Er gehört zur {city.name}.</p>
        <p>Der Stadt·lotse ist kein Mensch.</p>
        <p>Sie können dem Stadt·lotsen Fragen schreiben.</p>
        <p>Zum Beispiel:</p>
        <ul>
          <li>Was kostet ein Personal·ausweis?</li>
          <li>Wie bekomme ich Wohn·geld?</li>
        </ul>
        <p>
          <strong>Wohn·geld</strong> bedeutet: Der Staat gibt Ihnen Geld für die Miete.
        </p>
        <p>Wohn·geld gibt es für Menschen mit wenig Geld.</p>
        <p>Der Stadt·lotse antwortet sofort.</p>
        <p>Er antwortet am Tag und in der Nacht.</p>

        <h2>So benutzen Sie den Stadt·lotsen</h2>
        <ol>
          <li>Sie sehen unten rechts einen Knopf.</li>
          <li>Auf dem Knopf steht: Fragen an die Stadt.</li>
          <li>Sie drücken auf den Knopf.</li>
          <li>Ein Fenster geht auf.</li>
          <li>Sie schreiben Ihre Frage in das Feld.</li>
          <li>Dann drücken Sie auf: Senden.</li>
          <li>Der Stadt·lotse antwortet.</li>
        </ol>
        <p>Manchmal sehen Sie unter der Antwort Knöpfe.</p>
        <p>Das sind Vorschläge für die nächste Frage.</p>
        <p>Sie können auf einen Vorschlag drücken.</p>
        <p>
          Es gibt auch eine <a href="/chat">Seite nur für den Stadt·lotsen</a>.
        </p>

        <h2>Einen Antrag machen</h2>
        <p>Der Stadt·lotse hilft auch bei Anträgen.</p>
        <p>Zum Beispiel beim Sperr·müll.</p>
        <p>Er stellt Ihnen dann Fragen.</p>
        <p>Eine Frage nach der anderen.</p>
        <p>Sie können dabei diese Wörter schreiben:</p>
        <ul>
          <li>zurück: Dann kommt die Frage davor noch einmal.</li>
          <li>abbrechen: Dann hört der Antrag auf.</li>
          <li>Hilfe: Dann erklärt der Stadt·lotse die Frage.</li>
        </ul>

        <h2>Einfache Sprache</h2>
        <p>Oben im Fenster steht: Einfache Sprache.</p>
        <p>Drücken Sie darauf.</p>
        <p>Dann antwortet der Stadt·lotse mit einfachen Wörtern.</p>

        <h2>Eine andere Sprache</h2>
        <p>Der Stadt·lotse kann auch Englisch.</p>
        <p>Drücken Sie dafür oben im Fenster auf: EN.</p>
        <p>Für Deutsch drücken Sie auf: DE.</p>

        <h2>Vorlesen und sprechen</h2>
        <p>Manche Computer können die Antwort vorlesen.</p>
        <p>Dann sehen Sie bei der Antwort einen Knopf mit einem Laut·sprecher.</p>
        <p>Manche Computer können auch zuhören.</p>
        <p>Dann sehen Sie einen Knopf mit einem Mikrofon.</p>
        <p>Sie drücken auf den Knopf.</p>
        <p>Dann sprechen Sie Ihre Frage.</p>

        <h2>So sprechen Sie mit einem Menschen</h2>
        <p>Sie möchten lieber mit einem Menschen sprechen?</p>
        <p>Das ist gut möglich.</p>
        {city.buergerbueroPhone ? (
          <>
            <p>Rufen Sie das Bürger·büro an.</p>
            <p>
              Die Telefon·nummer ist: <a href={tel(city.buergerbueroPhone)}>{city.buergerbueroPhone}</a>
            </p>
          </>
        ) : null}
        {city.phoneCentral ? (
          <>
            <p>Oder rufen Sie die Stadt·verwaltung an.</p>
            <p>
              Die Telefon·nummer ist: <a href={tel(city.phoneCentral)}>{city.phoneCentral}</a>
            </p>
          </>
        ) : null}
        <p>Im Fenster vom Stadt·lotsen gibt es auch einen Knopf.</p>
        <p>Auf dem Knopf steht: Optionen.</p>
        <p>Dann drücken Sie auf: Mit einem Menschen sprechen.</p>
        {/* What the widget's box shows (renderHuman in src/web/assets/widget-actions.ts), not the chat answer "mensch". */}
        <p>Dort stehen die Telefon·nummern.</p>
        {city.buergerbueroEmail ? <p>Dort steht auch die E-Mail-Adresse vom Bürger·büro.</p> : null}
        {city.buergerbueroHours ? (
          <>
            <p>Und dort stehen die Öffnungs·zeiten vom Bürger·büro.</p>
            <p>Öffnungs·zeiten bedeutet: Zu diesen Zeiten ist das Bürger·büro offen.</p>
          </>
        ) : null}

        <h2>Ihre Daten</h2>
        <p>Der Stadt·lotse speichert Ihre Fragen.</p>
        <p>Nach {props.retentionDays} Tagen löscht er Ihre Fragen.</p>
        <p>Sie können Ihre Fragen auch sofort löschen.</p>
        <p>Drücken Sie dafür auf: Optionen.</p>
        <p>Dann drücken Sie auf: Meine Daten löschen.</p>
        <p>Haben Sie im Chat einen Antrag geschickt?</p>
        <p>Dann löscht dieser Knopf den Antrag nicht.</p>
        <p>Unter der Antwort zum Antrag steht ein Link.</p>
        <p>Auf dem Link steht: Angaben zum Antrag löschen.</p>
        <p>Damit löschen Sie Ihre Angaben im Antrag.</p>
        <p>
          Mehr Informationen stehen auf der Seite <a href="/datenschutz">Datenschutz</a>.
        </p>
        <p>Diese Seite ist in schwerer Sprache geschrieben.</p>
      </div>
    </Layout>
  );
}
