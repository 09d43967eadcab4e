/**
 * Paragraphs meant for reading on a screen, not for hearing: a reply paragraph that starts with one of these
 * headings (the Wohngeld estimate's calculation) is left out on the phone, where a caller would have to
 * listen to coefficients and interim sums. The heading is the only marker, so the text stays plain text.
 */
import type { Locale } from './types.js';

export const SCREEN_ONLY_HEADINGS: Record<Locale, string> = { de: 'Rechenweg', en: 'How I calculated' };

const HEADINGS = Object.values(SCREEN_ONLY_HEADINGS);

/** "Rechenweg:", "Rechenweg (…):", "Rechenweg, Mietenstufe II:" — the heading, then its details or a colon. */
export function isScreenOnly(paragraph: string): boolean {
  const text = paragraph.trimStart();
  return HEADINGS.some((heading) => text.startsWith(heading) && /^[\s(:,]/.test(text.slice(heading.length)));
}

/** The text without its screen-only paragraphs (paragraphs are separated by a blank line). */
export function withoutScreenOnly(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const kept = paragraphs.filter((paragraph) => !isScreenOnly(paragraph));
  return kept.length === paragraphs.length ? text : kept.join('\n\n');
}
