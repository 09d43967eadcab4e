/** German licence plates: "DN-AB 123", "DN AB 123", "K-XY 1234E" (rule in types.ts). */
import { candidate, type Candidate } from './candidate.js';

// Case-sensitive on purpose: plates are written in capitals, lower-case word pairs are ordinary text.
const PLATE = /(?<![\p{L}\p{N}-])([A-ZÄÖÜ]{1,3})(?:-|\s|\s-\s)([A-Z]{1,2})[\s-]?(\d{1,4})([EH])?(?![\p{L}\p{N}])/gu;

export function detectLicencePlates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLATE)) {
    const [, district = '', letters = '', digits = '', suffix = ''] = m;
    if (district.length + letters.length + digits.length > 8 || digits.startsWith('0')) continue;
    out.push(candidate('licence_plate', `${district}-${letters} ${digits}${suffix}`, m.index, m.index + m[0].length));
  }
  return out;
}
