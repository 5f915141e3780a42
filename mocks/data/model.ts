/**
 * The latent model behind the synthetic feed: every series at the level of the 63 former provinces and
 * the 22 former ministries, for every period from January of the first year to December of the as-of
 * year, including periods after the 2025 reforms. What the feed reports (the 34, the 17) is aggregated
 * from these by the indicator's rule, so the current units continue the former ones exactly.
 *
 * Decision 766 scores are the exception: they cannot be combined, so they are generated directly for
 * the units of every era ({@link LatentModel.score766}).
 *
 * Values are generated per series (an indicator or one of the internal parts below) on first use and
 * kept; every random draw is keyed by (seed, series, unit, period), so the order of requests never
 * changes a number.
 */
import { PERIODS_PER_YEAR, type Frequency, type Period } from '../../src/domain/period.ts';
import { roundTo } from '../../src/domain/observation.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import { MINISTRY_ERA_CHANGE, PROVINCE_ERA_CHANGE, type EraId, type Scope } from '../../src/domain/units.ts';
import {
  BUDGET_ESTIMATE,
  BUDGET_REVENUE,
  HOUSEHOLD_CONSUMPTION,
  INDUSTRY_VALUE_ADDED,
  type MonthPins,
  NEW_ENTERPRISES_MONTHS,
  PROVINCE_DISBURSEMENT_LEAD,
  RETAIL_MONTHS,
  byMonth,
  byYear,
  CPI_YOY,
  DISBURSEMENT_CURVE_2025,
  DISBURSEMENT_YEAR_END,
  DOSSIERS_MINISTRIES,
  DOSSIERS_PROVINCES,
  EXPORTS,
  FDI,
  FIRST_YEAR,
  GRDP_GROWTH_QUARTER,
  GRDP_GROWTH_PLAN,
  GRDP_NOMINAL,
  IIP_YOY,
  INVESTMENT_PLAN,
  INVESTMENT_PROVINCE_SHARE,
  NEW_ENTERPRISES,
  POPULATION,
  QUARTER_SHARES,
  RETAIL,
  SEASON,
  TASKS_MINISTRY_SHARE,
  TASKS_PER_YEAR,
  type YearTable,
} from './calibration.ts';
import { MINISTRY_PROFILES, PROVINCE_PROFILES, type ProvinceProfile } from './profiles.ts';
import { clamp, Rng, softClamp } from './random.ts';

/**
 * Series that are not in the catalog but that the task, reporting and reform endpoints and the targets
 * need; they aggregate by sum like their siblings.
 */
export const INTERNAL_SERIES = {
  tasksDoneLate: 'tasks-done-late',
  tasksInProgress: 'tasks-in-progress',
  tasksKey: 'tasks-key',
  reportsLate: 'reports-late',
  proceduresReviewed: 'internal-procedures-reviewed',
  budgetEstimate: 'target-budget-revenue',
  growthPlan: 'target-grdp-growth',
} as const;

/** The six Decision 766 components with their maximum points, as the National Public Service Portal shows them (docs/domain.md §4). */
export const COMPONENTS_766 = [
  { id: 'dvc-766-transparency', max: 18, bias: 0.06 },
  { id: 'dvc-766-progress', max: 20, bias: 0.08 },
  { id: 'dvc-766-digitisation', max: 22, bias: -0.06 },
  { id: 'dvc-766-online-service', max: 12, bias: -0.02 },
  { id: 'dvc-766-online-payment', max: 10, bias: -0.08 },
  { id: 'dvc-766-satisfaction', max: 18, bias: 0.1 },
] as const;
export const TOTAL_766 = 'dvc-766-total';

/** First month (index from January of the first year) the 766 index was computed: August 2022. */
const FIRST_MONTH_766 = 7;
/** First quarter (index) of the internal procedure plan's figures: 2022-Q4. */
const FIRST_QUARTER_PROCEDURES = 3;

/**
 * How a base series becomes each frequency:
 * - `flow`: monthly flows; a quarter or year is their sum;
 * - `cumulative-flow`: monthly flows reported as running sums from January;
 * - `mean`: monthly rates or scores; a quarter or year is the mean of its months;
 * - `level`: stocks or year-to-date counts at month or quarter end; a longer period takes its last one;
 * - `quarter-flow`: quarterly flows (GRDP of the quarter); a half-year or year is their sum;
 * - `quarter-cumulative`: quarterly flows reported as running sums from January (GRDP);
 * - `quarter-level`: quarterly values already cumulative (GRDP growth, stocks such as procedure lists); a
 *   half-year or year takes its last quarter;
 * - `year`: annual only.
 */
type Derive =
  | 'flow'
  | 'cumulative-flow'
  | 'mean'
  | 'level'
  | 'quarter-flow'
  | 'quarter-cumulative'
  | 'quarter-level'
  | 'year';

interface BaseSeries {
  readonly derive: Derive;
  readonly decimals: number;
  /** Per latent unit code, values by period index of the base frequency; NaN where not applicable. */
  readonly values: ReadonlyMap<string, Float64Array>;
}

/** Index of `p` among the periods of its frequency counted from January of the first year. */
export function periodIndex(p: Period): number {
  switch (p.frequency) {
    case 'month':
      return (p.year - FIRST_YEAR) * 12 + p.month - 1;
    case 'quarter':
      return (p.year - FIRST_YEAR) * 4 + p.quarter - 1;
    case 'half':
      return (p.year - FIRST_YEAR) * 2 + p.half - 1;
    case 'year':
      return p.year - FIRST_YEAR;
  }
}

function at(values: Float64Array | undefined, index: number): number {
  if (!values || index < 0 || index >= values.length) return Number.NaN;
  return values[index] ?? Number.NaN;
}

const PROVINCE_BY_CODE = new Map(PROVINCE_PROFILES.map((p) => [p.code, p]));

/** The latent level of a scope: former provinces or former ministries. */
export function latentCodes(scope: Scope): readonly string[] {
  return scope === 'province' ? LATENT_PROVINCES : LATENT_MINISTRIES;
}
const LATENT_PROVINCES = registryUnits('63').map((u) => u.code);
const LATENT_MINISTRIES = registryMinistries('22').map((m) => m.code);

/** Former codes of a unit of a current era (34 or 17); the unit itself for a former era. */
export function formerCodes(era: EraId, code: string): readonly string[] {
  if (era === '34') return FORMER_34.get(code) ?? [];
  if (era === '17') return FORMER_17.get(code) ?? [];
  return [code];
}
const FORMER_34 = new Map(registryUnits('34').map((u) => [u.code, u.formerCodes ?? [u.code]]));
const FORMER_17 = new Map(registryMinistries('17').map((m) => [m.code, m.formerCodes ?? [m.code]]));

/**
 * Series each agency keeps for itself: its published list of internal procedures (and what it simplified
 * of it) and the reports due from it. After a merger the new unit publishes one list and reports as one
 * agency, so these are generated for it directly from the first period it reports, not added up from its
 * predecessors'; a unit the merger left unchanged (Hà Nội) keeps its own.
 */
