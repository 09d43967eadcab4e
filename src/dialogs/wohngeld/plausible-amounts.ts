/**
 * Amounts too small to be meant (tester-r A1): a gross cold rent of 2 € or an income of 3 € a month went into the
 * estimate and to the Wohngeldstelle without a question. Such an answer is asked back once ("Meinen Sie wirklich
 * 2 € im Monat?"): "ja" keeps it, a new amount replaces it. An income of 0 € stays a plain answer (a household
 * without income), and so does any amount from 10 € (income) or 50 € (rent) on.
 */
import type { Slots, StepContext, ValidatorResult } from '../registry.js';
import type { DialogText } from '../schema.js';
import { formatEuro } from '../text.js';

/** Below this, a monthly gross cold rent is asked back: no flat in Germany rents for less with service charges. */
export const RENT_FLOOR = 50;
/** Below this (and above 0), a monthly income is asked back: "2" or "1,8" is most likely meant in thousands. */
export const INCOME_FLOOR = 10;

type Kind = 'rent' | 'income';

const SLOT: Record<Kind, string> = { rent: 'miete', income: 'einkommen' };

function rentQuestion(amount: number): DialogText {
  const [de, en] = [formatEuro(amount, 'de'), formatEuro(amount, 'en')];
  return {
    de: `Meinen Sie wirklich ${de} im Monat? Für eine Bruttokaltmiete ist das sehr wenig. Antworten Sie mit „ja“ oder nennen Sie den richtigen Betrag, zum Beispiel „550 Euro“.`,
    en: `Do you really mean ${en} a month? That is very little for a rent without heating. Answer "yes" or give the right amount, for example "550 euros".`,
    plain: `Zahlen Sie wirklich nur ${de} Miete im Monat? Dann schreiben Sie „ja“. Sonst schreiben Sie den richtigen Betrag. Zum Beispiel 550 Euro.`,
    plain_en: `Do you really pay only ${en} rent a month? Then write "yes". Otherwise write the right amount. For example 550 euros.`,
  };
}

function incomeQuestion(amount: number): DialogText {
  const [de, en] = [formatEuro(amount, 'de'), formatEuro(amount, 'en')];
  const thousands = Math.round(amount * 1000);
  const [kDe, kEn] = [formatEuro(thousands, 'de'), formatEuro(thousands, 'en')];
  return {
    de: `Meinen Sie wirklich ${de} im Monat, oder ${kDe}? Antworten Sie mit „ja“, wenn ${de} stimmt, oder nennen Sie den richtigen Betrag, zum Beispiel „${thousands} Euro“.`,
    en: `Do you really mean ${en} a month, or ${kEn}? Answer "yes" if ${en} is right, or give the right amount, for example "${thousands} euros".`,
    plain: `Bekommen Sie wirklich nur ${de} im Monat? Oder ${kDe}? Stimmt ${de}? Dann schreiben Sie „ja“. Sonst schreiben Sie den richtigen Betrag.`,
    plain_en: `Do you really get only ${en} a month? Or ${kEn}? Is ${en} right? Then write "yes". Otherwise write the right amount.`,
  };
}

const AMOUNT_AGAIN: Record<Kind, DialogText> = {
  rent: { de: 'Dann nennen Sie bitte die Miete im Monat in Euro.', en: 'Then please give the monthly rent in euros.', plain: 'Dann schreiben Sie bitte die Miete in Euro.' },
  income: { de: 'Dann nennen Sie bitte das Einkommen im Monat in Euro.', en: 'Then please give the monthly income in euros.', plain: 'Dann schreiben Sie bitte das Geld im Monat in Euro.' },
};

/** After a correction of an answer given before, as a note: a "ja" would answer the question asked now, not this. */
function correctionNote(kind: Kind, amount: number): DialogText {
  const [de, en] = [formatEuro(amount, 'de'), formatEuro(amount, 'en')];
  const what = kind === 'rent' ? { de: 'die Miete', en: 'the rent' } : { de: 'das Einkommen', en: 'the income' };
  const example = kind === 'rent' ? '550' : '1800';
  return {
    de: `Hinweis: ${de} im Monat ist sehr wenig. Ist das ein Tippfehler, schreiben Sie zum Beispiel „${what.de} ist doch ${example}“.`,
    en: `Note: ${en} a month is very little. If that is a typo, write for example "${what.en} is ${example}".`,
    plain: `Achtung: ${de} im Monat ist sehr wenig. Stimmt das nicht? Dann schreiben Sie zum Beispiel: ${what.de} ist doch ${example}.`,
  };
}

function joined(a: DialogText | undefined, b: DialogText): DialogText {
  if (!a) return b;
  return { de: `${a.de} ${b.de}`, en: `${a.en} ${b.en}`, plain: `${a.plain ?? a.de} ${b.plain ?? b.de}`, plain_en: `${a.plain_en ?? a.en} ${b.plain_en ?? b.en}` };
}

function implausible(kind: Kind, amount: number): boolean {
  return kind === 'rent' ? amount < RENT_FLOOR : amount > 0 && amount < INCOME_FLOOR;
}

/**
 * The validator's result, or a yes/no question about an amount too small to be meant. The slots the answer
 * brings (`extra`) are kept with the question, so that "ja" keeps them too; the kind of income taken from the
 * answer is not, or a new amount would find the "Woher kommt das Einkommen" question already answered.
 */
export function checkPlausible(kind: Kind, result: ValidatorResult, context: StepContext): ValidatorResult {
  if (!result.ok || typeof result.value !== 'number' || !implausible(kind, result.value)) return result;
  // A correction at a later question ("die Miete ist doch 3"): taken with a note, since the step asked is another.
  if (typeof context.slots[SLOT[kind]] === 'number') return { ...result, note: joined(result.note, correctionNote(kind, result.value)) };
  const extra: Slots = { ...result.extra };
  delete extra.einkommen_art;
  const reason = kind === 'rent' ? rentQuestion(result.value) : incomeQuestion(result.value);
  return { ok: false, reason, extra, ask: { yes: result.value, no: AMOUNT_AGAIN[kind] } };
}
