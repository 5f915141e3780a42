import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { monthPeriod, quarterPeriod } from '../../domain/period.ts';
import { canSwitchMode, cumulativeBasis, nativeMode, switchMode } from './select-trend-lines.ts';

const indicator = (id: string): Indicator => {
  const found = CATALOG.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('canSwitchMode and nativeMode honour how values build up', () => {
  it('a flow switches to year-to-date, a year-to-date total to per month', () => {
    expect(canSwitchMode(indicator('exports'), 'month')).toBe(true);
    expect(nativeMode(indicator('exports'))).toBe('period');
    expect(canSwitchMode(indicator('budget-revenue'), 'month')).toBe(true);
    expect(nativeMode(indicator('budget-revenue'))).toBe('cumulative');
  });

  it('a stock never switches: overdue tasks and procedure lists are not differenced into flows', () => {
    expect(canSwitchMode(indicator('tasks-overdue'), 'month')).toBe(false);
    expect(canSwitchMode(indicator('internal-procedures-in-scope'), 'quarter')).toBe(false);
  });

  it('a total since the plan began is cumulative by nature and can be taken apart per quarter', () => {
    const simplified = indicator('internal-procedures-simplified');
    expect(nativeMode(simplified)).toBe('cumulative');
    expect(canSwitchMode(simplified, 'quarter')).toBe(true);
    expect(cumulativeBasis(simplified)).toBe('start');
    expect(cumulativeBasis(indicator('budget-revenue'))).toBe('year');
  });
});

describe('switchMode', () => {
  const quarters = [
    quarterPeriod(2025, 3),
    quarterPeriod(2025, 4),
    quarterPeriod(2026, 1),
    quarterPeriod(2026, 2),
  ];

  it('takes a since-2022 total apart across the new year: a quarter shows what it added (165), not the total', () => {
    expect(switchMode(quarters, [2251, 2416, 2581, 2700], 'cumulative', 'period', 'start')).toEqual([
      null,
      165,
      165,
      119,
    ]);
  });

  it('the first value after the periods before the plan is all the plan added so far', () => {
    expect(switchMode(quarters, [null, 120, 300, 480], 'cumulative', 'period', 'start')).toEqual([
      null,
      120,
      180,
      180,
    ]);
  });

  it('a since-start total that falls was re-based (lists re-published): a gap, never a negative count', () => {
    expect(switchMode(quarters, [2416, 1900, 2000, null], 'cumulative', 'period', 'start')).toEqual([
      null,
      null,
      100,
      null,
    ]);
  });

  it('year-to-date totals restart in January; a window opening mid-year has no total until January', () => {
    const months = [monthPeriod(2025, 11), monthPeriod(2025, 12), monthPeriod(2026, 1), monthPeriod(2026, 2)];
    expect(switchMode(months, [110, 130, 12, 25], 'cumulative', 'period')).toEqual([null, 20, 12, 13]);
    expect(switchMode(months, [10, 20, 12, 13], 'period', 'cumulative')).toEqual([null, null, 12, 25]);
    const fromJanuary = [monthPeriod(2026, 1), monthPeriod(2026, 2), monthPeriod(2026, 3)];
    expect(switchMode(fromJanuary, [12, 13, 15], 'period', 'cumulative')).toEqual([12, 25, 40]);
    expect(switchMode(fromJanuary, [12, 25, 40], 'cumulative', 'period')).toEqual([12, 13, 15]);
  });
});
