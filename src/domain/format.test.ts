import { describe, expect, it } from 'vitest';
import {
  MINUS,
  amountParts,
  formatAmount,
  formatCount,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatRank,
  formatRelativeTime,
  formatScore,
  formatSigned,
} from './format.ts';

describe('MINUS', () => {
  it('is U+2212', () => {
    expect(MINUS).toBe('\u2212');
    expect(MINUS).toBe('−');
  });
});

describe('formatNumber', () => {
  it('uses dot thousands and comma decimals in Vietnamese', () => {
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatNumber(1234567.891, 'vi', 2)).toBe('1.234.567,89');
    expect(formatNumber(12847.6, 'vi', 1)).toBe('12.847,6');
  });

  it('uses comma thousands and dot decimals in English', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
  });

  it('groups four-digit numbers too', () => {
    expect(formatNumber(1234, 'vi')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('defaults to no decimals and rounds half away from zero', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.235');
    expect(formatNumber(0.5, 'en')).toBe('1');
    expect(formatNumber(-0.5, 'en')).toBe('−1');
    expect(formatNumber(2.25, 'vi', 1)).toBe('2,3');
  });

  it('pads to fixed decimals', () => {
    expect(formatNumber(8, 'vi', 2)).toBe('8,00');
    expect(formatNumber(8.1, 'en', 2)).toBe('8.10');
    expect(formatNumber(0, 'vi', 1)).toBe('0,0');
  });

  it('writes negatives with the minus sign U+2212', () => {
    expect(formatNumber(-1234.5, 'vi', 1)).toBe('−1.234,5');
    expect(formatNumber(-1234.5, 'en', 1)).toBe('−1,234.5');
  });

  it('never prints negative zero', () => {
    expect(formatNumber(-0, 'vi')).toBe('0');
    expect(formatNumber(-0, 'en', 2)).toBe('0.00');
    expect(formatNumber(-0.001, 'vi', 2)).toBe('0,00');
    expect(formatNumber(-0.4, 'en')).toBe('0');
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatNumber(Number.NaN, 'vi')).toThrow(RangeError);
    expect(() => formatNumber(Infinity, 'en')).toThrow(RangeError);
    expect(() => formatNumber(-Infinity, 'en')).toThrow(RangeError);
  });

  it('gives the same answer from the cached formatter', () => {
    expect(formatNumber(1234.5, 'vi', 1)).toBe(formatNumber(1234.5, 'vi', 1));
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
  });
});

describe('formatPercent', () => {
  it('appends % with no space', () => {
    expect(formatPercent(8.02, 'vi', 2)).toBe('8,02%');
    expect(formatPercent(8.02, 'en', 2)).toBe('8.02%');
    expect(formatPercent(83.7, 'vi', 1)).toBe('83,7%');
    expect(formatPercent(100, 'vi', 0)).toBe('100%');
  });

  it('writes negatives with U+2212 and drops the sign of zero', () => {
    expect(formatPercent(-0.5, 'vi', 1)).toBe('−0,5%');
    expect(formatPercent(-0.04, 'en', 1)).toBe('0.0%');
  });
});

describe('formatSigned', () => {
  it('always shows the sign', () => {
    expect(formatSigned(3.4, 'vi', 1)).toBe('+3,4');
    expect(formatSigned(-1.2, 'vi', 1)).toBe('−1,2');
    expect(formatSigned(3.4, 'en', 1)).toBe('+3.4');
    expect(formatSigned(-1.2, 'en', 1)).toBe('−1.2');
    expect(formatSigned(1234.5, 'vi', 1)).toBe('+1.234,5');
    expect(formatSigned(-1234, 'en', 0)).toBe('−1,234');
  });

  it('prints a bare 0 for values that round to zero', () => {
    expect(formatSigned(0, 'vi', 1)).toBe('0');
    expect(formatSigned(-0, 'vi', 1)).toBe('0');
    expect(formatSigned(0.04, 'vi', 1)).toBe('0');
    expect(formatSigned(-0.04, 'en', 1)).toBe('0');
    expect(formatSigned(0.4, 'en', 0)).toBe('0');
  });

  it('keeps the sign of values that round away from zero', () => {
    expect(formatSigned(0.05, 'vi', 1)).toBe('+0,1');
    expect(formatSigned(-0.05, 'vi', 1)).toBe('−0,1');
  });

  it('refuses NaN', () => {
    expect(() => formatSigned(Number.NaN, 'vi', 1)).toThrow(RangeError);
  });
});

