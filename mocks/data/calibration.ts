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

/** Average population, thousand people: ≈ 101.3 million in 2025. */
export const POPULATION: YearTable = { 2022: 98760, 2023: 99600, 2024: 100446, 2025: 101300, 2026: 102160 };

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

/** GRDP growth cumulative from January at the end of Q1, Q2 (6 months), Q3 (9 months), Q4 (year), per cent. */
export const GRDP_GROWTH: Readonly<Record<number, readonly number[]>> = {
  2022: [5.05, 6.42, 8.83, 8.12],
  2023: [3.32, 3.72, 4.24, 5.05],
  2024: [5.66, 6.42, 6.82, 7.09],
  2025: [7.05, 7.52, 7.85, 8.02],
  2026: [7.83, 8.19, 8.42, 8.6],
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

/** IIP year on year by month, per cent; Tết moves between January and February. 2025 averages 9.2. */
export const IIP_YOY: Readonly<Record<number, readonly number[]>> = {
  2022: [2.6, 7.4, 8.2, 9.1, 11.1, 11.2, 11.3, 15.6, 11.3, 6.3, 0.5, -1.5],
  2023: [-14.6, 9.2, -2.7, -2.0, 0.4, 1.9, 3.6, 3.9, 5.9, 5.1, 5.8, 5.8],
  2024: [18.3, -6.8, 3.7, 6.3, 8.9, 10.9, 11.2, 9.5, 10.8, 7.0, 8.8, 8.5],
  2025: [-0.6, 17.2, 8.6, 8.9, 9.4, 10.6, 8.5, 8.9, 10.2, 10.8, 9.0, 8.9],
  2026: [9.5, 6.0, 9.0, 9.3, 9.6, 9.8, 9.5, 9.7, 10.1, 10.3, 9.9, 10.5],
};

/** Retail sales of goods and consumer services, tỷ đồng: 7,008.9 nghìn tỷ in 2025. */
export const RETAIL: YearTable = {
  2022: 5679500,
  2023: 6231800,
  2024: 6391000,
  2025: 7008900,
  2026: 7640000,
};

/** Merchandise exports, million USD: ≈ 470 bn in 2025. */
export const EXPORTS: YearTable = { 2022: 371300, 2023: 354700, 2024: 405500, 2025: 470000, 2026: 515000 };

/** Registered FDI, million USD: ≈ 38 bn a year. */
export const FDI: YearTable = { 2022: 27720, 2023: 36610, 2024: 38230, 2025: 38420, 2026: 40500 };

/** Newly registered enterprises: ≈ 200 nghìn in 2025. */
export const NEW_ENTERPRISES: YearTable = {
  2022: 148500,
  2023: 159800,
  2024: 157200,
  2025: 200000,
  2026: 212000,
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
 * Disbursement of the provinces, cumulative share of the plan at each month end (S-curve: ≈10% at the
 * end of March, ≈50% by October, 83.7% at 31/12/2025). Ministries run a few points behind.
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
export const MINISTRY_DISBURSEMENT_LAG = 0.96;

/** Administrative dossiers received per month, provinces and ministries. */
export const DOSSIERS_PROVINCES: YearTable = { 2022: 66e6, 2023: 70e6, 2024: 74e6, 2025: 78e6, 2026: 82e6 };
export const DOSSIERS_MINISTRIES: YearTable = { 2022: 15e6, 2023: 16e6, 2024: 17e6, 2025: 18e6, 2026: 19e6 };

/** Tasks assigned by the Government and the Prime Minister in a year, all agencies (9,831 by 20/10/2025). */
export const TASKS_PER_YEAR: YearTable = { 2022: 10800, 2023: 11200, 2024: 11500, 2025: 11880, 2026: 12400 };
/** Share of tasks assigned to ministries (the rest to provinces). */
export const TASKS_MINISTRY_SHARE = 0.6;

/** Plan 1085/QĐ-TTg: share of internal procedures to simplify by the end of 2025, per cent. */
export const INTERNAL_PROCEDURES_TARGET = 20;

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
