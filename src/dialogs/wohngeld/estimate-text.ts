/**
 * The reply with the Wohngeld estimate, before the citizen chooses how to go on. First the amount, the figures
 * it was worked out from and that it is only an estimate: what everyone needs, in a few sentences. Then, as a
 * paragraph of its own headed "Rechenweg", a short calculation for those who want to check it (the rent and
 * income counted, the formula's result); the voice channel leaves that paragraph out
 * (src/core/ssml-screen-only.ts). The full list of steps stays in `Estimate.steps` (HTTP route, payload).
 */
import { profileMietenstufe } from '../../content/profile-values.js';
import { SCREEN_ONLY_HEADINGS } from '../../core/ssml-screen-only.js';
import type { Locale } from '../../core/types.js';
import type { StepContext } from '../registry.js';
import type { DialogText } from '../schema.js';
import { formatEuro, formatNumber } from '../text.js';
import type { Estimate } from './estimate.js';

type Both = Record<Locale, string>;

const DECIDES: Both = {
  de: 'Das ist nur eine Schätzung. Ob und wie viel Wohngeld Sie bekommen, entscheidet die Wohngeldstelle.',
  en: 'This is only an estimate. The Wohngeld office decides whether you get Wohngeld and how much.',
};

const value = (estimate: Estimate, id: string): number | undefined => estimate.steps.find((s) => s.id === id)?.value;

/** "3 Personen, 600 € Bruttokaltmiete und 1.800 € Bruttoeinkommen im Monat (Lohn oder Gehalt)". */
function inputs(context: StepContext): Both | null {
  const { personen, miete, einkommen, einkommen_art: art } = context.slots;
  if (typeof personen !== 'number' || typeof miete !== 'number' || typeof einkommen !== 'number') return null;
  const option = context.dialog.steps.find((s) => s.slot === 'einkommen_art')?.options?.find((o) => o.value === art);
  const kind = (locale: Locale) => (option ? ` (${option.label[locale]})` : '');
  return {
    de: `${formatNumber(personen, 'de')} ${personen === 1 ? 'Person' : 'Personen'}, ${formatEuro(miete, 'de')} Bruttokaltmiete und ${formatEuro(einkommen, 'de')} Bruttoeinkommen im Monat${kind('de')}`,
    en: `${formatNumber(personen, 'en')} ${personen === 1 ? 'person' : 'people'}, ${formatEuro(miete, 'en')} rent without heating and ${formatEuro(einkommen, 'en')} gross income a month${kind('en')}`,
  };
}

/** The calculation in three rows: rent counted, income counted, the formula's result. */
function calculation(estimate: Estimate, context: StepContext): Both {
  const stufe = profileMietenstufe(context.profile);
  const unconfirmed = context.profile.confirm.includes('mietenstufe');
  const rent = value(estimate, 'rent') ?? 0;
  const capped = value(estimate, 'rent_cap') ?? rent;
  const raised = value(estimate, 'rent_floor') ?? capped;
  const heating = Math.round((estimate.rentCounted - raised) * 100) / 100;
  const annual = estimate.steps.filter((s) => /^income_\d+_annual$/.test(s.id)).reduce((sum, s) => sum + s.value, 0);
  const monthlyGross = annual / 12;
  const raw = value(estimate, 'formula') ?? 0;
  const eur = (x: number, locale: Locale) => formatEuro(Math.round(x * 100) / 100, locale);
  const rentDe = capped < rent ? `${eur(rent, 'de')}, berücksichtigt bis zum Höchstbetrag ${eur(capped, 'de')}` : eur(rent, 'de');
  const rentEn = capped < rent ? `${eur(rent, 'en')}, counted up to the cap of ${eur(capped, 'en')}` : eur(rent, 'en');
  const floorDe = raised > capped ? `, angehoben auf den Mindestbetrag ${eur(raised, 'de')}` : '';
  const floorEn = raised > capped ? `, raised to the minimum ${eur(raised, 'en')}` : '';
  const grossDe = annual > 0 ? `${eur(monthlyGross, 'de')} brutto, nach den Pauschalen und Abzügen (§§ 14–17 WoGG)` : 'berechnet';
  const grossEn = annual > 0 ? `${eur(monthlyGross, 'en')} gross, after the lump sums and deductions (§§ 14–17 WoGG)` : 'counted';
  const resultDe = estimate.amount > 0 ? `${eur(raw, 'de')}, gerundet ${formatEuro(estimate.amount, 'de')}` : `${eur(Math.max(raw, 0), 'de')}: unter 10 € wird kein Wohngeld gezahlt`;
  const resultEn = estimate.amount > 0 ? `${eur(raw, 'en')}, rounded ${formatEuro(estimate.amount, 'en')}` : `${eur(Math.max(raw, 0), 'en')}: no Wohngeld is paid below €10`;
  return {
    de: [
      `${SCREEN_ONLY_HEADINGS.de}, Mietenstufe ${stufe}${unconfirmed ? ' (noch nicht amtlich bestätigt)' : ''}:`,
      `• Miete: ${rentDe}${floorDe}, plus Heizkostenkomponente ${eur(heating, 'de')} = ${eur(estimate.rentCounted, 'de')}`,
      `• Einkommen: ${grossDe} = ${eur(estimate.incomeCounted, 'de')} im Monat`,
      `• Formel nach § 19 WoGG: ${resultDe}`,
    ].join('\n'),
    en: [
      `${SCREEN_ONLY_HEADINGS.en}, rent level ${stufe}${unconfirmed ? ' (not yet officially confirmed)' : ''}:`,
      `• Rent: ${rentEn}${floorEn}, plus heating component ${eur(heating, 'en')} = ${eur(estimate.rentCounted, 'en')}`,
      `• Income: ${grossEn} = ${eur(estimate.incomeCounted, 'en')} a month`,
      `• Formula of § 19 WoGG: ${resultEn}`,
    ].join('\n'),
  };
}

