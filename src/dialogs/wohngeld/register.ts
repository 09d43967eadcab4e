/**
 * Code of the Wohngeld dialog (dialogs/wohngeld.yaml): the rules that cannot be declared, the estimate
 * shown before the citizen chooses how to go on, and the application payload for the Wohngeldstelle.
 */
import type { ProfileDefinition } from '../../content/schema.js';
import type { Entity, JsonObject } from '../../core/types.js';
import type { DialogRegistry, Slots, Validator, ValidatorResult } from '../registry.js';
import type { DialogText } from '../schema.js';
import { registerSharedValidators, sameTown } from '../applications/shared/validators.js';
import { formatEuro } from '../text.js';
import { profileMietenstufe } from '../../content/profile-values.js';
import { allowancesForOffice, allowancesFrom, allowancesNote, checkAllowance, NOT_ASKED } from './allowances.js';
import { estimateWohngeld, type Estimate, type IncomeKind } from './estimate.js';
import { estimateText } from './estimate-text.js';
import { EXCLUSION_FOR_OFFICE, EXCLUSION_TEXT, exclusionIn, type Exclusion } from './exclusions.js';
import { incomeFromParts, type IncomePart } from './income-parts.js';
import { rentFromParts } from './rent-parts.js';
import { checkPlausible } from './plausible-amounts.js';
import { applicantBirthDate, householdMembers } from './birth-dates.js';

// The rule is the profile schema's, checked at load time (content:check, start-up); re-exported for the HTTP route.
export { profileMietenstufe };

const INCOME_KIND: Record<string, IncomeKind> = { arbeit: 'employment', rente: 'pension', sonstiges: 'other' };

/** The parts an income was added up from ("1400 Lohn und 800 Rente"), as stored beside it, or null. */
function incomeParts(slots: Readonly<Slots>): IncomePart[] | null {
  const parts = slots.einkommen_teile;
  if (!Array.isArray(parts)) return null;
  return parts.flatMap((p) =>
    typeof p === 'object' && p !== null && !Array.isArray(p) && typeof p.monthly === 'number' ? [{ monthly: p.monthly, kind: typeof p.kind === 'string' ? (p.kind as IncomePart['kind']) : null }] : [],
  );
}

const LOW_INCOME: DialogText = {
  de: 'Ihr Einkommen liegt unter dem Mindestbetrag, mit dem das Wohngeldgesetz rechnet. Die Wohngeldstelle fragt dann, wovon Ihr Haushalt lebt; vielleicht ist Bürgergeld oder Grundsicherung die richtige Leistung. Dazu beraten das Jobcenter und das Sozialamt.',
  en: 'Your income is below the minimum the Wohngeld law works with. The Wohngeld office will then ask what your household lives on; Bürgergeld (citizen’s income) or basic income support may be the right benefit. The job centre and the social welfare office advise on this.',
  plain: 'Sie haben sehr wenig Einkommen. Dann fragt die Wohngeldstelle, wovon Sie leben. Vielleicht passt Bürgergeld besser. Fragen Sie das Jobcenter.',
  plain_en: 'You have very little income. Then the Wohngeld office asks what you live on. Maybe Bürgergeld fits better. Ask the job centre.',
};

function both(a: DialogText, b: DialogText): DialogText {
  return { de: `${a.de} ${b.de}`, en: `${a.en} ${b.en}`, plain: `${a.plain} ${b.plain}`, plain_en: `${a.plain_en ?? a.en} ${b.plain_en ?? b.en}` };
}

