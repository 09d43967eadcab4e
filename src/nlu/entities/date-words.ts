/** Month and weekday names (German and English, with the usual abbreviations) as regex alternations. */

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  montag: 1, monday: 1,
  dienstag: 2, tuesday: 2,
  mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4,
  freitag: 5, friday: 5,
  samstag: 6, sonnabend: 6, saturday: 6,
  sonntag: 7, sunday: 7,
  // Spellings by ear (learners, dictation): none of them is another German or English word.
  montak: 1, mohntag: 1,
  dinstag: 2, dienstak: 2, dinstak: 2, diensttag: 2, tusday: 2, tuesdey: 2,
  mitwoch: 3, mittwoh: 3, mitwoh: 3, mittwok: 3, mitwok: 3, wensday: 3, wendsday: 3, wednsday: 3, wednesdey: 3,
  donerstag: 4, donnerstak: 4, donerstak: 4, donnastag: 4, donnerstg: 4, thurday: 4, thursdey: 4, thusday: 4,
  freitak: 5, freittag: 5, fraitag: 5,
  samstak: 6, sammstag: 6, samsdag: 6,
  sontag: 7, sonntak: 7, sontak: 7, sonndag: 7,
};

const alternation = (words: Record<string, number>) => Object.keys(words).sort((a, b) => b.length - a.length).join('|');

export const MONTH_NAME = alternation(MONTHS);
export const WEEKDAY_NAME = alternation(WEEKDAYS);

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** ISO weekday number, Monday 1 … Sunday 7. */
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name.toLowerCase()];
}