describe('formatPercentagePoints', () => {
  it('abbreviates by default', () => {
    expect(formatPercentagePoints(3.4, 'vi', 1)).toBe('3,4 điểm %');
    expect(formatPercentagePoints(3.4, 'en', 1)).toBe('3.4 pp');
  });

  it('spells the unit out when long', () => {
    expect(formatPercentagePoints(3.4, 'vi', 1, { long: true })).toBe('3,4 điểm phần trăm');
    expect(formatPercentagePoints(0.5, 'vi', 1, { long: true })).toBe('0,5 điểm phần trăm');
    expect(formatPercentagePoints(3.4, 'en', 1, { long: true })).toBe('3.4 percentage points');
  });

  it('uses the English singular for exactly one point', () => {
    expect(formatPercentagePoints(1, 'en', 0, { long: true })).toBe('1 percentage point');
    expect(formatPercentagePoints(-1, 'en', 0, { long: true, signed: true })).toBe('−1 percentage point');
    expect(formatPercentagePoints(1, 'en', 1, { long: true })).toBe('1.0 percentage points');
    expect(formatPercentagePoints(1, 'vi', 0, { long: true })).toBe('1 điểm phần trăm');
  });

  it('adds the sign when signed', () => {
    expect(formatPercentagePoints(3.4, 'vi', 1, { signed: true })).toBe('+3,4 điểm %');
    expect(formatPercentagePoints(-0.5, 'vi', 1, { signed: true, long: true })).toBe('−0,5 điểm phần trăm');
    expect(formatPercentagePoints(3.4, 'en', 1, { signed: true })).toBe('+3.4 pp');
    expect(formatPercentagePoints(-3.4, 'en', 1, { signed: true, long: true })).toBe(
      '−3.4 percentage points',
    );
    expect(formatPercentagePoints(0.01, 'vi', 1, { signed: true })).toBe('0 điểm %');
  });

  it('shows negatives with U+2212 even unsigned', () => {
    expect(formatPercentagePoints(-0.5, 'vi', 1)).toBe('−0,5 điểm %');
  });
});

describe('formatAmount in Vietnamese', () => {
  it('writes the reference figures as officials do', () => {
    expect(formatAmount(2.65e15, 'VND', 'vi')).toBe('2,65 triệu tỷ đồng');
    expect(formatAmount(755e12, 'VND', 'vi')).toBe('755 nghìn tỷ đồng');
    expect(formatAmount(12847.6e12, 'VND', 'vi')).toBe('12,85 triệu tỷ đồng');
    expect(formatAmount(7008.9e12, 'VND', 'vi')).toBe('7,01 triệu tỷ đồng');
    expect(formatAmount(627.8e12, 'VND', 'vi')).toBe('628 nghìn tỷ đồng');
    expect(formatAmount(125.5e6, 'VND', 'vi')).toBe('126 triệu đồng');
    expect(formatAmount(12.55e6, 'VND', 'vi')).toBe('12,55 triệu đồng');
    expect(formatAmount(514e9, 'USD', 'vi')).toBe('514 tỷ USD');
    expect(formatAmount(27.62e9, 'USD', 'vi')).toBe('27,62 tỷ USD');
    expect(formatAmount(5026, 'USD', 'vi')).toBe('5,03 nghìn USD');
  });

  it('walks every VND scale', () => {
    expect(formatAmount(950, 'VND', 'vi')).toBe('950 đồng');
    expect(formatAmount(1500, 'VND', 'vi')).toBe('1,5 nghìn đồng');
    expect(formatAmount(2e6, 'VND', 'vi')).toBe('2 triệu đồng');
    expect(formatAmount(460e9, 'VND', 'vi')).toBe('460 tỷ đồng');
    expect(formatAmount(1e12, 'VND', 'vi')).toBe('1 nghìn tỷ đồng');
    expect(formatAmount(1e15, 'VND', 'vi')).toBe('1 triệu tỷ đồng');
  });

  it('keeps triệu tỷ beyond a thousand of them', () => {
    expect(formatAmount(1234e15, 'VND', 'vi')).toBe('1.234 triệu tỷ đồng');
  });

  it('walks every USD scale and keeps tỷ USD as the largest', () => {
    expect(formatAmount(12, 'USD', 'vi')).toBe('12 USD');
    expect(formatAmount(45e3, 'USD', 'vi')).toBe('45 nghìn USD');
    expect(formatAmount(1.2e6, 'USD', 'vi')).toBe('1,2 triệu USD');
    expect(formatAmount(930e9, 'USD', 'vi')).toBe('930 tỷ USD');
    expect(formatAmount(1234e9, 'USD', 'vi')).toBe('1.234 tỷ USD');
    expect(formatAmount(12345.6e9, 'USD', 'vi')).toBe('12.346 tỷ USD');
  });

  it('uses 2 decimals below 100 and none from 100, dropping trailing zeros', () => {
    expect(formatAmount(99.994e9, 'VND', 'vi')).toBe('99,99 tỷ đồng');
    expect(formatAmount(99.995e9, 'VND', 'vi')).toBe('100 tỷ đồng');
    expect(formatAmount(100.4e9, 'VND', 'vi')).toBe('100 tỷ đồng');
    expect(formatAmount(100.5e9, 'VND', 'vi')).toBe('101 tỷ đồng');
    expect(formatAmount(1.2e9, 'VND', 'vi')).toBe('1,2 tỷ đồng');
    expect(formatAmount(1.204e9, 'VND', 'vi')).toBe('1,2 tỷ đồng');
    expect(formatAmount(3e9, 'VND', 'vi')).toBe('3 tỷ đồng');
  });

  it('moves to the next scale when rounding reaches a thousand', () => {
    expect(formatAmount(999.6e9, 'VND', 'vi')).toBe('1 nghìn tỷ đồng');
    expect(formatAmount(999.4e9, 'VND', 'vi')).toBe('999 tỷ đồng');
    expect(formatAmount(999.7, 'VND', 'vi')).toBe('1 nghìn đồng');
  });

  it('handles zero, fractions of a đồng and negatives', () => {
    expect(formatAmount(0, 'VND', 'vi')).toBe('0 đồng');
    expect(formatAmount(-0, 'VND', 'vi')).toBe('0 đồng');
    expect(formatAmount(0.5, 'USD', 'vi')).toBe('0,5 USD');
    expect(formatAmount(0.001, 'VND', 'vi')).toBe('0 đồng');
    expect(formatAmount(-0.001, 'VND', 'vi')).toBe('0 đồng');
    expect(formatAmount(-2.5e9, 'USD', 'vi')).toBe('−2,5 tỷ USD');
    expect(formatAmount(-755e12, 'VND', 'vi')).toBe('−755 nghìn tỷ đồng');
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatAmount(Number.NaN, 'VND', 'vi')).toThrow(RangeError);
    expect(() => formatAmount(Infinity, 'USD', 'en')).toThrow(RangeError);
  });
});

