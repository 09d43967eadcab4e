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
    // Recognisers write spoken digits as figures, grouped or one by one, and the dashes as words (re-test 19 2.3).
    ['Stand D N 2026 217 581', 'DN-2026-217581'],
    ['Stand D N 2 0 2 6 2 1 7 5 8 1', 'DN-2026-217581'],
    ['Stand D N 2026 89 78 91', 'DN-2026-897891'],
    ['Stand D N Bindestrich zwei null zwei sechs Bindestrich zwei eins sieben fünf acht eins', 'DN-2026-217581'],
    ['D N 2026 Strich 217 581.', 'DN-2026-217581'],
    ['D N zwei null zwei sechs minus 217 581', 'DN-2026-217581'],
    ['Status DN 2026 217 581?', 'DN-2026-217581'],
    ['DN-2026-217 581', 'DN-2026-217581'],
    ['Stand D N 2026 217 581 seit 12 Tagen', 'DN-2026-217581'],
  ])('reads "%s" as %s', (said, reference) => {
    expect(readReference(said, 'DN')).toEqual({ kind: 'reference', reference });
  });

  it("reads another office's spelled prefix as a foreign number, not as N 2026 …", () => {
    expect(readReference('A C 2026 000001', 'DN')).toEqual({ kind: 'foreign', written: 'AC 2026 000001' });
  });

  it('joins the digit groups of another office\'s spelled number as well', () => {
    expect(readReference('A C 2026 217 581', 'DN')).toEqual({ kind: 'foreign', written: 'AC 2026 217581' });
  });

  it('keeps a typed number with digits missing as the citizen wrote it', () => {
    expect(readReference('DN-2026-00001', 'DN')).toEqual({ kind: 'incomplete', written: 'DN-2026-00001', ours: true });
    expect(readReference('D N 2026 217', 'DN')).toEqual({ kind: 'incomplete', written: 'DN 2026 217', ours: true });
  });

  it.each(['2026 minus 500 Euro', 'meine Nummer ist 0176 1234567', 'ich habe 2026 12 03 angerufen', 'ich habe es 2026 gemeldet', 'Nummer eins bitte', 'meine Nummer ist null eins sieben sechs eins zwei drei vier fünf sechs sieben'])('finds no reference in "%s"', (said) => {
    expect(readReference(said, 'DN')).toBeNull();
  });
});
