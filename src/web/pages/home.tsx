/** The demo city page at "/": a plain service page of the city with the launcher widget, as a city website would embed it. */
import type { CityFacts } from '../widget-config.js';
import { Layout } from './layout.js';

const TOPICS: Array<{ title: string; text: string; ask: string }> = [
  { title: 'Personalausweis und Reisepass', text: 'Beantragen, verlängern, verloren: was Sie brauchen und was es kostet.', ask: 'Was kostet ein Personalausweis?' },
  { title: 'Wohngeld', text: 'Zuschuss zur Miete: wer ihn bekommt und wie Sie ihn beantragen.', ask: 'Wohngeld beantragen' },
  { title: 'Hundesteuer', text: 'Hund anmelden, abmelden und die Steuer im Überblick.', ask: 'Hund anmelden' },
  { title: 'Termin im Bürgerbüro', text: 'Termine, Öffnungszeiten und der Weg zum Bürgerbüro.', ask: 'Termin im Bürgerbüro' },
  { title: 'Sperrmüll und Abfall', text: 'Wer abholt und wo Sie Termine bekommen.', ask: 'Sperrmüll anmelden' },
  { title: 'Mängel melden', text: 'Schlagloch, defekte Laterne, wilder Müll: so melden Sie es der Stadt.', ask: 'Schlagloch melden' },
];

export function HomePage(props: { city: CityFacts; cityId: string }) {
  const { city } = props;
  return (
    <Layout title="Bürgerservice online" path="/" city={city} cityId={props.cityId} widget="launcher" description={`Online-Bürgerservice der ${city.name} mit dem digitalen Assistenten Stadtlotse.`}>
      <h1>Bürgerservice online</h1>
      <p class="lead">
        Sie haben eine Frage an die Stadtverwaltung? Der digitale Assistent <strong>Stadtlotse</strong> antwortet rund um die Uhr, in Deutsch, Englisch und in
        Einfacher Sprache.
      </p>
      <div class="callout">
        <h2>So fragen Sie den Stadtlotsen</h2>
        <ol>
          <li>Wählen Sie unten rechts die Schaltfläche „Fragen an die Stadt“.</li>
          <li>Schreiben Sie Ihre Frage in eigenen Worten, zum Beispiel „Was kostet ein Personalausweis?“.</li>
          <li>Wählen Sie einen der Vorschläge oder fragen Sie weiter.</li>
        </ol>
        <p>
          Lieber im ganzen Fenster? <a href="/chat">Chat auf einer eigenen Seite öffnen</a>. Eine Erklärung in Leichter Sprache finden Sie unter{' '}
          <a href="/leichte-sprache">Leichte Sprache</a>.
        </p>
        <p lang="en">
          English: the assistant also answers in English. Open it with the button „Fragen an die Stadt“ and switch the language to EN.
        </p>
      </div>
      <h2>Häufige Anliegen</h2>
      <ul class="topics">
        {TOPICS.map((topic) => (
          <li>
            <h3>{topic.title}</h3>
            <p>{topic.text}</p>
            <p class="small">Fragen Sie zum Beispiel: „{topic.ask}“</p>
          </li>
        ))}
      </ul>
      <h2>Persönlich erreichen</h2>
      <p>
        Der Stadtlotse ist ein automatisches Programm. Wenn Sie lieber mit einem Menschen sprechen:{' '}
        {city.phoneCentral ? (
          <>
            Die Zentrale der Stadtverwaltung erreichen Sie unter <a href={`tel:${city.phoneCentral.replace(/[^0-9+]/g, '')}`}>{city.phoneCentral}</a>.{' '}
          </>
        ) : null}
        {city.website ? (
          <>
            Alle Ämter und Öffnungszeiten stehen auf <a href={city.website}>{city.website.replace(/^https?:\/\//, '')}</a>.
          </>
        ) : null}
      </p>
      <p class="small">
        Diese Seite zeigt, wie der Stadtlotse in die Website der Stadt eingebunden wird: mit einer einzigen Zeile{' '}
        <code>{'<script src="…/widget.js" data-city="' + props.cityId + '" defer></script>'}</code>.
      </p>
    </Layout>
  );
}
