/** Parts of the intent editor: the error summary, the two texts after a colleague's save, placeholder values. */
import { findPlaceholders } from '../../content/placeholders.js';
import type { FieldErrors, IntentFormValues } from '../intent-form.js';

export type Resolve = (text: string) => string;

/** A colleague's save that came after this form was loaded (see content-routes: staleEditor). */
export interface EditConflict {
  by: string;
  at: string;
  stored: IntentFormValues;
  /** Fields the clerk had changed: their input stays in the form (absent: the form could not tell, all input stays). */
  kept?: string[];
  /** Fields the clerk had not changed and the colleague had: the form now holds the colleague's text. */
  taken?: string[];
}

const labelsOf = (fields: string[]) => fields.map((name) => FIELD_LABELS[name as keyof IntentFormValues] ?? name).join(', ');

/** The 409 message: who saved in between, and what the form now holds of whose text. */
export function ConflictNotice(props: { conflict: EditConflict; at: string }) {
  const { by, kept, taken } = props.conflict;
  return (
    <div class="notice notice-error" role="alert" tabindex={-1} data-focus-on-load>
      <p>
        Nicht gespeichert: {by} hat dieses Anliegen am {props.at} geändert, nachdem Sie es geöffnet haben.
      </p>
      {kept && taken ? (
        <p>
          {taken.length > 0 ? `Felder, die Sie nicht geändert hatten, zeigen jetzt die gespeicherte Fassung von ${by}: ${labelsOf(taken)}. ` : ''}
          {kept.length > 0 ? `Ihre Änderungen stehen weiter im Formular: ${labelsOf(kept)}. ` : 'Sie hatten kein Feld geändert. '}
          Vergleichen Sie unten, wo Ihre Eingabe von der Fassung von {by} abweicht, übernehmen Sie, was von {by} bleiben soll, und speichern Sie dann erneut: Gespeichert wird dann das
          Formular, wie es hier steht.
        </p>
      ) : (
        <p>
          Ihre Eingaben stehen unverändert im Formular. Vergleichen Sie unten beide Fassungen, übernehmen Sie, was von {by} bleiben soll, und speichern Sie dann erneut.
        </p>
      )}
      <p>
        <a href="#conflict-title">Zu den beiden Fassungen</a>
      </p>
    </div>
  );
}

/** Field names as the page labels them, for the error summary and the conflict list. */
export const FIELD_LABELS: Partial<Record<keyof IntentFormValues | 'general', string>> = {
  general: 'Allgemein',
  id: 'Kennung',
  title_de: 'Titel (Deutsch)',
  title_en: 'Titel (Englisch)',
  office: 'Zuständige Stelle',
  examples_de: 'Beispiele Deutsch',
  examples_en: 'Beispiele Englisch',
  synonyms: 'Synonyme',
  answer_de: 'Antwort Deutsch',
  answer_plain: 'Antwort in Einfacher Sprache',
  answer_en: 'Antwort Englisch',
  answer_plain_en: 'Einfaches Englisch',
  other_de: 'Hinweis Deutsch',
  other_plain: 'Hinweis in Einfacher Sprache',
  other_en: 'Hinweis Englisch',
  other_plain_en: 'Hinweis in einfachem Englisch',
  dym_de: 'Text Deutsch',
  dym_plain: 'Text in Einfacher Sprache',
  dym_en: 'Text Englisch',
  dym_plain_en: 'Text in einfachem Englisch',
  confirm_items: 'Was noch zu prüfen ist',
};

/**
 * The values behind the placeholders of a text: opening hours, addresses and phone numbers live in the city
 * profile, shared by several answers (and appointment booking), so a clerk sees them but changes them via the IT.
 */
export function PlaceholderValues(props: { id: string; text: string; resolve: Resolve }) {
  const keys = [...new Set(findPlaceholders(props.text))];
  if (keys.length === 0) return null;
  return (
    <details class="placeholders" id={props.id}>
      <summary>Werte der Platzhalter in diesem Text ({keys.length})</summary>
      <p class="hint">Diese Angaben stehen im Stadtprofil und gelten für mehrere Antworten. Ändern lassen Sie sie über die IT (siehe Anleitung „Öffnungszeiten, Adressen und Telefonnummern“).</p>
      <dl class="facts">
        {keys.map((key) => {
          const placeholder = `{{profile.${key}}}`;
          const value = props.resolve(placeholder);
          return (
            <>
              <dt>
                <code>{placeholder}</code>
              </dt>
              <dd>{value === placeholder ? 'gibt es im Stadtprofil nicht' : value}</dd>
            </>
          );
        })}
      </dl>
    </details>
  );
}

/** The stored text of every field a colleague's save left different from this form, beside the clerk's own text. */
export function ConflictPanel(props: { conflict: EditConflict; values: IntentFormValues }) {
  const { conflict, values } = props;
  const fields = (Object.keys(FIELD_LABELS) as Array<keyof IntentFormValues>).filter((name) => name in values && String(conflict.stored[name]) !== String(values[name]));
  return (
    <section class="panel conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Die gespeicherte Fassung von {conflict.by}</h2>
      {fields.length === 0 ? (
        <p>Die gespeicherte Fassung stimmt mit Ihren Eingaben überein.</p>
      ) : (
        fields.map((name) => (
          <div class="conflict-field">
            <h3>{FIELD_LABELS[name]}</h3>
            <div class="grid2">
              <div>
                <p class="hint">Gespeichert von {conflict.by}:</p>
                <pre>{String(conflict.stored[name]) || '(leer)'}</pre>
              </div>
              <div>
                <p class="hint">Ihre Eingabe (noch nicht gespeichert):</p>
                <pre>{String(values[name]) || '(leer)'}</pre>
              </div>
            </div>
          </div>
        ))
      )}
    </section>
  );
}

/** The error summary links to each field with a problem; the script moves the focus here after a refused save. */
export function ErrorSummary(props: { errors: FieldErrors; count: number }) {
  const fields = Object.keys(props.errors).filter((name) => (props.errors[name] ?? []).length > 0);
  return (
    <div class="notice notice-error" role="alert" tabindex={-1} data-focus-on-load>
      <p>Bitte prüfen Sie {props.count} Angabe(n) – die Hinweise stehen direkt am Feld. Nichts wurde gespeichert.</p>
      <ul>
        {fields.map((name) => (
          <li>
            <a href={`#${name === 'general' ? 'general-error' : name}`}>{FIELD_LABELS[name as keyof IntentFormValues] ?? name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
