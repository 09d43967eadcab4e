import { describe, expect, it } from 'vitest';
import { phoneWording } from '../../src/channels/voice/phone-wording.js';

describe('chat wordings said on the phone', () => {
  it('asks a caller to say the commands it names, not to write them', () => {
    expect(phoneWording('Sie können hier auch noch einmal versuchen oder „abbrechen“ schreiben.', 'de')).toBe('Sie können hier auch noch einmal versuchen oder „abbrechen“ sagen.');
    expect(phoneWording('Sie können auch „zurück“, „abbrechen“ oder „später weitermachen“ schreiben.', 'de')).toBe('Sie können auch „zurück“, „abbrechen“ oder „später weitermachen“ sagen.');
    expect(phoneWording('Möchten Sie uns noch etwas mitteilen? Schreiben Sie es gern, ohne Namen oder Adressen.', 'de')).toBe('Möchten Sie uns noch etwas mitteilen? Sagen Sie es gern, ohne Namen oder Adressen.');
    expect(phoneWording('Gut. Schreiben Sie „weiter“. Dann machen wir weiter.', 'de')).toBe('Gut. Sagen Sie „weiter“. Dann machen wir weiter.');
    expect(phoneWording('Then write "cancel" and I delete your details here. Write in one or two sentences what is broken.', 'en')).toBe('Then say "cancel" and I delete your details here. Say in one or two sentences what is broken.');
  });

  it('puts the caller on the phone, not in the chat', () => {
    expect(phoneWording('Welche Leistungen möchten Sie am liebsten online oder hier im Chat erledigen?', 'de')).toBe('Welche Leistungen möchten Sie am liebsten online oder hier am Telefon erledigen?');
    expect(phoneWording('Den Stand fragen Sie hier im Chat ab.', 'de')).toBe('Den Stand fragen Sie hier am Telefon ab.');
    expect(phoneWording('Ask here in the chat about its status.', 'en')).toBe('Ask here on the phone about its status.');
    expect(phoneWording('Fotos kann ich im Chat leider nicht annehmen.', 'de')).toBe('Fotos kann ich am Telefon leider nicht annehmen.');
  });

  it('does not point a caller to a link with "hier", which the caller cannot see', () => {
    expect(phoneWording('Den Wohngeldrechner und den Online-Antrag des Landes NRW finden Sie hier. Ich habe nichts gespeichert.', 'de')).toBe(
      'Den Wohngeldrechner und den Online-Antrag des Landes NRW finden Sie im Internet. Ich habe nichts gespeichert.',
    );
    expect(phoneWording('Hier ist der Link zum Antrag im Internet. Ich habe nichts gespeichert.', 'de')).toBe('Die Seite zum Antrag nenne ich Ihnen gleich. Ich habe nichts gespeichert.');
    expect(phoneWording("You find the state of NRW's Wohngeld calculator and online application here.", 'en')).toBe("You find the state of NRW's Wohngeld calculator and online application on the internet.");
  });

  it('keeps writing to someone and writing down as they are', () => {
    const mail = 'Schreiben Sie früh eine E-Mail an die Stadt: info@example.org. Schreiben Sie den Tag, die Zeit und die Adresse.';
    expect(phoneWording(mail, 'de')).toBe(mail);
    expect(phoneWording('Ihre Nummer ist DN-2026-000001. Bitte schreiben Sie die Nummer auf.', 'de')).toBe('Ihre Nummer ist DN-2026-000001. Bitte schreiben Sie die Nummer auf.');
    expect(phoneWording('Or write an e-mail: info@example.org.', 'en')).toBe('Or write an e-mail: info@example.org.');
    expect(phoneWording('Sie können hier im Chat schreiben statt anrufen.', 'de')).toBe('Sie können hier im Chat schreiben statt anrufen.');
  });

  it('leaves out the calculation paragraph that is only for reading, and keeps list lines as lines', () => {
    const estimate = 'Meine Schätzung: etwa 512 € Wohngeld im Monat. Das ist nur eine Schätzung.\n\nRechenweg, Mietenstufe II:\n• Miete: 600 €\n• Formel nach § 19 WoGG: 511,87 €, gerundet 512 €';
    expect(phoneWording(estimate, 'de')).toBe('Meine Schätzung: etwa 512 € Wohngeld im Monat. Das ist nur eine Schätzung.');
    expect(phoneWording('Bitte prüfen Sie:\n• Name: Erika Mustermann\n• Telefon: 0176', 'de')).toBe('Bitte prüfen Sie:\n• Name: Erika Mustermann\n• Telefon: 0176');
  });
});
