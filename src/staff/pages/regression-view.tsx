/** The regression check: accuracy before/after, intents that got worse, examples that flipped. */
import { MAX_INTENT_DROP_POINTS, type RegressionReport } from '../regression.js';
import { Notice, percent } from './layout.js';

const MEASURE = { cv: 'Kreuzvalidierung', stored: 'gespeicherte Testfragen' } as const;

export function RegressionView(props: { report: RegressionReport }) {
  const r = props.report;
  return (
    <section aria-labelledby="regression-heading">
      <h2 id="regression-heading">Regressionsprüfung</h2>
      {r.blocked ? (
        <Notice kind="warning">
          {r.lossPoints > r.maxLossPoints
            ? `Der Entwurf erkennt Fragen um ${r.lossPoints.toLocaleString('de-DE')} Prozentpunkte schlechter als die veröffentlichte Version (erlaubt: ${r.maxLossPoints.toLocaleString('de-DE')}). `
            : ''}
          {r.collapsed.length > 0 ? (
            <>
              Einzelne Anliegen werden um mehr als {MAX_INTENT_DROP_POINTS} Prozentpunkte schlechter erkannt:{' '}
              <span data-testid="collapsed">
                {r.collapsed.map((x) => `${x.intent} (${MEASURE[x.measure]}: ${percent(x.before)} → ${percent(x.after)})`).join(', ')}
              </span>
              .{' '}
            </>
          ) : null}
          Veröffentlichen nur nach ausdrücklicher Bestätigung.
        </Notice>
      ) : (
        <Notice kind="success">Keine Verschlechterung über der Grenze ({r.maxLossPoints.toLocaleString('de-DE')} Prozentpunkte). Verlust: {r.lossPoints.toLocaleString('de-DE')} Punkte.</Notice>
      )}
      <div class="table-scroll" tabindex={0}>
      <table>
        <caption>Erkennungsgenauigkeit</caption>
        <thead>
          <tr>
            <th scope="col">Messung</th>
            <th scope="col" class="num">Veröffentlicht</th>
            <th scope="col" class="num">Entwurf</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Kreuzvalidierung ({r.folds}-fach, feste Zufallszahl {r.seed})</th>
            <td class="num">{percent(r.published.accuracy)}</td>
            <td class="num">{percent(r.draft.accuracy)}</td>
          </tr>
          <tr>
            <th scope="row">Gespeicherte Testfragen ({r.stored.total} Beispiele der veröffentlichten Version)</th>
            <td class="num">{percent(r.stored.publishedAccuracy)}</td>
            <td class="num">{percent(r.stored.draftAccuracy)}</td>
          </tr>
        </tbody>
      </table>
      </div>
      <h3>Anliegen, die schlechter erkannt werden</h3>
      {r.worse.length === 0 ? (
        <p>Keine.</p>
      ) : (
        <div class="table-scroll" tabindex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Anliegen</th>
              <th scope="col" class="num">vorher</th>
              <th scope="col" class="num">nachher</th>
              <th scope="col" class="num">Änderung (Punkte)</th>
            </tr>
          </thead>
          <tbody>
            {r.worse.map((w) => (
              <tr>
                <td>
                  <a href={`/staff/intents/${w.intent}`}>{w.intent}</a>
                </td>
                <td class="num">{percent(w.before)}</td>
                <td class="num">{percent(w.after)}</td>
                <td class="num worse">{w.deltaPoints.toLocaleString('de-DE')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {r.better.length > 0 ? (
        <p>
          Besser erkannt: {r.better.map((b) => <span class="better">{b.intent} (+{b.deltaPoints.toLocaleString('de-DE')}) </span>)}
        </p>
      ) : null}
      <h3>Umgekippte Testfragen</h3>
      {r.flipped.length === 0 ? (
        <p>Keine: Alle Testfragen, die bisher richtig erkannt wurden, werden weiter richtig erkannt.</p>
      ) : (
        <div class="table-scroll" tabindex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Frage</th>
              <th scope="col">erwartet</th>
              <th scope="col">Entwurf erkennt</th>
            </tr>
          </thead>
          <tbody>
            {r.flipped.map((f) => (
              <tr>
                <td lang={f.language}>{f.text}</td>
                <td>{f.expected}</td>
                <td class="worse">{f.predicted || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
