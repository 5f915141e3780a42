/**
 * Profiles of the reporting agencies that shape the synthetic feed: for each of the 63 former provinces
 * its population and economic weight, for each of the 22 former ministries its size. Figures are rounded
 * public orders of magnitude (2023 population, 2024 GRDP, exports, budget revenue), good enough for
 * a believable map, not statistics. Profiles are kept at the level of the former units because the
 * model is: current units are unions of former ones (docs/domain.md §1.4).
 */

/** One former province (63 era). */
export interface ProvinceProfile {
  readonly code: string;
  /** Average population 2023, thousand people (scaled so that 2025 totals ≈ 101.3 million). */
  readonly population: number;
  /** GRDP 2024 at current prices, nghìn tỷ đồng (sets the economic weight). */
  readonly grdp: number;
  /** Merchandise exports 2024, billion USD. */
  readonly exports: number;
  /** State budget revenue collected in the province 2024, nghìn tỷ đồng; derived from GRDP when absent. */
  readonly revenue?: number;
  /** Registered FDI weight, per cent of the national total; derived from GRDP when absent. */
  readonly fdi?: number;
  /** Persistent GRDP growth advantage over the national rate, percentage points; random when absent. */
  readonly growthBias?: number;
  /** Industrial production swings with one plant, mine or refinery: more volatile IIP. */
  readonly volatileIndustry?: boolean;
  /** Mountain province: small flows, slower administrative indicators. */
  readonly mountain?: boolean;
}

// prettier-ignore
export const PROVINCE_PROFILES: readonly ProvinceProfile[] = [
  { code: '01', population: 8587, grdp: 1430, exports: 19, revenue: 480, fdi: 7.5, growthBias: -0.6 },
  { code: '02', population: 899, grdp: 35, exports: 0.1, mountain: true },
  { code: '04', population: 547, grdp: 25, exports: 0.3, mountain: true },
  { code: '06', population: 327, grdp: 18, exports: 0.05, mountain: true, growthBias: -1 },
  { code: '08', population: 805, grdp: 50, exports: 0.4, mountain: true },
  { code: '10', population: 776, grdp: 80, exports: 0.6, mountain: true, growthBias: 0.5 },
  { code: '11', population: 647, grdp: 25, exports: 0.05, mountain: true },
  { code: '12', population: 487, grdp: 25, exports: 0.05, mountain: true, volatileIndustry: true },
  { code: '14', population: 1300, grdp: 70, exports: 0.2, mountain: true, volatileIndustry: true },
  { code: '15', population: 850, grdp: 45, exports: 0.3, mountain: true },
  { code: '17', population: 875, grdp: 55, exports: 0.6, mountain: true, volatileIndustry: true },
  { code: '19', population: 1336, grdp: 160, exports: 33, fdi: 1.5, volatileIndustry: true },
  { code: '20', population: 802, grdp: 50, exports: 0.5, mountain: true },
  { code: '22', population: 1381, grdp: 310, exports: 4, revenue: 55, fdi: 6, growthBias: 1.5, volatileIndustry: true },
  { code: '24', population: 1922, grdp: 200, exports: 33, revenue: 20, fdi: 5, growthBias: 4 },
  { code: '25', population: 1516, grdp: 90, exports: 4, fdi: 1, growthBias: 1 },
  { code: '26', population: 1209, grdp: 170, exports: 8, revenue: 35, fdi: 1.5 },
  { code: '27', population: 1517, grdp: 275, exports: 50, revenue: 45, fdi: 11, growthBias: 0.5, volatileIndustry: true },
  { code: '30', population: 1953, grdp: 190, exports: 10, revenue: 25, fdi: 2.5, growthBias: 1 },
  { code: '31', population: 2106, grdp: 450, exports: 35, revenue: 130, fdi: 7.5, growthBias: 3 },
  { code: '33', population: 1300, grdp: 160, exports: 6, revenue: 40, fdi: 2, growthBias: 0.5 },
  { code: '34', population: 1880, grdp: 140, exports: 2, fdi: 3, growthBias: 2 },
  { code: '35', population: 883, grdp: 80, exports: 4, fdi: 1.2, growthBias: 2.5 },
  { code: '36', population: 1887, grdp: 110, exports: 2, fdi: 1, growthBias: 1 },
  { code: '37', population: 1010, grdp: 100, exports: 2.5, fdi: 0.8, growthBias: 1.5 },
  { code: '38', population: 3722, grdp: 300, exports: 6, revenue: 55, fdi: 1.5, growthBias: 1.5, volatileIndustry: true },
  { code: '40', population: 3442, grdp: 200, exports: 2.5, revenue: 25, fdi: 2 },
  { code: '42', population: 1324, grdp: 100, exports: 2, fdi: 0.5, volatileIndustry: true },
  { code: '44', population: 916, grdp: 55, exports: 0.2 },
  { code: '45', population: 650, grdp: 50, exports: 0.2, growthBias: 0.5 },
  { code: '46', population: 1167, grdp: 80, exports: 1.2 },
  { code: '48', population: 1240, grdp: 150, exports: 2, revenue: 28, fdi: 0.8, growthBias: -0.5 },
  { code: '49', population: 1520, grdp: 130, exports: 2, fdi: 0.6, growthBias: -0.5 },
  { code: '51', population: 1245, grdp: 150, exports: 2, revenue: 30, fdi: 1, volatileIndustry: true },
  { code: '52', population: 1505, grdp: 120, exports: 1.5, growthBias: 0.5 },
  { code: '54', population: 877, grdp: 60, exports: 0.2 },
  { code: '56', population: 1260, grdp: 110, exports: 1.5, revenue: 20, growthBias: 1.5 },
  { code: '58', population: 600, grdp: 50, exports: 0.2, volatileIndustry: true },
  { code: '60', population: 1250, grdp: 110, exports: 0.8 },
  { code: '62', population: 580, grdp: 35, exports: 0.2, mountain: true, growthBias: -0.5 },
  { code: '64', population: 1590, grdp: 140, exports: 1 },
  { code: '66', population: 1918, grdp: 130, exports: 1.5 },
  { code: '67', population: 670, grdp: 45, exports: 0.6, mountain: true, growthBias: -0.5 },
  { code: '68', population: 1330, grdp: 120, exports: 0.8, growthBias: -0.5 },
  { code: '70', population: 1030, grdp: 90, exports: 4, fdi: 1.2 },
  { code: '72', population: 1190, grdp: 130, exports: 6, fdi: 2.5 },
  { code: '74', population: 2760, grdp: 500, exports: 35, revenue: 70, fdi: 7, growthBias: -1 },
  { code: '75', population: 3300, grdp: 480, exports: 24, revenue: 65, fdi: 5.5 },
  { code: '77', population: 1190, grdp: 400, exports: 7, revenue: 100, fdi: 3, growthBias: -2, volatileIndustry: true },
  { code: '79', population: 9460, grdp: 1790, exports: 48, revenue: 500, fdi: 10.5, growthBias: -0.8 },
  { code: '80', population: 1730, grdp: 200, exports: 8.5, revenue: 25, fdi: 4 },
  { code: '82', population: 1790, grdp: 120, exports: 4 },
  { code: '83', population: 1300, grdp: 80, exports: 1.3 },
  { code: '84', population: 1020, grdp: 80, exports: 1, volatileIndustry: true },
  { code: '86', population: 1030, grdp: 75, exports: 1 },
  { code: '87', population: 1600, grdp: 115, exports: 1.2 },
  { code: '89', population: 1910, grdp: 115, exports: 1.2 },
  { code: '91', population: 1760, grdp: 140, exports: 0.8, growthBias: 0.5 },
  { code: '92', population: 1260, grdp: 120, exports: 2 },
  { code: '93', population: 730, grdp: 55, exports: 0.5, growthBias: 1 },
  { code: '94', population: 1200, grdp: 75, exports: 1 },
  { code: '95', population: 920, grdp: 60, exports: 0.4 },
  { code: '96', population: 1210, grdp: 85, exports: 1.3 },
];

