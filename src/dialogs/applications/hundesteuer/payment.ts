/**
 * Paying the dog tax: a wish to pay by transfer at any of the debit questions switches the payment (it was stored
 * as the account holder's name), the account holder is stored as a name only, and a SEPA mandate is taken in
 * the chat only from the applicant's own account: someone else's mandate must be given by that person.
 */
import type { DialogText } from '../../schema.js';
import type { StepContext, StepLogic, StepLogicResult, Validator } from '../../registry.js';
import { fold } from '../../text.js';
import { accountHolder } from '../shared/validators.js';
import { HOLDER_IS_APPLICANT, holderChanged } from './holder-follows-owner.js';
import { isFullName, jointNote, sameHolder, selfReference } from './holder-names.js';

/** The answers of the debit; paying by transfer clears them. */
const DEBIT_SLOTS = ['iban', 'kontoinhaber', 'mandat', HOLDER_IS_APPLICANT];

// Matched on folded text (lower case, "ü" as "ue", punctuation as spaces); "uberweisen" typed without umlaut too.
const TRANSFER_WISH = new RegExp(
  [
    String.raw`(?:selbst|selber|lieber|doch|eher) (?:\p{L}+ )?ue?berweis`,
    String.raw`ue?berweise (?:ich )?(?:\p{L}+ )?(?:lieber|selbst|selber|doch)`,
    String.raw`(?:lieber|doch|per|stattdessen|eher|mit|auf) (?:\p{L}+ )?ue?berweisung`,
    String.raw`(?:keine|kein|ohne|nicht per|nicht mit|nicht ueber|nicht) (?:sepa )?lastschrift`,
    String.raw`lastschrift nein`,
    String.raw`(?:nicht|kein) abbuchen`,
    String.raw`zahle (?:\p{L}+ )?(?:selbst|selber)`,
    String.raw`transfer (?:\p{L}+ ){0,3}(?:myself|ourselves)`,
    String.raw`(?:rather|prefer to|instead) (?:\p{L}+ ){0,2}transfer`,
    String.raw`(?:by|via) (?:bank )?transfer`,
    String.raw`(?:no|without|not by|not via) (?:sepa )?direct debit`,
    String.raw`pay (?:it |the tax )?myself`,
  ].map((p) => `(?:^| )${p}`).join('|'),
  'u',
);

/** "lieber selbst überweisen", "keine Lastschrift", "I'd rather transfer it myself". */
export function wantsTransfer(text: string): boolean {
  return TRANSFER_WISH.test(fold(text));
}

const SWITCHED: DialogText = {
  de: 'Gut, dann zahlen Sie nicht per Lastschrift: Sie überweisen die Hundesteuer selbst, wenn der Bescheid da ist. Eine IBAN oder einen Kontoinhaber speichere ich nicht.',
  en: 'All right, no direct debit then: you transfer the dog tax yourself once the notice has arrived. I do not store an IBAN or an account holder.',
  plain: 'Gut. Die Stadt bucht nicht ab. Sie bekommen einen Brief vom Steueramt. Dann überweisen Sie das Geld selbst.',
};

/**
 * At the payment choice and the debit questions, a wish to pay by transfer switches the payment; at the
 * mandate "zurück" does too, as its refusal says (it went back to the account holder, and the next
 * sentence was stored as the holder's name).
 */
function transferInstead(context: StepContext, command: string | null): ReturnType<NonNullable<StepLogic['intercept']>> {
  const text = context.message?.text ?? '';
  const back = context.step.slot === 'mandat' && command === 'back';
  if (!back && !wantsTransfer(text)) return undefined;
  return { slots: { lastschrift: false }, clear: DEBIT_SLOTS, text: SWITCHED };
}

/** The step logic of the IBAN and account-holder questions: only the switch to transfer. */
export const debitQuestion: StepLogic = { before: () => ({}), intercept: transferInstead };

const ALREADY: DialogText = {
  de: 'Sie zahlen schon per Überweisung: Sie überweisen die Hundesteuer selbst, wenn der Bescheid da ist.',
  en: 'You already pay by transfer: you transfer the dog tax yourself once the notice has arrived.',
  plain: 'Sie überweisen schon selbst. Das Geld überweisen Sie, wenn der Brief vom Steueramt da ist.',
};

/** At the summary the same wish switches a direct debit to transfer, or says that it is one already (it was "nicht verstanden"). */
function transferAtSummary(context: StepContext): ReturnType<NonNullable<StepLogic['atSummary']>> {
  if (!wantsTransfer(context.message?.text ?? '')) return undefined;
  return context.slots.lastschrift === true ? { slots: { lastschrift: false }, clear: DEBIT_SLOTS, text: SWITCHED } : { text: ALREADY };
}

/** Adds the switch to transfer to the payment choice's own logic (the tax preview), also at the summary. */
export function withTransferSwitch(logic: StepLogic): StepLogic {
  return { ...logic, intercept: transferInstead, atSummary: transferAtSummary };
}

