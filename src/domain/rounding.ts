/**
 * The one rounding rule of the dashboard. A figure is compared, ranked, binned and printed at its
 * indicator's decimals, and all four must agree: two units that both read "140,61" tie, and a unit shown
 * as "4,3" lands in the colour class whose legend starts at "4,3".
 *
 * The rule is the one the number formatter (ICU through `Intl.NumberFormat`) applies to what it prints:
 * half away from zero on the shortest decimal representation of the double (the digits `String(x)` writes).
 * So 1.005 → 1.01 and 140.605 → 140.61, although the doubles nearest to them are slightly below the halfway
 * point (1.00499999999999989…, 140.604999999999990…) and `Math.round(x * 100) / 100` gives 1 and 140.6.
 */

const MAX_DECIMALS = 20;

/** Powers of ten that are exact doubles (up to 1e22): the fast path multiplies by them without error. */
const EXACT_POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * `value` rounded to `decimals` decimals, half away from zero on its shortest decimal representation,
 * exactly as `Intl.NumberFormat` rounds what it prints: `roundTo(1.005, 2)` is 1.01, `roundTo(-2.5, 0)` is
 * −3, `roundTo(140.605, 2)` is 140.61. The result is the double nearest the rounded decimal, so
 * `String(roundTo(x, d))` has at most `d` decimals. Never returns −0 (a value that rounds to zero is 0);
 * NaN and infinities are returned unchanged.
 * @throws RangeError when `decimals` is not an integer from 0 to 20.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const rounded = roundMagnitude(magnitude, decimals);
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

function roundMagnitude(magnitude: number, decimals: number): number {
  // Fast path, for nearly every call (the mock data set rounds millions of values): away from the halfway
  // point, the error of the multiplication (under one part in 2^52) cannot change the result, and an
  // integer divided by an exact power of ten is the double nearest the decimal, as parsing it would be.
  const factor = EXACT_POWERS[decimals];
  if (factor !== undefined) {
    const scaled = magnitude * factor;
    if (scaled < 2 ** 52) {
      const floor = Math.floor(scaled);
      const fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > (scaled + 1) * 1e-14)
        return (fraction > 0.5 ? floor + 1 : floor) / factor;
    }
  }
  return roundDecimalDigits(magnitude, decimals);
}

/**
 * Rounds on the digits of the shortest representation (`toExponential()` without an argument writes as
 * many digits as are needed to tell the double apart, the same digits ICU starts from).
 */
function roundDecimalDigits(magnitude: number, decimals: number): number {
  const [mantissa = '0', exponentText = '0'] = magnitude.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // magnitude = 0.d₁d₂d₃… × 10^(exponent + 1): keep the digits down to the wanted decimal.
  const keep = Number(exponentText) + 1 + decimals;
  if (keep >= digits.length) return magnitude;
  if (keep < 0) return 0;
  let kept = keep === 0 ? 0n : BigInt(digits.slice(0, keep));
  // Half away from zero on a magnitude: a first dropped digit of 5 or more rounds up.
  if (digits.charCodeAt(keep) - 48 >= 5) kept += 1n;
  return Number(`${kept}e-${decimals}`);
}