const OWN_LIST_SERIES: ReadonlySet<string> = new Set([
  'internal-procedures-in-scope',
  'internal-procedures-simplified',
  'internal-procedures-reviewed',
  'internal-procedures-cost-saved',
  'reports-required',
  'reports-on-time',
  'reports-late',
  'reports-not-submitted',
]);

/** Whether series `id` follows the agencies in force rather than adding up the former ones. */
export function followsNewUnits(id: string): boolean {
  return OWN_LIST_SERIES.has(id);
}

/**
 * The latent keys whose values make up agency `code` of `era` for series `id`, in a period that `era`
 * reported: the former units for most series; for the series a merged unit keeps for itself, its own key
 * ('34:24', '17:TC') as well, which is zero before the merger while the former units' are zero after it, so
 * a year that spans the merger adds the former units' months to the new unit's.
 */
export function latentKeys(id: string, era: EraId, code: string): readonly string[] {
  const formers = formerCodes(era, code);
  if (formers.length < 2 || !followsNewUnits(id)) return formers;
  const key = `${era}:${code}`;
  let keys = OWN_KEYS.get(key);
  if (!keys) {
    keys = [key, ...formers];
    OWN_KEYS.set(key, keys);
  }
  return keys;
}
const OWN_KEYS = new Map<string, readonly string[]>();

/** Units of the current era of `scope` that merged several former ones, with their latent key. */
function mergedUnits(scope: Scope): { key: string; formers: readonly string[] }[] {
  const era = scope === 'province' ? '34' : '17';
  const codes =
    scope === 'province'
      ? registryUnits('34').map((u) => u.code)
      : registryMinistries('17').map((m) => m.code);
  return codes
    .map((code) => ({ key: `${era}:${code}`, formers: formerCodes(era, code) }))
    .filter((u) => u.formers.length > 1);
}

/** Index of the first month and first quarter the current era of `scope` reported (July 2025, March 2025). */
function firstIndexOfNewEra(scope: Scope): { month: number; quarter: number } {
  const change = scope === 'province' ? PROVINCE_ERA_CHANGE : MINISTRY_ERA_CHANGE;
  const year = Number(change.slice(0, 4));
  const month = Number(change.slice(5, 7));
  // The eras change on the first of a month: that month, and the quarter containing it, end in the new era.
  return {
    month: (year - FIRST_YEAR) * 12 + month - 1,
    quarter: (year - FIRST_YEAR) * 4 + Math.floor((month - 1) / 3),
  };
}

export interface LatentModelOptions {
  readonly seed: number;
  /** Years FIRST_YEAR..lastYear are modelled (the as-of year). */
  readonly lastYear: number;
  /** The latest complete year: annual weights of later periods use it. */
  readonly latestYear: number;
  /** Index of the latest complete month: reports due then are more often not yet in. */
  readonly latestMonthIndex: number;
}

export class LatentModel {
  private readonly seed: number;
  private readonly years: number;
  private readonly latestYear: number;
  private readonly latestMonthIndex: number;
  private readonly base = new Map<string, BaseSeries>();
  private readonly derived = new Map<string, ReadonlyMap<string, Float64Array>>();
  private readonly scores766 = new Map<string, ReadonlyMap<string, Float64Array>>();
  private readonly growthBias = new Map<string, number>();

  constructor(options: LatentModelOptions) {
    this.seed = options.seed;
    this.years = options.lastYear - FIRST_YEAR + 1;
    this.latestYear = options.latestYear;
    this.latestMonthIndex = options.latestMonthIndex;
  }

  /**
   * The value of series `id` for the latent unit `code` (a former province or ministry) in period `p`,
   * rounded as reported; NaN outside the modelled years or before the series starts.
   */
  value(id: string, p: Period, code: string): number {
    return at(this.table(id, p.frequency).get(code), periodIndex(p));
  }

  /** The year whose annual figure weighs period `p`: its own, or the latest complete one. */
  weightYear(p: Period): number {
    return Math.min(p.year, this.latestYear);
  }

  /**
   * A Decision 766 score (`dvc-766-total` or a component) of a unit of any era, generated for that unit
   * directly. A unit of a current era that is one former unit unchanged shares that unit's scores.
   */
  score766(scope: Scope, era: EraId, code: string, id: string, p: Period): number {
    const key = this.key766(era, code);
    if (id === TOTAL_766) {
      let total = 0;
      for (const c of COMPONENTS_766) total += this.component766(scope, key, c.id, p);
      return roundTo(total, 2);
    }
    return this.component766(scope, key, id, p);
  }

  private component766(scope: Scope, key: string, id: string, p: Period): number {
    const monthly = this.monthly766(scope, key).get(id);
    if (!monthly) return Number.NaN;
    if (p.frequency === 'month') return at(monthly, periodIndex(p));
    // A quarter, half-year or year scores the mean of its months.
    const count = 12 / PERIODS_PER_YEAR[p.frequency];
    return meanOf(monthly, periodIndex(p) * count, count, 2);
  }

  private key766(era: EraId, code: string): string {
    const formers = formerCodes(era, code);
    if ((era === '34' || era === '17') && formers.length === 1)
      return `${era === '34' ? '63' : '22'}:${formers[0]}`;
    return `${era}:${code}`;
  }

  private quality766(scope: Scope, key: string): number {
    const [era, code] = key.split(':') as [EraId, string];
    if (era === '34' || era === '17') {
      const formers = formerCodes(era, code);
      const mean =
        formers.reduce((s, f) => s + this.quality766(scope, `${era === '34' ? '63' : '22'}:${f}`), 0) /
        formers.length;
      return mean + new Rng(this.seed, 'q766', key).normal(0, 0.3);
    }
    return new Rng(this.seed, 'q766', key).normal(0, 1);
  }

  private monthly766(scope: Scope, key: string): ReadonlyMap<string, Float64Array> {
    const cached = this.scores766.get(key);
    if (cached) return cached;
    const months = this.years * 12;
    const q = this.quality766(scope, key);
    const unitRng = new Rng(this.seed, 'u766', key);
    const trend = unitRng.normal(0, 0.8);
    const componentBias = COMPONENTS_766.map(() => unitRng.normal(0, 0.04));
    const result = new Map<string, Float64Array>(
      COMPONENTS_766.map((c) => [c.id, new Float64Array(months).fill(Number.NaN)]),
    );
    for (let t = FIRST_MONTH_766; t < months; t++) {
      const rng = new Rng(this.seed, 'm766', key, t);
      const years = (t - FIRST_MONTH_766) / 12;
      // The index improved as agencies learned what it measures: from the high 60s in 2022 to the high 80s.
      const general = Math.min(88, 67 + 4.6 * years) - (scope === 'ministry' ? 3 : 0);
      const level = softClamp(general + 4.5 * q + trend * years + rng.normal(0, 0.9), 61, 94, 4);
      COMPONENTS_766.forEach((c, i) => {
        const share = softClamp(
          (level - 2) / 100 + c.bias + (componentBias[i] ?? 0) + rng.normal(0, 0.02),
          0.3,
          1,
          0.08,
        );
        const values = result.get(c.id);
        if (values) values[t] = roundTo(c.max * share, 2);
      });
    }
    this.scores766.set(key, result);
    return result;
  }

