/**
 * The inbox's "take over" form: the question in an editable field (the editor removes names, numbers and
 * health details before it becomes an example), the topic, and the two ways to take it over. Used for every
 * inbox group and again, with the reason, when the server refused the text.
 */
import type { StaffPrincipal } from '../auth.js';
import { Csrf } from './layout.js';

export interface InboxExampleFormProps {
  staff: StaffPrincipal;
  /** Distinguishes the field ids of several groups on one page. */
  index: number;
  text: string;
  /** Decision keys (hashes) of the group's formulations. */
  keys: string[];
  intent: string;
  /** Why the text cannot be taken over as it is, or null. */
  problem: string | null;
  /** The server refused this text: the problem is an error, not a hint. */
  refused?: boolean;
  /** The typed topic names no intent ("Meinten Sie …?"). */
  topicProblem?: string;
}

/**
 * The topics to pick from: the browser lists each title as the clerk types and fills in its id; a title or an
 * id typed by hand is accepted too (inbox-topic.ts).
 */
export function IntentOptions(props: { intents: ReadonlyArray<{ id: string; title: { de: string } }> }) {
  return (
    <datalist id="intent-options">
      {props.intents.map((intent) => (
        <option value={intent.id}>{intent.title.de}</option>
      ))}
    </datalist>
  );
}

export function InboxExampleForm(props: InboxExampleFormProps) {
  const { index, problem } = props;
  const hintId = `text-${index}-hint`;
  const topicHintId = `intent-${index}-hint`;
  return (
    <form method="post" action="/staff/inbox/assign" class="inbox-example">
      <Csrf staff={props.staff} />
      {props.keys.map((key) => (
        <input type="hidden" name="keys" value={key} />
      ))}
      <label for={`text-${index}`}>Text für das Beispiel</label>
      <textarea id={`text-${index}`} name="text" rows={2} cols={60} maxlength={500} required aria-describedby={hintId} aria-invalid={props.refused ? 'true' : undefined}>
        {props.text}
      </textarea>
      <p class={problem ? (props.refused ? 'field-error' : 'field-warning') : 'hint'} id={hintId}>
        {problem
          ? problem
          : 'Vor dem Übernehmen prüfen: Ein Beispiel wird veröffentlicht und dauerhaft gespeichert. Namen, Nummern und Angaben zur Gesundheit gehören nicht hinein.'}
      </p>
      <label for={`intent-${index}`} class="inline">
        Anliegen
      </label>
      <input type="text" id={`intent-${index}`} name="intent" list="intent-options" value={props.intent} required size={22} aria-describedby={topicHintId} aria-invalid={props.topicProblem ? 'true' : undefined} />
      <span class={props.topicProblem ? 'field-error' : 'hint'} id={topicHintId}>
        {props.topicProblem ?? 'Titel oder Kennung; beim Tippen schlägt die Liste passende Anliegen vor.'}
      </span>
      <button type="submit">Als Beispiel übernehmen</button>
      {/* The same edited text, filed under "unknown": no topic needed, so the browser does not ask for one. */}
      <button type="submit" class="secondary" formaction="/staff/inbox/out-of-scope" formnovalidate>
        Nicht unser Thema
      </button>
    </form>
  );
}