const sentence = (...parts: string[]) => parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();

/**
 * The estimate reply: amount, inputs and "only an estimate" first, with `also` (what the estimate left out,
 * e.g. the § 17 allowances) in the same paragraph; the short calculation after a blank line.
 */
export function estimateText(estimate: Estimate, context: StepContext, also?: DialogText): DialogText {
  const used = inputs(context);
  const usedDe = used ? `Gerechnet habe ich mit ${used.de}.` : '';
  const usedEn = used ? `I worked with ${used.en}.` : '';
  const notesDe = estimate.notes.map((n) => n.de).join(' ');
  const notesEn = estimate.notes.map((n) => n.en).join(' ');
  const how = calculation(estimate, context);
  const extra = { de: also?.de ?? '', en: also?.en ?? '', plain: also?.plain ?? '', plain_en: also?.plain_en ?? also?.en ?? '' };
  if (estimate.amount === 0) {
    return {
      de: `${sentence('Nach meiner Schätzung bekämen Sie kein Wohngeld (unter 10 € im Monat).', usedDe, notesDe, DECIDES.de, 'Einen Antrag dürfen Sie trotzdem stellen.', extra.de)}\n\n${how.de}`,
      en: `${sentence('By my estimate you would not get Wohngeld (below €10 a month).', usedEn, notesEn, DECIDES.en, 'You may still apply.', extra.en)}\n\n${how.en}`,
      plain: sentence('Ich habe gerechnet. Sie bekommen wohl kein Wohngeld. Das ist nur eine Schätzung. Die Wohngeldstelle entscheidet. Sie dürfen trotzdem einen Antrag stellen.', extra.plain),
      plain_en: sentence('I did the maths. You would probably not get Wohngeld. This is only an estimate. The Wohngeld office decides. You may still apply.', extra.plain_en),
    };
  }
  return {
    de: `${sentence(`Meine Schätzung: etwa ${formatEuro(estimate.amount, 'de')} Wohngeld im Monat.`, usedDe, notesDe, DECIDES.de, extra.de)}\n\n${how.de}`,
    en: `${sentence(`My estimate: about ${formatEuro(estimate.amount, 'en')} Wohngeld a month.`, usedEn, notesEn, DECIDES.en, extra.en)}\n\n${how.en}`,
    plain: sentence(`Ich habe gerechnet. Sie bekommen vielleicht ${formatEuro(estimate.amount, 'de')} Wohngeld im Monat. Das ist nur eine Schätzung. Die Wohngeldstelle entscheidet.`, extra.plain),
    plain_en: sentence(`I did the maths. You might get ${formatEuro(estimate.amount, 'en')} Wohngeld a month. This is only an estimate. The Wohngeld office decides.`, extra.plain_en),
  };
}
