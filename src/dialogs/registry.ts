/**
 * The code side of dialogs: named validators, custom step logic and completion handlers. YAML refers to
 * them by name; content validation fails when a name is not registered. Each application registers its
 * own in one function (see applications.ts), so a dialog's code stays next to its YAML's purpose.
 */
import type { ProfileDefinition } from '../content/schema.js';
import type { Entity, JsonObject, JsonValue, Link, Locale } from '../core/types.js';
import type { AppointmentStore, AppointmentWrite } from '../store/appointment-repository.js';
import type { SurveyStore } from '../store/survey-repository.js';
import type { DialogDefinition, DialogLabel, DialogText, StepDefinition } from './schema.js';

export type Slots = Record<string, JsonValue>;

export interface StepContext {
  dialog: DialogDefinition;
  step: StepDefinition;
  /** Slots collected so far (read-only view). */
  slots: Readonly<Slots>;
  locale: Locale;
  plainLanguage: boolean;
  profile: ProfileDefinition;
  now: Date;
  /** The message of this turn: a value may be built from several of its entities ("Donnerstag nach 14 Uhr"). */
  message?: { text: string; entities: readonly Entity[] };
  /** The conversation: lookups by a guessable value (an appointment code) are limited per conversation. */
  conversationId?: string;
  /** The client key of this turn (TurnInput.client), for limits only; absent on messenger and phone channels. */
  client?: string;
}

export type ValidatorResult =
  | {
      ok: true;
      value: JsonValue;
      /** Said with the echo, e.g. "Heizkosten zählen nicht mit". */
      note?: DialogText;
      /**
       * What the office should know about the answer that no step asks (the parts an income was added up from,
       * "the rent was given with heating"): stored beside the value, replaced with each new answer to the step.
       */
      extra?: Slots;
    }
  | {
      ok: false;
      reason: DialogText;
      /** Slots to keep although this answer is refused (a description given where the place was asked). */
      extra?: Slots;
      /**
       * Also said when the value came from the first message (`prefill`), where refusals are otherwise silent:
       * the value was clearly meant for the step ("Termin verschieben AC3H46" for a cancelled appointment).
       */
      sayOnPrefill?: boolean;
      /**
       * The reason is a yes/no question ("Liegt Langerwehe in Düren?"): a yes as the next message takes `yes` as
       * the answer, a no says `no` and asks the step again; any other message is read as usual. `extra` is stored
       * with a yes only (what the office should know about the confirmed answer).
       */
      ask?: { yes: JsonValue; no: DialogText; extra?: Slots };
    };

/** A rule that cannot be declared. Gets the parsed value and the entity it came from (if any). */
export type Validator = (value: JsonValue, context: StepContext & { entity?: Entity }) => ValidatorResult | Promise<ValidatorResult>;

export interface StepLogicResult {
  /** Shown before the step's prompt (e.g. the Wohngeld estimate and how it came about). */
  text?: DialogText;
  links?: Array<{ title: DialogLabel; url: string }>;
  /** Computed slots to store (not asked). */
  slots?: Slots;
  /** Skip this step (its slot stays empty). */
  skip?: boolean;
  /** The dialog ends here with `text`: nothing more is asked and nothing is stored (a booking the limits refuse). */
  end?: boolean;
}

/** Custom step logic: runs each time the step is about to be asked. */
export interface StepLogic {
  before(context: StepContext): StepLogicResult | Promise<StepLogicResult>;
  /** Answers offered as buttons whenever the step is asked, computed from the slots (the offered slots). */
  suggestions?(context: StepContext): Array<{ title: DialogLabel; value: string }>;
  /**
   * Said before the prompt when the step is asked again without running `before` (after a side question, help,
   * "zurück" or an answer that did not fit): what the prompt refers to, which a caller cannot see as buttons.
   */
  reminder?(context: StepContext): DialogText | undefined;
  /**
   * A message at this step that changes an earlier choice instead of answering, read before commands and values
   * (at the SEPA mandate, "zurück" and "lieber selbst überweisen" switch the payment to transfer; `command` is the
   * command the message would be): slots to set and to clear, what to say; the next open question follows.
   */
  intercept?(context: StepContext, command: string | null): { slots?: Slots; clear?: string[]; text: DialogText } | undefined;
  /**
   * The same at the summary (or "Was möchten Sie ändern?"), asked of each shown step with this logic in order: the
   * first result is applied and the summary shown again ("lieber selbst überweisen" after the direct debit was given).
   */
  atSummary?(context: StepContext): { slots?: Slots; clear?: string[]; text: DialogText } | undefined;
}

export interface CompletionContext {
  dialog: DialogDefinition;
  slots: Readonly<Slots>;
  conversationId: string;
  /** The client key of this turn (TurnInput.client), for limits only; absent on messenger and phone channels. */
  client?: string;
  runId: string;
  locale: Locale;
  plainLanguage: boolean;
  profile: ProfileDefinition;
  now: Date;
  /** The answers as the citizen confirmed them: label and display value, in step order. */
  summary: Array<{ label: DialogLabel; value: string }>;
  /**
   * The payload data of this run's submission when it is already stored (a repeated "ja" after a crash before
   * the conversation was saved): describe that result again, do not act twice (a second booking).
   */
  committed?: JsonObject;
}

export interface CompletionResult {
  /** What is stored in the submission and delivered to the webhook. Personal data lives only there. */
  payload: JsonObject;
  /** Extra rows for the printable summary page (e.g. the estimate), after the answers. */
  summaryRows?: Array<{ label: DialogLabel; value: string }>;
  /** Documents to bring, listed in the reply and on the summary page. */
  documents?: DialogLabel[];
  /** Said after the reference number ("Die Wohngeldstelle meldet sich ..."). */
  message?: DialogText;
  /**
   * Replaces the generic "Ihre Vorgangsnummer ist {reference}" and is said after `message`: for results
   * that carry their own number the citizen needs more (an appointment's confirmation code), so the reply
   * says what each number is for.
   */
  received?: DialogText;
  links?: Link[];
  /**
   * An appointment booked or cancelled in the same atomic write as the submission, so a crash cannot leave a
   * booking without its record. When the slot went to someone else first, `taken` is raised instead.
   */
  appointment?: { write: AppointmentWrite; taken: CompletionRejected };
}

/**
 * Thrown by a completion handler when a confirmed answer turned out to be no longer valid (an appointment
 * slot booked by someone else meanwhile): the engine says `reason` and asks `step` again.
 */
export class CompletionRejected extends Error {
  constructor(
    readonly step: string,
    readonly reason: DialogText,
  ) {
    super(`completion rejected at step "${step}"`);
    this.name = 'CompletionRejected';
  }
}

/** Turns confirmed answers into a submission payload. The engine stores it atomically with a reference. */
export type CompletionHandler = (context: CompletionContext) => CompletionResult | Promise<CompletionResult>;

/**
 * What application code may use besides its context: its own tables (appointments, survey answers) and PII
 * redaction. Given to the registration functions; absent when content is only checked, not run.
 */
export interface DialogServices {
  store?: AppointmentStore & SurveyStore;
  redact?: (text: string) => string;
}

export interface DialogRegistry {
  validators: Map<string, Validator>;
  stepLogic: Map<string, StepLogic>;
  completions: Map<string, CompletionHandler>;
}

export function createDialogRegistry(): DialogRegistry {
  return { validators: new Map(), stepLogic: new Map(), completions: new Map() };
}

/** A completion handler for dialogs whose payload is just the confirmed slots. */
export const slotsCompletion: CompletionHandler = (context) => ({ payload: { ...context.slots } });
