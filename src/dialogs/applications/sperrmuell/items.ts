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

export const bulkyItems: Validator = (value) => {
  const text = withoutAsides(typeof value === 'string' ? value.trim() : '');
  if (!REQUEST.test(text)) return { ok: true, value: text };
  const parts = text.split(PARTS).filter((part) => ITEM.test(part) && !REQUEST.test(part));
  if (parts.length === 0) {
    return { ok: false, reason: { de: 'Welche Gegenstände sollen abgeholt werden?', en: 'Which items should be collected?', plain: 'Welche Sachen sollen weg?' } };
  }
  return { ok: true, value: parts.join(', ') };
};
