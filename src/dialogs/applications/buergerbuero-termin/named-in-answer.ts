/**
 * What the answer to "buchen, absagen oder verschieben?" already said about the next question: the service
 * ("ich brauche neue personalausweiß" is a booking for an ID card) or the confirmation code ("ich kann nicht
 * kommen, Code EPEMW3" is a cancellation of that appointment). The first message gets this from `prefill`;
 * a later answer only fills the step it answers, so the step logic of the next step reads the same message
 * before its question is asked, and takes what it names instead of asking again.
 */
import type { EnumOption } from '../../schema.js';
import type { DialogRegistry, Validator } from '../../registry.js';
import { fold, hasPhrase } from '../../text.js';
import { findAppointmentCode } from './code.js';

/**
 * The one service the message names. Only names of 5 letters or more count, as word beginnings
 * ("personalausweiß", "Reisepasses"): "pass" would be "passt", and a message naming two services names none.
 */
export function serviceNamed(options: readonly EnumOption[], text: string): EnumOption | null {
  const hits = options.filter((option) => {
    const names = [option.value, option.label.de, option.label.en, ...option.synonyms].filter((name) => fold(name).length >= 5);
    return hasPhrase(text, names, true);
  });
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

export function registerNamedInAnswer(registry: DialogRegistry, validateCode: Validator): void {
  registry.stepLogic.set('service_named', {
    before(context) {
      const text = context.message?.text ?? '';
      const option = serviceNamed(context.step.options ?? [], text);
      if (!option) return {};
      const label = context.step.label;
      return {
        slots: { [context.step.slot]: option.value },
        skip: true,
        text: { de: `${label.de}: ${option.label.de}.`, en: `${label.en}: ${option.label.en}.`, plain: `${label.de}: ${option.label.de}.` },
      };
    },
  });

  registry.stepLogic.set('code_named', {
    async before(context) {
      const text = context.message?.text ?? '';
      const found = findAppointmentCode(text);
      if (!found) return {};
      // A code that does not fit is left for the question: its answer then gets the validator's reason.
      const result = await validateCode(found, context);
      if (!result.ok) return {};
      const label = context.step.label;
      const code = String(result.value);
      return { slots: { [context.step.slot]: result.value }, skip: true, text: { de: `${label.de}: ${code}.`, en: `${label.en}: ${code}.`, plain: `${label.de}: ${code}.` } };
    },
  });
}
