/**
 * IEEE 754 half precision (float16) for the serialized weights: half the bytes of float32, which keeps
 * the Workers bundle within the free plan's 3 MiB. Linear weights need no more than 11 significant bits.
 * Node 20 and Workers have no Float16Array yet, hence the bit conversion here.
 */

const scratch = new Float32Array(1);
const bits = new Uint32Array(scratch.buffer);
const MAX_HALF = 0x7bff;

/** The float16 bit pattern nearest to `value` (round half to even; overflow clamps to ±65504). */
export function toHalfBits(value: number): number {
  scratch[0] = value;
  const x = bits[0] as number;
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (exponent === 0xff) return mantissa ? sign | 0x7e00 : sign | MAX_HALF;
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | MAX_HALF;
  if (halfExponent <= 0) {
    // Subnormal half: the implicit leading 1 becomes explicit and is shifted into the 10 mantissa bits.
    if (halfExponent < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - halfExponent;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && half & 1)) half++;
    return sign | half;
  }
  let half = (halfExponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  // Rounding up may carry into the exponent; past the largest finite value it clamps.
  return sign | Math.min(half, MAX_HALF);
}

export function fromHalfBits(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >>> 10) & 0x1f;
  const mantissa = half & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Rounds every value to the nearest float16, in place: the model in memory is then exactly what loads back. */
export function roundToHalf(values: Float32Array): Float32Array {
  const table = halfTable();
  // In place and in one pass: two temporary copies of a million weights cost more in GC than the rounding.
  for (let i = 0; i < values.length; i++) values[i] = table[toHalfBits(values[i] as number)] as number;
  return values;
}

export function toHalfArray(values: Float32Array): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toHalfBits(values[i] as number);
  return out;
}

let halfValues: Float32Array | undefined;

/** 65,536 possible values: a table is faster than converting each of a million weights. */
function halfTable(): Float32Array {
  if (!halfValues) {
    halfValues = new Float32Array(0x10000);
    for (let h = 0; h < 0x10000; h++) halfValues[h] = fromHalfBits(h);
  }
  return halfValues;
}

export function fromHalfArray(halves: Uint16Array): Float32Array {
  const table = halfTable();
  const out = new Float32Array(halves.length);
  for (let i = 0; i < halves.length; i++) out[i] = table[halves[i] as number] as number;
  return out;
}
