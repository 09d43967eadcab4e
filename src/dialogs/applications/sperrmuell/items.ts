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

export const bulkyItems: Validator = (value) => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!REQUEST.test(text)) return { ok: true, value: text };
  const parts = text.split(PARTS).filter((part) => ITEM.test(part) && !REQUEST.test(part));
  if (parts.length === 0) {
    return { ok: false, reason: { de: 'Welche Gegenstände sollen abgeholt werden?', en: 'Which items should be collected?', plain: 'Welche Sachen sollen weg?' } };
  }
  return { ok: true, value: parts.join(', ') };
};
