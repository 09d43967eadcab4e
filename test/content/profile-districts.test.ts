/**
 * The profile's `districts` (re-test 18, N2): the names an address may carry instead of the city's own, taken as
 * parts of the city; an unverified local fact, so listed under `confirm`. A name not listed is asked about.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/content/schema.js';
import { askInCity, placeKind } from '../../src/dialogs/applications/shared/city-places.js';
import { duerenProfileText } from './musterstadt-fixture.js';

const dueren = profileSchema.parse(parse(await duerenProfileText()));
const withoutDistricts = profileSchema.parse({ id: 'musterstadt', name: 'Stadt Musterstadt', values: { city_name: 'Musterstadt', postcodes: '12349' } });

describe('the districts of the city profile', () => {
  it('lists the districts the testers named, and asks staff to confirm the list', () => {
    expect(dueren.districts).toEqual(expect.arrayContaining(['Birkesdorf', 'Gürzenich', 'Mariaweiler', 'Lendersdorf']));
    expect(dueren.confirm).toContain('districts');
  });

  it('takes a listed district in any spelling as a part of the city, stored with the city name in front', () => {
    expect(placeKind(dueren, 'birkesdorf')).toEqual({ kind: 'district', town: 'Düren-Birkesdorf' });
    expect(placeKind(dueren, 'Guerzenich')).toEqual({ kind: 'district', town: 'Düren-Gürzenich' });
    expect(placeKind(dueren, 'Düren-Birkesdorf')).toEqual({ kind: 'district', town: 'Düren-Birkesdorf' });
    expect(placeKind(dueren, 'Stadt Düren')).toEqual({ kind: 'city' });
  });

  it('knows no district of a profile without the list, and asks about it instead of saying it is not in the city', () => {
    expect(placeKind(withoutDistricts, 'Birkesdorf')).toEqual({ kind: 'unknown' });
    expect(placeKind(dueren, 'Langerwehe')).toEqual({ kind: 'unknown' });
    const question = askInCity(withoutDistricts, 'Birkesdorf', 'Hauptstraße 5, 12349 Musterstadt');
    expect(question.de).toMatch(/^Liegt Birkesdorf in Musterstadt\? Dann nennen Sie bitte die Adresse mit Postleitzahl/);
    expect(question.de).not.toMatch(/gehört nicht/);
  });
});
