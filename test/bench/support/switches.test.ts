import { describe, expect, it } from 'vitest';
import { cachedCycle, monthlyIndicators, uncachedSwitches } from './switches.ts';

const catalog = [
  { id: 'grdp-growth', frequencies: ['quarter', 'year'], scopes: ['province'], headline: true },
  { id: 'exports', frequencies: ['month'], scopes: ['province'] },
  { id: 'cpi-yoy', frequencies: ['month'], scopes: ['province'], headline: true },
  { id: 'budget-revenue', frequencies: ['month', 'year'], scopes: ['province'], headline: true },
  { id: 'ministry-only', frequencies: ['month'], scopes: ['ministry'] },
  { id: 'retail', frequencies: ['month'], scopes: ['province'] },
];

describe('the switches the interaction figures time', () => {
  it('flips between monthly provincial indicators, headline ones first', () => {
    expect(monthlyIndicators(catalog)).toEqual(['cpi-yoy', 'budget-revenue', 'exports', 'retail']);
  });

  it('a cached cycle changes indicator, period and era, and comes back to where it started', () => {
    const cycle = cachedCycle(['a', 'b', 'c', 'd'], '2026-01', [{ key: 'root', path: '/', board: true }]);
    expect(cycle.map((s) => s.kind)).toEqual([
      'indicator',
      'indicator',
      'indicator',
      'indicator',
      'period',
      'period',
      'period',
      'era',
      'era',
    ]);
    expect(cycle.map((s) => s.url)).toContain('/?indicator=a&period=2025-12');
    expect(cycle.map((s) => s.url)).toContain('/?indicator=a&period=2025-11');
    expect(cycle.at(-1)?.url).toBe('/?indicator=a');
  });

  it('a new board is one route: switching to it and back joins the cycle', () => {
    const cycle = cachedCycle(['a', 'b', 'c', 'd'], '2026-10', [
      { key: 'root', path: '/', board: true },
      { key: 'tasks', path: '/nhiem-vu', board: true },
      { key: 'province', path: '/tinh/79', board: false },
    ]);
    expect(cycle.slice(-2)).toEqual([
      { kind: 'board', url: '/nhiem-vu' },
      { kind: 'board', url: '/?indicator=a' },
    ]);
  });

  it('uncached switches visit each indicator and month once, three months back and earlier', () => {
    const switches = uncachedSwitches(['a', 'b', 'c', 'd'], '2026-10', 30);
    expect(switches).toHaveLength(30);
    expect(new Set(switches.map((s) => s.url)).size).toBe(30);
    expect(switches[0]).toEqual({ kind: 'period', url: '/?indicator=a&period=2026-07' });
    expect(switches[1]).toEqual({ kind: 'indicator', url: '/?indicator=b&period=2026-07' });
    expect(switches.at(-1)?.url).toBe('/?indicator=b&period=2025-12');
  });
});
