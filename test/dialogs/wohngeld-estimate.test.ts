/**
 * Golden tests of the Wohngeld estimate (§ 19 WoGG 2025, docs/facts.md). Every case of our own is worked
 * by hand in the comment: W = 1.15 * (M - (a + b*M + c*Y) * Y), M = max(min(rent, cap + climate), floorM)
 * + heating, Y = max(income, floorY), rounded half-up, < 10 € -> 0.
 */
import { describe, expect, it } from 'vitest';
import { estimateWohngeld, roundHalfUp } from '../../src/dialogs/wohngeld/estimate.js';
import { harness } from './harness.js';

describe('the Wohngeld estimate', () => {
  it('gives 368 € for the first official example (1 member, Mietenstufe V, rent 600, Y 908.25)', () => {
    // M = min(600, 562 + 19.20) + 110.40 = 691.60
    const e = estimateWohngeld({ members: 1, rent: 600, mietenstufe: 'V', countedIncome: 908.25 });
    expect(e).toMatchObject({ amount: 368, rentCounted: 691.6, incomeCounted: 908.25 });
  });

  it('gives 145 € for the second official example (same M, Y 1328.25)', () => {
    expect(estimateWohngeld({ members: 1, rent: 600, mietenstufe: 'V', countedIncome: 1328.25 }).amount).toBe(145);
  });

  it.each([
    // 1 member, II, rent 40 -> below floorM 54: M = 54 + 110.40 = 164.40; Y = 500 (> 396).
    // b*M = 0.00047970*164.4 = 0.07886268; c*Y = 0.0000408*500 = 0.0204; sum with a=0.04: 0.13926268
    // * 500 = 69.63134; 164.4 - 69.63134 = 94.76866; * 1.15 = 108.98 -> 109
    ['raises the rent to the floor', { members: 1, rent: 40, countedIncome: 500 }, 109, 164.4, 500],
    // 2 members, II, Y 300 -> floorY 679. M = min(500, 493 + 24.80) + 142.60 = 642.60
    // b*M = 0.0003571*642.6 = 0.22947246; c*Y = 0.0000304*679 = 0.0206416; a = 0.03 -> 0.28011406
    // * 679 = 190.19745; 642.6 - 190.19745 = 452.40255; * 1.15 = 520.26 -> 520
    ['raises the income to the floor', { members: 2, rent: 500, countedIncome: 300 }, 520, 642.6, 679],
    // 1 member, II, rent 900 capped at 408 + 19.20 = 427.20; M = 427.20 + 110.40 = 537.60; Y = 1000
    // b*M = 0.25788672; c*Y = 0.0408; + 0.04 = 0.33868672; * 1000 = 338.68672; 537.6 - 338.68672 = 198.91328
    // * 1.15 = 228.75 -> 229
    ['caps the rent at the Höchstbetrag plus climate component', { members: 1, rent: 900, countedIncome: 1000 }, 229, 537.6, 1000],
    // 1 member, II, rent 400 (< 427.20): M = 510.40; Y = 1450: b*M = 0.24483888; c*Y = 0.05916; sum 0.34399888
    // * 1450 = 498.79838; 510.4 - 498.79838 = 11.60162; * 1.15 = 13.34 -> 13 (still paid)
    ['pays 13 € just above the minimum', { members: 1, rent: 400, countedIncome: 1450 }, 13, 510.4, 1450],
    // same with Y = 1460: c*Y = 0.059568; sum 0.34440688; * 1460 = 502.83404; 510.4 - 502.83404 = 7.56596
    // * 1.15 = 8.70 -> 9 < 10 -> no Wohngeld
    ['pays nothing under 10 €', { members: 1, rent: 400, countedIncome: 1460 }, 0, 510.4, 1460],
    // Y = 2000: sum = 0.04 + 0.24483888 + 0.0816 = 0.36643888; * 2000 = 732.88 > M = 510.40 -> negative -> 0
    ['pays nothing when the formula is negative', { members: 1, rent: 400, countedIncome: 2000 }, 0, 510.4, 2000],
    // 4 members, III: cap 766 + 34.40 = 800.40, rent 700 counted; M = 700 + 197.80 = 897.80; Y = 2000
    // b*M = 0.0002163*897.8 = 0.19419414; c*Y = 0.0000176*2000 = 0.0352; a = 0.01 -> 0.23939414
    // * 2000 = 478.78828; 897.8 - 478.78828 = 419.01172; * 1.15 = 481.86 -> 482
    ['computes a family of four in Mietenstufe III', { members: 4, rent: 700, countedIncome: 2000, mietenstufe: 'III' }, 482, 897.8, 2000],
    // 5 members, I: cap 694 + 39.20 = 733.20 (rent 800 capped); M = 733.20 + 225.40 = 958.60; Y = 2500
    // b*M = 0.0001907*958.6 = 0.18280502; c*Y = 0.0000172*2500 = 0.043; a = 0 -> 0.22580502
    // * 2500 = 564.51255; 958.6 - 564.51255 = 394.08745; * 1.15 = 453.20 -> 453
    ['computes five members in Mietenstufe I with the cap', { members: 5, rent: 800, countedIncome: 2500, mietenstufe: 'I' }, 453, 958.6, 2500],
  ] as const)('%s', (_name, input, amount, rentCounted, incomeCounted) => {
    const e = estimateWohngeld({ mietenstufe: 'II', ...input });
    expect([e.amount, e.rentCounted, e.incomeCounted]).toEqual([amount, rentCounted, incomeCounted]);
  });

  it('counts a gross wage: Werbungskosten 1,230 € and 3 × 10 % (§ 16 WoGG)', () => {
    // 1 500 € × 12 = 18 000; - 1 230 = 16 770; × 0.7 = 11 739; / 12 = 978.25 = Y
    // M = 427.20 + 110.40 = 537.60 (rent 450 capped); b*M = 0.25788672; c*Y = 0.0000408*978.25 = 0.0399126
    // sum 0.3377993; * 978.25 = 330.45218; 537.6 - 330.45218 = 207.14782; * 1.15 = 238.22 -> 238
    const e = estimateWohngeld({ members: 1, rent: 450, mietenstufe: 'II', incomes: [{ gross: 1500 }] });
    expect([e.amount, e.incomeCounted]).toEqual([238, 978.25]);
    expect(e.steps.map((s) => s.id)).toContain('income_1_werbungskosten');
  });

  it('counts a pension with 10 % for health and care insurance only', () => {
    // 1 400 € × 12 = 16 800; × 0.9 = 15 120; / 12 = 1 260 = Y. 2 members, II: M = 480 + 142.60 = 622.60
    // b*M = 0.0003571*622.6 = 0.22233046; c*Y = 0.0000304*1260 = 0.038304; + 0.03 = 0.29063446
    // * 1260 = 366.19942; 622.6 - 366.19942 = 256.40058; * 1.15 = 294.86 -> 295
    const e = estimateWohngeld({ members: 2, rent: 480, mietenstufe: 'II', incomes: [{ gross: 1400, kind: 'pension' }] });
    expect([e.amount, e.incomeCounted]).toEqual([295, 1260]);
  });

  it('subtracts § 17 allowances (here 1,320 € for a single parent with one child)', () => {
    // (24 000 - 1 230) × 0.7 = 15 939; - 1 320 = 14 619; / 12 = 1 218.25 = Y. 2 members, II: M = 500 + 142.60 = 642.60
    // b*M = 0.22947246; c*Y = 0.0000304*1218.25 = 0.0370348; + 0.03 = 0.29650726; * 1218.25 = 361.21997
    // 642.6 - 361.21997 = 281.38003; * 1.15 = 323.59 -> 324
    const e = estimateWohngeld({ members: 2, rent: 500, mietenstufe: 'II', incomes: [{ gross: 2000 }], allowances: 1320 });
    expect([e.amount, e.incomeCounted]).toEqual([324, 1218.25]);
  });

  it('uses the 5-member components for 6 members and says so', () => {
    // cap 782 + 94 = 876 + climate 39.20 (5-member value) = 915.20; rent 900 counted; M = 900 + 225.40 = 1125.40
    // row 6: a = -0.01, b = 0.0001722, c = 0.0000166; Y = 2200 (> 1585)
    // b*M = 0.19379388; c*Y = 0.03652; sum 0.22031388; * 2200 = 484.69054; 1125.4 - 484.69054 = 640.70946; * 1.15 = 736.82 -> 737
    const e = estimateWohngeld({ members: 6, rent: 900, mietenstufe: 'II', countedIncome: 2200 });
    expect([e.amount, e.rentCounted]).toEqual([737, 1125.4]);
    expect(e.notes.map((n) => n.de).join(' ')).toMatch(/nur für bis zu 5 Personen/);
    expect(e.notes).toHaveLength(1);
  });

  it('uses the 6-member row for 7 members and says so', () => {
    // cap 782 + 2 × 94 = 970 + 39.20 = 1009.20; rent 1000 counted; M = 1225.40; Y = 2500
    // b*M = 0.0001722*1225.4 = 0.21101388; c*Y = 0.0415; - 0.01 -> 0.24251388; * 2500 = 606.2847
    // 1225.4 - 606.2847 = 619.1153; * 1.15 = 711.98 -> 712
    const e = estimateWohngeld({ members: 7, rent: 1000, mietenstufe: 'II', countedIncome: 2500 });
    expect(e.amount).toBe(712);
    expect(e.notes.map((n) => n.de).join(' ')).toMatch(/ab 7 Personen rechne ich mit den Werten für 6 Personen/);
  });

  it('adds 65 € for each member above 12', () => {
    // 13 members: same M (1225.40, cap 782 + 8 × 94 + 39.20 = 1573.20 not reached) and Y as above: 712 + 65 = 777
    expect(estimateWohngeld({ members: 13, rent: 1000, mietenstufe: 'II', countedIncome: 2500 }).amount).toBe(777);
  });

  it('rounds half-up to whole euros', () => {
    expect([roundHalfUp(144.5), roundHalfUp(144.49), roundHalfUp(368.335), roundHalfUp(0.5)]).toEqual([145, 144, 368, 1]);
  });

  it('explains every step of the calculation', () => {
    const e = estimateWohngeld({ members: 1, rent: 600, mietenstufe: 'V', countedIncome: 908.25 });
    expect(e.steps.map((s) => s.id)).toEqual(['rent', 'rent_cap', 'rent_counted', 'income_given', 'formula', 'rounded']);
    expect(e.steps.find((s) => s.id === 'rent_counted')?.de).toContain('691,60');
    // German decimal commas throughout, also in the coefficients of the formula (Anlage 2 WoGG, 1 member)
    expect(e.steps.find((s) => s.id === 'formula')?.de).toMatch(/mit a = 0,04, b = 0,0004797, c = 0,0000408: /);
    expect(e.steps.find((s) => s.id === 'formula')?.en).toMatch(/with a = 0\.04, b = 0\.0004797, c = 0\.0000408: /);
  });

  it('refuses impossible input', () => {
    expect(() => estimateWohngeld({ members: 0, rent: 500, mietenstufe: 'II', countedIncome: 1000 })).toThrow(/members/);
    expect(() => estimateWohngeld({ members: 1, rent: -1, mietenstufe: 'II', countedIncome: 1000 })).toThrow(/rent/);
  });
});

