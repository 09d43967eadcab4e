/** Intent list and search, the editor (drafts in the DB, schema validation at the field), readability API. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ContentError } from '../../content/content-error.js';
import type { IntentDefinition } from '../../content/schema.js';
import { readJsonBody } from '../../http/json-body.js';
import type { StaffEnv } from '../auth.js';
import { diffIntent } from '../diff.js';
import { guard, principal, readForm, render } from '../http.js';
import { intentFromValues, readabilitySummary, valuesFromForm, valuesFromIntent, type IntentFormValues } from '../intent-form.js';
import { IntentEditorPage } from '../pages/intent-editor.js';
import { Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';

function matches(intent: IntentDefinition, q: string): boolean {
  const needle = q.toLowerCase();
  const haystack = [intent.id, intent.title.de, intent.title.en, intent.office ?? '', ...intent.examples.de, ...intent.examples.en].join('\n').toLowerCase();
  return haystack.includes(needle);
}

export function mountContentRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const editor = guard(['editor'], s.denied);

  staff.get('/intents', editor, async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const state = await s.content.draftState();
    const changed = new Set([...state.diff.added, ...state.diff.changed.map((x) => x.id)]);
    const list = state.intents.filter((intent) => !q || matches(intent, q));
    return render(
      c,
      <Layout title="Antworten" staff={principal(c)} section="/staff/intents">
        <form method="get" action="/staff/intents" role="search" class="row">
          <div>
            <label for="q">Suchen nach Kennung, Titel, Beispielfrage oder Stelle</label>
            <input type="search" id="q" name="q" value={q} />
          </div>
          <button type="submit">Suchen</button>
          <a class="button secondary" href="/staff/intents/new">
            Neues Anliegen anlegen
          </a>
        </form>
        <p role="status">
          {list.length} von {state.intents.length} Anliegen{q ? ` für „${q}“` : ''}. Entwurf gegenüber Version {state.published.version}: {changed.size} geändert.
        </p>
        <table>
          <caption class="visually-hidden">Anliegen im Entwurf</caption>
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Kennung</th>
              <th scope="col">Art</th>
              <th scope="col">Stelle</th>
              <th scope="col" class="num">Beispiele</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((intent) => (
              <tr>
                <td>
                  <a href={`/staff/intents/${intent.id}`}>{intent.title.de}</a>
                </td>
                <td>
                  <code>{intent.id}</code>
                </td>
                <td>{intent.kind}</td>
                <td>{intent.office ?? '–'}</td>
                <td class="num">{intent.examples.de.length + intent.examples.en.length}</td>
                <td>
                  {intent.confirm ? <span class="badge warn">zu prüfen</span> : null} {changed.has(intent.id) ? <span class="badge">Entwurf geändert</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });

  const published = async (id: string) => (await s.content.published()).intents.some((intent) => intent.id === id);

  staff.get('/intents/new', editor, async (c) => {
    const values = valuesFromIntent(null);
    const example = (c.req.query('example') ?? '').slice(0, 500);
    if (example) values.examples_de = example;
    return render(c, <IntentEditorPage staff={principal(c)} values={values} errors={{}} isNew published={false} />);
  });

  /** Saves when the schema and the cross-file checks (placeholders, suggestion targets) pass. */
  async function save(c: Context<StaffEnv>, values: IntentFormValues, base: IntentDefinition | null) {
    const isNew = base === null;
    const { intent, errors } = intentFromValues(values, base);
    const draft = await s.content.draftIntents();
    if (isNew && intent && draft.some((existing) => existing.id === intent.id)) (errors.id ??= []).push('Diese Kennung gibt es schon.');
    let problems: string[] = [];
    if (intent && Object.keys(errors).length === 0) {
      try {
        s.options.assemble([...draft.filter((existing) => existing.id !== intent.id), intent]);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems = error.problems.filter((p) => p.file === `intents/${intent.id}.yaml`).map((p) => `${p.path ? `${p.path}: ` : ''}${p.reason}`);
      }
    }
    if (!intent || Object.keys(errors).length > 0 || problems.length > 0) {
      return render(c, <IntentEditorPage staff={principal(c)} values={values} errors={errors} problems={problems} isNew={isNew} published={!isNew && (await published(values.id))} />, 422);
    }
    const at = s.app.now().toISOString();
    const staffUser = principal(c).user;
    await s.contentRepo.saveDraftIntent(intent, at, staffUser.username, s.audit(c, { action: isNew ? 'intent.create' : 'intent.update', target: `intent:${intent.id}`, before: base ?? null, after: { intent, changes: diffIntent(base ?? undefined, intent) } }));
    return c.redirect(`/staff/intents/${intent.id}?saved=1`, 303);
  }

  staff.post('/intents/new', editor, async (c) => save(c, valuesFromForm(await readForm(c)), null));

  staff.get('/intents/:id', editor, async (c) => {
    const id = c.req.param('id');
    const intent = (await s.content.draftIntents()).find((x) => x.id === id);
    if (!intent) return render(c, <Layout title="Nicht gefunden" staff={principal(c)}><Notice kind="error">Das Anliegen „{id}“ gibt es nicht.</Notice></Layout>, 404);
    return render(c, <IntentEditorPage staff={principal(c)} values={valuesFromIntent(intent)} errors={{}} isNew={false} saved={c.req.query('saved') === '1'} published={await published(id)} />);
  });

  staff.post('/intents/:id', editor, async (c) => {
    const id = c.req.param('id');
    const base = (await s.content.draftIntents()).find((x) => x.id === id);
    if (!base) return render(c, <Layout title="Nicht gefunden" staff={principal(c)}><Notice kind="error">Das Anliegen „{id}“ gibt es nicht.</Notice></Layout>, 404);
    const values = { ...valuesFromForm(await readForm(c)), id: base.id, kind: base.kind };
    return save(c, values, base);
  });

  const readabilityBody = z.object({ text: z.string().max(10_000) }).strict();
  staff.post('/api/readability', editor, async (c) => {
    const body = await readJsonBody(c, readabilityBody);
    const summary = readabilitySummary(body.text);
    return c.json(summary ?? { amstad: null, label: null, summary: 'Lesbarkeit: noch kein Text' });
  });
}
