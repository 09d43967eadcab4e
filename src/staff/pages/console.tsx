/** The test console: a message classified by the draft and by the published model, side by side. */
import type { ContentBundle } from '../../content/model.js';
import { intentReply } from '../../core/answer.js';
import { otherLanguageNotes } from '../../core/faq-handler.js';
import { replyLocale } from '../../core/turn-engine.js';
import type { Nlu } from '../../core/ports.js';
import type { Entity, IntentScore, Locale } from '../../core/types.js';
import type { StaffPrincipal } from '../auth.js';
import { Layout, Notice, percent } from './layout.js';

export interface ConsoleColumn {
  intents: IntentScore[];
  entities: Entity[];
  language: Locale;
  /** Franc's guess when the message is in neither German nor English (the citizen gets the note first). */
  otherLanguage?: string;
  answer: string;
  /** The language the citizen gets the answer in. */
  answerLocale: Locale;
  /** Dialog intents start a guided application instead of answering. */
  dialog: boolean;
  winner: string;
}

/** What a citizen would get: the FAQ answer of the top intent, the fallback for unknown. */
export function consoleColumn(nlu: Nlu, content: ContentBundle, text: string, locale: Locale, plain: boolean, now: Date): ConsoleColumn {
  const result = nlu.parse(text, { locale, now });
  // The chat's rule, for a first message with the console's locale as the citizen's choice.
  const answerLocale = replyLocale(result, locale, locale, false);
  const top = result.intents[0];
  const intent = top ? content.intentsById.get(top.id) : undefined;
  const reply = intent ? intentReply(intent, answerLocale, plain) : null;
  const unknown = content.intentsById.get('unknown');
  const fallback = unknown ? intentReply(unknown, answerLocale, plain) : null;
  const notes = result.otherLanguage ? otherLanguageNotes(content, answerLocale, plain).map((note) => note.text) : [];
  const answer = intent?.kind === 'dialog' ? `Startet den geführten Antrag „${intent.title[answerLocale]}“.` : ((reply ?? fallback)?.text ?? '–');
  return {
    intents: result.intents,
    entities: result.entities,
    language: result.language,
    ...(result.otherLanguage ? { otherLanguage: result.otherLanguage } : {}),
    winner: top?.id ?? 'unknown',
    dialog: intent?.kind === 'dialog',
    answerLocale,
    answer: notes.length > 0 && (!top || top.id === 'unknown') ? notes.join('\n\n') : [...notes, answer].join('\n\n'),
  };
}

function Column(props: { title: string; column: ConsoleColumn | null; id: string }) {
  const col = props.column;
  return (
    <section class="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {!col ? (
        <Notice kind="error">Der Entwurf ist ungültig; siehe „Veröffentlichen“.</Notice>
      ) : (
        <>
          <p>
            Erkannt: <strong data-testid={`${props.id}-winner`}>{col.winner}</strong> ({percent(col.intents[0]?.confidence ?? 0)}) · Sprache: {col.otherLanguage ? `andere (${col.otherLanguage}, geschätzt)` : col.language}
          </p>
          <div class="table-scroll" tabindex={0}>
          <table>
            <caption>Rangfolge der Anliegen</caption>
            <thead>
              <tr>
                <th scope="col">Anliegen</th>
                <th scope="col" class="num">Sicherheit</th>
              </tr>
            </thead>
            <tbody>
              {col.intents.map((i) => (
                <tr>
                  <td>{i.id}</td>
                  <td class="num">{percent(i.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <h3>Erkannte Angaben</h3>
          {col.entities.length === 0 ? (
            <p>Keine.</p>
          ) : (
            <ul>
              {col.entities.map((e) => (
                <li>
                  {e.type}: „{e.text}“ → <code>{JSON.stringify(e.value)}</code>
                </li>
              ))}
            </ul>
          )}
          <h3>Antwort, wie Bürger sie bekommen</h3>
          {/* Line breaks as the widget shows them (white-space: pre-wrap there too). */}
          <blockquote class="reply" lang={col.answerLocale}>
            {col.answer}
          </blockquote>
        </>
      )}
    </section>
  );
}

export function ConsolePage(props: { staff: StaffPrincipal; text: string; locale: Locale; plain: boolean; columns: { draft: ConsoleColumn | null; published: ConsoleColumn } | null }) {
  return (
    <Layout title="Testkonsole" staff={props.staff} section="/staff/console">
      <form method="get" action="/staff/console" class="row">
        <div>
          <label for="text">Nachricht wie von Bürgerinnen und Bürgern</label>
          <input type="text" id="text" name="text" value={props.text} size={60} maxlength={1000} />
        </div>
        <div>
          <label for="locale">Sprache</label>
          <select id="locale" name="locale">
            <option value="de" selected={props.locale === 'de'}>Deutsch</option>
            <option value="en" selected={props.locale === 'en'}>Englisch</option>
          </select>
        </div>
        <div>
          <input type="checkbox" id="plain" name="plain" checked={props.plain} />
          <label class="inline" for="plain">
            Einfache Sprache
          </label>
        </div>
        <button type="submit">Testen</button>
      </form>
      {props.columns ? (
        <div class="grid2">
          <Column title="Entwurf" column={props.columns.draft} id="draft" />
          <Column title="Veröffentlicht" column={props.columns.published} id="published" />
        </div>
      ) : (
        <p>Geben Sie eine Frage ein, um zu sehen, welches Anliegen erkannt wird – im Entwurf und in der veröffentlichten Version.</p>
      )}
    </Layout>
  );
}