describe('POST /api/wohngeld/estimate', () => {
  it('returns 368 and 145 for the official examples', async () => {
    const h = await harness();
    const first = await h.post('/api/wohngeld/estimate', { members: 1, rent: 600, countedIncome: 908.25, mietenstufe: 'V' });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ amount: 368, rentCounted: 691.6, incomeCounted: 908.25, estimateOnly: true });
    const second = await h.post('/api/wohngeld/estimate', { members: 1, rent: 600, countedIncome: 1328.25, mietenstufe: 'V' });
    expect(((await second.json()) as { amount: number }).amount).toBe(145);
  });

  it('uses the Mietenstufe of the city profile when none is sent (II for Düren)', async () => {
    const h = await harness();
    const res = await h.post('/api/wohngeld/estimate', { members: 1, rent: 900, incomes: [{ gross: 1500 }] });
    const body = (await res.json()) as { rentCounted: number; steps: Array<{ id: string; de: string }> };
    expect(body.rentCounted).toBe(537.6);
    expect(body.steps.find((s) => s.id === 'rent_cap')?.de).toContain('Mietenstufe II');
  });

  it.each([
    [{ members: 1, rent: -5, countedIncome: 900 }, 'rent', /negative/],
    [{ members: 0, rent: 500, countedIncome: 900 }, 'members', /at least 1/],
    [{ members: 1, rent: '500', countedIncome: 900 }, 'rent', /number/],
    [{ members: 1.5, rent: 500, countedIncome: 900 }, 'members', /whole/],
    [{ members: 1, rent: 500 }, 'countedIncome', /either/],
    [{ members: 1, rent: 500, countedIncome: 900, mietenstufe: 'VIII' }, 'mietenstufe', /./],
    [{ members: 1, rent: 500, incomes: [{ gross: -1 }] }, 'incomes.0.gross', /negative/],
  ])('answers 400 with field and reason for %j', async (body, field, reason) => {
    const h = await harness();
    const res = await h.post('/api/wohngeld/estimate', body);
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { code: string; field: string; reason: string } }).error;
    expect(error.field).toBe(field);
    expect(error.reason).toMatch(reason);
  });
});
