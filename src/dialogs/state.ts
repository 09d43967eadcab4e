/**
 * The state of one dialog run, kept in conversation.state.dialog as plain JSON. Definitions hold no
 * state; this object is everything a run knows, so it survives restarts and moves between devices.
 */
import type { JsonObject, JsonValue } from '../core/types.js';
import type { Slots } from './registry.js';
import type { DialogText } from './schema.js';

export type Phase =
  /** asking `step` */
  | 'step'
  /** summary shown, waiting for yes/no */
  | 'confirm'
  /** "Wirklich abbrechen?" asked; `returnTo` is where "nein" goes */
  | 'cancel'
  /** an FAQ question was answered mid-dialog; "Sollen wir weitermachen?" asked */
  | 'resume'
  /** the citizen chose to stop for now; the trigger intent or "weiter" continues */
  | 'paused'
  /** summary rejected: "Was möchten Sie ändern?" */
  | 'edit'
  /** another dialog's trigger came up: "… abbrechen und mit … beginnen?" asked; `switchTo` names it */
  | 'switch'
  /** submitted; slots removed */
  | 'done'
  /** continued on another device with a resume code; slots removed, the next message here says so */
  | 'moved';

export interface RunState {
  id: string;
  runId: string;
  /** Conversation the run started in: with runId the idempotency key, the same on every device. */
  origin: string;
  phase: Phase;
  returnTo?: Phase;
  /** "ja" to the cancel question ends with this option (chosen again after a correction, later answers would go). */
  endWith?: { slot: string; value: string };
  /** The dialog offered instead of this one (phase 'switch'). */
  switchTo?: string;
  step: string | null;
  slots: Slots;
  skipped: string[];
  /** Steps asked so far, for "zurück". */
  history: string[];
  failures: number;
  /** Steps their step logic filled and skipped (the postcode from the address): redone after a correction. */
  derived?: string[];
  /**
   * A validator's yes/no question about the answer refused (registry.ts, `ask`): kept until the step gets an
   * answer, so that a side question, "Einfache Sprache" or "abbrechen"/"nein" come back to it (`question`).
   */
  asked?: { slot: string; yes: JsonValue; no: DialogText; question?: DialogText; extra?: Slots };
  /** A street given without its house number at an address step, kept for the number that follows (partial-address.ts). */
  street?: { slot: string; name: string };
  /** When the resume code last given in this run stops working (ISO), for "Wie lange gilt der Code?". */
  codeUntil?: string;
  /** Slots filled by the previous message: "nein, 700 Euro" corrects these. */
  lastFilled: string[];
  startedAt: string;
  reference?: string;
}

const KEY = 'dialog';

export function readRun(state: JsonObject): RunState | null {
  const raw = state[KEY];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const run = raw as unknown as RunState;
  return typeof run.id === 'string' && typeof run.phase === 'string' ? run : null;
}

export function writeRun(state: JsonObject, run: RunState | null): JsonObject {
  const next = { ...state };
  if (run) next[KEY] = JSON.parse(JSON.stringify(run)) as JsonValue;
  else delete next[KEY];
  return next;
}

export function newRun(id: string, runId: string, origin: string, at: string): RunState {
  return { id, runId, origin, phase: 'step', step: null, slots: {}, skipped: [], history: [], failures: 0, lastFilled: [], startedAt: at };
}
