/**
 * Profile values are checked when content loads (content:check and start-up), with file, path and reason:
 * a Mietenstufe "IX" used to pass both and then answer the Wohngeld estimate with HTTP 500 (report F4).
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildContent, type ContentInput } from '../../src/content/build-content.js';
import { ContentError } from '../../src/content/content-error.js';
import type { ContentProblem } from '../../src/content/model.js';
import { mietenstufeSchema, profileMietenstufe } from '../../src/content/profile-values.js';
import { profileSchema, profileStructureSchema } from '../../src/content/schema.js';
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { profileMietenstufe as wohngeldMietenstufe } from '../../src/dialogs/wohngeld/register.js';
import { catalogue, readContentFiles } from '../../src/runtime/node/content-fs.js';
import { duerenProfileText, musterstadtProfileText, ROOT } from './musterstadt-fixture.js';

const PROFILE_PATH = 'profiles/musterstadt/profile.yaml';

/** The problems of the whole content (intents, dialogs) with this profile text. */
async function problemsWith(profileText: string): Promise<ContentProblem[]> {
  const files = await readContentFiles(ROOT, 'dueren');
  try {
    buildContent({ ...files, profile: { path: PROFILE_PATH, text: profileText }, catalogue: catalogue as ContentInput['catalogue'], validateDialogs: createDialogValidator(createDefaultRegistry()) });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const setValue = (key: string, value: string) => (text: string) => {
  const line = new RegExp(`^ {2}${key}: .*$`, 'm');
  if (!line.test(text)) throw new Error(`the profile has no ${key}`);
  return text.replace(line, `  ${key}: ${value}`);
};

describe('profile values', () => {
  it('accepts the Düren profile and its Musterstadt copy', async () => {
    expect(profileSchema.safeParse(parse(await duerenProfileText())).error?.issues).toBeUndefined();
    expect(await problemsWith(await musterstadtProfileText())).toEqual([]);
  });

  it('stops at an invalid Mietenstufe with file, path and reason', async () => {
    const problems = await problemsWith(await musterstadtProfileText(setValue('mietenstufe', 'IX')));
    expect(problems).toEqual([
      { file: PROFILE_PATH, path: 'values.mietenstufe', reason: 'must be one of I, II, III, IV, V, VI, VII (Anlage zu § 1 Abs. 3 WoGV), got "IX"' },
    ]);
  });

  it.each([
    ['postcodes', '1234, 12345', /five-digit postcodes/],
    ['postcodes', '12345; 12346', /five-digit postcodes/],
    ['phone_central', '01234 25-O', /phone number/],
    ['buergerbuero_phone', 'siehe Website', /phone number/],
    ['buergerbuero_email', 'buergerbuero(at)musterstadt.de', /e-mail address/],
    ['website', 'www.musterstadt.de', /absolute http\(s\) URL/],
    ['dsb_website', 'https://', /absolute http\(s\) URL/],
    ['buergerbuero_hours_de', '"Mo 8:00–25:00"', /"25:00" is not a time of day/],
    ['wohngeld_phone_hours_de', 'Mo–Fr 12:00–08:00', /the period "12:00–08:00" must end after it starts/],
    ['buergerbuero_hours_plain', '"Montag: 16 bis 8 Uhr."', /the period "16 bis 8 Uhr" must end after it starts/],
    ['hundesteuer_one_dog', '84 Euro', /amount in euros/],
    ['gewerbe_fee_person', '"-5 €"', /amount in euros/],
    ['hundesteuer_register_days', 'zwei Wochen', /whole number/],
    ['ags', '5358008', /eight-digit/],
    ['submission_prefix', 'ms', /capital letters/],
    ['city_name', '""', /must not be empty/],
    ['data_protection_authority_dative', 'Landesbeauftragte für Datenschutz', /dative with its article/],
    ['data_protection_authority_dative', 'die Landesbeauftragte für Datenschutz', /dative with its article/],
    ['accessibility_enforcement_body_accusative', 'Ombudsstelle des Landes', /accusative with its article/],
    ['accessibility_laws', 'BGG und BITV', /law and ordinance with their articles/],
    ['accessibility_enforcement_website', 'www.lbbp.nrw.de/ombudsstelle', /absolute http\(s\) URL/],
    ['data_protection_officer_contact', '""', /must not be empty/],
  ])('reports %s: %s', async (key, value, reason) => {
    const problems = await problemsWith(await musterstadtProfileText(setValue(key, value)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: PROFILE_PATH, path: `values.${key}` });
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('reads the Mietenstufe for the Wohngeld estimate with the same rule', () => {
    const bad = profileStructureSchema.parse({ id: 'musterstadt', name: 'Stadt Musterstadt', values: { mietenstufe: 'IX' } });
    const rule = mietenstufeSchema.safeParse('IX').error?.issues[0]?.message ?? '';
    expect(rule).toContain('got "IX"');
    expect(() => wohngeldMietenstufe(bad)).toThrow(`profile musterstadt: mietenstufe ${rule}`);
    const good = profileSchema.parse({ id: 'musterstadt', name: 'Stadt Musterstadt', values: { mietenstufe: 'IV' } });
    expect(profileMietenstufe(good)).toBe('IV');
  });
});
