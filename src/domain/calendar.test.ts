import { describe, expect, it } from 'vitest';
import { addDays, dateOfDay, dayNumber, daysBetween, isWeekday } from './calendar.ts';

describe('calendar days', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-09-30', '2026-10-31')).toBe(31);
    expect(daysBetween('2026-10-31', '2026-09-30')).toBe(-31);
  });

  it('dateOfDay is the inverse of dayNumber, as Date would compute it', () => {
    for (let n = dayNumber('1999-12-25'); n < dayNumber('2031-01-05'); n += 13) {
      expect(dateOfDay(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      expect(dayNumber(dateOfDay(n))).toBe(n);
    }
  });

  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('14/10/2026')).toThrow(RangeError);
  });

  it('knows weekdays: 14/10/2026 is a Wednesday, 17/10/2026 a Saturday', () => {
    expect(isWeekday('2026-10-14')).toBe(true);
    expect(isWeekday('2026-10-17')).toBe(false);
    expect(isWeekday('2026-10-18')).toBe(false);
  });
});
