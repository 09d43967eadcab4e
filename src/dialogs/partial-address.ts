/**
 * A street without its house number at an address step ("Kölnstraße"), as callers and SMS writers give an
 * address in pieces: the number is asked for, and the number that follows ("12", "12, 52351 Düren") completes
 * the street. The street alone had no value for the step, so it was read as a topic ("Straße": the problem
 * report was offered instead of the dog tax), and the house number after it became the number of dogs
 * (retest 19 2.2).
 */
import type { Entity } from '../core/types.js';
import type { TurnOutcome } from '../core/turn-handler.js';
import { detectAllAddresses } from '../nlu/entities/address.js';
import { HIDDEN_INPUT, outcome } from './ask.js';
import type { StepDefinition } from './schema.js';
import { say } from './text.js';
import type { Turn } from './turn.js';

/** "ich wohne in der", "meine Adresse ist": words before the street that say it is one. */
const LEAD = /^(?:(?:ich\s+)?(?:wohne|lebe)(?:\s+(?:in|an|im|am|auf))?(?:\s+(?:der|dem|den))?|(?:meine\s+)?(?:adresse|anschrift)(?:\s+(?:ist|lautet))?|i\s+live\s+(?:in|at|on))?[\s,:]*$/iu;
/** "12", "Nr. 12", "Hausnummer 12a", "12, 52351 Düren": a house number first, perhaps a postcode and the town. */
const NUMBER_FIRST = /^\s*(?:(?:nr\.?|nummer|hausnummer|number|no\.?)\s*)?\d{1,3}\s?[a-z]?(?![\d])/iu;

/** The street a message names alone (no house number), or null. The street grammar is the address entity's. */
export function streetAlone(text: string): string | null {
  const said = text.trim().replace(/[.!]+$/u, '');
  if (!said || /\d/.test(said)) return null;
  const probe = `${said} 1`;
  const found = detectAllAddresses(probe).find((c) => c.type === 'address' && c.end === probe.length && LEAD.test(probe.slice(0, c.start)));
  return found && found.type === 'address' ? found.value.street : null;
}

/** The address entity of `street` with the house number (and postcode) of `text`, or null when `text` is no such number. */
export function completedAddress(street: string, text: string): Entity | null {
  if (!NUMBER_FIRST.test(text)) return null;
  const said = text.trim().replace(/[.!]+$/u, '');
  const joined = `${street} ${said}`;
  const found = detectAllAddresses(joined).find((c) => c.type === 'address' && c.start === 0 && c.end >= joined.length - 1);
  return found ? { type: 'address', value: found.value, text, start: 0, end: text.length } : null;
}

/**
 * At an address step: a street alone is kept and its number asked for (the outcome); a number after it gets the
 * street added, as the message's address entity (null: the message is read as usual). Anything else forgets it.
 */
export function partialAddress(t: Turn, step: StepDefinition): TurnOutcome | null {
  const { run, ctx, voice } = t;
  const kept = run.street?.slot === step.slot ? run.street.name : undefined;
  delete run.street;
  if (step.type !== 'address') return null;
  const text = ctx.turn.text;
  const street = streetAlone(text);
  if (street) {
    run.street = { slot: step.slot, name: street };
    const postcode = /\b\d{5}\b/.exec(String(ctx.content.profile.values.postcodes ?? ''))?.[0];
    const example = postcode ? `12, ${postcode}` : '12';
    const ask = {
      de: `Die Straße habe ich: ${street}. Wie ist die Hausnummer? Gern mit Postleitzahl, zum Beispiel „${example}“.`,
      en: `I have the street: ${street}. What is the house number? You may add the postcode, for example "${example}".`,
      plain: `Die Straße ist ${street}. Welche Hausnummer? Schreiben Sie zum Beispiel: 12.`,
    };
    return outcome(t, [{ text: say(ask, voice) }], { userTranscriptText: HIDDEN_INPUT });
  }
  const address = kept ? completedAddress(kept, text) : null;
  if (address) ctx.nlu = { ...ctx.nlu, entities: [address] };
  return null;
}
