/**
 * The declared shape of dialogs/*.yaml. A dialog is data: steps (one slot each), prompts in German,
 * English and Einfache Sprache, declared validation, a summary with explicit confirmation and the name
 * of a completion handler in code. Only rules that cannot be declared get a named validator in code
 * (see registry.ts). Documented in docs/DIALOGS.md.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slotId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ only');
const codeName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ only');

/** German, English and Einfache Sprache (plain German); plain_en falls back to en. */
export const dialogTextSchema = z
  .object({ de: nonEmpty, en: nonEmpty, plain: nonEmpty, plain_en: nonEmpty.optional() })
  .strict();

/** `plain`: the German label in Einfache Sprache, for official words a plain reader may not know ("Bruttokaltmiete"). */
export const labelSchema = z.object({ de: nonEmpty, en: nonEmpty, plain: nonEmpty.optional() }).strict();

/** Kinds of values a step collects; each has default entity types and a parser for the raw text. */
export const VALUE_TYPES = ['text', 'integer', 'number', 'money', 'date', 'email', 'phone', 'address', 'postcode', 'iban', 'yes_no', 'enum'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Entity types of the NLU (src/nlu/entities/types.ts) a step may be filled from. */
export const ENTITY_TYPES = [
  'date', 'date_range', 'time', 'time_constraint', 'time_range', 'daypart', 'number', 'money', 'household_size',
  'postcode', 'email', 'phone', 'iban', 'iban_invalid', 'licence_plate', 'address',
] as const;

export const enumOptionSchema = z
  .object({
    value: slotId,
    label: labelSchema,
    /** Words that select this option besides its label ("online", "internet"). */
    synonyms: z.array(nonEmpty).default([]),
    /** Choosing this option ends the dialog with this message (no summary, nothing stored). */
    end: dialogTextSchema.optional(),
    /** Links shown with the end message (profile placeholders allowed). */
    links: z.array(z.object({ title: labelSchema, url: nonEmpty }).strict()).default([]),
  })
  .strict();

export const validationSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    min_length: z.number().int().min(0).optional(),
    max_length: z.number().int().min(1).optional(),
    /** A JavaScript regular expression the whole (trimmed) text answer must match. */
    pattern: nonEmpty
      .refine((p) => {
        try {
          new RegExp(p, 'u');
          return true;
        } catch {
          return false;
        }
      }, 'must be a valid regular expression')
      .optional(),
    /** yes_no: the only accepted answer (consent must be true). */
    equals: z.boolean().optional(),
    /** Name of a validator in code (registry.validators), run after the declared rules. */
    validator: codeName.optional(),
  })
  .strict();

