import { describe, expect, it } from 'vitest';
import { looksDutch } from '../../src/nlu/dutch.js';

describe('looksDutch', () => {
  it('recognises Dutch sentences, though they share function words with German', () => {
    for (const text of [
      'Ik ben mijn paspoort kwijt, wat moet ik doen?',
      'Hoe kan ik een afspraak maken bij de gemeente?',
      'Waar kan ik mijn hond aanmelden?',
      'Wanneer wordt het afval opgehaald?',
    ]) {
      expect(looksDutch(text), text).toBe(true);
    }
  });

  it('leaves Rhineland dialect, Low German and German with Dutch place names alone', () => {
    for (const text of [
      'Wat moss isch donn för ne Personalusweis maache?',
      'Ik heff mien Pass verloren, wat mutt ik doon?',
      'Ich ziehe von Maastricht nach Düren, was muss ich tun?',
      'Hoe is dat hier mit dem Sperrmüll?',
      'Dat is mir zu teuer, ne',
    ]) {
      expect(looksDutch(text), text).toBe(false);
    }
  });

  it('takes "Ben" for a name, and a common Dutch word in a very short message for too little', () => {
    expect(looksDutch('Ben ich hier richtig beim Bürgerbüro?')).toBe(false);
    expect(looksDutch('I am Ben, how do I get a passport')).toBe(false);
    expect(looksDutch('Ben da?')).toBe(false);
    expect(looksDutch('nog niet')).toBe(false);
    expect(looksDutch('paspoort verlengen')).toBe(true);
  });

  it('asks franc too, so two Dutch-looking words in a German sentence do not decide', () => {
    expect(looksDutch('Mein Nachbar Ben hat beim Stadhuis in Venlo nach meiner Waar gefragt, wie geht das hier?')).toBe(false);
  });

  it('takes a keyword query with a Dutch service word and no German or English function word for Dutch, where franc reads German', () => {
    for (const text of ['afvalkalender Düren', 'huurtoeslag duitsland', 'spreekt u Nederlands?', 'Paspoort', 'hoi, goedemorgen']) {
      expect(looksDutch(text), text).toBe(true);
    }
  });

  it('leaves German and English sentences that name a Dutch office to franc', () => {
    for (const text of [
      'Ich komme von der Gemeente Venlo, wie melde ich mich an?',
      'I worked for the Gemeente Maastricht, do I need to register here?',
      'Stadhuis Venlo Öffnungszeiten',
    ]) {
      expect(looksDutch(text), text).toBe(false);
    }
  });
});
