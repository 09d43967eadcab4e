import { describe, expect, it } from 'vitest';
import { readReference } from '../../src/dialogs/applications/maengelmelder/status.js';

describe('a reference as a speech recogniser writes it', () => {
  it.each([
    ['Stand D N 2026 895422', 'DN-2026-895422'],
    ['De En 2026 895422', 'DN-2026-895422'],
    ['d. n. 2026-000123', 'DN-2026-000123'],
    ['Status meiner Meldung D N zwei null zwei sechs fünf sieben acht null drei drei', 'DN-2026-578033'],
    ['D N, zwei null zwei sechs, fünf sieben acht null drei drei', 'DN-2026-578033'],
    ['de en zweitausendsechsundzwanzig achthundertfünfundneunzig vierhundertzweiundzwanzig', 'DN-2026-895422'],
    ['DN zwanzig sechsundzwanzig null null null eins zwei drei', 'DN-2026-000123'],
  ])('reads "%s" as %s', (said, reference) => {
    expect(readReference(said, 'DN')).toEqual({ kind: 'reference', reference });
  });

  it("reads another office's spelled prefix as a foreign number, not as N 2026 …", () => {
    expect(readReference('A C 2026 000001', 'DN')).toEqual({ kind: 'foreign', written: 'AC 2026 000001' });
  });

  it.each(['ich habe es 2026 gemeldet', 'Nummer eins bitte', 'meine Nummer ist null eins sieben sechs eins zwei drei vier fünf sechs sieben'])('finds no reference in "%s"', (said) => {
    expect(readReference(said, 'DN')).toBeNull();
  });
});
