/**
 * National anchors of the synthetic feed: yearly totals and monthly or quarterly paths the generated
 * provinces and ministries add up to. 2025 follows docs/domain.md §7.2 (NSO press conference of 5/1/2026,
 * Ministry of Finance); 2022–2024 are rounded public figures of those years; 2026 is a plausible
 * continuation (the year is not over at the as-of date, so only its first ten months are served).
 */

/** First year of the data set (firstPeriod is January of it). */
export const FIRST_YEAR = 2022;

/** A value per year; years outside the table continue the last year-on-year change. */
export type YearTable = Readonly<Record<number, number>>;

export function byYear(table: YearTable, year: number): number {
  const years = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) throw new Error('empty year table');
  const direct = table[year];
  if (direct !== undefined) return direct;
  const firstValue = table[first] ?? Number.NaN;
  const lastValue = table[last] ?? Number.NaN;
  if (year < first) return firstValue;
  const growth = lastValue / (table[last - 1] ?? lastValue);
  return lastValue * growth ** (year - last);
}

/** A twelve-value monthly path per year; years outside the table repeat the nearest one. */
export function byMonth(
  table: Readonly<Record<number, readonly number[]>>,
  year: number,
  month: number,
): number {
  const years = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const nearest = years.reduce(
    (best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best),
    years[0] ?? year,
  );
  return table[nearest]?.[month - 1] ?? Number.NaN;
}

/**
 * Average population, thousand people: ≈ 102.35 million in 2025 (GDP 12,847.6 nghìn tỷ at 125.5 triệu đồng
 * per head implies 102.37 million), 101.3 million in 2024.
 */
export const POPULATION: YearTable = { 2022: 99470, 2023: 100310, 2024: 101300, 2025: 102350, 2026: 103300 };

/** GDP at current prices as the sum of GRDP, tỷ đồng: 12,847.6 nghìn tỷ in 2025. */
export const GRDP_NOMINAL: YearTable = {
  2022: 9513300,
  2023: 10221800,
  2024: 11511900,
  2025: 12847600,
  2026: 14150000,
};

/** Share of a year's output in each quarter (output rises through the year). */
export const QUARTER_SHARES = [0.225, 0.245, 0.255, 0.275] as const;

/**
 * GDP growth of each quarter on the same quarter of the year before (discrete, not cumulative), per cent.
 * 2025: Q1 7.05, Q2 8.16 (revised from the first estimate 7.96), Q3 8.25, Q4 8.46; weighted by each quarter's
 * share of the year's output they give the year's 8.02%, nine months 7.85%, and six months ≈ 7.63% (the
 * first estimate of 7.52% was computed with Q2 at 7.96). Cumulative growth is derived from these.
 */
export const GRDP_GROWTH_QUARTER: Readonly<Record<number, readonly number[]>> = {
  2022: [5.05, 7.83, 13.67, 5.92],
  2023: [3.41, 4.25, 5.47, 6.79],
  2024: [5.98, 7.25, 7.43, 7.55],
  2025: [7.05, 8.16, 8.25, 8.46],
  2026: [7.83, 8.52, 8.83, 9.1],
};

/** National GRDP growth plan adopted by the National Assembly, per cent. */
export const GRDP_GROWTH_PLAN: YearTable = { 2022: 6.5, 2023: 6.5, 2024: 6.5, 2025: 8.0, 2026: 10.0 };

/** CPI year on year by month, per cent: the 2025 average is 3.31. */
export const CPI_YOY: Readonly<Record<number, readonly number[]>> = {
  2022: [1.94, 1.42, 2.41, 2.64, 2.86, 3.37, 3.14, 2.89, 3.94, 4.3, 4.37, 4.55],
  2023: [4.89, 4.31, 3.35, 2.81, 2.43, 2.0, 2.06, 2.96, 3.66, 3.59, 3.45, 3.58],
  2024: [3.37, 3.98, 3.97, 4.4, 4.44, 4.34, 4.36, 3.45, 2.63, 2.89, 2.77, 2.94],
  2025: [3.63, 2.91, 3.13, 3.12, 3.24, 3.57, 3.19, 3.24, 3.38, 3.25, 3.58, 3.48],
  2026: [3.2, 3.5, 3.4, 3.3, 3.5, 3.6, 3.7, 3.6, 3.8, 3.7, 3.8, 3.9],
};

