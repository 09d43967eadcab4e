/** Analytics for every staff role: aggregate counts only, SVG charts with tables, CSV export. */
import type { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import { analyticsTables, type AnalyticsTables } from '../analytics.js';
import type { StaffEnv } from '../auth.js';
import { csvResponse, toCsv } from '../csv.js';
import { guard, principal, render } from '../http.js';
import { BarChart, ColumnChart, DataTable } from '../pages/charts.js';
import { Layout, percent } from '../pages/layout.js';
import type { StaffServices } from '../services.js';

/** Where an open run waits, in the words of the dialog pages ("step" is the plain question of a step). */
const PHASE: Record<string, string> = { step: 'Frage', confirm: 'Zusammenfassung vor dem Absenden bei', edit: 'Korrektur bei', cancel: 'Abbruchfrage bei', paused: 'Pause bei', resume: 'Fortsetzen bei', switch: 'Themenwechsel bei' };

const rate = (part: number, whole: number) => (whole === 0 ? '–' : percent(part / whole));

function csvTable(t: AnalyticsTables, table: string): { header: string[]; rows: Array<Array<string | number>> } | null {
  switch (table) {
    case 'topics':
      return { header: ['intent', 'title', 'questions'], rows: t.topics.map((r) => [r.intent, r.title, r.count]) };
    case 'days':
      return { header: ['day', 'questions', 'answered', 'answer_rate'], rows: t.perDay.map((r) => [r.day, r.total, r.answered, r.total ? (r.answered / r.total).toFixed(3) : '']) };
    case 'hours':
      return { header: ['hour', 'questions'], rows: t.hours.map((r) => [r.hour, r.count]) };
    case 'feedback':
      return { header: ['intent', 'up', 'down'], rows: t.feedback.map((r) => [r.intent, r.up, r.down]) };
    case 'funnels':
      return { header: ['dialog', 'started', 'open', 'cancelled', 'completed'], rows: t.funnels.map((f) => [f.dialog, f.started, f.open, f.cancelled, f.completed]) };
    case 'survey':
      return { header: ['question', 'question_label', 'value', 'value_label', 'count'], rows: (t.survey?.questions ?? []).flatMap((q) => q.values.map((v) => [q.id, q.label, v.value, v.label, v.count])) };
    case 'survey_comments':
      return { header: ['comment'], rows: (t.survey?.comments ?? []).map((comment) => [comment]) };
    default:
      return null;
  }
}

export function mountAnalyticsRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const anyStaff = guard(['editor', 'clerk', 'admin'], s.denied);

  async function tables(daysParam: string | undefined): Promise<AnalyticsTables> {
    const days = Math.min(365, Math.max(1, Number(daysParam) || 30));
    const to = s.app.now();
    const from = new Date(to.getTime() - days * 86_400_000);
    return analyticsTables(s.analyticsRepo, s.app.store, s.app.content(), { from: from.toISOString(), to: new Date(to.getTime() + 1).toISOString() }, days, s.timeZone);
  }

  staff.get('/analytics.csv', anyStaff, async (c) => {
    const table = c.req.query('table') ?? '';
    const t = await tables(c.req.query('days'));
    const data = csvTable(t, table);
    if (!data) throw new AppError(400, 'invalid_table', 'Unbekannte Tabelle.', { field: 'table' });
    return csvResponse(toCsv(data.header, data.rows), `stadtlotse-${table}-${t.days}d.csv`);
  });

  staff.get('/analytics', anyStaff, async (c) => {
    const t = await tables(c.req.query('days'));
    const csv = (table: string) => `/staff/analytics.csv?table=${table}&days=${t.days}`;
    const top = t.topics.slice(0, 15);
    // Titles, as the topic chart shows them; an intent removed since keeps its id.
    const titleOf = (id: string) => s.app.content().intentsById.get(id)?.title.de ?? id;
    const feedback = t.feedback.map((f) => ({ ...f, title: titleOf(f.intent) }));
    return render(
      c,
      <Layout title="Auswertung" staff={principal(c)} section="/staff/analytics">
        <form method="get" action="/staff/analytics" class="row">
          <div>
            <label for="days">Zeitraum (Tage)</label>
            <select id="days" name="days">
              {[7, 30, 90, 365].map((d) => (
                <option value={String(d)} selected={d === t.days}>
                  {d} Tage
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Anzeigen</button>
        </form>
        <p>
          {t.total.toLocaleString('de-DE')} Fragen in {t.days} Tagen · Antwortquote (nicht „unbekannt“): <strong>{rate(t.answered, t.total)}</strong>. Keine personenbezogenen Daten: nur Zählungen.
        </p>
        <p>
          Nicht verstanden: {t.unknown.toLocaleString('de-DE')} · danach ein vorgeschlagenes Thema gewählt („Meinten Sie …?“):{' '}
          <strong>{t.chosenAfterUnknown.toLocaleString('de-DE')}</strong> ({rate(t.chosenAfterUnknown, t.unknown)}).
        </p>

        <h2>Fragen nach Thema</h2>
        <p>Eine Nachricht mit zwei Fragen („Was kostet ein Reisepass? Und wann kommt der Sperrmüll?“) zählt bei beiden Themen.</p>
        <BarChart id="topics" title={`Die ${top.length} häufigsten Themen`} desc={top.map((r) => `${r.title}: ${r.count}`).join('; ') || 'Keine Daten'} rows={top.map((r) => ({ label: r.title, value: r.count }))} />
        <DataTable caption="Fragen nach Thema" headers={['Thema', 'Fragen']} rows={t.topics.map((r) => [r.title, r.count])} csv={csv('topics')} />

        <h2>Fragen pro Tag und Antwortquote</h2>
        <ColumnChart id="days" title="Fragen pro Tag" desc={t.perDay.map((d) => `${d.day}: ${d.total}`).join('; ') || 'Keine Daten'} rows={t.perDay.map((d) => ({ label: d.day.slice(5), value: d.total }))} />
        <DataTable caption="Fragen pro Tag" headers={['Tag', 'Fragen', 'beantwortet', 'Antwortquote']} rows={t.perDay.map((d) => [d.day, d.total, d.answered, rate(d.answered, d.total)])} csv={csv('days')} />

        <h2>Uhrzeiten mit den meisten Fragen</h2>
        <ColumnChart id="hours" title="Fragen nach Uhrzeit (Ortszeit)" desc={t.hours.map((h) => `${h.hour} Uhr: ${h.count}`).join('; ')} rows={t.hours.map((h) => ({ label: String(h.hour), value: h.count }))} />
        <DataTable caption="Fragen nach Uhrzeit" headers={['Stunde', 'Fragen']} rows={t.hours.map((h) => [`${h.hour}–${h.hour + 1} Uhr`, h.count])} csv={csv('hours')} />

        <h2>Bewertungen pro Thema</h2>
        <p>Die Balken zählen „Daumen runter“ (👎) je Thema; „Daumen hoch“ steht in der Tabelle darunter.</p>
        <BarChart
          id="feedback"
          title="Daumen runter pro Thema"
          desc={feedback.map((f) => `${f.title}: ${f.up} hoch, ${f.down} runter`).join('; ') || 'Keine Bewertungen'}
          rows={feedback.map((f) => ({ label: f.title, value: f.down }))}
          unit=" × runter"
        />
        <DataTable caption="Bewertungen pro Thema" headers={['Thema', 'Daumen hoch', 'Daumen runter']} rows={feedback.map((f) => [f.title, f.up, f.down])} csv={csv('feedback')} />

        <h2>Geführte Anträge: begonnen, abgebrochen, abgeschlossen</h2>
        <div class="table-scroll" tabindex={0}>
        <table>
          <caption class="visually-hidden">Trichter der geführten Anträge</caption>
          <thead>
            <tr>
              <th scope="col">Antrag</th>
              <th scope="col" class="num">begonnen</th>
              <th scope="col" class="num">offen</th>
              <th scope="col" class="num">abgebrochen</th>
              <th scope="col" class="num">abgeschlossen</th>
              <th scope="col">offen bei Schritt</th>
            </tr>
          </thead>
          <tbody>
            {t.funnels.map((f) => (
              <tr>
                <th scope="row">{f.title}</th>
                <td class="num">{f.started}</td>
                <td class="num">{f.open}</td>
                <td class="num">{f.cancelled}</td>
                <td class="num">{f.completed}</td>
                <td>{f.steps.map((o) => `${PHASE[o.phase] ?? 'Schritt'} „${o.step}“: ${o.count}`).join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <p>
          <a href={csv('funnels')}>Trichter als CSV herunterladen</a>
        </p>

        <h2>Bedarfsumfrage</h2>
        {t.survey ? (
          <>
            <p>{t.survey.responses} Antworten.</p>
            {t.survey.questions.map((question) => (
              <>
                <h3>{question.label}</h3>
                <BarChart id={`survey-${question.id}`} title={`Umfrage: ${question.label}`} desc={question.values.map((v) => `${v.label}: ${v.count}`).join('; ')} rows={question.values.map((v) => ({ label: v.label, value: v.count }))} />
              </>
            ))}
            <p>
              <a href={csv('survey')}>Umfrageergebnisse als CSV herunterladen</a>
            </p>
            <h3>Hinweise der Teilnehmenden ({t.survey.comments.length})</h3>
            <p>Freitext aus der letzten Frage, ohne Datum und ohne Bezug zu einem Gespräch. Namen, Adressen, Telefonnummern und Gesundheitsangaben wurden beim Speichern geschwärzt; die Hinweise werden nach 90 Tagen gelöscht.</p>
            {t.survey.comments.length > 0 ? (
              <>
                <ul class="survey-comments">
                  {t.survey.comments.map((comment) => (
                    <li>{comment}</li>
                  ))}
                </ul>
                <p>
                  <a href={csv('survey_comments')}>Hinweise als CSV herunterladen</a>
                </p>
              </>
            ) : (
              <p>Keine Hinweise im Zeitraum.</p>
            )}
          </>
        ) : (
          <p>Noch keine Antworten im Zeitraum.</p>
        )}
      </Layout>,
    );
  });
}
