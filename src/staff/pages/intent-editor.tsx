/** The intent editor: examples, synonyms, answers (de, en, Einfache Sprache) with readability, confirm marker. */
import { LIMITS } from '../../content/content-report.js';
import type { StaffPrincipal } from '../auth.js';
import { readabilitySummary, type FieldErrors, type IntentFormValues } from '../intent-form.js';
import { ConflictNotice, ConflictPanel, ErrorSummary, PlaceholderValues, type EditConflict, type Resolve } from './intent-editor-parts.js';
import { Csrf, FieldError, formatDateTime, Layout, Notice } from './layout.js';

export type { EditConflict } from './intent-editor-parts.js';

interface EditorProps {
  staff: StaffPrincipal;
  values: IntentFormValues;
  errors: FieldErrors;
  isNew: boolean;
  saved?: boolean;
  /** Advice that does not stop saving (readability), by field. */
  warnings?: FieldErrors;
  /** False when the server has no facts file: the page says that numbers were not checked. */
  factsChecked?: boolean;
  /** Keys of the inbox group this new intent starts from; saving closes the group. */
  inboxKeys?: string[];
  published: boolean;
  /** The stored state the form is loaded from (draftToken); a save from an older state is refused. */
  draftToken?: string | undefined;
  /** Fingerprints of the fields as loaded (edit-merge.ts): after a conflict, untouched fields take the colleague's text. */
  loadedFields?: string | undefined;
  conflict?: EditConflict | undefined;
  /** Fills in {{profile.…}} placeholders as citizens see them. */
  resolve?: Resolve;
}

/** The four variants (de, plain, en, plain English) of one of the unknown intent's extra texts. */
function NoteFields(props: { prefix: 'other' | 'dym'; noun: string; values: IntentFormValues; errors: FieldErrors; warnings: FieldErrors; resolve?: Resolve | undefined }) {
  const { prefix, noun, values, errors, warnings, resolve } = props;
  return (
    <>
      <Area name={`${prefix}_de`} label={`${noun} Deutsch`} values={values} errors={errors} warnings={warnings} rows={4} lang="de" resolve={resolve} />
      <Area name={`${prefix}_plain`} label={`${noun} in Einfacher Sprache`} values={values} errors={errors} warnings={warnings} readability rows={4} lang="de" resolve={resolve} />
      <div class="grid2">
        <Area name={`${prefix}_en`} label={`${noun} Englisch`} values={values} errors={errors} warnings={warnings} rows={4} lang="en" resolve={resolve} />
        <Area name={`${prefix}_plain_en`} label={`${noun} in einfachem Englisch (optional)`} values={values} errors={errors} warnings={warnings} rows={4} lang="en" resolve={resolve} />
      </div>
    </>
  );
}

/** Advice under a field; unlike an error it leaves the field valid. */
function FieldWarning(props: { id: string; warnings?: string[] | undefined }) {
  if (!props.warnings || props.warnings.length === 0) return null;
  return (
    <p class="field-warning" id={props.id}>
      {props.warnings.join(' ')}
    </p>
  );
}

function Area(props: { name: keyof IntentFormValues; label: string; values: IntentFormValues; errors: FieldErrors; warnings?: FieldErrors; hint?: string; readability?: boolean; rows?: number; lang?: string; resolve?: Resolve | undefined }) {
  const value = String(props.values[props.name]);
  const errors = props.errors[props.name];
  const warnings = props.warnings?.[props.name];
  const errorId = `${props.name}-error`;
  const warningId = `${props.name}-warning`;
  const hintId = `${props.name}-hint`;
  const scoreId = `${props.name}-score`;
  // Scored as citizens read it: an unresolved placeholder would count as one very long word.
  const score = props.readability ? readabilitySummary(props.resolve ? props.resolve(value) : value) : null;
  const describedBy = [props.hint ? hintId : '', errors ? errorId : '', warnings ? warningId : '', props.readability ? scoreId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <textarea id={props.name} name={props.name} rows={props.rows ?? 5} lang={props.lang} aria-invalid={errors ? 'true' : undefined} aria-describedby={describedBy} data-readability={props.readability ? scoreId : undefined}>
        {value}
      </textarea>
      <FieldError id={errorId} errors={errors} />
      <FieldWarning id={warningId} warnings={warnings} />
      {props.resolve ? <PlaceholderValues id={`${props.name}-placeholders`} text={value} resolve={props.resolve} /> : null}
      {props.readability ? (
        <p class="score" id={scoreId} aria-live="polite">
          {score ? score.summary : 'Lesbarkeit: noch kein Text'}
        </p>
      ) : null}
    </div>
  );
}

