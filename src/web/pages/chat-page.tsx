/** The full-page chat at /chat, for links from e-mails, letters and QR codes. */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

export function ChatPage(props: { city: CityFacts; cityId: string }) {
  return (
    <Layout title="Chat mit dem Stadtlotsen" path="/chat" city={props.city} cityId={props.cityId} widget="page" description={`Fragen an die ${props.city.name}: der digitale Assistent Stadtlotse im ganzen Fenster.`}>
      <h1>Chat mit dem Stadtlotsen</h1>
      <p>
        Stellen Sie Ihre Frage an die {props.city.name}. Der Stadtlotse ist ein automatisches Programm. Mehr dazu unter <a href="/datenschutz">Datenschutz</a>.
      </p>
      <div id="stadtlotse-chat" class="chat-mount">
        <noscript>
          <p>Der Chat braucht JavaScript. {props.city.phoneCentral ? `Sie erreichen die Stadtverwaltung auch telefonisch unter ${props.city.phoneCentral}.` : ''}</p>
        </noscript>
      </div>
    </Layout>
  );
}