  /** The values of series `id` at `frequency` for every latent unit (memoised). */
  table(id: string, frequency: Frequency): ReadonlyMap<string, Float64Array> {
    const key = `${id}|${frequency}`;
    const cached = this.derived.get(key);
    if (cached) return cached;
    const series = this.baseSeries(id);
    const table = new Map<string, Float64Array>();
    for (const [code, values] of series.values) table.set(code, this.derive(series, values, frequency));
    this.derived.set(key, table);
    return table;
  }

  private derive(series: BaseSeries, values: Float64Array, frequency: Frequency): Float64Array {
    const { derive, decimals } = series;
    const n = this.years * PERIODS_PER_YEAR[frequency];
    const out = new Float64Array(n).fill(Number.NaN);
    const monthsPer = 12 / PERIODS_PER_YEAR[frequency];
    const quartersPer = Math.max(1, 4 / PERIODS_PER_YEAR[frequency]);
    for (let i = 0; i < n; i++) {
      switch (derive) {
        case 'flow':
        case 'mean':
        case 'level':
        case 'cumulative-flow': {
          if (frequency === 'month' && derive !== 'cumulative-flow') {
            out[i] = at(values, i);
            break;
          }
          const first = i * monthsPer;
          const last = first + monthsPer - 1;
          if (derive === 'mean') out[i] = meanOf(values, first, monthsPer, decimals);
          else if (derive === 'level') out[i] = at(values, last);
          else if (derive === 'flow') out[i] = sumOf(values, first, monthsPer, decimals);
          else {
            const january = Math.floor(last / 12) * 12;
            out[i] = sumOf(values, january, last - january + 1, decimals);
          }
          break;
        }
        case 'quarter-flow':
        case 'quarter-cumulative':
        case 'quarter-level': {
          if (frequency === 'month') break;
          const lastQuarter = i * quartersPer + quartersPer - 1;
          if (derive === 'quarter-level') {
            out[i] = at(values, lastQuarter);
          } else if (derive === 'quarter-flow') {
            out[i] = sumOf(values, i * quartersPer, quartersPer, decimals);
          } else {
            const firstQuarter = Math.floor(lastQuarter / 4) * 4;
            out[i] = sumOf(values, firstQuarter, lastQuarter - firstQuarter + 1, decimals);
          }
          break;
        }
        case 'year':
          if (frequency === 'year') out[i] = at(values, i);
          break;
      }
    }
    return out;
  }

  private baseSeries(id: string): BaseSeries {
    let series = this.base.get(id);
    if (!series) {
      this.generate(id);
      series = this.base.get(id);
      if (!series) throw new Error(`The synthetic model has no series '${id}'`);
    }
    return series;
  }

  private put(id: string, derive: Derive, decimals: number, values: Map<string, Float64Array>): void {
    const existing = this.base.get(id);
    if (!existing) {
      this.base.set(id, { derive, decimals, values });
      return;
    }
    // Series published for provinces and ministries: both levels in one table (codes never collide).
    const merged = new Map(existing.values);
    for (const [code, v] of values) merged.set(code, v);
    this.base.set(id, { derive, decimals, values: merged });
  }

