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

export function EditorialView(props: { check: DraftCheck }) {
  const errors = errorsOf(props.check);
  const warnings = props.check.findings.filter((f) => f.severity === 'warning');
  return (
    <section aria-labelledby="editorial-heading">
      <h2 id="editorial-heading">Inhaltsprüfung</h2>
      {errors.length > 0 ? (
        <Notice kind="error">
          Der Entwurf verletzt {errors.length} Regel(n) der Inhaltsprüfung und kann so nicht veröffentlicht werden. Korrigieren Sie die Anliegen:
          <FindingList findings={errors} />
        </Notice>
      ) : (
        <Notice kind="success">Keine Verstöße gegen die Regeln der Inhaltsprüfung (Fakten, Platzhalter, Längen, Beispiele).</Notice>
      )}
      {!props.check.factsChecked ? (
        <Notice kind="warning">Zahlen wurden nicht mit den geprüften Fakten verglichen: Auf diesem Server fehlt die Faktendatei (docs/facts.md).</Notice>
      ) : null}
      {warnings.length > 0 ? (
        <details>
          <summary>{warnings.length} Hinweis(e) zur Lesbarkeit</summary>
          <FindingList findings={warnings} />
        </details>
      ) : null}
    </section>
  );
}
