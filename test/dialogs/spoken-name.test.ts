import { describe, expect, it } from 'vitest';
import { nameFromAnswer } from '../../src/dialogs/applications/shared/names.js';
import { introducedName } from '../../src/dialogs/introduced-name.js';
import { spokenName } from '../../src/dialogs/spoken-name.js';

describe('a name as callers say it and citizens type it', () => {
  it.each([
    // Spoken: transcripts keep hesitations and write a spelling letter by letter.
    ['äh Müller, M Ü L L E R, Hans', 'Hans Müller'],
    ['ähm Hans äh Müller', 'Hans Müller'],
    ['öh Müller, hm, Hans', 'Hans Müller'],
    ['Müller, M-Ü-L-L-E-R, Hans', 'Hans Müller'],
    ['Möller, M Ü L L E R, Hans', 'Hans Müller'],
    ['Meier M E Y E R', 'Meyer'],
    ['M Ü L L E R', 'Müller'],
    ['Hans Mueller M Ü L L E R', 'Hans Mueller'],
    // Typed: the order of a form, "Nachname, Vorname".
    ['Müller, Hans', 'Hans Müller'],
    ['Yilmaz, Ali', 'Ali Yilmaz'],
    ['von der Leyen, Ursula', 'Ursula von der Leyen'],
    ['Müller, Hans Peter', 'Hans Peter Müller'],
    // Left as given: no surname alone before the comma, or no name at all.
    ['Peter Müller, Düren', 'Peter Müller, Düren'],
    ['Hans J Müller', 'Hans J Müller'],
    ['Dr. Hans-Peter von der Leyen', 'Dr. Hans-Peter von der Leyen'],
  ])('reads "%s" as "%s"', (said, name) => {
    expect(spokenName(said)).toBe(name);
  });

  // The city and its districts (placeNames of the profile) are where someone lives, not a first name.
  const places = ['Düren', 'Dürener', 'Stadt Düren', 'Birkesdorf', 'Gürzenich'];

  it.each([
    ['Müller, Düren', 'Müller'],
    ['Meier, aus Düren', 'Meier'],
    ['Müller, Birkesdorf', 'Müller'],
    ['Müller, Düren-Birkesdorf', 'Müller'],
    ['Peter Müller, Düren', 'Peter Müller'],
    ['Schmitz, in Gürzenich', 'Schmitz'],
    ['Müller, wohnhaft in Düren', 'Müller'],
    ['Smith, from Düren', 'Smith'],
    ['Hans Müller, Kölnstraße 3', 'Hans Müller'],
    ['Müller, Kölnstraße 3', 'Müller'],
    ['Hans Müller, Kölnstraße', 'Hans Müller'],
    ['Hans Müller, 52351 Düren', 'Hans Müller'],
    // Still turned round: the part after the comma is a first name.
    ['Müller, Hans', 'Hans Müller'],
    ['Müller, Hans-Peter', 'Hans-Peter Müller'],
    ['von der Heide, Anna', 'Anna von der Heide'],
    ['Dr. Müller, Hans', 'Dr. Hans Müller'],
    ['Prof. Dr. Berg, Anna', 'Prof. Dr. Anna Berg'],
    ['Dr. Hans Müller', 'Dr. Hans Müller'],
  ])('with the city\'s places reads "%s" as "%s"', (said, name) => {
    expect(spokenName(said, places)).toBe(name);
  });

  it.each([
    ['mein Name ist Müller, Düren', 'Müller'],
    ['ich heiße Müller, Birkesdorf', 'Müller'],
    ['ich heiße Müller, Hans', 'Hans Müller'],
  ])('with the city\'s places reads the introduced name in "%s" as "%s"', (said, name) => {
    expect(introducedName(said, places)?.name).toBe(name);
  });

  it.each([
    ['Mein Name ist äh Müller, M Ü L L E R, Hans', 'Hans Müller'],
    ['mein name ist ähm Möller M Ü L L E R', 'Müller'],
    ['Ich heiße Müller, Hans.', 'Hans Müller'],
    ['Mein Name ist von der Leyen, Ursula', 'Ursula von der Leyen'],
  ])('reads the introduced name in "%s" as "%s"', (said, name) => {
    expect(introducedName(said)?.name).toBe(name);
  });

  it.each([
    ['Mein Name ist äh Müller, M Ü L L E R, Hans', 'Hans Müller'],
    ['äh, Müller, Hans, bitte', 'Hans Müller'],
    ['Ich heiße Schmidt, S C H M I D T, Anna.', 'Anna Schmidt'],
  ])('stores the answer "%s" as "%s"', (said, name) => {
    expect(nameFromAnswer(said)).toBe(name);
  });

  it.each([
    ['ich heiße Peter Müller, Düren', 'Peter Müller'],
    ['ich heiße Müller, danke', 'Müller'],
    ['mein Name ist Müller, wohne in der Kölnstraße 3', 'Müller'],
    ['Name: Erika Mustermann, Telefon 0176 12345678', 'Erika Mustermann'],
  ])('takes no place, courtesy or clause after the comma as a first name in "%s"', (said, name) => {
    expect(introducedName(said)?.name).toBe(name);
  });
});