/** The National Assembly's CPI ceiling, per cent. */
export const CPI_CEILING: YearTable = { 2022: 4.0, 2023: 4.5, 2024: 4.5, 2025: 4.5, 2026: 4.5 };

/**
 * IIP year on year by month, per cent; Tết moves between January and February. 2025: the year and the first
 * six months 9.2, the fourth quarter 9.9.
 */
export const IIP_YOY: Readonly<Record<number, readonly number[]>> = {
  2022: [2.6, 7.4, 8.2, 9.1, 11.1, 11.2, 11.3, 15.6, 11.3, 6.3, 0.5, -1.5],
  2023: [-14.6, 9.2, -2.7, -2.0, 0.4, 1.9, 3.6, 3.9, 5.9, 5.1, 5.8, 5.8],
  2024: [18.3, -6.8, 3.7, 6.3, 8.9, 10.9, 11.2, 9.5, 10.8, 7.0, 8.8, 8.5],
  2025: [0.5, 17.2, 8.6, 8.9, 9.4, 10.6, 7.8, 8.2, 9.5, 10.8, 10.0, 8.9],
  2026: [9.5, 6.0, 9.0, 9.3, 9.6, 9.8, 9.5, 9.7, 10.1, 10.3, 9.9, 10.5],
};

/** Retail sales of goods and consumer services, tỷ đồng: 7,008.9 nghìn tỷ in 2025, +9.2% on 2024. */
export const RETAIL: YearTable = {
  2022: 5679500,
  2023: 6231800,
  2024: 6418400,
  2025: 7008900,
  2026: 7640000,
};

/** National monthly totals fixed where they were published, by year and month (1–12): December 2025 627.8 nghìn tỷ. */
export type MonthPins = Readonly<Record<number, Readonly<Record<number, number>>>>;

export const RETAIL_MONTHS: MonthPins = { 2025: { 12: 627800 } };

/** Merchandise exports, million USD: ≈ 470 bn in 2025. */
export const EXPORTS: YearTable = { 2022: 371300, 2023: 354700, 2024: 405500, 2025: 470000, 2026: 515000 };

/** Registered FDI, million USD: ≈ 38 bn a year. */
export const FDI: YearTable = { 2022: 27720, 2023: 36610, 2024: 38230, 2025: 38420, 2026: 40500 };

/** Newly registered enterprises a year: 188.7 nghìn in 2025 (the sum of its months below). */
export const NEW_ENTERPRISES: YearTable = {
  2022: 148500,
  2023: 159800,
  2024: 157200,
  2025: 188700,
  2026: 205000,
};

/**
 * New enterprises by month where published: 2025 month by month (first quarter 36.4 nghìn, December 17.2
 * nghìn, +71.6% on December 2024's ≈ 10 nghìn).
 */
export const NEW_ENTERPRISES_MONTHS: MonthPins = {
  2024: { 12: 10020 },
  2025: {
    1: 10300,
    2: 8600,
    3: 17500,
    4: 16900,
    5: 16600,
    6: 16200,
    7: 17800,
    8: 15700,
    9: 16400,
    10: 17900,
    11: 17600,
    12: 17200,
  },
};

/**
 * Household final consumption, tỷ đồng, a little over half of GDP: the weight of provincial CPIs in a
 * regional or national average (the statistics office weights CPI by expenditure, not by population).
 */
export const HOUSEHOLD_CONSUMPTION: YearTable = {
  2022: 5290000,
  2023: 5700000,
  2024: 6330000,
  2025: 7010000,
  2026: 7720000,
};

/** Industrial value added (mining, manufacturing, utilities), tỷ đồng: the weight of provincial IIPs. */
export const INDUSTRY_VALUE_ADDED: YearTable = {
  2022: 2280000,
  2023: 2400000,
  2024: 2750000,
  2025: 3100000,
  2026: 3450000,
};

/** State budget revenue collected by the provinces, tỷ đồng: ≈ 2.65 triệu tỷ in 2025. */
export const BUDGET_REVENUE: YearTable = {
  2022: 1813000,
  2023: 1752000,
  2024: 2037000,
  2025: 2650000,
  2026: 2780000,
};