describe('formatAmount in English', () => {
  it('writes VND with the code first and trillion as the largest scale', () => {
    expect(formatAmount(2.65e15, 'VND', 'en')).toBe('VND 2,650 trillion');
    expect(formatAmount(755e12, 'VND', 'en')).toBe('VND 755 trillion');
    expect(formatAmount(12847.6e12, 'VND', 'en')).toBe('VND 12,848 trillion');
    expect(formatAmount(460e9, 'VND', 'en')).toBe('VND 460 billion');
    expect(formatAmount(125.5e6, 'VND', 'en')).toBe('VND 126 million');
    expect(formatAmount(12.55e6, 'VND', 'en')).toBe('VND 12.55 million');
    expect(formatAmount(1500, 'VND', 'en')).toBe('VND 1.5 thousand');
    expect(formatAmount(950, 'VND', 'en')).toBe('VND 950');
  });

  it('writes USD as US$', () => {
    expect(formatAmount(514e9, 'USD', 'en')).toBe('US$514 billion');
    expect(formatAmount(27.62e9, 'USD', 'en')).toBe('US$27.62 billion');
    expect(formatAmount(1.2e6, 'USD', 'en')).toBe('US$1.2 million');
    expect(formatAmount(5026, 'USD', 'en')).toBe('US$5.03 thousand');
    expect(formatAmount(1.5e12, 'USD', 'en')).toBe('US$1.5 trillion');
    expect(formatAmount(12, 'USD', 'en')).toBe('US$12');
    expect(formatAmount(0, 'USD', 'en')).toBe('US$0');
  });

  it('puts the minus sign before the currency', () => {
    expect(formatAmount(-2.5e9, 'USD', 'en')).toBe('−US$2.5 billion');
    expect(formatAmount(-755e12, 'VND', 'en')).toBe('−VND 755 trillion');
  });
});

