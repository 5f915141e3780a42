import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline-path.ts';

describe('sparklinePath', () => {
  it('scales the lowest value to the bottom and the highest to the top', () => {
    expect(sparklinePath([1, 3, 2], 100, 20, 0)).toEqual({ d: 'M0 20L50 0L100 10', last: { x: 100, y: 10 } });
  });

  it('breaks the line at a missing value instead of dropping to zero', () => {
    const { d } = sparklinePath([1, null, 3], 100, 20, 0);
    expect(d).toBe('M0 20M100 0');
  });

  it('draws a flat series across the middle and nothing for no data', () => {
    expect(sparklinePath([5, 5], 10, 10, 0).d).toBe('M0 5L10 5');
    expect(sparklinePath([null, null], 10, 10, 0)).toEqual({ d: '', last: null });
  });
});
