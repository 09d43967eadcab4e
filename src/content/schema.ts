/** The declared shape of content files. Validation lives here, not in hand-written checks. */
import { z } from 'zod';
import { appointmentProfileSchema } from './appointment-profile.js';
import { checkProfileValues } from './profile-values.js';

/** Where the unknown intent's did_you_mean text puts the list of topics. */
export const TOPICS_MARKER = '{topics}';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const intentId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ only');

export const localizedTextSchema = z.object({ de: nonEmpty, en: nonEmpty }).strict();

export const linkSchema = z
  .object({
    title: localizedTextSchema,
    url: z
      .string()
      .refine((value) => /^(https?:\/\/[^\s]+|\/[a-z0-9\-/]*|\{\{[^}]+\}\}[^\s]*)$/.test(value), 'must be an absolute http(s) URL, a path on this site ("/datenschutz") or a profile placeholder'),
  })
  .strict();

export const suggestionSchema = z
  .object({
    title: localizedTextSchema,
    /** What the button sends: a text the NLU understands, or "intent:<id>". */
    value: nonEmpty,
  })
  .strict();

export const factSchema = z
  .object({
    value: nonEmpty,
    source: nonEmpty,
  })
  .strict();

export const answerSchema = z
  .object({
    de: nonEmpty,
    en: nonEmpty,
    /** Einfache Sprache (German plain language). */
    plain: nonEmpty,
    /** Optional plain English; the English answer is used otherwise. */
    plain_en: nonEmpty.optional(),
  })
  .strict();

export const intentSchema = z
  .object({
    id: intentId,
    kind: z.enum(['faq', 'dialog', 'meta']),
    title: localizedTextSchema,
    /** Who does the work in reality, in words a citizen understands. */
    office: nonEmpty.optional(),
    responsible: z.enum(['city', 'kreis', 'dsb', 'amtsgericht', 'federal', 'school', 'other']).optional(),
    leika: z.string().regex(/^\d{14}$/, 'LeiKa keys have 14 digits').optional(),
    examples: z
      .object({
        de: z.array(nonEmpty).default([]),
        en: z.array(nonEmpty).default([]),
      })
      .strict(),
    /** Canonical term -> variants citizens write ("perso" -> personalausweis). */
    synonyms: z.record(z.string(), z.array(nonEmpty)).default({}),
    answer: answerSchema.optional(),
    /**
     * Only on the unknown intent: the reply to a message written in neither German nor English. It is sent
     * in German and in English, since the assistant cannot know which of the two the citizen reads better.
     */
    other_language: answerSchema.optional(),
    /**
     * Only on the unknown intent: the reply when a message was not understood but the classifier has likely
     * topics; {topics} marks where their names go ("Meinten Sie {topics}?"). Without it the plain fallback is sent,
     * still with the topics as buttons.
     */
    did_you_mean: answerSchema.optional(),
    links: z.array(linkSchema).default([]),
    suggestions: z.array(suggestionSchema).default([]),
    /** Unverified local facts in this answer, for staff to confirm. */
    confirm: z.union([z.boolean(), z.array(nonEmpty)]).default(false),
    /** Numbers in the answer that are not in docs/facts.md, each with its source. */
    facts: z.array(factSchema).default([]),
  })
  .strict()
  .superRefine((intent, ctx) => {
    if (intent.id !== 'unknown' && intent.kind !== 'dialog' && !intent.answer) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'faq and meta intents need an answer (de, en, plain)' });
    }
    if (intent.other_language && intent.id !== 'unknown') {
      ctx.addIssue({ code: 'custom', path: ['other_language'], message: 'only the unknown intent answers messages in other languages' });
    }
    if (intent.did_you_mean && intent.id !== 'unknown') {
      ctx.addIssue({ code: 'custom', path: ['did_you_mean'], message: 'only the unknown intent offers topics it was not sure about' });
    }
    for (const [field, text] of Object.entries(intent.did_you_mean ?? {})) {
      if (text.split(TOPICS_MARKER).length !== 2) {
        ctx.addIssue({ code: 'custom', path: ['did_you_mean', field], message: `needs ${TOPICS_MARKER} exactly once, where the names of the topics go` });
      }
    }
  });

export const intentFileSchema = z.union([
  intentSchema.transform((intent) => [intent]),
  z.object({ intents: z.array(intentSchema).min(1) }).strict().transform((file) => file.intents),
]);

/** The profile's structure without the value rules: lets the checks go on reading a profile with a wrong value. */
export const profileStructureSchema = z
  .object({
    id: intentId,
    name: nonEmpty,
    /** Flat key -> value map used by {{profile.key}} placeholders in answers and links; known keys have rules (profile-values.ts). */
    values: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.union([z.string(), z.number()])),
    /**
     * How this city is named in running text ("Düren", "Dürener", "DSB"). content:check reports these words in
     * the answers of every other city's profile, so text copied from this city is not served elsewhere.
     */
    place_names: z.array(nonEmpty).optional(),
    /**
     * The city's districts as citizens name them in an address ("Kölnstraße 12 in Birkesdorf"): taken as parts of
     * the city and stored as "<city>-<district>". A place name not listed is asked about, never refused.
     */
    districts: z.array(nonEmpty).optional(),
    /** Keys whose values are not verified yet; staff must confirm them. */
    confirm: z.array(z.string()).default([]),
    /** Opening hours and slot length for appointment booking (see appointment-profile.ts). */
    appointments: appointmentProfileSchema.optional(),
    /**
     * Dialect and regiolect words citizens of this city write, read as the standard word before the NLU does
     * anything else (src/nlu/regional.ts): standard word or phrase -> variants, one word each.
     */
    regional_words: z.record(nonEmpty, z.array(z.string().trim().regex(/^[\p{Ll}\p{M}]+$/u, 'one lower-case word without spaces or punctuation'))).default({}),
  })
  .strict();

/** A valid profile: the structure, and every known value by its rule (src/content/profile-values.ts). */
export const profileSchema = profileStructureSchema.superRefine((profile, ctx) => checkProfileValues(profile.values, ctx, ['values']));

export type IntentDefinition = z.infer<typeof intentSchema>;
export type ProfileDefinition = z.infer<typeof profileSchema>;