describe('amountParts', () => {
  it('splits the number from the words', () => {
    expect(amountParts(2.65e15, 'VND', 'vi')).toEqual({
      prefix: '',
      mantissa: '2,65',
      scaleLabel: 'triệu tỷ đồng',
    });
    expect(amountParts(755e12, 'VND', 'vi')).toEqual({
      prefix: '',
      mantissa: '755',
      scaleLabel: 'nghìn tỷ đồng',
    });
    expect(amountParts(514e9, 'USD', 'en')).toEqual({
      prefix: 'US$',
      mantissa: '514',
      scaleLabel: 'billion',
    });
    expect(amountParts(2.65e15, 'VND', 'en')).toEqual({
      prefix: 'VND ',
      mantissa: '2,650',
      scaleLabel: 'trillion',
    });
    expect(amountParts(12, 'USD', 'en')).toEqual({ prefix: 'US$', mantissa: '12', scaleLabel: '' });
  });

  it('keeps the sign in the prefix and the mantissa unsigned', () => {
    expect(amountParts(-2.5e9, 'USD', 'vi')).toEqual({ prefix: '−', mantissa: '2,5', scaleLabel: 'tỷ USD' });
    expect(amountParts(-2.5e9, 'USD', 'en')).toEqual({
      prefix: '−US$',
      mantissa: '2.5',
      scaleLabel: 'billion',
    });
  });

  it('joins into formatAmount', () => {
    for (const [value, currency] of [
      [2.65e15, 'VND'],
      [-27.62e9, 'USD'],
      [12, 'USD'],
      [950, 'VND'],
    ] as const) {
      for (const locale of ['vi', 'en'] as const) {
        const parts = amountParts(value, currency, locale);
        const joined = `${parts.prefix}${parts.mantissa}${parts.scaleLabel ? ` ${parts.scaleLabel}` : ''}`;
        expect(formatAmount(value, currency, locale)).toBe(joined);
      }
    }
  });
});