export function estimateFromSlots(slots: Readonly<Slots>, profile: ProfileDefinition): Estimate | null {
  const { personen, miete, einkommen, einkommen_art: art } = slots;
  if (typeof personen !== 'number' || typeof miete !== 'number' || typeof einkommen !== 'number') return null;
  // A benefit that excludes Wohngeld as a rule (exclusions.ts): no amount, which would promise what the law does not.
  if (typeof slots.ausschluss === 'string') return null;
  const main = INCOME_KIND[String(art)] ?? 'employment';
  // Each part with its own deductions (§ 16 WoGG): a pension taxed like wages counted 60 € too little.
  const parts = incomeParts(slots);
  return estimateWohngeld({
    members: personen,
    rent: miete,
    mietenstufe: profileMietenstufe(profile),
    incomes: parts && parts.length > 1 ? parts.map((p) => ({ gross: p.monthly, kind: p.kind ?? main })) : [{ gross: einkommen, kind: main }],
    allowances: allowancesFrom(slots)?.total ?? 0,
  });
}

const WARM_NOTE: DialogText = {
  de: 'Hinweis: Sie haben die Warmmiete genannt. Für Wohngeld zählt die Miete ohne Heizkosten (Bruttokaltmiete). Wenn Heizkosten enthalten sind, nennen Sie bitte die Miete ohne Heizung, z. B. „die Miete ist doch 550“.',
  en: 'Note: you gave the rent including heating. Wohngeld counts the rent without heating costs. If heating is included, please give the rent without it, e.g. "the rent is 550".',
  plain: 'Achtung: Für Wohngeld zählt die Miete ohne Heizung. Ist die Heizung in dem Betrag? Dann nennen Sie bitte die Miete ohne Heizung.',
};

const COLD_NOTE: DialogText = {
  de: 'Hinweis: Sie haben die Kaltmiete genannt. Für Wohngeld zählen die Nebenkosten ohne Heizung dazu (Bruttokaltmiete). Wenn sie nicht enthalten sind, nennen Sie bitte beides, z. B. „600 kalt plus 150 Nebenkosten“.',
  en: 'Note: you gave the basic rent. For Wohngeld, the service charges without heating count too. If they are not included, please give both, e.g. "600 basic rent plus 150 service charges".',
  plain: 'Achtung: Für Wohngeld zählen die Nebenkosten mit. Die Heizung zählt nicht mit. Sind die Nebenkosten nicht dabei? Dann schreiben Sie zum Beispiel: 600 kalt plus 150 Nebenkosten.',
};

const NET_REASON: DialogText = {
  de: 'Bitte nennen Sie das Bruttoeinkommen (vor Steuern und Sozialabgaben), nicht das Nettoeinkommen. Es steht oben auf der Lohnabrechnung.',
  en: 'Please give the gross income (before tax and social insurance), not the net income. It is at the top of the payslip.',
  plain: 'Ich brauche das Einkommen vor den Abzügen. Das heißt brutto. Es steht oben auf der Lohnabrechnung.',
};

/** The qualifier of a money entity ("850 warm", "netto 1400"), if any. */
function qualifierOf(entity: Entity | undefined): string | undefined {
  const v = entity?.type === 'money' ? entity.value : undefined;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.qualifier === 'string' ? v.qualifier : undefined;
}

/** The chat's notes on the figures, for the Wohngeldstelle (German, whatever the citizen's language). */
function officeNotes(s: Readonly<Slots>): string[] {
  const allowances = allowancesFrom(s);
  const notes = [s.geburtsdatum_hinweis, s.miete_hinweis, s.einkommen_hinweis, allowances ? allowancesForOffice(allowances) : null].filter((n): n is string => typeof n === 'string' && n !== '');
  const exclusion = s.ausschluss;
  if (exclusion === 'transfer' || exclusion === 'bafoeg') notes.push(EXCLUSION_FOR_OFFICE[exclusion]);
  return notes;
}

/** A validator that answers at once: its result is checked for plausibility after it. */
type ReadAmount = (...args: Parameters<Validator>) => ValidatorResult;

