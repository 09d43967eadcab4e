/**
 * The amounts of one message, each with the label its words give it: the words before it in its clause,
 * else the words right after it ("Kaltmiete 600 plus 150 Nebenkosten", "mein Mann 1800 und ich 600").
 * Shared by the rent and the income questions, which each bring their own labels.
 */
import type { Entity } from '../../core/types.js';

const CLAUSE_BREAK = /[,;.!?+()]|(?<!\p{L})(?:und|plus|sowie|davon|and|of which)(?!\p{L})/giu;
// "Miete 700 inklusive 150 Nebenkosten", "Warmmiete 900, davon Heizung 100": a part of the figure before.
const INSIDE = /(?<!\p{L})(?:davon|darin|inkl|inklusive|einschließlich|einschliesslich|including|incl|of which)(?!\p{L})/iu;

export interface Figure<L> {
  amount: number;
  label: L | null;
  /** Named as contained in the figure before it. */
  inside: boolean;
  /** The money entity's qualifier ("warm", "netto") and period ("year"), if any. */
  qualifier: string | null;
  perYear: boolean;
  /** The words of its clause, before and after the figure (the kind of an income: "800 Rente"). */
  words: string;
}

/** The last clause of `window`: what stands between the last break and the figure. */
function lastClause(window: string): string {
  const breaks = [...window.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  return last ? window.slice(last.index + last[0].length) : window;
}

/**
 * Each money or number entity with its label. `own` may label a figure from its qualifier first; a label
 * read after a figure is used up ("600 Miete 150 Nebenkosten" gives "Miete" to 600 alone).
 */
export function figures<L>(text: string, entities: readonly Entity[], labelOf: (words: string) => L | null, own: (qualifier: string | null) => L | null = () => null): Array<Figure<L>> {
  const amounts = entities.filter((e) => e.type === 'money' || e.type === 'number').sort((a, b) => a.start - b.start);
  const out: Array<Figure<L>> = [];
  let from = 0;
  amounts.forEach((e, i) => {
    const v = e.value;
    const object = typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
    const amount = typeof v === 'number' ? v : typeof object?.amount === 'number' ? object.amount : null;
    if (amount === null) return;
    const qualifier = typeof object?.qualifier === 'string' ? object.qualifier : null;
    const afterText = text.slice(e.end, amounts[i + 1]?.start ?? text.length);
    const firstBreak = afterText.search(CLAUSE_BREAK);
    const after = firstBreak >= 0 ? afterText.slice(0, firstBreak) : afterText;
    const mine = own(qualifier) ?? labelOf(e.text);
    const before = mine ? null : labelOf(lastClause(text.slice(Math.min(from, e.start), e.start)));
    const trailing = mine || before ? null : labelOf(after);
    const words = `${lastClause(text.slice(Math.min(from, e.start), e.start))} ${e.text} ${after}`;
    from = trailing ? e.end + after.length : e.end;
    out.push({
      amount,
      label: mine ?? before ?? trailing,
      inside: i > 0 && INSIDE.test(text.slice(amounts[i - 1]?.end ?? 0, e.start)),
      qualifier,
      perYear: object?.period === 'year',
      words,
    });
  });
  return out;
}