describe('formatCount', () => {
  it('writes whole numbers with thousands separators', () => {
    expect(formatCount(9831, 'vi')).toBe('9.831');
    expect(formatCount(9831, 'en')).toBe('9,831');
    expect(formatCount(297500, 'vi')).toBe('297.500');
    expect(formatCount(34, 'vi')).toBe('34');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('rounds to a whole number', () => {
    expect(formatCount(24.8, 'vi')).toBe('25');
    expect(formatCount(-3, 'vi')).toBe('−3');
  });
});

describe('formatScore', () => {
  it('always shows two decimals', () => {
    expect(formatScore(87.45, 'vi')).toBe('87,45');
    expect(formatScore(87.45, 'en')).toBe('87.45');
    expect(formatScore(90, 'vi')).toBe('90,00');
    expect(formatScore(87.454, 'vi')).toBe('87,45');
    expect(formatScore(87.455, 'vi')).toBe('87,46');
  });
});

describe('formatRank', () => {
  it('writes rank over total', () => {
    expect(formatRank(3, 34, 'vi')).toBe('Hạng 3/34');
    expect(formatRank(3, 34, 'en')).toBe('Rank 3/34');
    expect(formatRank(1, 17, 'vi')).toBe('Hạng 1/17');
  });

  it('separates thousands among communes', () => {
    expect(formatRank(1024, 3321, 'vi')).toBe('Hạng 1.024/3.321');
    expect(formatRank(1024, 3321, 'en')).toBe('Rank 1,024/3,321');
  });
});

describe('formatDate', () => {
  it('writes a calendar date without shifting it', () => {
    expect(formatDate('2026-02-05', 'vi')).toBe('05/02/2026');
    expect(formatDate('2026-02-05', 'en')).toBe('5 Feb 2026');
    expect(formatDate('2026-11-27', 'vi')).toBe('27/11/2026');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
  });

  it('writes every English month with three letters', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'en'),
    );
    expect(months).toEqual([
      '1 Jan 2026',
      '1 Feb 2026',
      '1 Mar 2026',
      '1 Apr 2026',
      '1 May 2026',
      '1 Jun 2026',
      '1 Jul 2026',
      '1 Aug 2026',
      '1 Sep 2026',
      '1 Oct 2026',
      '1 Nov 2026',
      '1 Dec 2026',
    ]);
  });

  it('reads instants in Vietnam time', () => {
    // 18:00 UTC on 4 February is 01:00 on 5 February in Hanoi.
    expect(formatDate('2026-02-04T18:00:00Z', 'vi')).toBe('05/02/2026');
    expect(formatDate('2026-02-04T16:59:59Z', 'vi')).toBe('04/02/2026');
    expect(formatDate('2026-02-05T08:00:00+09:00', 'en')).toBe('5 Feb 2026');
    expect(formatDate(new Date('2026-12-31T17:00:00Z'), 'vi')).toBe('01/01/2027');
    expect(formatDate(new Date(Date.UTC(2026, 1, 5, 3)), 'en')).toBe('5 Feb 2026');
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-2-5',
    '05/02/2026',
    '2026-02-05T10:00:00',
    '2026-02-30T10:00:00Z',
    '2026-02-05T25:00:00Z',
    'hôm nay',
    '',
  ])('rejects %j', (text) => {
    expect(() => formatDate(text, 'vi')).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => formatDate(new Date(Number.NaN), 'vi')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes 24-hour time then the date, in Vietnam time', () => {
    expect(formatDateTime('2026-11-27T07:30:00Z', 'vi')).toBe('14:30, 27/11/2026');
    expect(formatDateTime('2026-11-27T07:30:00Z', 'en')).toBe('14:30, 27 Nov 2026');
    expect(formatDateTime(new Date('2026-11-27T07:30:00Z'), 'vi')).toBe('14:30, 27/11/2026');
    expect(formatDateTime('2026-11-27T14:30:00+07:00', 'vi')).toBe('14:30, 27/11/2026');
  });

  it('pads hours and minutes and never writes 24:00', () => {
    expect(formatDateTime('2026-02-04T17:05:00Z', 'vi')).toBe('00:05, 05/02/2026');
    expect(formatDateTime('2026-02-05T02:00:00Z', 'en')).toBe('09:00, 5 Feb 2026');
    expect(formatDateTime('2026-02-05T16:59:00Z', 'vi')).toBe('23:59, 05/02/2026');
  });

  it('reads a calendar date as midnight', () => {
    expect(formatDateTime('2026-02-05', 'vi')).toBe('00:00, 05/02/2026');
  });

  it('rejects a date-time without an offset', () => {
    expect(() => formatDateTime('2026-11-27T14:30', 'vi')).toThrow(RangeError);
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-27T07:30:00Z');
  const ago = (seconds: number): Date => new Date(now.getTime() - seconds * 1000);

  it('counts minutes', () => {
    expect(formatRelativeTime(ago(5 * 60), now, 'vi')).toBe('5 phút trước');
    expect(formatRelativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(60), now, 'en')).toBe('1 minute ago');
  });

  it('counts whole units, as a clock does', () => {
    expect(formatRelativeTime(ago(5 * 60 + 59), now, 'vi')).toBe('5 phút trước');
    expect(formatRelativeTime(ago(59), now, 'vi')).toBe('59 giây trước');
    expect(formatRelativeTime(ago(3599), now, 'en')).toBe('59 minutes ago');
  });

  it('picks seconds, hours and days', () => {
    expect(formatRelativeTime(ago(30), now, 'vi')).toBe('30 giây trước');
    expect(formatRelativeTime(ago(30), now, 'en')).toBe('30 seconds ago');
    expect(formatRelativeTime(ago(2 * 3600), now, 'vi')).toBe('2 giờ trước');
    expect(formatRelativeTime(ago(2 * 3600), now, 'en')).toBe('2 hours ago');
    expect(formatRelativeTime(ago(23 * 3600 + 3599), now, 'en')).toBe('23 hours ago');
    expect(formatRelativeTime(ago(86400), now, 'vi')).toBe('1 ngày trước');
    expect(formatRelativeTime(ago(86400), now, 'en')).toBe('1 day ago');
    expect(formatRelativeTime(ago(45 * 86400), now, 'en')).toBe('45 days ago');
  });

  it('says now under a second', () => {
    expect(formatRelativeTime(now, now, 'vi')).toBe('bây giờ');
    expect(formatRelativeTime(now, now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(0.4), now, 'en')).toBe('now');
  });

  it('reads future instants forward', () => {
    expect(formatRelativeTime(ago(-3 * 3600), now, 'vi')).toBe('sau 3 giờ nữa');
    expect(formatRelativeTime(ago(-3 * 3600), now, 'en')).toBe('in 3 hours');
  });

  it('accepts ISO strings', () => {
    expect(formatRelativeTime('2026-11-27T07:25:00Z', '2026-11-27T07:30:00Z', 'vi')).toBe('5 phút trước');
    expect(formatRelativeTime('2026-11-27T14:25:00+07:00', now, 'en')).toBe('5 minutes ago');
    // A calendar date is midnight in Hanoi: 17:00 UTC the day before.
    expect(formatRelativeTime('2026-11-27', '2026-11-27T07:30:00+07:00', 'en')).toBe('7 hours ago');
  });

  it('rejects unreadable instants', () => {
    expect(() => formatRelativeTime('yesterday', now, 'en')).toThrow(RangeError);
    expect(() => formatRelativeTime(now, new Date(Number.NaN), 'en')).toThrow(RangeError);
  });
});