  private generate(id: string): void {
    switch (id) {
      case 'population': {
        this.genPopulation();
        return;
      }
      case 'grdp-nominal':
      case 'grdp-nominal-quarter': {
        this.genGrdpNominal();
        return;
      }
      case 'grdp-growth':
      case 'grdp-growth-quarter':
      case INTERNAL_SERIES.growthPlan: {
        this.genGrdpGrowth();
        return;
      }
      case 'household-consumption': {
        this.genAnnualShare(id, HOUSEHOLD_CONSUMPTION, (c, y) => this.consumptionWeight(c, y));
        return;
      }
      case 'industry-value-added': {
        this.genAnnualShare(id, INDUSTRY_VALUE_ADDED, (c, y) => this.industryWeight(c, y));
        return;
      }
      case 'cpi-yoy': {
        this.genCpi();
        return;
      }
      case 'iip-growth': {
        this.genIip();
        return;
      }
      case 'retail-sales': {
        this.put(
          id,
          'flow',
          0,
          this.genFlows(
            id,
            LATENT_PROVINCES,
            RETAIL,
            (c, y) => this.retailWeight(c, y),
            SEASON.retail,
            0.04,
            0,
            undefined,
            RETAIL_MONTHS,
          ),
        );
        return;
      }
      case 'exports': {
        this.put(
          id,
          'flow',
          0,
          this.genFlows(
            id,
            LATENT_PROVINCES,
            EXPORTS,
            (c, y) => this.exportWeight(c, y),
            SEASON.exports,
            0.08,
            0,
          ),
        );
        return;
      }
      case 'new-enterprises': {
        this.put(
          id,
          'flow',
          0,
          this.genFlows(
            id,
            LATENT_PROVINCES,
            NEW_ENTERPRISES,
            (c, y) => this.enterpriseWeight(c, y),
            SEASON.enterprises,
            0.08,
            0,
            undefined,
            NEW_ENTERPRISES_MONTHS,
          ),
        );
        return;
      }
      case 'fdi-registered': {
        this.put(
          id,
          'cumulative-flow',
          1,
          this.genFlows(
            id,
            LATENT_PROVINCES,
            FDI,
            (c, y) => this.fdiWeight(c, y),
            SEASON.fdi,
            1.0,
            1,
            (c) => (this.fdiWeight(c, 2025) < 0.004 ? 0.45 : 0.05),
          ),
        );
        return;
      }
      case 'budget-revenue':
      case INTERNAL_SERIES.budgetEstimate: {
        this.genBudget();
        return;
      }
      case 'public-investment-plan':
      case 'public-investment-disbursed':
        this.genInvestment('province');
        {
          this.genInvestment('ministry');
          return;
        }
      case 'dossiers-received':
      case 'dossiers-online':
        this.genDossiers('province');
        {
          this.genDossiers('ministry');
          return;
        }
      case 'internal-procedures-in-scope':
      case 'internal-procedures-simplified':
      case 'internal-procedures-cost-saved':
      case INTERNAL_SERIES.proceduresReviewed:
        this.genProcedures('province');
        {
          this.genProcedures('ministry');
          return;
        }
      case 'tasks-assigned':
      case 'tasks-completed':
      case 'tasks-overdue':
      case INTERNAL_SERIES.tasksDoneLate:
      case INTERNAL_SERIES.tasksInProgress:
      case INTERNAL_SERIES.tasksKey:
        this.genTasks('province');
        {
          this.genTasks('ministry');
          return;
        }
      case 'reports-required':
      case 'reports-on-time':
      case 'reports-not-submitted':
      case INTERNAL_SERIES.reportsLate:
        this.genReports('province');
        {
          this.genReports('ministry');
          return;
        }
      default:
        return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Province weights

  private profile(code: string): ProvinceProfile {
    const p = PROVINCE_BY_CODE.get(code);
    if (!p) throw new Error(`No profile for province ${code}`);
    return p;
  }

  /** Persistent growth advantage of a province, percentage points. */
  private bias(code: string): number {
    let b = this.growthBias.get(code);
    if (b === undefined) {
      b = this.profile(code).growthBias ?? new Rng(this.seed, 'growth-bias', code).normal(0, 0.8);
      this.growthBias.set(code, b);
    }
    return b;
  }

  /** Economic weight in `year`: 2024 GRDP drifted by the province's growth advantage. */
  private economicWeight(code: string, year: number): number {
    return this.profile(code).grdp * (1 + (0.9 * this.bias(code)) / 100) ** (year - 2024);
  }

  private retailWeight(code: string, year: number): number {
    const p = this.profile(code);
    // Spending follows people and income; the two metropolises and the tourist coast draw shoppers in.
    const boost = code === '79' ? 1.45 : code === '01' ? 1.3 : code === '48' || code === '56' ? 1.3 : 1;
    return ((0.5 * this.economicWeight(code, year)) / 11512 + (0.5 * p.population) / 100300) * boost;
  }

  private exportWeight(code: string, year: number): number {
    return this.profile(code).exports * (1 + (1.5 * this.bias(code)) / 100) ** (year - 2024);
  }

  private enterpriseWeight(code: string, year: number): number {
    const override = code === '79' ? 0.245 : code === '01' ? 0.17 : undefined;
    if (override !== undefined) return override * 1.5;
    return (this.economicWeight(code, year) / 11512) ** 1.1;
  }

  private fdiWeight(code: string, year: number): number {
    const p = this.profile(code);
    return (p.fdi ?? (25 * this.economicWeight(code, year)) / 11512) / 100;
  }

  /** Households' spending follows people and income, drawn to the metropolises and the tourist coast. */
  private consumptionWeight(code: string, year: number): number {
    return this.retailWeight(code, year);
  }

  /** Industry's share of output: high in the export hubs and where one plant or mine dominates. */
  private industryWeight(code: string, year: number): number {
    const p = this.profile(code);
    const exportIntensity = Math.min(1, (p.exports * 25) / p.grdp);
    const share = 0.12 + 0.3 * exportIntensity + (p.volatileIndustry ? 0.1 : 0) - (p.mountain ? 0.03 : 0);
    return this.economicWeight(code, year) * share;
  }

  private revenueWeight(code: string, year: number): number {
    const p = this.profile(code);
    return (
      (p.revenue ?? this.economicWeight(code, year) * 0.1) * (1 + this.bias(code) / 100) ** (year - 2024)
    );
  }

  // -------------------------------------------------------------------------------------------------
  // Generators

  private genPopulation(): void {
    const table = new Map<string, Float64Array>();
    const raw = new Map<string, number[]>();
    for (const code of LATENT_PROVINCES) {
      const p = this.profile(code);
      const urban = ['01', '79', '74', '75', '27', '31', '48'].includes(code) ? 0.01 : 0;
      const growth =
        0.0085 + urban + (p.mountain ? 0.004 : 0) + new Rng(this.seed, 'pop-growth', code).normal(0, 0.0015);
      raw.set(
        code,
        Array.from({ length: this.years }, (_, i) => p.population * (1 + growth) ** (FIRST_YEAR + i - 2023)),
      );
    }
    for (let i = 0; i < this.years; i++) {
      const total = [...raw.values()].reduce((s, v) => s + (v[i] ?? 0), 0);
      const target = byYear(POPULATION, FIRST_YEAR + i);
      for (const code of LATENT_PROVINCES) {
        const values = table.get(code) ?? new Float64Array(this.years);
        values[i] = roundTo(((raw.get(code)?.[i] ?? 0) * target) / total, 1);
        table.set(code, values);
      }
    }
    this.put('population', 'year', 1, table);
  }

  private genGrdpNominal(): void {
    const table = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years * 4)]),
    );
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      const weights = LATENT_PROVINCES.map(
        (c) => this.economicWeight(c, year) * new Rng(this.seed, 'grdp-share', c, year).lognormal(0.02),
      );
      const total = weights.reduce((s, w) => s + w, 0);
      LATENT_PROVINCES.forEach((code, k) => {
        const annual = (byYear(GRDP_NOMINAL, year) * (weights[k] ?? 0)) / total;
        const rng = new Rng(this.seed, 'grdp-quarters', code, year);
        const shares = QUARTER_SHARES.map((s) => s * (1 + rng.normal(0, 0.008)));
        const sum = shares.reduce((s, v) => s + v, 0);
        const values = table.get(code);
        shares.forEach((s, q) => {
          if (values) values[i * 4 + q] = Math.round((annual * s) / sum);
        });
      });
    }
    this.put('grdp-nominal', 'quarter-cumulative', 0, table);
    this.put('grdp-nominal-quarter', 'quarter-flow', 0, table);
  }

  /**
   * An annual national total shared out by weight with a little noise, rounded; the shares add up to the
   * total (up to rounding).
   */
  private genAnnualShare(
    id: string,
    totals: YearTable,
    weight: (code: string, year: number) => number,
  ): void {
    const table = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years)]),
    );
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      const weights = LATENT_PROVINCES.map(
        (c) => weight(c, year) * new Rng(this.seed, id, 'share', c, year).lognormal(0.04),
      );
      const total = weights.reduce((sum, w) => sum + w, 0);
      LATENT_PROVINCES.forEach((code, k) => {
        const values = table.get(code);
        if (values) values[i] = Math.round((byYear(totals, year) * (weights[k] ?? 0)) / total);
      });
    }
    this.put(id, 'year', 0, table);
  }

  /**
   * GRDP growth: each quarter's rate on the same quarter a year before (discrete), centred on the national
   * path with the quarter's GRDP as weights; the cumulative rates (6, 9 months, the year) are each province's
   * quarters weighted by its quarterly GRDP, so the nation's cumulative rate is its quarters weighted alike.
   */
  private genGrdpGrowth(): void {
    const nominal = this.table('grdp-nominal-quarter', 'quarter');
    const discrete = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years * 4)]),
    );
    const cumulative = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years * 4)]),
    );
    const plan = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years)]),
    );
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      const yearDeviation = new Map(
        LATENT_PROVINCES.map((c) => [
          c,
          0.8 * this.bias(c) + new Rng(this.seed, 'grdp-dev', c, year).normal(0, 0.9),
        ]),
      );
      for (let q = 0; q < 4; q++) {
        const index = i * 4 + q;
        const national = byMonth(GRDP_GROWTH_QUARTER, year, q + 1);
        const raw = LATENT_PROVINCES.map((c) => {
          const noise = new Rng(this.seed, 'grdp-q', c, year, q).normal(0, 0.6);
          return national + softClamp((yearDeviation.get(c) ?? 0) + noise, -3.5, 4.5, 1);
        });
        // Centre the deviations on the national path with GRDP weights, so the nation is the weighted mean.
        const weights = LATENT_PROVINCES.map((c) => at(nominal.get(c), index));
        const totalWeight = weights.reduce((s, w) => s + w, 0);
        const mean = raw.reduce((s, v, k) => s + v * (weights[k] ?? 0), 0) / totalWeight;
        LATENT_PROVINCES.forEach((c, k) => {
          const values = discrete.get(c);
          if (values) values[index] = roundTo((raw[k] ?? national) - mean + national, 2);
        });
      }
      for (const c of LATENT_PROVINCES) {
        const rates = discrete.get(c);
        const weights = nominal.get(c);
        const values = cumulative.get(c);
        let weighted = 0;
        let total = 0;
        for (let q = 0; q < 4; q++) {
          const w = at(weights, i * 4 + q);
          weighted += w * at(rates, i * 4 + q);
          total += w;
          if (values) values[i * 4 + q] = roundTo(weighted / total, 2);
        }
      }
      // Provincial plans sit near the national plan, higher where the province usually grows faster.
      for (const c of LATENT_PROVINCES) {
        const own =
          byYear(GRDP_GROWTH_PLAN, year) +
          softClamp(
            0.5 * this.bias(c) + new Rng(this.seed, 'grdp-plan', c, year).normal(0.3, 0.4),
            -1,
            2.5,
            0.5,
          );
        const values = plan.get(c);
        if (values) values[i] = Math.round(own * 2) / 2;
      }
    }
    this.put('grdp-growth-quarter', 'quarter-level', 2, discrete);
    this.put('grdp-growth', 'quarter-level', 2, cumulative);
    this.put(INTERNAL_SERIES.growthPlan, 'year', 2, plan);
  }

  /** CPI by province, centred on the national path with household consumption as weights, as the office weights it. */
  private genCpi(): void {
    const consumption = this.table('household-consumption', 'year');
    const table = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years * 12)]),
    );
    const deviation = new Map(
      LATENT_PROVINCES.map((c) => [c, new Rng(this.seed, 'cpi-dev', c).normal(0, 0.4)]),
    );
    for (let t = 0; t < this.years * 12; t++) {
      const year = FIRST_YEAR + Math.floor(t / 12);
      const national = byMonth(CPI_YOY, year, (t % 12) + 1);
      const yearIndex = Math.min(year, this.latestYear) - FIRST_YEAR;
      const raw = LATENT_PROVINCES.map((c) => {
        const rng = new Rng(this.seed, 'cpi', c, t);
        const yearly = new Rng(this.seed, 'cpi-year', c, year).normal(0, 0.2);
        return national + softClamp((deviation.get(c) ?? 0) + yearly + rng.normal(0, 0.25), -1.5, 1.5, 0.5);
      });
      this.centre(table, raw, (c) => at(consumption.get(c), yearIndex), national, t, 2);
    }
    this.put('cpi-yoy', 'mean', 2, table);
  }

  /** IIP by province, centred on the national path with industrial value added as weights. */
  private genIip(): void {
    const valueAdded = this.table('industry-value-added', 'year');
    const table = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years * 12)]),
    );
    for (let t = 0; t < this.years * 12; t++) {
      const year = FIRST_YEAR + Math.floor(t / 12);
      const national = byMonth(IIP_YOY, year, (t % 12) + 1);
      const yearIndex = Math.min(year, this.latestYear) - FIRST_YEAR;
      const raw = LATENT_PROVINCES.map((c) => {
        const volatile = this.profile(c).volatileIndustry === true;
        const yearly = new Rng(this.seed, 'iip-year', c, year).normal(0.3 * this.bias(c), volatile ? 4 : 2.5);
        const monthly = new Rng(this.seed, 'iip', c, t).normal(0, volatile ? 5 : 2.2);
        return national + softClamp(yearly + monthly, -14, 18, 4);
      });
      this.centre(table, raw, (c) => at(valueAdded.get(c), yearIndex), national, t, 1);
    }
    this.put('iip-growth', 'mean', 1, table);
  }

  /** Writes `raw` shifted so that its weighted mean over the provinces is `national`, rounded. */
  private centre(
    table: Map<string, Float64Array>,
    raw: readonly number[],
    weight: (code: string) => number,
    national: number,
    index: number,
    decimals: number,
  ): void {
    let weighted = 0;
    let total = 0;
    LATENT_PROVINCES.forEach((c, k) => {
      const w = weight(c);
      weighted += w * (raw[k] ?? 0);
      total += w;
    });
    const shift = national - weighted / total;
    LATENT_PROVINCES.forEach((c, k) => {
      const values = table.get(c);
      if (values) values[index] = roundTo((raw[k] ?? national) + shift, decimals);
    });
  }

  /**
   * Monthly flows: each year's national total shared out by weight, each unit's year spread over the
   * months by the seasonal pattern with noise. A unit's months add up to its share of the year, so the
   * national year equals the calibrated total (up to rounding). Where `pins` fix a national month (December
   * 2025 retail as published), that month is scaled to it across the units and the other months share the
   * rest of the year, so the year still adds up.
   */
  private genFlows(
    id: string,
    codes: readonly string[],
    totals: YearTable,
    weight: (code: string, year: number) => number,
    season: readonly number[],
    noise: number,
    decimals: number,
    zeroChance?: (code: string) => number,
    pins?: MonthPins,
  ): Map<string, Float64Array> {
    const table = new Map<string, Float64Array>(codes.map((c) => [c, new Float64Array(this.years * 12)]));
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      const weights = codes.map(
        (c) => weight(c, year) * new Rng(this.seed, id, 'share', c, year).lognormal(0.05),
      );
      const total = weights.reduce((s, w) => s + w, 0);
      const raw = codes.map((code, k) => {
        const annual = (byYear(totals, year) * (weights[k] ?? 0)) / total;
        const rng = new Rng(this.seed, id, 'months', code, year);
        const p0 = zeroChance?.(code) ?? 0;
        const pattern = season.map((s, m) =>
          rng.chance(p0) ? 0 : s * (1 + 0.004 * m) * rng.lognormal(noise),
        );
        let sum = pattern.reduce((s, v) => s + v, 0);
        if (sum === 0) {
          pattern[rng.int(0, 11)] = 1;
          sum = 1;
        }
        return pattern.map((v) => (annual * v) / sum);
      });
      const factors = monthFactors(raw, byYear(totals, year), pins?.[year]);
      codes.forEach((code, k) => {
        const values = table.get(code);
        raw[k]?.forEach((v, m) => {
          if (values) values[i * 12 + m] = roundTo(v * (factors[m] ?? 1), decimals);
        });
      });
    }
    return table;
  }

  private genBudget(): void {
    const revenue = this.genFlows(
      'budget-revenue',
      LATENT_PROVINCES,
      BUDGET_REVENUE,
      (c, y) => this.revenueWeight(c, y),
      SEASON.revenue,
      0.06,
      0,
    );
    const estimate = new Map<string, Float64Array>(
      LATENT_PROVINCES.map((c) => [c, new Float64Array(this.years)]),
    );
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      // Each province's estimate follows its revenue of the year, missed or beaten by its own margin.
      const weights = LATENT_PROVINCES.map((c) => {
        const collected = sumOf(revenue.get(c) ?? new Float64Array(0), i * 12, 12, 0);
        return collected * new Rng(this.seed, 'budget-estimate', c, year).lognormal(0.1);
      });
      const total = weights.reduce((s, w) => s + w, 0);
      LATENT_PROVINCES.forEach((c, k) => {
        const values = estimate.get(c);
        if (values) values[i] = Math.round((byYear(BUDGET_ESTIMATE, year) * (weights[k] ?? 0)) / total);
      });
    }
    this.put('budget-revenue', 'cumulative-flow', 0, revenue);
    this.put(INTERNAL_SERIES.budgetEstimate, 'year', 0, estimate);
  }

  /**
   * Public investment plans and disbursement. The national S-curve is that of all agencies together (the
   * published 83.7% at 31/12/2025 is the whole plan's); provinces run ahead of it and ministries behind by
   * factors that make the two scopes add up to it.
   */
  private genInvestment(scope: Scope): void {
    const codes = latentCodes(scope);
    const share = scope === 'province' ? INVESTMENT_PROVINCE_SHARE : 1 - INVESTMENT_PROVINCE_SHARE;
    const lead =
      scope === 'province'
        ? PROVINCE_DISBURSEMENT_LEAD
        : (1 - INVESTMENT_PROVINCE_SHARE * PROVINCE_DISBURSEMENT_LEAD) / (1 - INVESTMENT_PROVINCE_SHARE);
    const plan = new Map<string, Float64Array>(codes.map((c) => [c, new Float64Array(this.years * 12)]));
    const disbursed = new Map<string, Float64Array>(codes.map((c) => [c, new Float64Array(this.years * 12)]));
    const baseWeight = (code: string): number => {
      if (scope === 'ministry') return MINISTRY_PROFILES.find((m) => m.code === code)?.investment ?? 1;
      const p = this.profile(code);
      return p.grdp ** 0.6 * p.population ** 0.4;
    };
    for (let i = 0; i < this.years; i++) {
      const year = FIRST_YEAR + i;
      const weights = codes.map((c) => baseWeight(c) * new Rng(this.seed, 'plan', c, year).lognormal(0.12));
      const total = weights.reduce((s, w) => s + w, 0);
      const plans = codes.map((_, k) =>
        Math.round((byYear(INVESTMENT_PLAN, year) * share * (weights[k] ?? 0)) / total),
      );
      // Each agency bends the national S-curve its own way: early or late starter, strong or weak finisher.
      const shape = codes.map((c) => {
        const rng = new Rng(this.seed, 'disbursement-shape', c, year);
        return { a: rng.uniform(0.8, 1.3), b: rng.uniform(0.74, 1.17) };
      });
      const previous = codes.map(() => 0);
      for (let m = 0; m < 12; m++) {
        const scale = byYear(DISBURSEMENT_YEAR_END, year) / 0.837;
        const curve = (DISBURSEMENT_CURVE_2025[m] ?? 0) * scale * lead;
        const raw = codes.map((c, k) => {
          const s = shape[k] ?? { a: 1, b: 1 };
          return curve ** s.a * s.b * new Rng(this.seed, 'disbursement', c, year, m).lognormal(0.03);
        });
        // Scale the agencies onto their scope's curve; a few passes absorb the approach to 100% (a soft
        // bound, so that no two agencies sit on one cap) and the rule that a cumulative share never falls.
        const planTotal = plans.reduce((s, p) => s + p, 0);
        const bounded = (f: number, k: number): number =>
          Math.max(previous[k] ?? 0, softClamp(f, -1, 1, 0.15));
        let shares = raw;
        for (let pass = 0; pass < 6; pass++) {
          const reached = shares.reduce((s, f, k) => s + bounded(f, k) * (plans[k] ?? 0), 0) / planTotal;
          shares = shares.map((f) => (f * curve) / reached);
        }
        codes.forEach((c, k) => {
          const f = bounded(shares[k] ?? 0, k);
          previous[k] = f;
          const p = plans[k] ?? 0;
          const planValues = plan.get(c);
          const disbursedValues = disbursed.get(c);
          if (planValues) planValues[i * 12 + m] = p;
          if (disbursedValues) disbursedValues[i * 12 + m] = Math.round(p * f);
        });
      }
    }
    this.put('public-investment-plan', 'level', 0, plan);
    this.put('public-investment-disbursed', 'level', 0, disbursed);
  }

  private genDossiers(scope: Scope): void {
    const codes = latentCodes(scope);
    const totals = scope === 'province' ? DOSSIERS_PROVINCES : DOSSIERS_MINISTRIES;
    const weight = (code: string): number =>
      scope === 'ministry'
        ? (MINISTRY_PROFILES.find((m) => m.code === code)?.dossiers ?? 1)
        : this.profile(code).population * (this.profile(code).mountain ? 0.8 : 1);
    const received = this.genFlows(`dossiers-${scope}`, codes, totals, weight, SEASON.dossiers, 0.05, 0);
    const online = new Map<string, Float64Array>();
    for (const code of codes) {
      const rng = new Rng(this.seed, 'online-dev', code);
      const deviation =
        rng.normal(scope === 'ministry' ? 0.05 : 0, 0.09) -
        (scope === 'province' && this.profile(code).mountain ? 0.06 : 0);
      const values = new Float64Array(this.years * 12);
      const counts = received.get(code) ?? new Float64Array(0);
      for (let t = 0; t < this.years * 12; t++) {
        // Online submission rose from about a third of dossiers in early 2022 towards three quarters.
        const national = 0.3 + (0.45 * t) / 59;
        const share = softClamp(
          national + deviation + new Rng(this.seed, 'online', code, t).normal(0, 0.02),
          0.05,
          0.97,
          0.08,
        );
        values[t] = Math.round(at(counts, t) * share);
      }
      online.set(code, values);
    }
    this.put('dossiers-received', 'flow', 0, received);
    this.put('dossiers-online', 'flow', 0, online);
  }

  /**
   * Internal procedure lists under plan 1085/QĐ-TTg, by quarter from 2022-Q4. Each agency publishes its list
   * and simplifies it at its own pace along the national path. A unit formed by a merger publishes a new,
   * consolidated list from its first quarter (somewhat longer than its largest predecessor's, not their sum)
   * and simplifies it at their combined pace.
   */
  private genProcedures(scope: Scope): void {
    const codes = latentCodes(scope);
    const quarters = this.years * 4;
    const series = {
      inScope: new Map<string, Float64Array>(),
      reviewed: new Map<string, Float64Array>(),
      simplified: new Map<string, Float64Array>(),
      cost: new Map<string, Float64Array>(),
    };
    type ListProfile = { inScope: number; pace: number; review: number; cost: number };
    const profiles = new Map<string, ListProfile>(
      codes.map((c) => {
        const rng = new Rng(this.seed, 'procedures', c);
        return [
          c,
          {
            inScope: scope === 'province' ? rng.int(100, 250) : rng.int(50, 200),
            pace: rng.lognormal(0.3),
            review: rng.lognormal(0.15),
            cost: scope === 'province' ? rng.uniform(0.05, 0.35) : rng.uniform(0.1, 0.6),
          },
        ];
      }),
    );
    // Normalise the paces so that the published lists as a whole follow the national path.
    const all = [...profiles.values()];
    const totalScope = all.reduce((s, p) => s + p.inScope, 0);
    const meanPace = all.reduce((s, p) => s + p.pace * p.inScope, 0) / totalScope;
    const newEra = firstIndexOfNewEra(scope).quarter;
    const merged = mergedUnits(scope);
    const retired = new Set(merged.flatMap((u) => u.formers));

    const write = (key: string, p: ListProfile, from: number, to: number): void => {
      const values = {
        inScope: new Float64Array(quarters).fill(Number.NaN),
        reviewed: new Float64Array(quarters).fill(Number.NaN),
        simplified: new Float64Array(quarters).fill(Number.NaN),
        cost: new Float64Array(quarters).fill(Number.NaN),
      };
      for (let q = FIRST_QUARTER_PROCEDURES; q < quarters; q++) {
        if (q < from || q >= to) {
          // Not this agency's list at that time: nothing, so that sums across the merger hold.
          values.inScope[q] = 0;
          values.simplified[q] = 0;
          values.reviewed[q] = 0;
          values.cost[q] = 0;
          continue;
        }
        const t = q - FIRST_QUARTER_PROCEDURES;
        const share = Math.min(0.6, simplifiedPath(t) * (p.pace / meanPace) * 1.02);
        const simplified = Math.floor(p.inScope * share);
        const reviewed = Math.max(
          simplified,
          Math.min(p.inScope, Math.round(p.inScope * Math.min(1, reviewedPath(t) * p.review))),
        );
        values.inScope[q] = p.inScope;
        values.simplified[q] = simplified;
        values.reviewed[q] = reviewed;
        values.cost[q] = roundTo(simplified * p.cost, 1);
      }
      series.inScope.set(key, values.inScope);
      series.reviewed.set(key, values.reviewed);
      series.simplified.set(key, values.simplified);
      series.cost.set(key, values.cost);
    };

    for (const [code, p] of profiles) write(code, p, 0, retired.has(code) ? newEra : quarters);
    for (const unit of merged) {
      const parts = unit.formers.flatMap((f) => profiles.get(f) ?? []);
      const listed = parts.reduce((s, p) => s + p.inScope, 0);
      const mean = (pick: (p: ListProfile) => number) =>
        parts.reduce((s, p) => s + pick(p) * p.inScope, 0) / listed;
      const largest = Math.max(...parts.map((p) => p.inScope));
      const consolidated = new Rng(this.seed, 'procedures-merged', unit.key).uniform(1.05, 1.2);
      write(
        unit.key,
        {
          inScope: Math.round(largest * consolidated),
          pace: mean((p) => p.pace),
          review: mean((p) => p.review),
          cost: mean((p) => p.cost),
        },
        newEra,
        quarters,
      );
    }
    this.put('internal-procedures-in-scope', 'quarter-level', 0, series.inScope);
    this.put('internal-procedures-simplified', 'quarter-level', 0, series.simplified);
    this.put(INTERNAL_SERIES.proceduresReviewed, 'quarter-level', 0, series.reviewed);
    this.put('internal-procedures-cost-saved', 'quarter-level', 1, series.cost);
  }

  /**
   * Tasks year to date at each month end, by VPCP's four statuses. Each month's new tasks form a cohort
   * that gets done as it ages; what is left turns overdue more often the older it is.
   */
  private genTasks(scope: Scope): void {
    const codes = latentCodes(scope);
    const months = this.years * 12;
    const out = {
      assigned: new Map<string, Float64Array>(),
      completed: new Map<string, Float64Array>(),
      overdue: new Map<string, Float64Array>(),
      late: new Map<string, Float64Array>(),
      inProgress: new Map<string, Float64Array>(),
      key: new Map<string, Float64Array>(),
    };
    const share = scope === 'ministry' ? TASKS_MINISTRY_SHARE : 1 - TASKS_MINISTRY_SHARE;
    const baseWeight = (code: string): number => {
      if (scope === 'ministry') return MINISTRY_PROFILES.find((m) => m.code === code)?.tasks ?? 1;
      const p = this.profile(code);
      return Math.sqrt(p.population) * p.grdp ** 0.25;
    };
    const weights = codes.map(baseWeight);
    const totalWeight = weights.reduce((s, w) => s + w, 0);
    const seasonTotal = SEASON.tasks.reduce((s, v) => s + v, 0);
    codes.forEach((code, k) => {
      const values = {
        assigned: new Float64Array(months),
        completed: new Float64Array(months),
        overdue: new Float64Array(months),
        late: new Float64Array(months),
        inProgress: new Float64Array(months),
        key: new Float64Array(months),
      };
      const agency = new Rng(this.seed, 'tasks-agency', code);
      const slowness = 1.17 * agency.lognormal(0.35);
      const lateShare = agency.uniform(0.06, 0.18);
      const overdueRisk =
        agency.lognormal(0.5) * (scope === 'province' && this.profile(code).mountain ? 1.3 : 1);
      const keyShare = agency.uniform(0.08, 0.16);
      for (let i = 0; i < this.years; i++) {
        const year = FIRST_YEAR + i;
        const annual = (byYear(TASKS_PER_YEAR, year) * share * (weights[k] ?? 0)) / totalWeight;
        const cohorts = SEASON.tasks.map((s, m) =>
          Math.max(
            1,
            Math.round(
              ((annual * s) / seasonTotal) * new Rng(this.seed, 'tasks', code, year, m).lognormal(0.25),
            ),
          ),
        );
        for (let month = 0; month < 12; month++) {
          let assigned = 0;
          let completed = 0;
          let overdue = 0;
          let late = 0;
          let key = 0;
          for (let c = 0; c <= month; c++) {
            const n = cohorts[c] ?? 0;
            const age = month - c;
            const open = Math.round(n * Math.min(0.9, (1 - (COMPLETION[age] ?? 0.97)) * slowness));
            const done = n - open;
            const overdueNow = Math.round(open * Math.min(1, (OVERDUE[age] ?? 0.55) * overdueRisk));
            assigned += n;
            completed += done;
            overdue += overdueNow;
            late += Math.round(done * lateShare * Math.min(1, age / 2));
            key += Math.round(n * keyShare);
          }
          const t = i * 12 + month;
          values.assigned[t] = assigned;
          values.completed[t] = completed;
          values.overdue[t] = overdue;
          values.late[t] = late;
          values.inProgress[t] = assigned - completed - overdue;
          values.key[t] = key;
        }
      }
      out.assigned.set(code, values.assigned);
      out.completed.set(code, values.completed);
      out.overdue.set(code, values.overdue);
      out.late.set(code, values.late);
      out.inProgress.set(code, values.inProgress);
      out.key.set(code, values.key);
    });
    this.put('tasks-assigned', 'level', 0, out.assigned);
    this.put('tasks-completed', 'level', 0, out.completed);
    this.put('tasks-overdue', 'level', 0, out.overdue);
    this.put(INTERNAL_SERIES.tasksDoneLate, 'level', 0, out.late);
    this.put(INTERNAL_SERIES.tasksInProgress, 'level', 0, out.inProgress);
    this.put(INTERNAL_SERIES.tasksKey, 'level', 0, out.key);
  }

  /** Periodic reports due each month (monthly, plus quarterly, half-yearly and annual ones) and their fate. */
  private genReports(scope: Scope): void {
    const months = this.years * 12;
    const out = {
      required: new Map<string, Float64Array>(),
      onTime: new Map<string, Float64Array>(),
      late: new Map<string, Float64Array>(),
      notSubmitted: new Map<string, Float64Array>(),
    };
    const newEra = firstIndexOfNewEra(scope).month;
    const merged = mergedUnits(scope);
    const retired = new Set(merged.flatMap((u) => u.formers));
    const isMountain = (code: string) => scope === 'province' && this.profile(code).mountain === true;
    const agencies = [
      ...latentCodes(scope).map((code) => ({
        key: code,
        mountain: isMountain(code),
        from: 0,
        to: retired.has(code) ? newEra : months,
      })),
      // A merged unit reports as one agency; it is a mountain province when most of its parts were.
      ...merged.map((u) => ({
        key: u.key,
        mountain: u.formers.filter(isMountain).length * 2 > u.formers.length,
        from: newEra,
        to: months,
      })),
    ];
    for (const { key, mountain, from, to } of agencies) {
      const agency = new Rng(this.seed, 'reports-agency', key);
      const monthly = agency.int(3, 5);
      const quarterly = agency.int(1, 3);
      const annual = agency.int(1, 2);
      const diligence = agency.normal(0, 0.04) - (mountain ? 0.03 : 0);
      // Zero outside the agency's life, so that a year spanning the merger adds up.
      const values = {
        required: new Float64Array(months),
        onTime: new Float64Array(months),
        late: new Float64Array(months),
        notSubmitted: new Float64Array(months),
      };
      for (let t = from; t < to; t++) {
        const month = (t % 12) + 1;
        const year = FIRST_YEAR + Math.floor(t / 12);
        const due =
          monthly +
          (month % 3 === 0 ? quarterly : 0) +
          (month % 6 === 0 ? 1 : 0) +
          (month === 12 ? annual : 0);
        // Timeliness improved as the national reporting system matured.
        const pOnTime = clamp(0.86 + 0.02 * (year - FIRST_YEAR) + diligence, 0.7, 0.99);
        const rng = new Rng(this.seed, 'reports', key, t);
        let onTime = 0;
        let late = 0;
        let notSubmitted = 0;
        for (let r = 0; r < due; r++) {
          if (rng.chance(pOnTime)) onTime++;
          else if (rng.chance(t === this.latestMonthIndex ? 0.45 : 0.08)) notSubmitted++;
          else late++;
        }
        values.required[t] = due;
        values.onTime[t] = onTime;
        values.late[t] = late;
        values.notSubmitted[t] = notSubmitted;
      }
      out.required.set(key, values.required);
      out.onTime.set(key, values.onTime);
      out.late.set(key, values.late);
      out.notSubmitted.set(key, values.notSubmitted);
    }
    this.put('reports-required', 'flow', 0, out.required);
    this.put('reports-on-time', 'flow', 0, out.onTime);
    this.put(INTERNAL_SERIES.reportsLate, 'flow', 0, out.late);
    this.put('reports-not-submitted', 'flow', 0, out.notSubmitted);
  }
}

