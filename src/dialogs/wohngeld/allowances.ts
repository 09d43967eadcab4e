/**
 * The § 17 WoGG allowances the chat asks for (step "freibetrag"): single parent, 1,320 € a year per child under
 * 18, and a severe disability with care need or degree 100, 1,800 € a year (docs/facts.md). A single parent
 * lives only with their children, so every other member of the household counts as a child under 18; the
 * estimate says that it assumed this. The other allowances of § 17 are left to the Wohngeldstelle.
 */
import type { JsonValue } from '../../core/types.js';
import type { Slots, ValidatorResult } from '../registry.js';
import type { DialogText } from '../schema.js';

export const SINGLE_PARENT_PER_CHILD = 1320;
export const SEVERE_DISABILITY = 1800;

export interface Allowances {
  /** Euros per year. */
  total: number;
  /** Children counted for the single-parent allowance (0 when not claimed). */
  children: number;
  disability: boolean;
}

/** The allowances from the answers; null when the question was not answered (older runs, the HTTP route). */
export function allowancesFrom(slots: Readonly<Slots>): Allowances | null {
  const answer = slots.freibetrag;
  if (typeof answer !== 'string') return null;
  const single = answer === 'alleinerziehend' || answer === 'beides';
  const disability = answer === 'schwerbehindert' || answer === 'beides';
  const children = single && typeof slots.personen === 'number' ? Math.max(0, slots.personen - 1) : 0;
  return { total: children * SINGLE_PARENT_PER_CHILD + (disability ? SEVERE_DISABILITY : 0), children, disability };
}

/** Said with the estimate when the question was not asked: it would be higher with them. */
export const NOT_ASKED: DialogText = {
  de: 'Freibeträge, zum Beispiel für Alleinerziehende oder bei einer Schwerbehinderung (§ 17 WoGG), habe ich nicht abgezogen; mit ihnen kann das Wohngeld höher sein.',
  en: 'Allowances, for example for single parents or for a severe disability (§ 17 WoGG), are not deducted here; with them, Wohngeld can be higher.',
  plain: 'Sind Sie alleinerziehend oder schwerbehindert? Dann bekommen Sie vielleicht mehr.',
  plain_en: 'Are you a single parent or severely disabled? Then you might get more.',
};

/** Said with the estimate once the question was answered: what was assumed, and that others exist. */
export function allowancesNote(allowances: Allowances): DialogText {
  const n = allowances.children;
  const assumed: DialogText =
    n > 0
      ? {
          de: `Für den Freibetrag für Alleinerziehende habe ich ${n === 1 ? 'die weitere Person in Ihrem Haushalt als Ihr Kind' : `die ${n} weiteren Personen in Ihrem Haushalt als Ihre Kinder`} unter 18 gezählt.`,
          en: `For the single-parent allowance I counted ${n === 1 ? 'the other person in your household as your child' : `the ${n} other people in your household as your children`} under 18.`,
          plain: `Ich habe ${n === 1 ? '1 Kind' : `${n} Kinder`} unter 18 gezählt.`,
          plain_en: `I counted ${n === 1 ? '1 child' : `${n} children`} under 18.`,
        }
      : { de: '', en: '', plain: '', plain_en: '' };
  return {
    de: `${assumed.de} Weitere Freibeträge (§ 17 WoGG), zum Beispiel für das eigene Einkommen eines Kindes, prüft die Wohngeldstelle.`.trim(),
    en: `${assumed.en} The Wohngeld office checks further allowances (§ 17 WoGG), for example for a child's own earnings.`.trim(),
    plain: `${assumed.plain ?? ''} Die Wohngeldstelle prüft, ob es noch mehr Freibeträge gibt.`.trim(),
    plain_en: `${assumed.plain_en ?? ''} The Wohngeld office checks if there are more allowances.`.trim(),
  };
}

/** For the Wohngeldstelle (German): what the chat deducted and why. */
export function allowancesForOffice(allowances: Allowances): string | null {
  const parts = [
    ...(allowances.children > 0 ? [`alleinerziehend, Freibetrag § 17 Nr. 3 WoGG für ${allowances.children} ${allowances.children === 1 ? 'Kind' : 'Kinder'} angenommen (alle weiteren Haushaltsmitglieder)`] : []),
    ...(allowances.disability ? ['Schwerbehinderung mit Pflegebedarf oder GdB 100, Freibetrag § 17 Nr. 1 WoGG für 1 Person angenommen'] : []),
  ];
  return parts.length > 0 ? `Im Chat angegeben: ${parts.join('; ')}. Bitte prüfen.` : null;
}

