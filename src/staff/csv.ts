/** CSV for spreadsheet programs (RFC 4180, ";" as German Excel expects, BOM for UTF-8, formula injection defused). */
import { stripControlCharacters } from '../http/control-characters.js';

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Rows stored before input was cleaned may still hold a U+202E, which shows the rest of the line reversed in a
  // text viewer, or a NUL (retest 19 N6): the export cleans them as the input now does.
  let text = stripControlCharacters(String(value));
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^a-z0-9._-]/gi, '_')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
