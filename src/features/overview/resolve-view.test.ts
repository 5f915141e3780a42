import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import { monthPeriod, periodKey, quarterPeriod } from '../../domain/period.ts';
import { DEFAULT_OVERVIEW_STATE } from './overview-state.ts';
import { resolveView } from './resolve-view.ts';

const latest = { month: '2026-10', quarter: '2026-Q3', half: '2026-H1', year: '2025' };
const resolve = (patch: Partial<typeof DEFAULT_OVERVIEW_STATE>) =>
  resolveView({ ...DEFAULT_OVERVIEW_STATE, ...patch }, CATALOG, latest, '2022-01');

describe('resolveView', () => {
  it('opens the public investment disbursement for the latest month by default', () => {
    const view = resolve({});
    expect(view?.indicator.id).toBe('public-investment-disbursement-rate');
    expect(view?.period).toEqual(monthPeriod(2026, 10));
    expect(view?.periods).toHaveLength(58);
    expect(periodKey(view!.periods[0]!)).toBe('2022-01');
  });

  it("opens a board's first headline indicator and offers only that board's indicators", () => {
    const view = resolve({ group: 'tasks' });
    expect(view?.indicator.id).toBe('tasks-completion-rate');
    expect(new Set(view?.choices.map((i) => i.group))).toEqual(new Set(['tasks']));
  });

  it('keeps a valid period and the frequency it names', () => {
    const view = resolve({ indicator: 'cpi-yoy', period: '2024-Q2' });
    expect(view?.frequency).toBe('quarter');
    expect(view?.period).toEqual(quarterPeriod(2024, 2));
  });

  it('falls back to the latest period for a period out of range or of a frequency the indicator lacks', () => {
    expect(resolve({ indicator: 'grdp-growth', period: '2026-10' })?.period).toEqual(quarterPeriod(2026, 3));
    expect(resolve({ period: '2027-01' })?.period).toEqual(monthPeriod(2026, 10));
    expect(resolve({ period: '2021-12' })?.period).toEqual(monthPeriod(2026, 10));
  });

  it('ignores an unknown indicator', () => {
    expect(resolve({ indicator: 'no-such-thing' })?.indicator.id).toBe('public-investment-disbursement-rate');
  });

  it('has nothing to show for an empty catalog', () => {
    expect(resolveView(DEFAULT_OVERVIEW_STATE, [], latest, '2022-01')).toBeNull();
  });
});