/** One former ministry or ministry-level agency (22 era). */
export interface MinistryProfile {
  readonly code: string;
  /** Share of the ministries' public investment plan, per cent (normalised). */
  readonly investment: number;
  /** Administrative dossiers received per month, thousands. */
  readonly dossiers: number;
  /** Share of the tasks assigned to ministries, per cent (normalised). */
  readonly tasks: number;
}

// prettier-ignore
export const MINISTRY_PROFILES: readonly MinistryProfile[] = [
  { code: 'QP', investment: 7, dossiers: 8, tasks: 3 },
  { code: 'CA', investment: 7, dossiers: 420, tasks: 4 },
  { code: 'NG', investment: 0.7, dossiers: 25, tasks: 3 },
  { code: 'NV', investment: 0.5, dossiers: 6, tasks: 5 },
  { code: 'TP', investment: 1, dossiers: 60, tasks: 5 },
  { code: 'KHDT', investment: 1, dossiers: 30, tasks: 9 },
  { code: 'TC', investment: 3, dossiers: 260, tasks: 9 },
  { code: 'CT', investment: 1, dossiers: 90, tasks: 7 },
  { code: 'NNPTNT', investment: 10, dossiers: 45, tasks: 6 },
  { code: 'GTVT', investment: 40, dossiers: 120, tasks: 6 },
  { code: 'XD', investment: 2, dossiers: 20, tasks: 5 },
  { code: 'TNMT', investment: 3, dossiers: 35, tasks: 5 },
  { code: 'TTTT', investment: 1, dossiers: 15, tasks: 4 },
  { code: 'LDTBXH', investment: 1.5, dossiers: 40, tasks: 4 },
  { code: 'VHTTDL', investment: 2, dossiers: 12, tasks: 3.5 },
  { code: 'KHCN', investment: 2, dossiers: 18, tasks: 4 },
  { code: 'GDDT', investment: 3, dossiers: 25, tasks: 4 },
  { code: 'YT', investment: 4, dossiers: 55, tasks: 5 },
  { code: 'UBDT', investment: 0.5, dossiers: 2, tasks: 2 },
  { code: 'NHNN', investment: 0.3, dossiers: 10, tasks: 4 },
  { code: 'TTCP', investment: 0.3, dossiers: 3, tasks: 2 },
  { code: 'VPCP', investment: 0.8, dossiers: 4, tasks: 4 },
];
