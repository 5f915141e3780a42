/**
 * The switches the interaction figures time, as data: each is a URL of the app (every view is a pure
 * function of its URL) and the kind of change it is. Built from the feed's catalog and metadata so the
 * views exist; boards come from ./routes.ts (`board: true`), so a new board is one line there.
 */
import { addPeriods, parsePeriod, periodKey } from '../../../src/domain/period.ts';
import type { BenchRoute } from './routes.ts';

export type SwitchKind = 'indicator' | 'period' | 'era' | 'board';

export interface Switch {
  readonly kind: SwitchKind;
  readonly url: string;
}

export interface CatalogEntry {
  readonly id: string;
  readonly frequencies: readonly string[];
  readonly scopes: readonly string[];
  readonly headline?: boolean;
}

/** Monthly provincial indicators, headline ones first: the ones a reader flips between. */
export function monthlyIndicators(catalog: readonly CatalogEntry[]): string[] {
  return catalog
    .filter((i) => i.frequencies.includes('month') && i.scopes.includes('province'))
    .sort((a, b) => Number(b.headline ?? false) - Number(a.headline ?? false))
    .map((i) => i.id);
}

function monthBefore(latest: string, n: number): string {
  const p = parsePeriod(latest);
  if (!p || p.frequency !== 'month') throw new Error(`not a month: ${latest}`);
  return periodKey(addPeriods(p, -n));
}

/**
 * One cycle of cached switches, starting from and returning to `/?indicator=<first>`: three other indicators,
 * two earlier months and back, the other era and back, and each board and back.
 */
export function cachedCycle(
  indicators: readonly string[],
  latestMonth: string,
  routes: readonly BenchRoute[],
): Switch[] {
  const [i0, ...others] = indicators;
  if (!i0 || others.length < 3) throw new Error('the catalog needs at least four monthly indicators');
  const home = `/?indicator=${i0}`;
  const cycle: Switch[] = [
    ...others.slice(0, 3).map((id): Switch => ({ kind: 'indicator', url: `/?indicator=${id}` })),
    { kind: 'indicator', url: home },
    { kind: 'period', url: `${home}&period=${monthBefore(latestMonth, 1)}` },
    { kind: 'period', url: `${home}&period=${monthBefore(latestMonth, 2)}` },
    { kind: 'period', url: `${home}&period=${latestMonth}` },
    { kind: 'era', url: `${home}&era=63` },
    { kind: 'era', url: home },
  ];
  for (const route of routes.filter((r) => r.board && r.path !== '/')) {
    cycle.push({ kind: 'board', url: route.path }, { kind: 'board', url: home });
  }
  return cycle;
}

/**
 * `count` switches to views not visited before: each (indicator, month) pair once, three or more months
 * back (the cached cycle uses the latest two), alternating a change of month with a change of indicator.
 */
export function uncachedSwitches(
  indicators: readonly string[],
  latestMonth: string,
  count: number,
): Switch[] {
  const ids = indicators.slice(0, 4);
  const out: Switch[] = [];
  let back = 3;
  while (out.length < count) {
    // Indicator changes within a month, then the month changes.
    for (let j = 0; j < ids.length && out.length < count; j++) {
      out.push({
        kind: j === 0 ? 'period' : 'indicator',
        url: `/?indicator=${ids[j] as string}&period=${monthBefore(latestMonth, back)}`,
      });
    }
    back++;
  }
  return out;
}
