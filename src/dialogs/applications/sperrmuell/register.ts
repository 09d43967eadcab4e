/** Bulky-waste request: forwarded to the city's waste company as a submission; the company sets and confirms the date. */
import { CompletionRejected, type DialogRegistry } from '../../registry.js';
import { periodHasPassed } from '../shared/past-date.js';
import { postcodeFromAddress, registerSharedValidators } from '../shared/validators.js';
import { bulkyItems } from './items.js';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PERIOD_PASSED = {
  de: 'Ihr Wunschzeitraum ist inzwischen vorbei. Bitte nennen Sie einen neuen.',
  en: 'Your preferred period has passed in the meantime. Please give a new one.',
  plain: 'Ihre Wunschzeit ist schon vorbei. Bitte nennen Sie eine neue Zeit.',
};

export function registerSperrmuell(registry: DialogRegistry): void {
  registerSharedValidators(registry);
  registry.stepLogic.set('postcode_from_address', postcodeFromAddress('adresse'));
  registry.validators.set('bulky_items', bulkyItems);
  registry.completions.set('sperrmuell_anfrage', (context) => {
    const { gegenstaende, adresse, plz, zeitraum, name, kontakt } = context.slots;
    // The DSB must not get a wish that is over: asked again, then the summary again.
    if (!context.committed && periodHasPassed(zeitraum, context.now)) throw new CompletionRejected('zeitraum', PERIOD_PASSED);
    const v = (key: string) => String(context.profile.values[key] ?? '');
    // Future tense: the outbox delivers later (or staff pick it up when no webhook is set), not in this turn.
    return {
      payload: { forward_to: 'dsb', items: gegenstaende ?? null, address: adresse ?? null, postcode: plz ?? null, preferred_period: zeitraum ?? null, name: name ?? null, contact: kontakt ?? null },
      // The company's name with its article from the profile: another city's is not "der Dürener Service Betrieb".
      message: {
        de: `Ich gebe Ihre Anfrage an ${v('dsb_den')} weiter. ${capital(v('dsb_short_der'))} legt den Abholtermin fest und meldet sich bei Ihnen. Das ist noch kein fester Termin.`,
        en: `I will pass your request on to the ${v('dsb_name')}. The ${v('dsb_short')} sets the pickup date and will contact you. This is not a fixed date yet.`,
        plain: `Ihre Anfrage geht an ${v('dsb_short_den')}. ${capital(v('dsb_short_der'))} sagt Ihnen den Termin. Der Termin steht noch nicht fest.`,
      },
    };
  });
}