/** Budget revenue estimate (dự toán) passed by the National Assembly, tỷ đồng: 2025 revenue ≈ 135% of it. */
export const BUDGET_ESTIMATE: YearTable = {
  2022: 1411700,
  2023: 1620700,
  2024: 1700900,
  2025: 1966800,
  2026: 2529500,
};

/** Public investment plan assigned by the Prime Minister, tỷ đồng, all agencies: 995.4 nghìn tỷ in 2026. */
export const INVESTMENT_PLAN: YearTable = {
  2022: 581000,
  2023: 711700,
  2024: 657400,
  2025: 902000,
  2026: 995400,
};

/** Share of the plan assigned to provinces; the rest goes to ministries and central agencies. */
export const INVESTMENT_PROVINCE_SHARE = 0.62;

/**
 * Disbursement of all agencies together, cumulative share of the whole plan at each month end (S-curve:
 * ≈10% at the end of March, ≈50% by October, 83.7% at 31/12/2025). Provinces run ahead of the whole by
 * {@link PROVINCE_DISBURSEMENT_LEAD}, ministries behind it by what makes the two add up to the whole.
 */
export const DISBURSEMENT_CURVE_2025 = [
  0.022, 0.045, 0.097, 0.15, 0.21, 0.285, 0.34, 0.4, 0.455, 0.51, 0.606, 0.837,
];
export const DISBURSEMENT_YEAR_END: YearTable = {
  2022: 0.8,
  2023: 0.8,
  2024: 0.803,
  2025: 0.837,
  2026: 0.86,
};
/** Provinces' cumulative share relative to the whole's (December 2025: ≈ 85.4% against 83.7%). */
export const PROVINCE_DISBURSEMENT_LEAD = 1.02;

/** Administrative dossiers received per month, provinces and ministries. */
export const DOSSIERS_PROVINCES: YearTable = { 2022: 66e6, 2023: 70e6, 2024: 74e6, 2025: 78e6, 2026: 82e6 };
export const DOSSIERS_MINISTRIES: YearTable = { 2022: 15e6, 2023: 16e6, 2024: 17e6, 2025: 18e6, 2026: 19e6 };

/** Tasks assigned by the Government and the Prime Minister in a year, all agencies (9,831 by 20/10/2025). */
export const TASKS_PER_YEAR: YearTable = { 2022: 10800, 2023: 11200, 2024: 11500, 2025: 11880, 2026: 12400 };
/** Share of tasks assigned to ministries (the rest to provinces). */
export const TASKS_MINISTRY_SHARE = 0.6;

/**
 * The plan to review and simplify internal administrative procedures (Decision 1085/QĐ-TTg, 15/9/2022): 20%
 * of them by the end of 2025. Its target applies to the periods of the plan only, not to 2026.
 */
export const INTERNAL_PROCEDURES_PLAN = { firstYear: 2022, lastYear: 2025, targetPercent: 20 } as const;

/** Seasonality of monthly flows, January to December (Tết dips January or February; year-end peak). */
export const SEASON = {
  exports: [0.93, 0.78, 0.99, 0.97, 0.99, 1.0, 1.04, 1.06, 1.03, 1.05, 1.04, 1.12],
  retail: [1.02, 0.94, 0.95, 0.96, 0.98, 0.98, 1.0, 1.01, 1.0, 1.02, 1.04, 1.1],
  enterprises: [0.78, 0.6, 1.08, 1.04, 1.04, 1.05, 1.05, 1.0, 1.0, 1.05, 1.1, 1.21],
  revenue: [1.3, 0.75, 0.9, 1.05, 0.95, 0.9, 1.0, 0.9, 0.85, 1.0, 0.95, 1.45],
  fdi: [0.8, 0.75, 1.0, 0.95, 1.0, 1.05, 1.0, 1.0, 1.05, 1.05, 1.1, 1.25],
  dossiers: [0.96, 0.76, 1.04, 1.0, 1.0, 1.0, 1.0, 1.02, 1.0, 1.05, 1.05, 1.12],
  tasks: [1.25, 0.8, 1.05, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.0, 1.0],
} as const;
