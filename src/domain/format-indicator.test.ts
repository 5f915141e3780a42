import { describe, expect, it } from 'vitest';
import { formatIndicatorChange, formatIndicatorValue } from './format-indicator.ts';
import type { Indicator } from './indicators.ts';

type Subject = Pick<Indicator, 'unit' | 'decimals'>;
const revenue: Subject = {
  unit: { kind: 'amount', multiplier: 1e9, currency: 'VND', label: { vi: 'tỷ đồng', en: 'VND billion' } },
  decimals: 0,
};
const exports: Subject = {
  unit: { kind: 'amount', multiplier: 1e6, currency: 'USD', label: { vi: 'triệu USD', en: 'US$ million' } },
  decimals: 0,
};
const disbursement: Subject = {
  unit: { kind: 'percent', multiplier: 1, label: { vi: '% kế hoạch', en: '% of plan' } },
  decimals: 1,
};
const growth: Subject = { unit: { kind: 'growth', multiplier: 1, label: { vi: '%', en: '%' } }, decimals: 2 };
const score: Subject = {
  unit: { kind: 'score', multiplier: 1, max: 100, label: { vi: 'điểm', en: 'points' } },
  decimals: 2,
};
const tasks: Subject = {
  unit: { kind: 'count', multiplier: 1, label: { vi: 'nhiệm vụ', en: 'tasks' } },
  decimals: 0,
};

describe('formatIndicatorValue', () => {
  it('writes large amounts in words (2,65 triệu tỷ đồng; 514 tỷ USD)', () => {
    expect(formatIndicatorValue(revenue, 2_650_000, 'vi')).toEqual({
      number: '2,65',
      unit: 'triệu tỷ đồng',
      text: '2,65 triệu tỷ đồng',
    });
    expect(formatIndicatorValue(exports, 514_000, 'vi').text).toBe('514 tỷ USD');
    expect(formatIndicatorValue(exports, 514_000, 'en')).toEqual({
      number: 'US$514',
      unit: 'billion',
      text: 'US$514 billion',
    });
  });

  it('keeps the percent sign on the number and the words after it', () => {
    expect(formatIndicatorValue(disbursement, 67.34, 'vi')).toEqual({
      number: '67,3',
      unit: '% kế hoạch',
      text: '67,3% kế hoạch',
    });
    expect(formatIndicatorValue(growth, 8.02, 'en').text).toBe('8.02%');
  });

  it('writes scores with two decimals and counts with thousands separators', () => {
    expect(formatIndicatorValue(score, 87.454, 'vi').text).toBe('87,45 điểm');
    expect(formatIndicatorValue(tasks, 9831, 'vi').text).toBe('9.831 nhiệm vụ');
    expect(formatIndicatorValue(tasks, 9831, 'en').text).toBe('9,831 tasks');
  });
});

describe('formatIndicatorChange', () => {
  it('gives percentage points for rates, per cent for amounts, points for scores', () => {
    expect(
      formatIndicatorChange(
        disbursement,
        { kind: 'difference', value: 3.4, direction: 'up', tone: 'good' },
        'vi',
      ),
    ).toBe('+3,4 điểm %');
    expect(
      formatIndicatorChange(revenue, { kind: 'relative', value: 29.94, direction: 'up', tone: 'good' }, 'vi'),
    ).toBe('+29,9%');
    expect(
      formatIndicatorChange(
        score,
        { kind: 'difference', value: -1.25, direction: 'down', tone: 'bad' },
        'vi',
      ),
    ).toBe('−1,25 điểm');
    expect(
      formatIndicatorChange(growth, { kind: 'difference', value: 0.5, direction: 'up', tone: 'good' }, 'en'),
    ).toBe('+0.50 pp');
  });

  it('drops the sign where a word says the direction', () => {
    const down = { kind: 'relative', value: -4.84, direction: 'down', tone: 'bad' } as const;
    expect(formatIndicatorChange(revenue, down, 'vi', { signed: false })).toBe('4,8%');
    const pp = { kind: 'difference', value: -1.2, direction: 'down', tone: 'bad' } as const;
    expect(formatIndicatorChange(disbursement, pp, 'vi', { signed: false })).toBe('1,2 điểm %');
  });
});