function third(holder: string, context: StepContext): DialogText {
  const website = String(context.profile.values.website ?? '');
  const phone = String(context.profile.values.phone_central ?? '');
  return {
    de: `Das Konto gehört ${holder}. Ein SEPA-Lastschriftmandat kann nur die Kontoinhaberin oder der Kontoinhaber selbst erteilen, deshalb nehme ich es hier im Chat nicht an. Wie ${holder} das Mandat erteilen kann, erfahren Sie beim Steueramt (${website}, über die Zentrale ${phone}). Sie können die Steuer stattdessen selbst überweisen, wenn der Bescheid da ist; so habe ich es eingetragen. IBAN und Kontoinhaber habe ich nicht gespeichert.`,
    en: `The account belongs to ${holder}. Only the account holder can give a SEPA direct debit mandate, so I cannot take it here in the chat. The tax office tells you how ${holder} can give the mandate (${website}, via the switchboard ${phone}). Instead, you can transfer the tax yourself once the notice has arrived; I have entered it that way. I have not stored the IBAN or the account holder.`,
    plain: `Das Konto gehört ${holder}. Nur ${holder} darf das Abbuchen erlauben. Das geht nicht hier im Chat. Fragen Sie beim Steueramt nach. Rufen Sie die Stadt an: ${phone}. Sie können das Geld auch selbst überweisen. Das habe ich so eingetragen.`,
  };
}

/**
 * Before the mandate: the mandate says "von meinem Konto", so it is asked only when the account holder is
 * the applicant. For someone else's account the payment becomes a transfer, and the citizen is told why and
 * where the holder gives the mandate.
 */
export const sepaMandate: StepLogic = {
  before(context): StepLogicResult {
    const holder = context.slots.kontoinhaber;
    const owner = context.slots.name;
    if (typeof holder !== 'string' || typeof owner !== 'string' || sameHolder(holder, owner)) return {};
    return { text: third(holder, context), slots: { lastschrift: false, iban: null, kontoinhaber: null, mandat: null, [HOLDER_IS_APPLICANT]: null }, skip: true };
  },
  suggestions: () => [{ title: { de: 'Lieber selbst überweisen', en: 'Transfer it myself instead' }, value: 'lieber selbst überweisen' }],
  intercept: transferInstead,
};

// "meine Frau Anna Braun", "das Konto gehört meiner Frau Anna Braun", "my wife, Anna Baker": the holder is
// Anna Braun (the whole sentence was stored).
const RELATION = String.raw`(?:ehe)?(?:frau|mann)|partnerin|partner|freundin|freund|lebensgef(?:ae|ä)hrtin|lebensgef(?:ae|ä)hrte|mutter|vater|tochter|sohn|schwester|bruder|oma|opa|wife|husband|partner|mother|mum|mom|father|dad|daughter|son|sister|brother|girlfriend|boyfriend`;
const POSSESSIVE = String.raw`(?:meine[mnrs]?|unsere[mnrs]?|my|our)`;
const LEAD = new RegExp(
  String.raw`^(?:(?:das\s+)?konto\s+(?:geh(?:ö|oe)rt|l(?:ä|ae)uft\s+auf|ist\s+von)\s+|es\s+geh(?:ö|oe)rt\s+|(?:the\s+)?account\s+(?:is\s+in\s+the\s+name\s+of|belongs\s+to|is)\s+|it\s+belongs\s+to\s+|auf\s+|von\s+|it'?s\s+)?${POSSESSIVE}\s+(?:${RELATION})(?:s)?(?:\s*[,:]\s*|\s+)`,
  'iu',
);
const TRAIL = new RegExp(String.raw`\s*[,(]\s*${POSSESSIVE}\s+(?:${RELATION})\s*\)?\s*$`, 'iu');

const NO_HOLDER: DialogText = {
  de: 'Bitte nennen Sie nur Vor- und Nachnamen der Kontoinhaberin oder des Kontoinhabers, zum Beispiel „Maria Schmidt“. Wenn Sie lieber selbst überweisen, sagen Sie „selbst überweisen“.',
  en: 'Please give only the account holder\'s first name and surname, for example "Maria Schmidt". If you would rather transfer the money yourself, say "transfer myself".',
  plain: 'Bitte schreiben Sie nur den Vornamen und den Nachnamen. Oder schreiben Sie: selbst überweisen.',
};

/**
 * The account holder: a first and last name only, never a sentence; "ich", "auf mich", "mein eigenes" and a joint
 * account with the applicant ("Gemeinschaftskonto mit mir") are the applicant, stored under the owner's name, which
 * follows a later correction of that name (holder-follows-owner.ts).
 */
export const dogAccountHolder: Validator = (value, context) => {
  const given = typeof value === 'string' ? value.trim() : '';
  const owner = context.slots.name;
  const self = selfReference(given);
  if (self && typeof owner === 'string' && owner) return holderChanged(self === 'joint' ? { ok: true, value: owner, note: jointNote(owner) } : { ok: true, value: owner }, context, true);
  const named = given.replace(LEAD, '').replace(TRAIL, '').trim();
  const result = named === given ? accountHolder(value, context) : accountHolder(named, context);
  if (!result.ok || typeof result.value !== 'string') return { ok: false, reason: NO_HOLDER };
  if (result.value !== owner && !isFullName(result.value)) return { ok: false, reason: NO_HOLDER };
  return holderChanged(result, context, false);
};
