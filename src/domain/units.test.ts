import { describe, expect, it } from 'vitest';
import { ministryEraAt, mergerMap, provinceEraAt, unitKindAt, valueAt, type AdminUnit } from './units.ts';

const unit = (code: string, formerCodes?: string[]): AdminUnit => ({
  era: '34',
  code,
  name: { vi: code, en: code },
  kinds: [
    { value: 'province', from: '2025-07-01', to: '2026-04-29' },
    { value: 'city', from: '2026-04-30' },
  ],
  regions: [{ value: 'DNB', from: '2025-07-01' }],
  validFrom: '2025-07-01',
  ...(formerCodes ? { formerCodes } : {}),
});

describe('dated values', () => {
  it('pick the entry in force, both ends inclusive', () => {
    const history = [
      { value: 'a', from: '2020-01-01', to: '2020-12-31' },
      { value: 'b', from: '2021-01-01' },
    ];
    expect(valueAt(history, '2019-12-31')).toBeUndefined();
    expect(valueAt(history, '2020-01-01')).toBe('a');
    expect(valueAt(history, '2020-12-31')).toBe('a');
    expect(valueAt(history, '2021-01-01')).toBe('b');
    expect(valueAt(history, '2099-01-01')).toBe('b');
  });

  it('clamp the kind to the first entry before the unit existed', () => {
    expect(unitKindAt(unit('75'), '2024-01-01')).toBe('province');
    expect(unitKindAt(unit('75'), '2026-04-29')).toBe('province');
    expect(unitKindAt(unit('75'), '2026-04-30')).toBe('city');
  });
});

describe('eras in force', () => {
  it('change for provinces on 1 July 2025', () => {
    expect(provinceEraAt('2025-06-30')).toBe('63');
    expect(provinceEraAt('2025-07-01')).toBe('34');
  });
  it('change for ministries on 1 March 2025', () => {
    expect(ministryEraAt('2025-02-28')).toBe('22');
    expect(ministryEraAt('2025-03-01')).toBe('17');
  });
});

describe('mergerMap', () => {
  it('rejects a former unit claimed twice', () => {
    expect(() => mergerMap([unit('01', ['01', '02']), unit('03', ['02'])])).toThrow(
      /02 is claimed by both 01 and 03/,
    );
  });
  it('rejects a current unit without former units', () => {
    expect(() => mergerMap([unit('01')])).toThrow(/no former codes/);
  });
});
