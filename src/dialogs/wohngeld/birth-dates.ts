/**
 * Birth dates in the Wohngeld application (tester-o C2): the applicant's own, and those in the list of the other
 * household members. A six-year-old applicant is almost always the child's date typed at the wrong question, and
 * went to the Wohngeldstelle unchecked; a member born in 2030 as well.
 */
import { civilToday, formatIsoDate } from '../../nlu/entities/calendar.js';
import { findExplicitDates, fullYear } from '../../nlu/entities/dates.js';
import { findNamedDays } from '../../nlu/entities/named-days.js';
import { missingDate } from '../applications/shared/missing-date.js';
import type { Validator } from '../registry.js';
import type { DialogText } from '../schema.js';
import { formatDate } from '../text.js';

/** § 36 SGB I: from 15, a person may apply for social benefits (Wohngeld is one, § 68 SGB I) on their own. */
const APPLICANT_MIN_AGE = 15;
const OLDEST = 120;

const CANNOT_BE: DialogText = {
  de: 'Dieses Geburtsdatum kann nicht stimmen. Bitte schreiben Sie es so: 12.03.1980.',
  en: 'This date of birth cannot be right. Please write it like this: 12.03.1980.',
  plain: 'Das Datum stimmt nicht. Bitte schreiben Sie es so: 12.03.1980.',
};

const IN_FUTURE: DialogText = {
  de: 'Dieses Geburtsdatum liegt in der Zukunft. Bitte prüfen Sie es, zum Beispiel „12.03.1980“.',
  en: 'This date of birth is in the future. Please check it, for example "12.03.1980".',
  plain: 'Dieses Datum ist noch nicht da. Bitte prüfen Sie Ihr Geburtsdatum.',
};

/**
 * "Heiligabend 1980", "Ostern 1975": a named day with its year. The NLU reads the named day as the coming one
 * and leaves the year aside, so the date of birth became this year's 24 December and was refused.
 */
export function namedDayOfYear(text: string): string | null {
  for (const found of findNamedDays(text, { year: 2000, month: 1, day: 1 })) {
    const year = /^\s*(\d{4})(?!\d)/.exec(text.slice(found.end))?.[1];
    if (!year) continue;
    const inYear = findNamedDays(text, { year: Number(year), month: 1, day: 1 }).find((d) => d.start === found.start);
    if (inYear) return formatIsoDate(inYear.date);
  }
  return null;
}

/** Full years between two ISO dates. */
export function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

function youngText(age: number): DialogText {
  const de = age < 1 ? 'noch kein Jahr' : `${age} ${age === 1 ? 'Jahr' : 'Jahre'}`;
  const en = age < 1 ? 'less than a year' : `${age} ${age === 1 ? 'year' : 'years'}`;
  return {
    de: `Dann wären Sie ${de} alt. Ist das Ihr eigenes Geburtsdatum? Einen Antrag auf Sozialleistungen wie Wohngeld kann man ab ${APPLICANT_MIN_AGE} Jahren selbst stellen (§ 36 SGB I). Antworten Sie mit „ja“ oder nennen Sie Ihr Geburtsdatum.`,
    en: `That would make you ${en} old. Is this your own date of birth? A person can apply for social benefits such as Wohngeld on their own from the age of ${APPLICANT_MIN_AGE} (§ 36 SGB I). Answer "yes" or give your date of birth.`,
    plain: `Dann sind Sie ${de} alt. Ist das wirklich Ihr Geburtsdatum? Den Antrag stellt man selbst erst ab ${APPLICANT_MIN_AGE} Jahren. Schreiben Sie „ja“ oder Ihr Geburtsdatum.`,
  };
}

const OWN_DATE: DialogText = {
  de: 'Bitte nennen Sie Ihr eigenes Geburtsdatum, zum Beispiel „12.03.1980“.',
  en: 'Please give your own date of birth, for example "12.03.1980".',
  plain: 'Bitte schreiben Sie Ihr eigenes Geburtsdatum. Zum Beispiel: 12.03.1980.',
};

/** For the Wohngeldstelle (in German): the applicant confirmed a date of birth below 15. */
function youngNote(age: number): string {
  return `Geburtsdatum im Chat bestätigt: Antragsteller/in ist ${age < 1 ? 'noch kein Jahr' : `${age} ${age === 1 ? 'Jahr' : 'Jahre'}`} alt (unter ${APPLICANT_MIN_AGE}, § 36 SGB I).`;
}

/** The applicant's date of birth: in the past, at most 120 years ago, and asked back below 15. */
export const applicantBirthDate: Validator = (given, context) => {
  const today = formatIsoDate(civilToday(context.now, 'Europe/Berlin'));
  const oldest = `${Number(today.slice(0, 4)) - OLDEST}${today.slice(4)}`;
  const value = namedDayOfYear(context.message?.text ?? '') ?? given;
  if (typeof value === 'string' && value > today) return { ok: false, reason: IN_FUTURE };
  if (typeof value !== 'string' || value === today || value < oldest) return { ok: false, reason: CANNOT_BE };
  const age = ageOn(value, today);
  // A yes keeps the date, and the office is told that it was confirmed (it would look like a typo).
  if (age < APPLICANT_MIN_AGE) return { ok: false, reason: youngText(age), ask: { yes: value, no: OWN_DATE, extra: { geburtsdatum_hinweis: youngNote(age) } } };
  return { ok: true, value, extra: { geburtsdatum_hinweis: null } };
};

/** The other household members as written; a birth date that does not exist or lies ahead is refused. */
export const householdMembers: Validator = (value, context) => {
  const text = typeof value === 'string' ? value : '';
  const missing = missingDate(text, context.now);
  if (missing) return { ok: false, reason: missing };
  const today = civilToday(context.now, 'Europe/Berlin');
  const todayIso = formatIsoDate(today);
  for (const d of findExplicitDates(text)) {
    if (d.year === null) continue;
    const born = formatIsoDate({ year: fullYear(d.year, today), month: d.month, day: d.day });
    if (born <= todayIso) continue;
    const given = formatDate(born, 'de');
    return {
      ok: false,
      reason: {
        de: `Das Geburtsdatum ${given} liegt in der Zukunft. Bitte prüfen Sie es und schreiben Sie die Liste noch einmal.`,
        en: `The date of birth ${formatDate(born, 'en')} is in the future. Please check it and write the list again.`,
        plain: `Das Geburtsdatum ${given} ist noch nicht da. Bitte prüfen Sie es. Schreiben Sie alles noch einmal.`,
      },
    };
  }
  return { ok: true, value };
};
