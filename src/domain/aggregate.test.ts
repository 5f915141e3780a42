import { describe, expect, it } from 'vitest';
import { aggregate, disaggregateTo63, reaggregateTo34, type AggregationPart } from './aggregate.ts';
import { registryUnits } from './registry.ts';

const part = (code: string, value: number | null, extra: Partial<AggregationPart> = {}): AggregationPart => ({
  code,
  value,
  status: value === null ? 'missing' : 'official',
  ...extra,
});

describe('aggregate by rule', () => {
  it('sums additive figures', () => {
    expect(aggregate({ kind: 'sum' }, [part('24', 120.5), part('27', 79.5)])).toEqual({
      kind: 'value',
      value: 200,
      status: 'official',
    });
  });

  it('weights a rate by another indicator instead of averaging it', () => {
    // CPI 3% in a province of 2 million and 5% in one of 1 million: 3.67%, not the plain mean 4%.
    const result = aggregate({ kind: 'weighted-mean', weightIndicatorId: 'population' }, [
      part('a', 3, { weight: 2000 }),
      part('b', 5, { weight: 1000 }),
    ]);
    expect(result.kind).toBe('value');
    expect(result.kind === 'value' && result.value).toBeCloseTo(11 / 3, 10);
  });

  it('recomputes a ratio from its summed components', () => {
    // 90/100 = 90% and 10/50 = 20%: together 100/150 = 66.7%, not the mean of the rates (55%).
    const result = aggregate({ kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 }, [
      part('a', 90, { numerator: 90, denominator: 100 }),
      part('b', 20, { numerator: 10, denominator: 50 }),
    ]);
    expect(result.kind === 'value' && result.value).toBeCloseTo(66.6667, 3);
  });

  it('refuses to combine a non-aggregatable indicator, even one part', () => {
    expect(aggregate({ kind: 'none' }, [part('a', 80), part('b', 90)])).toEqual({ kind: 'not-comparable' });
    expect(aggregate({ kind: 'none' }, [part('a', 80)])).toEqual({ kind: 'not-comparable' });
  });

  it('makes the whole missing when any part is missing, naming the parts', () => {
    expect(aggregate({ kind: 'sum' }, [part('24', 10), part('27', null)])).toEqual({
      kind: 'missing',
      missingCodes: ['27'],
    });
    expect(
      aggregate({ kind: 'weighted-mean', weightIndicatorId: 'w' }, [
        part('a', 3, { weight: null }),
        part('b', 4, { weight: 1 }),
      ]),
    ).toEqual({ kind: 'missing', missingCodes: ['a'] });
    expect(
      aggregate({ kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 }, [
        part('a', 50, { numerator: 5, denominator: 10 }),
        part('b', 50, { numerator: 5 }),
      ]),
    ).toEqual({ kind: 'missing', missingCodes: ['b'] });
  });

  it('treats a zero denominator total as missing, not infinite', () => {
    const result = aggregate({ kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 }, [
      part('a', 0, { numerator: 0, denominator: 0 }),
    ]);
    expect(result.kind).toBe('missing');
  });

  it('takes the least final status of the parts', () => {
    const result = aggregate({ kind: 'sum' }, [
      part('a', 1, { status: 'official' }),
      part('b', 1, { status: 'estimate' }),
      part('c', 1, { status: 'preliminary' }),
    ]);
    expect(result).toEqual({ kind: 'value', value: 3, status: 'estimate' });
  });

  it('is missing for no parts at all', () => {
    expect(aggregate({ kind: 'sum' }, [])).toEqual({ kind: 'missing', missingCodes: [] });
  });
});

describe('re-aggregation of the 63 onto the 34', () => {
  const units34 = registryUnits('34');
  const units63 = registryUnits('63');
  const ones = new Map(
    units63.map((u) => [u.code, part(u.code, 1, { weight: 1, numerator: 1, denominator: 2 })]),
  );

  it('sums each current unit from exactly its former units', () => {
    const result = reaggregateTo34({ kind: 'sum' }, units34, ones);
    expect(result.size).toBe(34);
    expect(result.get('37')).toEqual({ kind: 'value', value: 3, status: 'official' }); // Hà Nam + Nam Định + Ninh Bình
    expect(result.get('24')).toEqual({ kind: 'value', value: 2, status: 'official' }); // Bắc Giang + Bắc Ninh
    expect(result.get('01')).toEqual({ kind: 'value', value: 1, status: 'official' });
    const total = [...result.values()].reduce((n, r) => n + (r.kind === 'value' ? r.value : 0), 0);
    expect(total).toBe(63);
  });

  it('recomputes ratios per current unit', () => {
    const result = reaggregateTo34(
      { kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 },
      units34,
      ones,
    );
    expect(result.get('79')).toEqual({ kind: 'value', value: 50, status: 'official' });
  });

  it('says "not comparable" for merged units of a non-aggregatable indicator and passes unchanged units through', () => {
    const result = reaggregateTo34({ kind: 'none' }, units34, ones);
    expect(result.get('79')).toEqual({ kind: 'not-comparable' });
    expect(result.get('01')).toEqual({ kind: 'value', value: 1, status: 'official' });
    const comparable = [...result.values()].filter((r) => r.kind === 'value');
    expect(comparable).toHaveLength(11);
  });

  it('leaves a merged unit missing when one former unit did not report', () => {
    const parts = new Map(ones);
    parts.delete('27');
    expect(reaggregateTo34({ kind: 'sum' }, units34, parts).get('24')).toEqual({
      kind: 'missing',
      missingCodes: ['27'],
    });
  });
});

describe('figures of the 34 on the map of the 63', () => {
  it('carry over only to unchanged units', () => {
    const units34 = registryUnits('34');
    const figures = new Map(units34.map((u) => [u.code, { value: 10, status: 'official' as const }]));
    figures.set('12', { value: 0, status: 'official' });
    const result = disaggregateTo63(units34, figures);
    expect(result.size).toBe(63);
    expect(result.get('01')).toEqual({ kind: 'value', value: 10, status: 'official' });
    expect(result.get('12')).toEqual({ kind: 'value', value: 0, status: 'official' });
    expect(result.get('27')).toEqual({ kind: 'not-comparable' });
    expect(result.get('24')).toEqual({ kind: 'not-comparable' });
  });
});
