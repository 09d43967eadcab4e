/**
 * The items to collect, also from the first message: "Ich möchte Sperrmüll anmelden: ein Sofa und zwei Matratzen"
 * named them, and the assistant still asked "Was soll abgeholt werden?". A message that asks for the pickup keeps
 * only its part with an item in it; without an item it names none (the question comes). Any other answer to the
 * question is the items as written.
 */
import type { Validator } from '../../registry.js';

const REQUEST = /sperrm(?:ü|ue|u)ll|bulky waste/iu;
// Household things a pickup is asked for, also inside compounds ("Kleiderschrank", "Gartenstühle").
const ITEM =
  /sofa|couch|sessel|stuhl|stühle|tisch|schrank|schränke|regal|kommode|bett|matratze|lattenrost|teppich|kühlschrank|waschmaschine|trockner|herd|fernseher|möbel|fahrrad|kinderwagen|spiegel|chair|table|wardrobe|mattress|fridge|furniture|cupboard|shelf|carpet/iu;
const PARTS = /\s*(?:[:;,]|\s[-–]\s|\bund zwar\b)\s*/u;
// A sentence around the items that is none ("I am sorry, my German is bad. I have an old sofa."): left out.
const ASIDE =
  /^(?:(?:i am |i'm )?sorry|excuse me|entschuldig\w*|sorry|hallo|hello|hi|guten (?:tag|morgen|abend)|moin|servus|my german|mein deutsch|ich spreche|i (?:do not|don't) speak|i speak|danke|thank)/iu;
const SENTENCES = /(?<=[.!?])\s+/u;

function withoutAsides(text: string): string {
  const sentences = text.split(SENTENCES);
  const kept = sentences.filter((sentence) => ITEM.test(sentence) || !ASIDE.test(sentence.trim()));
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ') : text;
}

// "Ich will meinen alten Schrank loswerden, könnt ihr den abholen?" went to the DSB as the list of items: a
// sentence that asks for the pickup is no list; the items named in it are taken with their number.
const ASKING =
  /(?<!\p{L})(?:loswerden|entsorgen|wegwerfen|abholen|abgeholt|abholung|wegbringen|weghaben|könnt ihr|koennt ihr|können sie|koennen sie|kann man|ich will|ich möchte|ich moechte|ich würde|get rid|pick (?:it |them )?up|picked up|collect(?:ed)?|dispose|throw (?:it |them )?away|can you|could you|i want|i would like|i'd like)(?!\p{L})/iu;
const COUNT: Record<string, number> = { ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, a: 1, an: 1, one: 1, zwei: 2, two: 2, drei: 3, three: 3, vier: 4, four: 4, fünf: 5, five: 5 };
// A word that names one thing without a number: "meinen alten Schrank", "das Sofa", "my old sofa" (not "meine", "die": plural too).
const ONE_THING = new Set(['meinen', 'mein', 'unseren', 'unser', 'den', 'das', 'der', 'dem', 'diesen', 'dieses', 'my', 'our', 'this']);
const ITEM_WORD = new RegExp(`[\\p{L}-]*(?:${ITEM.source})[\\p{L}]*`, 'giu');
/** Adjectives that end like "Tisch" ("praktisch", "automatisch"): no table. */
const NOT_AN_ITEM = /(?:prak|automa|kri|elektri|statis|op|exo|hek|theore|poli|realis|logis|fantas|phantas|dras|sympa|systema|problema|authen|iden|gigan)tisch/iu;
const ADJECTIVES_BEFORE = /((?:[\p{L}\d]+\s+){0,3})$/u;

/** The items of a sentence that asks for the pickup, with their number where it is said: "1 Schrank". */
function itemsOfRequest(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(ITEM_WORD)) {
    if (NOT_AN_ITEM.test(m[0])) continue;
    const before = (ADJECTIVES_BEFORE.exec(sentence.slice(0, m.index))?.[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    // The number or article nearest before the item, across adjectives ("einen alten Schrank", "2 old chairs").
    const word = [...before].reverse().find((w) => /^\d{1,2}$/.test(w) || w in COUNT || ONE_THING.has(w));
    const count = word === undefined ? null : /^\d/.test(word) ? Number(word) : (COUNT[word] ?? 1);
    out.push(count === null ? m[0] : `${count} ${m[0]}`);
  }
  return out;
}

const WHICH_ITEMS = {
  de: 'Welche Gegenstände sollen abgeholt werden, und wie viele? Zum Beispiel „1 Schrank, 2 Stühle“.',
  en: 'Which items should be collected, and how many? For example "1 wardrobe, 2 chairs".',
  plain: 'Welche Sachen sollen weg? Und wie viele? Zum Beispiel: 1 Schrank und 2 Stühle.',
};

export const bulkyItems: Validator = (value) => {
  const text = withoutAsides(typeof value === 'string' ? value.trim() : '');
  if (!REQUEST.test(text) && !ASKING.test(text)) return { ok: true, value: text };
  const parts = text
    .split(PARTS)
    .filter((part) => ITEM.test(part) && !REQUEST.test(part))
    .flatMap((part) => (ASKING.test(part) ? itemsOfRequest(part) : [part]));
  if (parts.length === 0) return { ok: false, reason: WHICH_ITEMS };
  return { ok: true, value: parts.join(', ') };
};
