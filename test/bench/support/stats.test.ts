import { describe, expect, it } from 'vitest';
import { median, percentile, totalBlocking } from './stats.ts';

describe('bench statistics', () => {
  it('median of odd and even counts, NaN for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('p95 of 30 switches is the 29th smallest: one slow switch may exceed it, two may not', () => {
    const times = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(percentile(times, 95)).toBe(29);
    expect(percentile([...times.slice(0, 29), 1000], 95)).toBe(29);
    expect(percentile([...times.slice(0, 28), 900, 1000], 95)).toBe(900);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('total blocking counts what each task spends beyond 50 ms', () => {
    expect(totalBlocking([40, 50, 120, 300])).toBe(70 + 250);
  });
});