function Input(props: { name: keyof IntentFormValues; label: string; values: IntentFormValues; errors: FieldErrors; hint?: string; required?: boolean }) {
  const errors = props.errors[props.name];
  const errorId = `${props.name}-error`;
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        type="text"
        id={props.name}
        name={props.name}
        value={String(props.values[props.name])}
        required={props.required}
        aria-invalid={errors ? 'true' : undefined}
        aria-describedby={[props.hint ? `${props.name}-hint` : '', errors ? errorId : ''].filter(Boolean).join(' ') || undefined}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

export function IntentEditorPage(props: EditorProps) {
  const { values, errors, resolve } = props;
  const warnings = props.warnings ?? {};
  const action = props.isNew ? '/staff/intents/new' : `/staff/intents/${values.id}`;
  const errorCount = Object.values(errors).reduce((n, list) => n + list.length, 0);
  const unknown = values.id === 'unknown';
  return (
    <Layout title={props.isNew ? 'Neues Anliegen' : `Anliegen „${values.title_de || values.id}“ bearbeiten`} staff={props.staff} section="/staff/intents">
      {props.saved ? <Notice kind="success">Gespeichert im Entwurf. Bürgerinnen und Bürger sehen die Änderung erst nach dem Veröffentlichen.</Notice> : null}
      {errorCount > 0 ? <ErrorSummary errors={errors} count={errorCount} /> : null}
      {props.conflict ? <ConflictNotice conflict={props.conflict} at={formatDateTime(props.conflict.at)} /> : null}
      {props.factsChecked === false ? (
        <Notice kind="warning">
          Telefonnummern, Gebühren, Uhrzeiten und Postleitzahlen konnten nicht mit den geprüften Fakten verglichen werden: Auf diesem Server fehlt die Faktendatei (docs/facts.md). Prüfen Sie
          jede Zahl selbst; die IT kann die Datei bereitstellen.
        </Notice>
      ) : null}
      {!props.isNew ? (
        <p>
          Kennung: <code>{values.id}</code> · Art: {values.kind} · {props.published ? 'veröffentlicht' : 'nur im Entwurf'} ·{' '}
          <a href={`/staff/console?text=${encodeURIComponent(values.title_de)}`}>in der Testkonsole ausprobieren</a>
        </p>
      ) : null}
      <form method="post" action={action} novalidate>
        <Csrf staff={props.staff} />
        {props.draftToken !== undefined ? <input type="hidden" name="draft_token" value={props.draftToken} /> : null}
        {props.loadedFields !== undefined ? <input type="hidden" name="loaded_fields" value={props.loadedFields} /> : null}
        {(props.inboxKeys ?? []).map((key) => (
          <input type="hidden" name="inbox_keys" value={key} />
        ))}
        <FieldError id="general-error" errors={errors.general} />
        {props.isNew ? (
          <>
            <Input name="id" label="Kennung (nur Kleinbuchstaben, Ziffern und _)" values={values} errors={errors} hint="z. B. hundekotbeutel – wird später nicht mehr geändert" required />
            <div class="field">
              <label for="kind">Art</label>
              <select id="kind" name="kind">
                <option value="faq" selected={values.kind === 'faq'}>Frage und Antwort (faq)</option>
                <option value="meta" selected={values.kind === 'meta'}>Gesprächsführung (meta)</option>
              </select>
            </div>
          </>
        ) : null}
        <div class="grid2">
          <Input name="title_de" label="Titel (Deutsch)" values={values} errors={errors} required />
          <Input name="title_en" label="Titel (Englisch)" values={values} errors={errors} required />
        </div>
        <Input name="office" label="Zuständige Stelle (in Worten für Bürger)" values={values} errors={errors} />
        <h2>Beispielfragen</h2>
        <div class="grid2">
          <Area name="examples_de" label="Beispiele Deutsch (eine Frage pro Zeile)" hint={unknown ? `Mindestens ${LIMITS.minUnknownExamples} Fragen, Deutsch und Englisch zusammen.` : `Mindestens ${LIMITS.minExamplesDe} Fragen.`} values={values} errors={errors} warnings={warnings} rows={8} lang="de" />
          <Area name="examples_en" label="Beispiele Englisch (eine Frage pro Zeile)" hint={unknown ? `Mindestens ${LIMITS.minUnknownExamples} Fragen, Deutsch und Englisch zusammen.` : `Mindestens ${LIMITS.minExamplesEn} Fragen.`} values={values} errors={errors} warnings={warnings} rows={8} lang="en" />
        </div>
        <Area name="synonyms" label="Synonyme" hint="Eine Zeile pro Begriff: „personalausweis: perso, ausweis“" values={values} errors={errors} rows={3} />
        <h2>Antworten</h2>
        <p class="hint">
          Platzhalter wie {'{{profile.buergerbuero_phone}}'} setzt der Lotse durch die Angaben aus dem Stadtprofil (Öffnungszeiten, Adressen, Telefonnummern). Schreiben Sie diese Angaben
          nicht selbst in den Text; die Werte stehen unter jedem Feld.
        </p>
        <Area name="answer_de" label="Antwort Deutsch" values={values} errors={errors} warnings={warnings} readability rows={7} lang="de" resolve={resolve} />
        <Area name="answer_plain" label="Antwort in Einfacher Sprache" hint="Kurze Sätze, ein Gedanke pro Satz. Ziel: Lesbarkeit 60 oder mehr." values={values} errors={errors} warnings={warnings} readability rows={6} lang="de" resolve={resolve} />
        <div class="grid2">
          <Area name="answer_en" label="Antwort Englisch" values={values} errors={errors} warnings={warnings} rows={6} lang="en" resolve={resolve} />
          <Area name="answer_plain_en" label="Einfaches Englisch (optional)" values={values} errors={errors} warnings={warnings} rows={6} lang="en" resolve={resolve} />
        </div>
        {unknown ? (
          <>
            <h2>Antwort auf andere Sprachen</h2>
            <p class="hint">
              Für Nachrichten, die weder Deutsch noch Englisch sind (zum Beispiel Türkisch oder Arabisch). Der Lotse schickt beide Texte nacheinander.
            </p>
            <NoteFields prefix="other" noun="Hinweis" values={values} errors={errors} warnings={warnings} resolve={resolve} />
            <h2>Antwort mit Themenvorschlägen</h2>
            <p class="hint">
              Wenn der Lotse unsicher ist, aber passende Themen kennt, schickt er diesen Text statt der Antwort oben. An der Stelle von {'{topics}'} stehen die Namen der
              Themen, zum Beispiel „Wohngeld“ oder „Termin im Bürgerbüro“. Die Themen erscheinen auch als Knöpfe.
            </p>
            <NoteFields prefix="dym" noun="Text" values={values} errors={errors} warnings={warnings} resolve={resolve} />
          </>
        ) : null}
        <h2>Ungeprüfte Angaben</h2>
        <div class="field">
          <input type="checkbox" id="confirm" name="confirm" checked={values.confirm} aria-describedby="confirm-hint" />
          <label class="inline" for="confirm">
            Enthält ungeprüfte lokale Angaben (Markierung „confirm“)
          </label>
          <p class="hint" id="confirm-hint">
            Ungeprüfte Angaben verweisen auf die Website der Stadt oder das Bürgertelefon. Entfernen Sie die Markierung erst, wenn alles bestätigt ist.
          </p>
        </div>
        <Area name="confirm_items" label="Was noch zu prüfen ist (optional, eine Angabe pro Zeile)" values={values} errors={errors} rows={3} />
        <p>
          <button type="submit">Im Entwurf speichern</button>
        </p>
      </form>
      {props.conflict ? <ConflictPanel conflict={props.conflict} values={values} /> : null}
    </Layout>
  );
}
