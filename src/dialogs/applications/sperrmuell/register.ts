/** Bulky-waste request: forwarded to the DSB as a submission; the DSB sets and confirms the date. */
import type { DialogRegistry } from '../../registry.js';
import { postcodeFromAddress, registerSharedValidators } from '../shared/validators.js';

export function registerSperrmuell(registry: DialogRegistry): void {
  registerSharedValidators(registry);
  registry.stepLogic.set('postcode_from_address', postcodeFromAddress('adresse'));
  registry.completions.set('sperrmuell_anfrage', (context) => {
    const { gegenstaende, adresse, plz, zeitraum, name, kontakt } = context.slots;
    // Future tense: the outbox delivers later (or staff pick it up when no webhook is set), not in this turn.
    return {
      payload: { forward_to: 'dsb', items: gegenstaende ?? null, address: adresse ?? null, postcode: plz ?? null, preferred_period: zeitraum ?? null, name: name ?? null, contact: kontakt ?? null },
      message: {
        de: 'Ich gebe Ihre Anfrage an den Dürener Service Betrieb (DSB) weiter. Der DSB legt den Abholtermin fest und meldet sich bei Ihnen. Das ist noch kein fester Termin.',
        en: 'I will pass your request on to the Dürener Service Betrieb (DSB). The DSB sets the pickup date and will contact you. This is not a fixed date yet.',
        plain: 'Ihre Anfrage geht an den DSB. Der DSB sagt Ihnen den Termin. Der Termin steht noch nicht fest.',
      },
    };
  });
}
