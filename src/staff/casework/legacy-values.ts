/**
 * Submissions stored before the raw values were kept (and the extra rows completion handlers still write, such as
 * the Wohngeld estimate) hold only the text the citizen saw. An English one reads "€3,420", "14/02/1988", "yes":
 * to a German clerk "3,420" is three euros. These are the exact shapes the dialog engine writes in English
 * (src/dialogs/text.ts, slot-values.ts), so they are turned back into German clerk format; anything else stays as
 * it was written.
 */
import type { StepDefinition } from '../../dialogs/schema.js';
import { formatDate, formatEuro, formatNumber } from '../../dialogs/text.js';

const EN_EURO = /^€(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?$/;
const EN_NUMBER = /^(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?$/;
const EN_DATE = /\b(\d{2})\/(\d{2})\/(\d{4})\b/g;

function number(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** The German clerk format of a value the engine rendered in English; `step` is its dialog step, when known. */
export function germanFromEnglish(value: string, step?: StepDefinition): string {
  if (value === 'not given') return 'keine Angabe';
  const type = step?.type;
  const euro = EN_EURO.exec(value);
  if (euro && (type === undefined || type === 'money')) return formatEuro(number(euro[1] ?? '0', euro[2]), 'de');
  const plain = EN_NUMBER.exec(value);
  if (plain && (type === 'integer' || type === 'number')) return formatNumber(number(plain[1] ?? '0', plain[2]), 'de');
  if (type === 'yes_no' || type === undefined) {
    if (value === 'yes') return 'ja';
    if (value === 'no') return 'nein';
  }
  if (type === 'enum') {
    const option = step?.options?.find((o) => o.label.en === value);
    if (option) return option.label.de;
  }
  // A date ("14/02/1988") or a period ("01/12/2026 – 05/12/2026"), alone: in free text a slash date is the citizen's own.
  if ((type === undefined || type === 'date' || type === 'text') && /^\d{2}\/\d{2}\/\d{4}(?: – \d{2}\/\d{2}\/\d{4})?$/.test(value)) {
    return value.replace(EN_DATE, (_, d: string, m: string, y: string) => formatDate(`${y}-${m}-${d}`, 'de'));
  }
  return value;
}
