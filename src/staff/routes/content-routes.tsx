/** Intent list and search, the editor (drafts in the DB, schema and editorial checks at the field), readability API. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ContentError } from '../../content/content-error.js';
import { resolvePlaceholders } from '../../content/placeholders.js';
import type { IntentDefinition } from '../../content/schema.js';
import { readJsonBody } from '../../http/json-body.js';
import type { StaffEnv } from '../auth.js';
import { draftToken } from '../content-service.js';
import { diffIntent } from '../diff.js';
import { fieldFingerprints, mergeAfterConflict } from '../edit-merge.js';
import { guard, principal, readForm, render } from '../http.js';
import { checkDraft } from '../editorial-check.js';
import { fieldMessages, intentFromValues, readabilitySummary, valuesFromForm, valuesFromIntent, type FieldErrors, type IntentFormValues } from '../intent-form.js';
import { IntentEditorPage } from '../pages/intent-editor.js';
import { Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';
import { StaleDraftError, type DraftIntent } from '../store/content-repository.js';
import { decisionStatements } from '../store/inbox-repository.js';

function matches(intent: IntentDefinition, q: string): boolean {
  const needle = q.toLowerCase();
  const haystack = [intent.id, intent.title.de, intent.title.en, intent.office ?? '', ...intent.examples.de, ...intent.examples.en].join('\n').toLowerCase();
  return haystack.includes(needle);
}

export function mountContentRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const editor = guard(['editor'], s.denied);
  const profile = () => s.app.content().profile;
  /** Placeholders filled in with the live profile: what citizens read (readability, values beside the fields). */
  const resolve = (text: string) => resolvePlaceholders(text, profile());

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
        <div class="table-scroll" tabindex={0}>
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
                <td>{intent.office ? resolve(intent.office) : '–'}</td>
                <td class="num">{intent.examples.de.length + intent.examples.en.length}</td>
                <td>
                  {intent.confirm ? <span class="badge warn">zu prüfen</span> : null} {changed.has(intent.id) ? <span class="badge">Entwurf geändert</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </Layout>,
    );
  });

  const published = async (id: string) => (await s.content.published()).intents.some((intent) => intent.id === id);
  /** The inbox group a new intent starts from ("Neues Anliegen damit anlegen"): closed when the intent is saved. */
  const inboxKeysOf = (keys: string[]) => [...new Set(keys.map((key) => key.trim().slice(0, 500)).filter(Boolean))].slice(0, 50);

  staff.get('/intents/new', editor, async (c) => {
    const values = valuesFromIntent(null);
    const example = (c.req.query('example') ?? '').slice(0, 500);
    if (example) values.examples_de = example;
    return render(c, <IntentEditorPage staff={principal(c)} values={values} errors={{}} isNew published={false} inboxKeys={inboxKeysOf(c.req.queries('keys') ?? [])} resolve={resolve} />);
  });

  /**
   * Saves when the schema, the editorial rules of content:check (facts, placeholders, lengths, examples) and the
   * cross-file checks of a full build (suggestion targets, regional words) pass. Readability only warns.
   */
  /**
   * A colleague saved the intent after this form was loaded: nothing is saved. The fields the clerk changed keep
   * their input, the others now hold the colleague's saved text (re-test N8: re-saving the page used to revert
   * it), and the stored text is shown beside each changed field. The page carries the token and fingerprints
   * of the stored state, so the next save is a decision against the colleague's version.
   */
  async function staleEditor(c: Context<StaffEnv>, input: IntentFormValues, isNew: boolean, inboxKeys: string[], loadedFields?: string) {
    const stored = await s.contentRepo.draftIntent(input.id);
    const storedValues = stored ? valuesFromIntent(stored.intent) : null;
    const merge = storedValues && !isNew ? mergeAfterConflict(input, loadedFields, storedValues) : null;
    const values = merge ? { ...merge.values, id: input.id, kind: input.kind } : input;
    const conflict = stored && storedValues ? { by: stored.updatedBy, at: stored.updatedAt, stored: storedValues, ...(merge ? { kept: merge.kept, taken: merge.taken } : {}) } : undefined;
    const page = (
      <IntentEditorPage
        staff={principal(c)}
        values={values}
        errors={{}}
        isNew={isNew}
        published={!isNew && (await published(input.id))}
        inboxKeys={inboxKeys}
        draftToken={draftToken(stored?.definition)}
        loadedFields={storedValues && !isNew ? fieldFingerprints(storedValues) : undefined}
        conflict={conflict}
        resolve={resolve}
      />
    );
    return render(c, page, 409);
  }

  /**
   * loaded: the stored draft row the form was opened from, the token the form sent back (absent in a
   * hand-made request without the field: then only the save itself is atomic) and the fields' fingerprints.
   */
  async function save(c: Context<StaffEnv>, values: IntentFormValues, base: IntentDefinition | null, inboxKeys: string[] = [], loaded?: { row: DraftIntent | null; token: string | undefined; fields?: string }) {
    const isNew = base === null;
    if (loaded?.token !== undefined && loaded.token !== draftToken(loaded.row?.definition)) return staleEditor(c, values, isNew, inboxKeys, loaded.fields);
    const { intent, errors } = intentFromValues(values, base);
    const draft = await s.content.draftIntents();
    if (isNew && intent && draft.some((existing) => existing.id === intent.id)) (errors.id ??= []).push('Diese Kennung gibt es schon.');
    let warnings: FieldErrors = {};
    let factsChecked = true;
    if (intent && Object.keys(errors).length === 0) {
      const others = draft.filter((existing) => existing.id !== intent.id);
      const check = checkDraft([...others, intent], profile(), s.options.facts, intent.id);
      factsChecked = check.factsChecked;
      warnings = fieldMessages(check.findings, 'warning');
      for (const [field, messages] of Object.entries(fieldMessages(check.findings, 'error'))) (errors[field] ??= []).push(...messages);
      if (Object.keys(errors).length === 0) {
        try {
          s.options.assemble([...others, intent]);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          const problems = error.problems.filter((p) => p.file === `intents/${intent.id}.yaml`);
          (errors.general ??= []).push(...problems.map((p) => `Prüfung aller Inhalte: ${p.path ? `${p.path}: ` : ''}${p.reason}`));
        }
      }
    }
    if (!intent || Object.keys(errors).length > 0) {
      const page = (
        <IntentEditorPage staff={principal(c)} values={values} errors={errors} warnings={warnings} factsChecked={factsChecked} isNew={isNew} published={!isNew && (await published(values.id))} inboxKeys={inboxKeys} draftToken={loaded?.token} loadedFields={loaded?.fields} resolve={resolve} />
      );
      return render(c, page, 422);
    }
    const at = s.app.now().toISOString();
    const staffUser = principal(c).user;
    const closeInbox = isNew ? decisionStatements(inboxKeys, 'assigned', intent.id, at, staffUser.username) : [];
    const audit = s.audit(c, { action: isNew ? 'intent.create' : 'intent.update', target: `intent:${intent.id}`, before: base ?? null, after: { intent, changes: diffIntent(base ?? undefined, intent), ...(closeInbox.length ? { inbox: inboxKeys } : {}) } });
    // The row the form was loaded from must still be there when the save lands (a save in between fails the batch).
    const expected = isNew ? { definition: null } : loaded?.row ? { definition: loaded.row.definition } : undefined;
    try {
      await s.contentRepo.saveDraftIntent(intent, at, staffUser.username, audit, closeInbox, expected);
    } catch (error) {
      if (error instanceof StaleDraftError) return staleEditor(c, values, isNew, inboxKeys, loaded?.fields);
      throw error;
    }
    return c.redirect(`/staff/intents/${intent.id}?saved=1`, 303);
  }

  staff.post('/intents/new', editor, async (c) => {
    const form = await readForm(c);
    return save(c, valuesFromForm(form), null, inboxKeysOf(form.all('inbox_keys')));
  });

  staff.get('/intents/:id', editor, async (c) => {
    const id = c.req.param('id');
    const draft = await s.content.draftIntents();
    const intent = draft.find((x) => x.id === id);
    if (!intent) return render(c, <Layout title="Nicht gefunden" staff={principal(c)}><Notice kind="error">Das Anliegen „{id}“ gibt es nicht.</Notice></Layout>, 404);
    // Warnings (readability) are shown after a save too: they never stop it.
    const check = checkDraft(draft, profile(), s.options.facts, id);
    const row = await s.contentRepo.draftIntent(id);
    const page = (
      <IntentEditorPage
        staff={principal(c)}
        values={valuesFromIntent(intent)}
        errors={{}}
        warnings={fieldMessages(check.findings, 'warning')}
        factsChecked={check.factsChecked}
        isNew={false}
        saved={c.req.query('saved') === '1'}
        published={await published(id)}
        draftToken={draftToken(row?.definition)}
        loadedFields={fieldFingerprints(valuesFromIntent(intent))}
        resolve={resolve}
      />
    );
    return render(c, page);
  });

  staff.post('/intents/:id', editor, async (c) => {
    const id = c.req.param('id');
    const row = await s.contentRepo.draftIntent(id);
    const base = row?.intent ?? (await s.content.draftIntents()).find((x) => x.id === id);
    if (!base) return render(c, <Layout title="Nicht gefunden" staff={principal(c)}><Notice kind="error">Das Anliegen „{id}“ gibt es nicht.</Notice></Layout>, 404);
    const form = await readForm(c);
    const values = { ...valuesFromForm(form), id: base.id, kind: base.kind };
    const fields = form.get('loaded_fields').slice(0, 2000) || undefined;
    return save(c, values, base, [], { row, token: form.all('draft_token').length > 0 ? form.get('draft_token') : undefined, ...(fields ? { fields } : {}) });
  });

  const readabilityBody = z.object({ text: z.string().max(10_000) }).strict();
  staff.post('/api/readability', editor, async (c) => {
    const body = await readJsonBody(c, readabilityBody);
    // The score of the text citizens read: a placeholder counts as its value, not as one long word.
    const summary = readabilitySummary(resolve(body.text));
    return c.json(summary ?? { amstad: null, label: null, summary: 'Lesbarkeit: noch kein Text' });
  });
}
