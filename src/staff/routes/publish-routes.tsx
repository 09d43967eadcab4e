/** Publishing with the regression check, version history with diff and rollback, import from YAML, test console. */
import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { diffIntentSets, isEmptyDiff } from '../diff.js';
import { errorsOf } from '../editorial-check.js';
import { guard, principal, readForm, render } from '../http.js';
import { ConsolePage, consoleColumn } from '../pages/console.js';
import { DiffView } from '../pages/diff-view.js';
import { EditorialView } from '../pages/editorial-view.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import { RegressionView } from '../pages/regression-view.js';
import type { StaffServices } from '../services.js';

const SOURCE_LABEL: Record<string, string> = { yaml: 'aus YAML', publish: 'veröffentlicht', rollback: 'Rücknahme', import: 'Import' };

export function mountPublishRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const editor = guard(['editor'], s.denied);

  staff.get('/publish', editor, async (c) => {
    const { diff, model, report, editorial } = await s.content.check();
    const refused = errorsOf(editorial).length > 0;
    const titles = new Map((await s.content.draftIntents()).map((intent) => [intent.id, intent.title.de]));
    const current = await s.content.published();
    const empty = isEmptyDiff(diff);
    return render(
      c,
      <Layout title="Prüfen und veröffentlichen" staff={principal(c)} section="/staff/publish">
        <p>Veröffentlicht ist Version {current.version} ({formatDateTime(current.publishedAt)}, {current.publishedBy}).</p>
        <h2>Änderungen im Entwurf</h2>
        <DiffView diff={diff} beforeLabel={`Version ${current.version}`} afterLabel="Entwurf" />
        {!model.ok ? (
          <Notice kind="error">
            Der Entwurf ist ungültig und kann nicht veröffentlicht werden:
            <ul>
              {model.problems.map((p) => (
                <li>
                  {p.file} {p.path}: {p.reason}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <EditorialView check={editorial} titles={titles} />
        {report ? <RegressionView report={report} /> : null}
        {!empty && model.ok && report && !refused ? (
          <form method="post" action="/staff/publish" class="stack">
            <Csrf staff={principal(c)} />
            <label for="note">Kurze Notiz zur Änderung (optional)</label>
            <input type="text" id="note" name="note" maxlength={200} />
            {report.blocked ? (
              <p>
                <input type="checkbox" id="confirm" name="confirm" required />
                <label class="inline" for="confirm">
                  Ich habe die Verschlechterung geprüft und veröffentliche trotzdem.
                </label>
              </p>
            ) : null}
            <p>
              <button type="submit">Jetzt veröffentlichen</button>
            </p>
          </form>
        ) : null}
      </Layout>,
    );
  });

  staff.post('/publish', editor, async (c) => {
    const form = await readForm(c);
    const result = await s.content.publish(principal(c).user, { confirmed: form.get('confirm') === 'on', note: form.get('note').trim().slice(0, 200) || null });
    // Refused by a content rule (422) or by the regression gate (409): the reason, and the way back.
    const notPublished = (reason: Child, status: 409 | 422) =>
      render(
        c,
        <Layout title="Nicht veröffentlicht" staff={principal(c)} section="/staff/publish">
          {reason}
          <p>
            <a href="/staff/publish">Zurück zur Prüfung</a>
          </p>
        </Layout>,
        status,
      );
    if (result.status === 'refused') return notPublished(<EditorialView check={result.check} />, 422);
    if (result.status === 'blocked') {
      return notPublished(
        <>
          <Notice kind="error">Die Erkennung würde schlechter als erlaubt. Bitte bestätigen Sie ausdrücklich oder verbessern Sie den Entwurf.</Notice>
          <RegressionView report={result.report} />
        </>,
        409,
      );
    }
    s.app.logger.info('staff_published', { version: result.version, trainMs: Math.round(result.trainMs), swapMs: Math.round(result.swapMs), liveMs: Math.round(result.liveMs), retrained: result.retrained });
    const ms = (value: number) => Math.round(value).toLocaleString('de-DE');
    return render(
      c,
      <Layout title="Veröffentlicht" staff={principal(c)} section="/staff/publish">
        <Notice kind="success">
          {result.retrained
            ? `Version ${result.version} ist live (geprüft, neu trainiert und umgeschaltet in ${ms(result.liveMs)} ms, ohne Neustart).`
            : `Version ${result.version} ist live (das bei der Prüfung trainierte Modell, Training ${ms(result.trainMs)} ms; gespeichert und umgeschaltet in ${ms(result.swapMs)} ms, ohne Neustart).`}
        </Notice>
        <p>
          <a href="/staff/console">In der Testkonsole ausprobieren</a> · <a href="/staff/versions">Versionen</a>
        </p>
      </Layout>,
    );
  });

  staff.get('/versions', editor, async (c) => {
    const [versions, pending] = await Promise.all([s.contentRepo.listVersions(), s.content.pendingChanges()]);
    const latest = versions[0]?.version;
    const names = [...new Set(pending.map((change) => change.by).filter((by): by is string => by !== null))];
    const kept = pending.length === 0 ? '' : ` Die ${pending.length} unveröffentlichte(n) Änderung(en) im Entwurf (${pending.map((change) => change.id).join(', ')}${names.length ? `; von ${names.join(', ')}` : ''}) bleiben im Entwurf erhalten.`;
    return render(
      c,
      <Layout title="Versionen" staff={principal(c)} section="/staff/versions">
        <p>
          „Zurück auf Version …“ veröffentlicht den Stand dieser Version als neue Version.
          {pending.length > 0 ? kept : ' Der Entwurf hat keine unveröffentlichten Änderungen.'}
        </p>
        <div class="table-scroll" tabindex={0}>
        <table>
          <caption class="visually-hidden">Veröffentlichte Versionen, neueste zuerst</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Zeit</th>
              <th scope="col">Von</th>
              <th scope="col">Art</th>
              <th scope="col">Notiz</th>
              <th scope="col" class="num">Anliegen</th>
              <th scope="col">Aktion</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <td>
                  <a href={`/staff/versions/${v.version}`}>Version {v.version}</a> {v.version === latest ? <span class="badge ok">live</span> : null}
                </td>
                <td>{formatDateTime(v.publishedAt)}</td>
                <td>{v.publishedBy}</td>
                <td>{SOURCE_LABEL[v.source] ?? v.source}</td>
                <td>{v.note ?? ''}</td>
                <td class="num">{v.intentCount}</td>
                <td>
                  {v.version !== latest ? (
                    <form method="post" action={`/staff/versions/${v.version}/rollback`} data-confirm={`Version ${v.version} wieder veröffentlichen?${kept}`}>
                      <Csrf staff={principal(c)} />
                      <button type="submit" class="secondary">
                        Zurück auf Version {v.version}
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </Layout>,
    );
  });

  staff.get('/versions/:version', editor, async (c) => {
    const number = Number(c.req.param('version'));
    const version = Number.isInteger(number) ? await s.contentRepo.getVersion(number) : null;
    if (!version) throw new AppError(404, 'version_not_found', 'Diese Version gibt es nicht.');
    const previous = await s.contentRepo.getVersion(number - 1);
    return render(
      c,
      <Layout title={`Version ${version.version}`} staff={principal(c)} section="/staff/versions">
        <p>
          {formatDateTime(version.publishedAt)} · {version.publishedBy} · {SOURCE_LABEL[version.source] ?? version.source} {version.note ? `· ${version.note}` : ''}
        </p>
        <h2>Unterschiede zu Version {number - 1}</h2>
        {previous ? <DiffView diff={diffIntentSets(previous.intents, version.intents)} beforeLabel={`Version ${number - 1}`} afterLabel={`Version ${number}`} /> : <p>Erste Version.</p>}
      </Layout>,
    );
  });

  staff.post('/versions/:version/rollback', editor, async (c) => {
    const number = Number(c.req.param('version'));
    if (!Number.isInteger(number)) throw new AppError(400, 'invalid_version', 'Ungültige Versionsnummer.');
    const result = await s.content.rollback(principal(c).user, number);
    return render(
      c,
      <Layout title="Version wiederhergestellt" staff={principal(c)} section="/staff/versions">
        <Notice kind="success">
          Der Stand von Version {number} ist jetzt als Version {result.version} live ({Math.round(result.liveMs).toLocaleString('de-DE')} ms).{' '}
          {result.keptDraftChanges.length > 0
            ? `Der Entwurf ist dieser Stand plus die ${result.keptDraftChanges.length} unveröffentlichte(n) Änderung(en) von vorher (${result.keptDraftChanges.join(', ')}).`
            : 'Der Entwurf wurde auf diesen Stand gesetzt.'}
        </Notice>
        <p>
          <a href="/staff/versions">Zu den Versionen</a>
        </p>
      </Layout>,
    );
  });

  staff.get('/import', editor, async (c) => {
    const yaml = s.content.yamlSnapshot();
    const state = await s.content.draftState();
    return render(
      c,
      <Layout title="Aus YAML importieren" staff={principal(c)} section="/staff/versions">
        {!yaml ? (
          <p>Es wurden keine YAML-Dateien geladen.</p>
        ) : (
          <>
            <p>
              Die Dateien <code>intents/*.yaml</code> wurden zuletzt am {formatDateTime(yaml.modifiedAt)} geändert; die veröffentlichte Version {state.published.version} stammt vom {formatDateTime(state.published.publishedAt)}. Der Import ersetzt den Entwurf; veröffentlicht wird danach wie gewohnt mit Regressionsprüfung.
            </p>
            <h2>Unterschiede: veröffentlicht → YAML</h2>
            <DiffView diff={diffIntentSets(state.published.intents, yaml.intents)} beforeLabel={`Version ${state.published.version}`} afterLabel="YAML" />
            <form method="post" action="/staff/import" data-confirm="Den Entwurf durch den Stand der YAML-Dateien ersetzen?">
              <Csrf staff={principal(c)} />
              <button type="submit">Entwurf aus YAML übernehmen</button>
            </form>
          </>
        )}
      </Layout>,
    );
  });

  staff.post('/import', editor, async (c) => {
    await s.content.importYaml(principal(c).user);
    return c.redirect('/staff/publish', 303);
  });

  staff.get('/console', editor, async (c) => {
    const text = (c.req.query('text') ?? '').trim().slice(0, 1000);
    const locale = c.req.query('locale') === 'en' ? 'en' : 'de';
    const plain = c.req.query('plain') === 'on';
    if (!text) return render(c, <ConsolePage staff={principal(c)} text="" locale={locale} plain={plain} columns={null} />);
    const model = await s.content.draftModel();
    const now = s.app.now();
    const publishedColumn = consoleColumn(s.app.nlu(), s.app.content(), text, locale, plain, now);
    const draftColumn = model.ok ? consoleColumn(model.nlu, model.content, text, locale, plain, now) : null;
    return render(c, <ConsolePage staff={principal(c)} text={text} locale={locale} plain={plain} columns={{ draft: draftColumn, published: publishedColumn }} />);
  });
}
