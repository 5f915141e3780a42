import { describe, expect, it } from 'vitest';
import { monthPeriod, periodKey, quarterPeriod, yearPeriod, type Frequency } from '../../domain/period.ts';
import { selectTilePeriod } from './tiles.ts';

const latest = { month: '2026-10', quarter: '2026-Q3', half: '2026-H1', year: '2025' };
const first = monthPeriod(2022, 1);
const published = (...frequencies: Frequency[]) => ({ frequencies });
const shown = (result: ReturnType<typeof selectTilePeriod>) =>
  result && { period: periodKey(result.period), latestOf: result.latestOf };

describe('selectTilePeriod', () => {
  it('shows the latest of each frequency while the board shows its latest period', () => {
    expect(shown(selectTilePeriod(published('month'), null, latest, first))).toEqual({
      period: '2026-10',
      latestOf: null,
    });
    expect(shown(selectTilePeriod(published('quarter'), null, latest, first))).toEqual({
      period: '2026-Q3',
      latestOf: null,
    });
  });

  it('follows a chosen period of its own frequency', () => {
    expect(shown(selectTilePeriod(published('month'), monthPeriod(2024, 10), latest, first))).toEqual({
      period: '2024-10',
      latestOf: null,
    });
  });

  it('takes the last period of its own frequency that has ended by the end of the chosen one, and says so', () => {
    // October 2024: GRDP is known for the first three quarters, population for 2023.
    expect(shown(selectTilePeriod(published('quarter'), monthPeriod(2024, 10), latest, first))).toEqual({
      period: '2024-Q3',
      latestOf: 'quarter',
    });
    expect(shown(selectTilePeriod(published('quarter'), monthPeriod(2024, 9), latest, first))).toEqual({
      period: '2024-Q3',
      latestOf: 'quarter',
    });
    expect(shown(selectTilePeriod(published('year'), monthPeriod(2024, 10), latest, first))).toEqual({
      period: '2023',
      latestOf: 'year',
    });
    // A quarter chosen: a monthly figure of its last month.
    expect(shown(selectTilePeriod(published('month'), quarterPeriod(2024, 3), latest, first))).toEqual({
      period: '2024-09',
      latestOf: 'month',
    });
    expect(shown(selectTilePeriod(published('month'), yearPeriod(2024), latest, first))?.period).toBe(
      '2024-12',
    );
  });

  it("never goes past the feed's latest period of its frequency", () => {
    // The year 2026 has not ended: the months stop at October.
    expect(shown(selectTilePeriod(published('month'), yearPeriod(2026), latest, first))?.period).toBe(
      '2026-10',
    );
  });

  it('gives nothing before the first period with data', () => {
    expect(selectTilePeriod(published('quarter'), monthPeriod(2022, 2), latest, first)).toBeNull();
    expect(selectTilePeriod(published('year'), monthPeriod(2022, 10), latest, first)).toBeNull();
  });
});