/** Share of a month's tasks completed after `age` months (index), before the agency's own pace. */
const COMPLETION = [0.3, 0.62, 0.78, 0.86, 0.9, 0.92, 0.935, 0.945, 0.955, 0.96, 0.965, 0.97];
/** Share of the open tasks of that age that are past their deadline, before the agency's own risk. */
const OVERDUE = [0, 0.09, 0.22, 0.36, 0.45, 0.53, 0.58, 0.62, 0.64, 0.67, 0.69, 0.71];

/**
 * Share of internal procedures simplified, `t` quarters after 2022-Q4, national path: slow start in
 * 2023, 20% reached in the second half of 2025 (plan 1085/QĐ-TTg), still rising in 2026.
 */
function simplifiedPath(t: number): number {
  const points = [
    0.005, 0.01, 0.03, 0.055, 0.08, 0.1, 0.12, 0.14, 0.155, 0.17, 0.185, 0.205, 0.225, 0.24, 0.255, 0.265,
    0.275, 0.285,
  ];
  return points[Math.min(t, points.length - 1)] ?? 0.3;
}

/** Share of internal procedures reviewed, same clock as {@link simplifiedPath}. */
function reviewedPath(t: number): number {
  return Math.min(1, 0.12 + 0.075 * t);
}

/**
 * Per-month factors that bring the national months of `raw` (units × 12 months) to `pins` where a month is
 * pinned, and the unpinned months together to what is left of `annual`. Without pins, all ones.
 */
