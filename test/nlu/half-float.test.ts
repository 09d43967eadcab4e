import { describe, expect, it } from 'vitest';
import { fromHalfArray, fromHalfBits, roundToHalf, toHalfArray, toHalfBits } from '../../src/nlu/half-float.js';

describe('float16 weights', () => {
  it('maps every finite float16 back to its own bit pattern', () => {
    for (let h = 0; h < 0x10000; h++) {
      const value = fromHalfBits(h);
      if (!Number.isFinite(value)) continue;
      expect(toHalfBits(value)).toBe(h);
    }
  });

  it('rounds half to even and clamps beyond the largest float16', () => {
    // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: even mantissa (1) wins.
    expect(fromHalfBits(toHalfBits(1 + 2 ** -11))).toBe(1);
    expect(fromHalfBits(toHalfBits(1 + 3 * 2 ** -11))).toBe(1 + 2 * 2 ** -10);
    expect(fromHalfBits(toHalfBits(1e6))).toBe(65504);
    expect(fromHalfBits(toHalfBits(-1e6))).toBe(-65504);
    expect(fromHalfBits(toHalfBits(1e-9))).toBe(0);
  });

  it('rounds arrays in place exactly as the bit conversion does, in every range', () => {
    const values = Float32Array.from({ length: 20000 }, (_, i) => Math.sin(i * 12.9898) * 10 ** ((i % 14) - 9));
    values.set([0, -0, 65504, 65519, 65520, 1e6, 2 ** -14, 2 ** -15, 2 ** -24, 2 ** -26], 0);
    const expected = Float32Array.from(values, (v) => fromHalfBits(toHalfBits(v)));
    expect(Array.from(roundToHalf(values))).toEqual(Array.from(expected));
  });

  it('keeps arrays of rounded values exact through the 16-bit encoding', () => {
    const values = roundToHalf(Float32Array.from({ length: 5000 }, (_, i) => Math.cos(i) * 3));
    expect(Array.from(fromHalfArray(toHalfArray(values)))).toEqual(Array.from(values));
  });
});
