/**
 * A stored submission as the clerk reads it: German labels and German clerk format (3.420 €, 14.02.1988, ja,
 * the German option label) whatever the citizen's language, the citizen's language itself (so the office knows
 * how to write back), the applicant's name (for the list and the search) and the erasure marker.
 */
import { fold } from '../../core/fold.js';
import type { JsonObject, JsonValue } from '../../core/types.js';
import type { DialogDefinition, StepDefinition } from '../../dialogs/schema.js';
import { displayValue } from '../../dialogs/slot-values.js';
import { germanFromEnglish } from './legacy-values.js';

export interface ClerkRow {
  label: string;
  value: string;
}

function object(value: JsonValue | undefined): JsonObject | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

function rowsOf(payload: JsonObject): JsonObject[] {
  return Array.isArray(payload.summary)
    ? payload.summary.flatMap((row) => {
        const o = object(row);
        return o ? [o] : [];
      })
    : [];
}

function labelOf(row: JsonObject, locale: 'de' | 'en'): string {
  const label = object(row.label);
  if (label) return String(label[locale] ?? label.de ?? '');
  return typeof row.label === 'string' ? row.label : '';
}

/** The dialog a submission came from, in the live content (for its title and its steps' option labels). */
export function dialogOf(dialogs: readonly unknown[], dialogId: string, type?: string): DialogDefinition | undefined {
  const list = dialogs as DialogDefinition[];
  return list.find((d) => d.id === dialogId) ?? list.find((d) => d.submission?.type === type);
}

/** "Wohngeld" instead of the raw type "wohngeld"; the stored title for a dialog that no longer exists. */
export function typeTitle(type: string, dialogs: readonly unknown[], payload?: JsonObject): string {
  const dialog = (dialogs as DialogDefinition[]).find((d) => d.submission?.type === type);
  if (dialog) return dialog.title.de;
  const stored = payload ? object(payload.title) : null;
  return typeof stored?.de === 'string' ? stored.de : type;
}

function stepOf(dialog: DialogDefinition | undefined, row: JsonObject): StepDefinition | undefined {
  if (!dialog) return undefined;
  if (typeof row.slot === 'string') return dialog.steps.find((s) => s.slot === row.slot);
  const de = labelOf(row, 'de');
  const en = labelOf(row, 'en');
  return dialog.steps.find((s) => s.label.de === de || s.label.en === en);
}

function clerkValue(row: JsonObject, english: boolean, step: StepDefinition | undefined): string {
  const shown = typeof row.value === 'string' ? row.value : '';
  if (typeof row.type === 'string' && 'raw' in row) {
    const raw = row.raw ?? null;
    if (step && step.type === row.type) return displayValue(step, raw, 'de');
    // Without the dialog only an option's label is missing; every other type renders from its value alone.
    if (row.type !== 'enum') return displayValue({ type: row.type } as StepDefinition, raw, 'de');
  }
  return english ? germanFromEnglish(shown, step) : shown;
}

/** The answers with German labels and values in German clerk format. */
export function clerkRows(payload: JsonObject, dialog: DialogDefinition | undefined): ClerkRow[] {
  const english = payload.locale === 'en';
  return rowsOf(payload).map((row) => ({ label: labelOf(row, 'de'), value: clerkValue(row, english, stepOf(dialog, row)) }));
}

/** "Englisch", "Deutsch (Einfache Sprache)"; null when the submission does not say (erased, or very old). */
export function applicantLanguage(payload: JsonObject): string | null {
  if (payload.locale !== 'de' && payload.locale !== 'en') return null;
  const language = payload.locale === 'en' ? 'Englisch' : 'Deutsch';
  return payload.plainLanguage === true ? `${language} (Einfache Sprache)` : language;
}

/** The applicant's name: the answer to the step `name` (every application that asks for a person has one). */
export function applicantName(payload: JsonObject, dialog: DialogDefinition | undefined): string | null {
  const rows = rowsOf(payload);
  const bySlot = rows.find((row) => row.slot === 'name');
  if (bySlot) return typeof bySlot.raw === 'string' ? bySlot.raw : typeof bySlot.value === 'string' ? bySlot.value : null;
  // Stored before the slot was kept: the row with the label of the dialog's name step.
  const label = dialog?.steps.find((s) => s.slot === 'name')?.label.de;
  const byLabel = label ? rows.find((row) => labelOf(row, 'de') === label) : undefined;
  return typeof byLabel?.value === 'string' ? byLabel.value : null;
}

/** Without accents and umlaut dots: "Muller" finds "Müller" as well as "Mueller" does (via fold). */
function loose(text: string): string {
  return fold(text.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** True when every word of the search occurs in the name, ignoring case, hyphens and how umlauts were typed. */
export function nameMatches(name: string | null, search: string): boolean {
  const words = search.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!name || words.length === 0) return false;
  const [folded, plain] = [fold(name), loose(name)];
  return words.every((word) => folded.includes(fold(word)) || plain.includes(loose(word)));
}

/** When the citizen erased the submission's data (the marker of src/store/submission-erasure.ts), else null. */
export function erasedAt(payload: JsonObject): string | null {
  return payload.erased === true && typeof payload.erasedAt === 'string' ? payload.erasedAt : null;
}
