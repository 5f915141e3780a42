/**
 * Seeded inputs for property tests of rounding, ranking and binning. A failure prints its seed and value
 * and reproduces on every run; fast-check is not a dependency and these few lines are all it would add.
 */

/** mulberry32: a tiny seeded PRNG with uniform output in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function integerBelow(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

function digits(random: () => number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(integerBelow(random, 10));
  return text;
}

/**
 * `count` numbers that are hard to round at 0 to 3 decimals, about a quarter of each kind, half of them
 * negative:
 * - decimal ties: written with a last digit 5 one place past 0–3 decimals ("140.605", "-2.5", "1.005"),
 *   whose double is often just below or above the halfway point;
 * - near ties: a tie plus or minus a few units in the 12th to 15th significant digit;
 * - short decimals as figures are reported (up to 4 decimals), among them sums of such figures;
 * - any double of magnitude 1e-4 to 1e15.
 */
export function awkwardNumbers(random: () => number, count: number): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const sign = random() < 0.5 ? -1 : 1;
    const integerPart = String(integerBelow(random, 10 ** (1 + integerBelow(random, 12))));
    const kind = i % 4;
    let magnitude: number;
    if (kind === 0) {
      magnitude = Number(`${integerPart}.${digits(random, integerBelow(random, 4))}5`);
    } else if (kind === 1) {
      const tie = Number(`${integerPart}.${digits(random, integerBelow(random, 4))}5`);
      const nudge =
        (integerBelow(random, 7) - 3) *
        10 ** (Math.floor(Math.log10(tie || 1)) - 12 - integerBelow(random, 4));
      magnitude = tie + nudge;
    } else if (kind === 2) {
      const terms = 1 + integerBelow(random, 3);
      magnitude = 0;
      for (let t = 0; t < terms; t++) {
        magnitude += Number(
          `${String(integerBelow(random, 100_000))}.${digits(random, 1 + integerBelow(random, 4))}`,
        );
      }
    } else {
      magnitude = random() * 10 ** (integerBelow(random, 20) - 4);
    }
    values.push(sign * magnitude);
  }
  return values;
}
