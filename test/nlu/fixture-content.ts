/** A small Düren-like content bundle for the NLU tests, independent of intents/ (which changes often). */
import type { ContentBundle } from '../../src/content/model.js';
import { intentSchema, type IntentDefinition } from '../../src/content/schema.js';

function intent(id: string, de: string[], en: string[], synonyms: Record<string, string[]> = {}): IntentDefinition {
  return intentSchema.parse({
    id,
    kind: 'faq',
    title: { de: id, en: id },
    examples: { de, en },
    synonyms,
    answer: id === 'unknown' ? undefined : { de: 'Antwort', en: 'Answer', plain: 'Antwort' },
  });
}

const intents: IntentDefinition[] = [
  intent(
    'personalausweis',
    ['Wo beantrage ich einen Personalausweis?', 'Personalausweis verlängern', 'neuer Personalausweis Kosten', 'Ausweis abgelaufen was tun', 'Wie lange dauert ein neuer Ausweis'],
    ['How do I get a new ID card?', 'renew my identity card', 'ID card fee'],
    { personalausweis: ['perso', 'ausweis', 'id card', 'identity card'] },
  ),
  intent(
    'wohngeld',
    ['Wohngeld beantragen', 'Habe ich Anspruch auf Wohngeld?', 'Zuschuss zur Miete', 'Wie viel Wohngeld bekomme ich', 'Antrag auf Mietzuschuss stellen'],
    ['apply for housing benefit', 'help paying my rent', 'am I eligible for housing allowance'],
  ),
  intent(
    'sperrmuell',
    ['Sperrmüll anmelden', 'Termin für Sperrmüll', 'alte Möbel abholen lassen', 'Wie werde ich mein altes Sofa los', 'Sperrmüllabholung buchen'],
    ['bulky waste pickup', 'get rid of an old sofa', 'book a bulky waste collection'],
  ),
  intent(
    'bussgeld',
    ['Ich habe ein Knöllchen bekommen', 'Bußgeldbescheid bezahlen', 'Strafzettel falsch geparkt', 'Verwarnungsgeld Einspruch', 'Knöllchen bezahlen'],
    ['I got a parking ticket', 'pay a fine', 'appeal a speeding fine'],
    { knollchen: ['strafzettel', 'knolle', 'ticket'] },
  ),
  intent(
    'wohnberechtigungsschein',
    ['Wohnberechtigungsschein beantragen', 'Brauche ich einen WBS für eine Sozialwohnung?', 'WBS Antrag', 'Berechtigungsschein für geförderte Wohnung'],
    ['apply for a housing entitlement certificate', 'WBS for social housing'],
    { wohnberechtigungsschein: ['wbs'] },
  ),
  intent(
    'kfz_zulassung',
    ['Auto anmelden', 'KFZ Zulassung', 'Wo melde ich mein Auto um?', 'Fahrzeug abmelden', 'Nummernschild beantragen'],
    ['register my car', 'vehicle registration', 'deregister my car'],
    { kraftfahrzeug: ['kfz', 'auto', 'pkw'] },
  ),
  intent(
    'begruessung',
    ['Hallo', 'Guten Tag', 'Moin', 'Hi'],
    ['Hello', 'Hi there', 'Good morning'],
  ),
  intent('unknown', ['Wer wird Fußballweltmeister?'], ['What is the capital of France?']),
];

export const fixtureContent: ContentBundle = {
  profile: { id: 'test', name: 'Test', values: {}, confirm: [], regional_words: {} },
  intents,
  intentsById: new Map(intents.map((i) => [i.id, i])),
  dialogs: [],
};