const NO_CHILDREN: DialogText = {
  de: 'Sie haben einen Haushalt mit 1 Person genannt; alleinerziehend heißt, dass Ihre Kinder bei Ihnen wohnen. Stimmt die Zahl der Personen nicht, schreiben Sie zum Beispiel „wir sind 3“. Sonst wählen Sie bitte eine andere Antwort.',
  en: 'You gave a household of 1 person; single parent means your children live with you. If the number of people is wrong, write for example "we are 3". Otherwise please choose another answer.',
  plain: 'Sie wohnen allein. Alleinerziehend heißt: Ihre Kinder wohnen bei Ihnen. Wohnen Kinder bei Ihnen? Dann schreiben Sie: wir sind 3. Sonst wählen Sie etwas anderes.',
};

const DISABILITY_CONDITION: DialogText = {
  de: 'Dieser Freibetrag gilt nur bei einem Grad der Behinderung (GdB) von 100, oder bei einem GdB ab 50, wenn die Person pflegebedürftig ist und zu Hause gepflegt wird. Trifft das zu, wählen Sie „Schwerbehinderung mit Pflegebedarf oder GdB 100“. Sonst wählen Sie eine andere Antwort, zum Beispiel „Nichts davon“.',
  en: 'This allowance applies only with a degree of disability (GdB) of 100, or of 50 or more when the person needs care and is cared for at home. If that is so, choose "Severe disability with care need or degree 100". Otherwise choose another answer, for example "None of these".',
  plain: 'Das zählt nur so: Grad der Behinderung 100. Oder Grad der Behinderung ab 50 und Pflege zu Hause. Passt das? Dann wählen Sie „Schwerbehindert: GdB 100 oder Pflege zu Hause“. Sonst wählen Sie „Nein“.',
  plain_en: 'This only counts like this: degree of disability 100. Or degree 50 or more and care at home. Is that so? Then choose it. Otherwise choose "No".',
};

const DEGREE = /\b(?:gdb|grad\s+der\s+behinderung|behinderungsgrad|degree(?:\s+of\s+disability)?)\D{0,15}?(\d{1,3})|\b(\d{1,3})\s*(?:%|prozent|percent)/i;
const CARE = /pflege|care\b|caring|nursing/i;
const NO_CARE = /\b(?:keine?n?|ohne|nicht)\b[^.,;]{0,20}pflege|pflege[^.,;]{0,20}\b(?:nicht|keine?)\b|\b(?:no|without|not)\b[^.,;]{0,20}car(?:e|ed|ing)/i;
const DISABILITY = /behinder|disab|gdb|grad der|degree/i;

/**
 * "Schwerbehinderung" alone, or "GdB 50" without care at home, is not the § 17 Nr. 1 allowance (GdB 100, or
 * 50 and more with care need and care at home; tester-l A1: "GdB 50" was counted as 1,800 € a year). A button
 * press or an answer that names the condition is taken.
 */
function meetsDisabilityCondition(value: JsonValue, text: string | undefined): boolean {
  if (text === undefined || text.trim().toLowerCase() === String(value)) return true;
  const match = DEGREE.exec(text);
  const degree = match ? Number(match[1] ?? match[2]) : null;
  if (degree !== null && degree >= 100) return true;
  const care = CARE.test(text) && !NO_CARE.test(text);
  if (/gdb\s*100|pflegebedarf\s+oder\s+gdb|care need or degree/i.test(text)) return true;
  return care && (degree === null ? DISABILITY.test(text) : degree >= 50);
}

/** Single parent in a household of one cannot be: the household size or the answer is wrong. */
export function checkAllowance(value: JsonValue, slots: Readonly<Slots>, text?: string): ValidatorResult {
  const single = value === 'alleinerziehend' || value === 'beides';
  if (single && slots.personen === 1) return { ok: false, reason: NO_CHILDREN };
  const disability = value === 'schwerbehindert' || value === 'beides';
  if (disability && !meetsDisabilityCondition(value, text)) return { ok: false, reason: DISABILITY_CONDITION };
  return { ok: true, value };
}
