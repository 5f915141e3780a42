/**
 * Keyed pseudo-randomness for the synthetic feed. Every draw is a pure function of a key such as
 * (seed, indicator, unit, period), never of a shared stream, so values can be generated lazily and in
 * any order and the same seed always gives the same bytes.
 */

/** A 32-bit hash of `parts` (cyrb53 folded to 32 bits): cheap, well mixed, stable across engines. */
export function hashKey(...parts: readonly (string | number)[]): number {
  const text = parts.join('|');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** A small deterministic generator (mulberry32) started from a hashed key. */
export class Rng {
  private state: number;

  constructor(...key: readonly (string | number)[]) {
    this.state = hashKey(...key);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return Math.floor(this.uniform(min, max + 1));
  }

  /** Standard normal (Box–Muller); `1 - next()` keeps the logarithm finite. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A multiplicative factor around 1 with log-standard-deviation `sd`. */
  lognormal(sd: number): number {
    return Math.exp(this.normal(0, sd) - (sd * sd) / 2);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Uniform in [0, 1) for one key, without keeping a generator. */
export function unitDraw(...key: readonly (string | number)[]): number {
  return new Rng(...key).next();
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * `value` kept strictly inside (`min`, `max`) without a flat edge: unchanged from `min + knee` to
 * `max − knee`, then bending towards the bound and never reaching it (continuous, with slope 1 at the knee).
 * A hard clamp would put every unit that overshoots on the bound itself, so that several provinces show
 * exactly 99.8% in one period; this keeps their order and keeps them apart.
 */
export function softClamp(value: number, min: number, max: number, knee = (max - min) / 10): number {
  const top = max - knee;
  const bottom = min + knee;
  if (value > top) return top + knee * (1 - Math.exp(-(value - top) / knee));
  if (value < bottom) return bottom - knee * (1 - Math.exp(-(bottom - value) / knee));
  return value;
}