/** The rent as read from the answer: in parts, warm or cold (with a note), or as given. */
const rentResult: ReadAmount = (value, context) => {
  const parts = context.message ? rentFromParts(context.message.text, context.message.entities) : null;
  // What the citizen was told about the figure goes to the office too (in German): the rent's label alone
  // ("Bruttokaltmiete") would hide that it was given with heating.
  if (parts) return 'reason' in parts ? { ok: false, reason: parts.reason } : { ok: true, value: parts.value, note: parts.note, extra: { miete_hinweis: parts.note?.de ?? null } };
  const qualifier = qualifierOf(context.entity);
  if (qualifier === 'warm') return { ok: true, value, note: WARM_NOTE, extra: { miete_hinweis: 'Im Chat als Warmmiete genannt: Heizkosten sind vielleicht enthalten.' } };
  if (qualifier === 'kalt') return { ok: true, value, note: COLD_NOTE, extra: { miete_hinweis: 'Im Chat als Kaltmiete genannt: Nebenkosten sind vielleicht nicht enthalten.' } };
  return { ok: true, value, extra: { miete_hinweis: null } };
};

/** The income as read from the answer: net refused, parts added up, an excluding benefit noted. */
const incomeResult: ReadAmount = (value, context) => {
  const reading = context.message ? incomeFromParts(context.message.text, context.message.entities) : null;
  if ((reading && 'netto' in reading) || qualifierOf(context.entity) === 'netto') return { ok: false, reason: NET_REASON };
  const exclusion: Exclusion | null = context.message ? exclusionIn(context.message.text) : null;
  const extra: Slots = {
    einkommen_teile: reading?.parts ? reading.parts.map((p) => ({ monthly: p.monthly, kind: p.kind })) : null,
    einkommen_hinweis: reading?.note?.de ?? null,
    ausschluss: exclusion,
  };
  // Parts that all name their kind answer "Woher kommt das Einkommen hauptsächlich?" already: the largest one.
  const kinds = reading?.parts?.map((p) => p.kind);
  if (reading?.parts && kinds?.every((k) => k !== null)) {
    const largest = [...reading.parts].sort((a, b) => b.monthly - a.monthly)[0];
    const option = Object.entries(INCOME_KIND).find(([, kind]) => kind === largest?.kind)?.[0];
    if (option) extra.einkommen_art = option;
  }
  if (reading) return { ok: true, value: reading.value, ...(reading.note ? { note: reading.note } : {}), extra };
  return { ok: true, value, extra };
};

