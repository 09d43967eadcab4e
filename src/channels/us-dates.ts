/**
 * "5/1/1990" in a chat set to American English (the channel's tag `en-US`) means 1 May: the NLU reads numeric
 * dates day first, as they are written in Germany, and stored 5 January (re-test 19 2.11). In such a chat a
 * slash date with its year is written day first before the core reads it ("1.5.1990"), so the core's one reading
 * is the citizen's. "30/11/1990" (no 30th month) and dots ("5.1.1990") are left as typed; other chats as well.
 */
const SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/** True for a channel tag whose region writes the month first (the United States). */
function writesMonthFirst(tag: string | undefined | null): boolean {
  return /^en[-_]us$/i.test(tag?.trim() ?? '');
}

/** The text with month-first slash dates written day first, in an en-US chat; otherwise the text as it was. */
export function dayFirstDates(text: string, tag: string | undefined | null): string {
  if (!writesMonthFirst(tag)) return text;
  return text.replace(SLASH_DATE, (whole, month: string, day: string, year: string) => {
    const [m, d] = [Number(month), Number(day)];
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${d}.${m}.${year}` : whole;
  });
}
