/** The editorial check of the whole draft on the publish page: what stops publishing, and advice. */
import { errorsOf, type DraftCheck, type Finding } from '../editorial-check.js';
import { Notice } from './layout.js';

function FindingList(props: { findings: Finding[] }) {
  return (
    <ul>
      {props.findings.map((f) => (
        <li>
          <a href={`/staff/intents/${f.intent}`}>{f.intent}</a> ({f.path}): {f.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Hints on typed facts and the language, per topic (re-test N5): they do not stop the publish, but a clerk
 * checking "what am I publishing" must see them here, not only in the editor.
 */
function AdviceByTopic(props: { findings: Finding[]; titles?: ReadonlyMap<string, string> | undefined }) {
  const ids = [...new Set(props.findings.map((f) => f.intent))];
  return (
    <section aria-labelledby="advice-heading">
      <h3 id="advice-heading">{props.findings.length} Hinweis(e) zu Zahlen, Zeiten und Sprache in den geänderten Anliegen</h3>
      <p class="hint">Diese Hinweise verhindern das Veröffentlichen nicht. Prüfen Sie jede Angabe, bevor Sie veröffentlichen.</p>
      {ids.map((id) => (
        <div class="advice-topic">
          <h4>
            <a href={`/staff/intents/${id}`}>{props.titles?.get(id) ?? id}</a> <code>{id}</code>
          </h4>
          <ul>
            {props.findings
              .filter((f) => f.intent === id)
              .map((f) => (
                <li>
                  ({f.path}) {f.message}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** titles: intent id to German title, to name the topics of the hints. */
export function EditorialView(props: { check: DraftCheck; titles?: ReadonlyMap<string, string> }) {
  const errors = errorsOf(props.check);
  const warnings = props.check.findings.filter((f) => f.severity === 'warning');
  const advice = warnings.filter((f) => f.advice);
  const readability = warnings.filter((f) => !f.advice);
  return (
    <section aria-labelledby="editorial-heading">
      <h2 id="editorial-heading">Inhaltsprüfung</h2>
      {errors.length > 0 ? (
        <Notice kind="error">
          Der Entwurf verletzt {errors.length} Regel(n) der Inhaltsprüfung und kann so nicht veröffentlicht werden. Korrigieren Sie die Anliegen:
          <FindingList findings={errors} />
        </Notice>
      ) : advice.length > 0 ? (
        <Notice kind="warning">
          Keine Verstöße gegen die Regeln der Inhaltsprüfung (Fakten, Platzhalter, Längen, Beispiele, Sprache), aber {advice.length} Hinweis(e) zu prüfen: siehe unten.
        </Notice>
      ) : (
        <Notice kind="success">Keine Verstöße gegen die Regeln der Inhaltsprüfung (Fakten, Platzhalter, Längen, Beispiele, Sprache).</Notice>
      )}
      {!props.check.factsChecked ? (
        <Notice kind="warning">Zahlen wurden nicht mit den geprüften Fakten verglichen: Auf diesem Server fehlt die Faktendatei (docs/facts.md).</Notice>
      ) : null}
      {advice.length > 0 ? <AdviceByTopic findings={advice} titles={props.titles} /> : null}
      {readability.length > 0 ? (
        <details>
          <summary>{readability.length} Hinweis(e) zur Lesbarkeit</summary>
          <FindingList findings={readability} />
        </details>
      ) : null}
    </section>
  );
}