/** Show the step only when an earlier slot has a value ("equals") or lies in a range. */
export const conditionSchema = z
  .object({
    slot: slotId,
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    in: z.array(z.union([z.string(), z.number()])).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();

export const stepSchema = z
  .object({
    /** Slot name; also the step id. */
    slot: slotId,
    type: z.enum(VALUE_TYPES),
    /** Label in the summary ("Bruttokaltmiete"). */
    label: labelSchema,
    prompt: dialogTextSchema,
    /** Answer to "was ist ...?", "Hilfe", "?" at this step; the step is asked again afterwards. */
    help: dialogTextSchema.optional(),
    /** Said when the answer does not fit (otherwise a generic message per rule). */
    error: dialogTextSchema.optional(),
    /** Entity types that fill the slot, strongest first (defaults by type, see slot-values.ts). */
    entities: z.array(z.enum(ENTITY_TYPES)).optional(),
    /**
     * Words that mark a value as meant for this slot even when another step is asked or the slot is
     * already filled ("die Miete ist doch 700"): lower-case, matched as word prefixes.
     */
    keywords: z.array(nonEmpty).default([]),
    /** Optional steps may be skipped ("überspringen", "keine Angabe"); the slot then stays empty. */
    optional: z.boolean().default(false),
    validate: validationSchema.default({}),
    options: z.array(enumOptionSchema).optional(),
    when: conditionSchema.optional(),
    /** Name of custom step logic in code (registry.stepLogic): text before the prompt, computed slots. */
    logic: codeName.optional(),
    /** Personal data: kept out of the transcript echo and cleared from state after completion (default true). */
    personal: z.boolean().default(true),
    /**
     * The data-protection consent (a yes_no step with `validate: { equals: true }`): later steps take no value
     * from a message until it is given ("ich wohne in der Goethestraße 3" in the first message is not stored
     * as the address), and a "nein" deletes the personal answers given before it (Art. 6(1)(a), 7 GDPR).
     */
    consent: z.boolean().default(false),
    /**
     * The message that starts the dialog may already answer this step ("Termin absagen AC3H46"): its text
     * is tried as the answer; a value that does not pass validation is silently ignored.
     */
    prefill: z.boolean().default(false),
    /**
     * Slots that depend on this answer and are cleared when it changes ("wunsch" resets the chosen
     * "termin" and the offer its step logic stored: a slot picked for one wish does not fit another).
     */
    resets: z.array(slotId).default([]),
    /**
     * The option taken when the starting message names none but answers steps this option leads to
     * ("Termin am Montag für Personalausweis" is a booking). Must be one of the step's options.
     */
    prefill_default: z.string().optional(),
    /**
     * A free-text step whose answer may be a question ("Können Sie das Loch reparieren?" as a problem's
     * description, a comment in the survey). At other text steps a question is never stored: it is answered.
     */
    takes_questions: z.boolean().default(false),
  })
  .strict()
  .superRefine((step, ctx) => {
    if (step.type === 'enum' && (!step.options || step.options.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'an enum step needs options' });
    }
    if (step.type !== 'enum' && step.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'options are only for enum steps' });
    const { min, max } = step.validate;
    if (min !== undefined && max !== undefined && min > max) ctx.addIssue({ code: 'custom', path: ['validate', 'max'], message: 'max must not be below min' });
  });

export const dialogSchema = z
  .object({
    id: slotId,
    title: labelSchema,
    /** Intents that start the dialog; each must exist in intents/ (kind dialog). */
    trigger: z.array(slotId).min(1),
    /** The button that starts it under the topic's answer ("Wohngeld berechnen"); the title when absent. */
    start: labelSchema.optional(),
    /**
     * Words of matters of the same topic that this application does not handle ("abmelden" for a dog
     * registration): such a message gets the topic's answer and the start button instead of the form.
     */
    answer_instead: z.array(nonEmpty).default([]),
    /** Said once when the dialog starts, before the first question. */
    intro: dialogTextSchema,
    steps: z.array(stepSchema).min(1),
    summary: z
      .object({
        /** Said above the list of answers; the citizen must confirm with yes. */
        intro: dialogTextSchema,
        confirm: dialogTextSchema,
      })
      .strict(),
    /** Name of the completion handler in code (registry.completions). */
    completion: codeName,
    /**
     * Submission type and how long personal data is kept (days after completion). Without it nothing is
     * stored as a submission (no reference): the completion handler keeps what it must (anonymous survey).
     */
    submission: z
      .object({ type: slotId, retention_days: z.number().int().min(1).max(3650).default(180) })
      .strict()
      .optional(),
    /** Offered after three failed attempts at one step: a person to talk to (profile placeholders). */
    handoff: dialogTextSchema,
    /** Said after the cancellation is confirmed. */
    cancelled: dialogTextSchema.optional(),
    /**
     * Said when the citizen wants to change answers already sent ("das war falsch"); without it: the
     * reference was sent and cannot be changed in the chat, then `handoff`. No second run starts.
     */
    after_done: dialogTextSchema.optional(),
  })
  .strict()
  .superRefine((dialog, ctx) => {
    const seen = new Set<string>();
    dialog.steps.forEach((step, index) => {
      if (seen.has(step.slot)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'slot'], message: `slot "${step.slot}" is defined twice` });
      if (step.when && !seen.has(step.when.slot)) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'when', 'slot'], message: `refers to "${step.when.slot}", which is not an earlier step` });
      }
      seen.add(step.slot);
    });
  });

export type DialogText = z.infer<typeof dialogTextSchema>;
export type DialogLabel = z.infer<typeof labelSchema>;
export type EnumOption = z.infer<typeof enumOptionSchema>;
export type StepDefinition = z.infer<typeof stepSchema>;
export type DialogDefinition = z.infer<typeof dialogSchema>;
export type StepCondition = z.infer<typeof conditionSchema>;