export function registerWohngeld(registry: DialogRegistry): void {
  // The applicant's name step uses the shared `person_name`.
  registerSharedValidators(registry);
  // A rent or an income of a few euros is asked back (plausible-amounts.ts), after the figure is read.
  registry.validators.set('bruttokaltmiete', (value, context) => checkPlausible('rent', rentResult(value, context), context));
  registry.validators.set('bruttoeinkommen', (value, context) => checkPlausible('income', incomeResult(value, context), context));

  // "ich habe zwei Kinder": the number counts the children, not everyone who lives in the household.
  registry.validators.set('haushalt_personen', (value, context) => {
    const entity = context.entity;
    const after = entity && context.message ? context.message.text.slice(entity.end, entity.end + 12) : '';
    if (entity?.type === 'number' && /^\s*(?:kind|kinder|kindern|kids?|children|child|söhne|töchter|enkel)/iu.test(after)) {
      return {
        ok: false,
        reason: {
          de: 'Wie viele Personen sind das insgesamt, Sie selbst mitgezählt? Zum Beispiel „wir sind 4“.',
          en: 'How many people is that in all, including yourself? For example "we are 4".',
          plain: 'Wie viele Menschen sind das zusammen? Zählen Sie sich mit. Zum Beispiel: wir sind 4.',
        },
      };
    }
    return { ok: true, value };
  });

  registry.validators.set('freibetrag', (value, context) => checkAllowance(value, context.slots, context.message?.text));

  // Below 15 asked back (§ 36 SGB I), a household member born in the future refused (tester-o C2).
  registry.validators.set('geburtsdatum', applicantBirthDate);
  registry.validators.set('haushalt_mitglieder', householdMembers);

  // The city handles Wohngeld only for its own residents (docs/facts.md); others apply to the Kreis.
  registry.validators.set('wohnsitz_in_der_stadt', (value, context) => {
    const postcodes = String(context.profile.values.postcodes ?? '').split(/[,\s]+/).filter(Boolean);
    const address = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
    const postcode = address && typeof address.postcode === 'string' ? address.postcode : null;
    const city = String(context.profile.values.city_name ?? context.profile.name);
    const town = address && typeof address.city === 'string' ? address.city : '';
    // "Hauptstraße 5 in Nörvenich": another town named without a postcode could be a part of the city or
    // not; the postcode decides.
    if (!postcode && town && !sameTown(town, city)) {
      return {
        ok: false,
        reason: {
          de: `Bitte nennen Sie Ihre Anschrift mit Postleitzahl, zum Beispiel „Hauptstraße 5, ${postcodes[0] ?? ''} ${city}“.`,
          en: `Please give your address with the postcode, for example "Hauptstraße 5, ${postcodes[0] ?? ''} ${city}".`,
          plain: `Bitte schreiben Sie die Adresse mit Postleitzahl. Zum Beispiel: Hauptstraße 5, ${postcodes[0] ?? ''} ${city}.`,
        },
      };
    }
    if (postcode && postcodes.length > 0 && !postcodes.includes(postcode)) {
      const kreis = String(context.profile.values.district ?? '');
      // "im Kreis Düren", "in der Städteregion Aachen": the profile holds the phrase with its article.
      const inKreis = String(context.profile.values.kreis_im ?? `im ${kreis}`);
      return {
        ok: false,
        reason: {
          de: `Die Wohngeldstelle der Stadt ${city} ist nur für Einwohner der Stadt zuständig (Postleitzahlen ${postcodes.join(', ')}).${kreis ? ` Wohnen Sie woanders ${inKreis}, ist die Kreisverwaltung zuständig.` : ''} Bitte nennen Sie Ihre Anschrift in ${city}.`,
          en: `The Wohngeld office of ${city} only handles residents of the city (postcodes ${postcodes.join(', ')}).${kreis ? ` If you live elsewhere in ${kreis}, apply to the district administration.` : ''} Please give your address in ${city}.`,
          // The plain text named no other office: the citizen outside the city was asked again for an address they do not have.
          plain: `Die Stadt ${city} ist nur für Menschen in ${city} zuständig.${kreis ? ` Wohnen Sie woanders ${inKreis}? Dann fragen Sie die Kreisverwaltung. Schreiben Sie hier „abbrechen“.` : ''} Wohnen Sie in ${city}? Dann schreiben Sie Ihre Adresse.`,
        },
      };
    }
    return { ok: true, value };
  });

  registry.stepLogic.set('wohngeld_freibetrag', {
    before: (context) => (typeof context.slots.ausschluss === 'string' ? { skip: true } : {}),
  });

  registry.stepLogic.set('wohngeld_schaetzung', {
    before(context) {
      const exclusion = context.slots.ausschluss;
      if (exclusion === 'transfer' || exclusion === 'bafoeg') return { text: EXCLUSION_TEXT[exclusion], slots: { schaetzung: null } };
      const estimate = estimateFromSlots(context.slots, context.profile);
      if (!estimate) return {};
      const allowances = allowancesFrom(context.slots);
      const said = allowances ? allowancesNote(allowances) : NOT_ASKED;
      return {
        // With an income below the floor the law counts (or none), Wohngeld rarely is all the household needs.
        text: estimateText(estimate, context, estimate.steps.some((step) => step.id === 'income_floor') ? both(said, LOW_INCOME) : said),
        slots: { schaetzung: estimate.amount },
      };
    },
  });

  registry.completions.set('wohngeld_antrag', (context) => {
    const s = context.slots;
    const estimate = estimateFromSlots(s, context.profile);
    const payload: JsonObject = {
      antragsteller: { name: s.name ?? null, geburtsdatum: s.geburtsdatum ?? null, anschrift: s.anschrift ?? null, telefon: s.telefon ?? null, email: s.email ?? null },
      haushalt: { personen: s.personen ?? null, weitere_mitglieder: s.mitglieder ?? null },
      miete_bruttokalt: s.miete ?? null,
      einkommen: { brutto_monatlich: s.einkommen ?? null, art: s.einkommen_art ?? null, teile: s.einkommen_teile ?? null, freibetrag: s.freibetrag ?? null },
      // What the chat noticed about the figures (warm rent, incomes added up, an excluding benefit), in German.
      hinweise: officeNotes(s),
      schaetzung: estimate ? { betrag: estimate.amount, miete_berücksichtigt: estimate.rentCounted, einkommen_berücksichtigt: estimate.incomeCounted, mietenstufe: profileMietenstufe(context.profile) } : null,
      einwilligung: s.einwilligung === true,
    };
    return {
      payload,
      summaryRows: [
        ...(estimate ? [{ label: { de: 'Geschätztes Wohngeld (keine Zusage)', en: 'Estimated Wohngeld (no promise)' }, value: formatEuro(estimate.amount, context.locale) }] : []),
        // In German for the office, also on an English citizen's printout (labelled as such).
        ...officeNotes(s).map((note) => ({ label: { de: 'Hinweis aus dem Chat', en: 'Note for the Wohngeld office (in German)' }, value: note })),
      ],
      documents: [
        { de: 'Personalausweis oder Reisepass', en: 'ID card or passport' },
        { de: 'Mietvertrag und Nachweis der aktuellen Miete (z. B. letzte Mieterhöhung oder Mietbescheinigung)', en: 'Tenancy agreement and proof of the current rent (e.g. last rent increase or a landlord certificate)' },
        { de: 'Einkommensnachweise aller Personen im Haushalt (z. B. Lohnabrechnungen, Rentenbescheid)', en: 'Proof of income of everyone in the household (e.g. payslips, pension notice)' },
        { de: 'Ihre Bankverbindung (IBAN)', en: 'Your bank details (IBAN)' },
      ],
      // § 25 Abs. 2 WoGG: Wohngeld starts with the month the application is made. Whether this submission is
      // that application is the city's decision (intents/wohngeld.yaml lists it under `confirm`), so the text
      // says who tells the citizen, and how not to lose a month.
      message: {
        de: 'Die Wohngeldstelle bereitet Ihren Antrag mit diesen Angaben vor und meldet sich bei Ihnen. Wohngeld gibt es frühestens ab dem Monat, in dem Ihr Antrag bei der Wohngeldstelle eingeht. Ob diese Übermittlung schon als Antrag zählt, sagt Ihnen die Wohngeldstelle. Wenn Sie unsicher sind, fragen Sie noch in diesem Monat nach. Welche Nachweise sie braucht und wie Sie sie abgeben, sagt sie Ihnen auch. Für einen Besuch machen Sie bitte vorher einen Termin.',
        en: 'The Wohngeld office prepares your application with these details and will contact you. Wohngeld is paid at the earliest from the month in which your application reaches the Wohngeld office. The Wohngeld office tells you whether this submission already counts as your application. If you are unsure, ask them within this month. It will also tell you which proofs it needs and how to hand them in. Please make an appointment before you visit.',
        plain: 'Die Wohngeldstelle meldet sich bei Ihnen. Wohngeld gibt es erst ab dem Monat, in dem der Antrag dort ist. Ob das hier schon als Antrag zählt, sagt Ihnen die Wohngeldstelle. Sind Sie unsicher? Dann fragen Sie noch in diesem Monat nach. Die Wohngeldstelle sagt Ihnen auch, welche Papiere sie braucht. Gehen Sie nur mit Termin hin.',
        plain_en: 'The Wohngeld office will contact you. Wohngeld is paid only from the month in which your application arrives there. The Wohngeld office tells you if this already counts as your application. Not sure? Then ask them within this month. They also tell you which papers they need. Only visit with an appointment.',
      },
    };
  });
}