function monthFactors(
  raw: readonly (readonly number[])[],
  annual: number,
  pins: Readonly<Record<number, number>> | undefined,
): number[] {
  if (!pins) return Array.from({ length: 12 }, () => 1);
  const monthTotal = (m: number) => raw.reduce((s, unit) => s + (unit[m] ?? 0), 0);
  let pinned = 0;
  let free = 0;
  for (let m = 0; m < 12; m++) {
    if (pins[m + 1] !== undefined) pinned += pins[m + 1] ?? 0;
    else free += monthTotal(m);
  }
  const rest = free > 0 ? Math.max(0, annual - pinned) / free : 1;
  return Array.from({ length: 12 }, (_, m) => {
    const pin = pins[m + 1];
    const total = monthTotal(m);
    return pin === undefined ? rest : total > 0 ? pin / total : 1;
  });
}

function sumOf(values: Float64Array, first: number, count: number, decimals: number): number {
  let total = 0;
  for (let i = first; i < first + count; i++) total += at(values, i);
  return roundTo(total, decimals);
}

/** Mean of the applicable values in the range; NaN when none is. */
function meanOf(values: Float64Array, first: number, count: number, decimals: number): number {
  let total = 0;
  let n = 0;
  for (let i = first; i < first + count; i++) {
    const v = at(values, i);
    if (!Number.isNaN(v)) {
      total += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : roundTo(total / n, decimals);
}
