/**
 * The unrecognised-questions inbox: grouped questions with counts; the editor adds a question, after editing
 * it, as an example to an intent in the draft, starts a new intent with it, ignores it, or files it as "not
 * our business" (an example of the unknown intent). Decisions and the audit log keep only hashes of the
 * citizens' questions; only the text the editor approved as an example is kept, as content.
 */
import type { Context, Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import type { StaffEnv } from '../auth.js';
import { guard, principal, readForm, render } from '../http.js';
import { textKey, decisionKey } from '../inbox.js';
import { loadInbox, PAGE_SIZE } from '../inbox-load.js';
import { exampleProblem, MAX_EXAMPLE_LENGTH } from '../inbox-example-check.js';
import { findTopic, topicNotFound } from '../inbox-topic.js';
import { InboxExampleForm, IntentOptions } from '../pages/inbox-example-form.js';
import { Csrf, formatDateTime, Layout, Notice } from '../pages/layout.js';
import type { StaffServices } from '../services.js';
import { decisionStatements, type InboxDecision } from '../store/inbox-repository.js';
import { StaleDraftError } from '../store/content-repository.js';
import { auditStatement } from '../store/staff-repository.js';

const REASON: Record<string, string> = { unknown: 'nicht erkannt', low_confidence: 'unsicher', thumbs_down: 'Daumen runter' };

/** "Türkisch" for franc's "tur"; the code itself where the runtime has no name for it. */
function languageName(code: string): string {
  if (code === 'und') return 'eine andere Schrift';
  try {
    return new Intl.DisplayNames(['de'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
/** The editor starts the new intent with the question and closes the group's keys when it is saved. */
function newIntentQuery(text: string, keys: string[]): string {
  const query = new URLSearchParams(text ? { example: text } : {});
  for (const key of keys) query.append('keys', key);
  return query.toString();
}

const DONE: Record<string, string> = { assigned: 'als Beispiel übernommen', ignored: 'ignoriert', out_of_scope: 'als „nicht unser Thema“ abgelegt' };

export function mountInboxRoutes(staff: Hono<StaffEnv>, s: StaffServices): void {
  const editor = guard(['editor'], s.denied);

  staff.get('/inbox', editor, async (c) => {
    const days = Math.min(365, Math.max(1, Number(c.req.query('days')) || 30));
    const since = new Date(s.app.now().getTime() - days * 86_400_000).toISOString();
    const [messages, decided, draft] = await Promise.all([s.inboxRepo.messages(since), s.inboxRepo.decidedKeys(), s.content.draftIntents()]);
    // A pressed topic button names what the citizen meant; "help" or "a person" do not.
    const topics = new Map(draft.filter((intent) => intent.kind !== 'meta').map((intent) => [intent.id, intent.title.de]));
    const nlu = s.app.nlu();
    const view = await loadInbox({ messages, decided, topics: new Set(topics.keys()), otherLanguage: (text) => nlu.parse(text, { locale: 'de' }).otherLanguage, page: Number(c.req.query('page')) || 0 });
    const { groups, hashed, otherLanguages, perLanguage } = view;
    const done = c.req.query('done');
    const options = draft.filter((intent) => intent.id !== 'unknown').sort((a, b) => a.title.de.localeCompare(b.title.de, 'de'));
    return render(
      c,
      <Layout title="Posteingang: nicht verstandene Fragen" staff={principal(c)} section="/staff/inbox">
        {done && DONE[done] ? <Notice kind="success">Die Frage wurde {DONE[done]}. Sie wirkt nach dem nächsten Veröffentlichen.</Notice> : null}
        <p>
          Fragen der letzten {days} Tage, die der Assistent nicht oder nur unsicher (unter 50 %) erkannt hat, und Antworten mit „Daumen runter“. Ähnliche Fragen sind zusammengefasst. Persönliche Daten
          (Namen, Kontaktdaten, Nummern, Angaben zur Gesundheit) werden vor dem Speichern so gut es geht durch Platzhalter wie [NAME] ersetzt. Steht trotzdem ein Name oder eine Gesundheitsangabe im Text:
          umschreiben, bevor Sie die Frage übernehmen, oder „Ignorieren“.
        </p>
        <IntentOptions intents={options} />
        <p role="status">
          {view.total} Gruppe(n) offen.{view.pages > 1 ? ` Seite ${view.page + 1} von ${view.pages}, je ${PAGE_SIZE} Gruppen, die häufigsten zuerst.` : ''}
        </p>
        {view.ungrouped > 0 ? (
          <Notice kind="warning">
            Sehr viele verschiedene Fragen: {view.ungrouped} davon sind nicht mit ähnlichen zusammengefasst, sondern stehen einzeln (die seltensten). Das Zusammenfassen ist begrenzt, damit der Assistent
            für die Bürgerinnen und Bürger schnell bleibt. Viele sinnlose Texte deuten auf einen Missbrauch hin: „Ignorieren“ oder die IT informieren.
          </Notice>
        ) : null}
        {perLanguage.size > 0 ? (
          <p>
            In anderen Sprachen (geschätzt{view.total > view.languageGroups ? `, unter den ${view.languageGroups} häufigsten Gruppen` : ''}):{' '}
            {[...perLanguage.entries()]
              .sort((a, b) => b[1] - a[1])
              .map(([code, n]) => `${languageName(code)} ${n}×`)
              .join(' · ')}
            . Der Assistent hat diesen Menschen auf Deutsch und Englisch geantwortet, dass er nur diese Sprachen versteht.
          </p>
        ) : null}
        <ol class="inbox">
          {groups.map((group, index) => {
            const other = otherLanguages.get(group.key);
            const chosen = group.chosen;
            return (
              <li>
                <h2>
                  „{group.text}“ <span class="badge">{group.count}×</span>
                </h2>
                <p class="hint">
                  {Object.entries(group.reasons)
                    .map(([reason, n]) => `${REASON[reason] ?? reason}: ${n}`)
                    .join(' · ')}{' '}
                  · zuletzt {formatDateTime(group.lastAt)} {group.guess ? `· Vermutung des Assistenten: ${group.guess}` : ''}
                  {chosen ? ` · danach gewählt: ${topics.get(chosen.intent) ?? chosen.intent} (${chosen.intent}, ${chosen.count}×)` : ''}
                </p>
                {other ? (
                  <p class="hint">
                    Sprache: {languageName(other)} (geschätzt). Wenn das stimmt, als Beispiel ungeeignet: Die Beispiele sind Deutsch oder Englisch.
                  </p>
                ) : null}
                {group.variants.length > 1 ? (
                  <details>
                    <summary>{group.variants.length} ähnliche Formulierungen</summary>
                    <ul>
                      {group.variants.map((v) => (
                        <li>
                          {v.text} ({v.count}×)
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                <div class="group-actions">
                  <InboxExampleForm staff={principal(c)} index={index} text={group.text} keys={group.variants.map((v) => hashed(v.key))} intent={chosen?.intent ?? group.guess ?? ''} problem={exampleProblem(group.text)} />
                  {/* A text that cannot be an example as it is does not travel to the new-topic form either. */}
                  <a class="button secondary" href={`/staff/intents/new?${newIntentQuery(exampleProblem(group.text) ? '' : group.text, group.variants.map((v) => hashed(v.key)))}`}>
                    Neues Anliegen damit anlegen
                  </a>
                  <form method="post" action="/staff/inbox/ignore">
                    <Csrf staff={principal(c)} />
                    {group.variants.map((v) => (
                      <input type="hidden" name="keys" value={hashed(v.key)} />
                    ))}
                    <button type="submit" class="secondary">
                      Ignorieren
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ol>
        {view.pages > 1 ? (
          <nav aria-label="Seiten des Posteingangs">
            {view.page > 0 ? <a href={`/staff/inbox?days=${days}&page=${view.page - 1}`}>Vorherige Seite</a> : null} {view.page < view.pages - 1 ? <a href={`/staff/inbox?days=${days}&page=${view.page + 1}`}>Nächste Seite</a> : null}
          </nav>
        ) : null}
      </Layout>,
    );
  });

  async function addExample(c: Context<StaffEnv>, decision: InboxDecision, intentId: string | null) {
    const form = await readForm(c);
    // Decision keys arrive as hashes from the page; a plain text key (an older page) is hashed here.
    const keys = [...new Set(await Promise.all(form.all('keys').slice(0, 50).map((key) => decisionKey(key.slice(0, 500)))))];
    const at = s.app.now().toISOString();
    const by = principal(c).user.username;
    if (decision === 'ignored') {
      if (keys.length === 0) throw new AppError(400, 'missing_field', 'Die Frage fehlt.', { field: 'keys' });
      // Ignoring needs no text at all: the decision and its audit row hold only the hashes.
      await s.app.store.db.batch([...decisionStatements(keys, 'ignored', null, at, by), auditStatement(s.audit(c, { action: 'inbox.ignore', target: 'inbox', after: { keys } }))]);
      return c.redirect('/staff/inbox?done=ignored', 303);
    }
    const text = form.get('text').trim().replace(/\s+/g, ' ');
    const problem = exampleProblem(text);
    // The topic as typed: its id, or its title as the suggestion list shows it (tester-i A12).
    const draft = decision === 'assigned' ? await s.content.draftIntents() : [];
    const choices = draft.filter((intent) => intent.id !== 'unknown').sort((a, b) => a.title.de.localeCompare(b.title.de, 'de'));
    // "unknown" is not offered ("Nicht unser Thema" files there), but its id still works as before.
    const topic = decision === 'assigned' ? (intentId === 'unknown' ? { intent: draft.find((x) => x.id === 'unknown') ?? null, suggestions: [] } : findTopic(intentId ?? '', choices)) : null;
    const topicProblem = topic && !topic.intent ? topicNotFound((intentId ?? '').slice(0, 200), topic.suggestions) : undefined;
    if (problem || topicProblem) {
      return render(
        c,
        <Layout title="Beispiel prüfen" staff={principal(c)} section="/staff/inbox">
          <Notice kind="error">Die Frage wurde nicht übernommen. {problem ?? topicProblem}</Notice>
          <IntentOptions intents={choices} />
          <InboxExampleForm staff={principal(c)} index={0} text={text.slice(0, MAX_EXAMPLE_LENGTH)} keys={keys} intent={(intentId ?? form.get('intent')).slice(0, 200)} problem={problem} refused={Boolean(problem)} {...(topicProblem ? { topicProblem } : {})} />
          <p>
            <a href="/staff/inbox">Zurück zum Posteingang</a>
          </p>
        </Layout>,
        422,
      );
    }
    const targetId = decision === 'out_of_scope' ? 'unknown' : (topic?.intent?.id ?? '');
    const language = s.app.nlu().parse(text, { locale: 'de' }).language;
    // The example the editor approved is content (kept in every version); the audit names it, not the whole list.
    const keysWithText = [...new Set([...keys, await decisionKey(textKey(text))])];
    // Written on the draft as read: an editor's save in the same moment is not overwritten. Read again once.
    for (let attempt = 1; ; attempt++) {
      const stored = await s.contentRepo.draftIntent(targetId);
      const target = stored?.intent ?? (await s.content.draftIntents()).find((intent) => intent.id === targetId);
      if (!target) throw new AppError(404, 'intent_not_found', `Das Anliegen „${targetId}“ gibt es nicht. Wählen Sie eines aus der Liste oder legen Sie ein neues an.`, { field: 'intent' });
      const examples = target.examples[language];
      const updated = examples.some((e) => textKey(e) === textKey(text)) ? target : { ...target, examples: { ...target.examples, [language]: [...examples, text] } };
      try {
        await s.contentRepo.saveDraftIntent(
          updated,
          at,
          by,
          s.audit(c, { action: decision === 'out_of_scope' ? 'inbox.out_of_scope' : 'inbox.assign', target: `intent:${targetId}`, after: { added: text, language, keys: keysWithText } }),
          decisionStatements(keysWithText, decision, targetId, at, by),
          { definition: stored?.definition ?? null },
        );
        return c.redirect(`/staff/inbox?done=${decision}`, 303);
      } catch (error) {
        if (!(error instanceof StaleDraftError) || attempt >= 2) throw error;
      }
    }
  }

  staff.post('/inbox/assign', editor, async (c) => addExample(c, 'assigned', (await readForm(c)).get('intent').trim()));
  staff.post('/inbox/ignore', editor, async (c) => addExample(c, 'ignored', null));
  staff.post('/inbox/out-of-scope', editor, async (c) => addExample(c, 'out_of_scope', null));
}
