/**
 * The Decision 766/QĐ-TTg index (Bộ chỉ số phục vụ người dân, doanh nghiệp) as the National Public
 * Service Portal shows it: a total out of 100 made of six groups, published by month, quarter, six months
 * and year; the dashboard's grading bands; shares of the maxima for the radar; the best unit and the
 * best score of each group.
 *
 * The legal text has five groups; the portal splits "cung cấp dịch vụ trực tuyến" (22 points) into online
 * public services (12) and online payment (10). Its two APIs name the groups differently (the old one
 * calls online services TTTT, the 2026 one CLGQ, with TTTT for payment), so a portal group is matched by
 * its label and maximum, never by its code alone ({@link componentOfPortalGroup}).
 *
 * Its periods, half-years ('2026-H1', "6 tháng đầu năm 2026") included, are the `Period`s of period.ts.
 */
import { foldVietnamese } from './text.ts';

export interface Component766 {
  /** The catalog indicator of the group. */
  readonly id: string;
  /** The 2026 portal API's code. */
  readonly portalCode: 'CKMB' | 'TDGQ' | 'CLGQ' | 'TTTT' | 'MDSH' | 'MDHL';
  readonly max: number;
}

/** The six groups in the portal's order, with their maximum points (they add up to 100). */
export const COMPONENTS_766: readonly Component766[] = [
  { id: 'dvc-766-transparency', portalCode: 'CKMB', max: 18 },
  { id: 'dvc-766-progress', portalCode: 'TDGQ', max: 20 },
  { id: 'dvc-766-online-service', portalCode: 'CLGQ', max: 12 },
  { id: 'dvc-766-online-payment', portalCode: 'TTTT', max: 10 },
  { id: 'dvc-766-digitisation', portalCode: 'MDSH', max: 22 },
  { id: 'dvc-766-satisfaction', portalCode: 'MDHL', max: 18 },
];
export const TOTAL_766_ID = 'dvc-766-total';
export const TOTAL_766_MAX = 100;

/**
 * The component a portal group stands for, from its label and maximum points; null when the pair fits
 * none (the legal text's combined "cung cấp dịch vụ trực tuyến" of 22 points is two of ours).
 */
export function componentOfPortalGroup(label: string, max: number): Component766 | null {
  const text = foldVietnamese(label);
  const byId = (id: string) => COMPONENTS_766.find((c) => c.id === id) ?? null;
  if (text.includes('thanh toan')) return max === 10 ? byId('dvc-766-online-payment') : null;
  if (text.includes('cong khai') || text.includes('minh bach'))
    return max === 18 ? byId('dvc-766-transparency') : null;
  if (text.includes('tien do')) return max === 20 ? byId('dvc-766-progress') : null;
  if (text.includes('so hoa')) return max === 22 ? byId('dvc-766-digitisation') : null;
  if (text.includes('hai long')) return max === 18 ? byId('dvc-766-satisfaction') : null;
  if (text.includes('truc tuyen')) return max === 12 ? byId('dvc-766-online-service') : null;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Grading bands (the dashboard's, not an official grading)

export const BAND_IDS = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type BandId = (typeof BAND_IDS)[number];

/** Lower bounds (inclusive) of the four upper bands; below `average` is weak. */
export interface ScoreBands {
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
  readonly average: number;
}

/**
 * The default bands: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu below. Decision 766 sets no
 * grading; "Tốt ≥ 80" is the reference line community dashboards draw, and the five-band scheme is the
 * common one of Vietnamese public-sector scoring. The legend must say the bands are the dashboard's.
 */
export const DEFAULT_SCORE_BANDS: ScoreBands = { excellent: 90, good: 80, fair: 70, average: 50 };

export interface BandsProblem {
  /** The offending key under the config field, e.g. `good`; empty for the value itself. */
  readonly field: string;
  readonly vi: string;
  readonly en: string;
}

export type BandsResult =
  | { readonly ok: true; readonly bands: ScoreBands }
  | { readonly ok: false; readonly problems: readonly BandsProblem[] };

const THRESHOLDS = ['excellent', 'good', 'fair', 'average'] as const;

/**
 * Reads a bands value from config.json: an object with exactly `excellent`, `good`, `fair` and
 * `average`, each a number above 0 and at most 100, strictly decreasing in that order. Absent
 * (undefined) gives {@link DEFAULT_SCORE_BANDS}. Messages are in both languages, as the config page
 * shows them before any locale is known.
 */
export function parseScoreBands(value: unknown): BandsResult {
  if (value === undefined) return { ok: true, bands: DEFAULT_SCORE_BANDS };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          field: '',
          vi: 'phải là một đối tượng { excellent, good, fair, average }',
          en: 'must be an object { excellent, good, fair, average }',
        },
      ],
    };
  }
  const record = value as Record<string, unknown>;
  const problems: BandsProblem[] = [];
  for (const key of Object.keys(record)) {
    if (!(THRESHOLDS as readonly string[]).includes(key)) {
      problems.push({ field: key, vi: 'không phải là một ngưỡng hợp lệ', en: 'is not a known threshold' });
    }
  }
  for (const key of THRESHOLDS) {
    const v = record[key];
    if (v === undefined) problems.push({ field: key, vi: 'bị thiếu', en: 'is missing' });
    else if (typeof v !== 'number' || !Number.isFinite(v))
      problems.push({ field: key, vi: 'phải là một số', en: 'must be a number' });
    else if (v <= 0 || v > 100)
      problems.push({
        field: key,
        vi: 'phải lớn hơn 0 và không quá 100',
        en: 'must be above 0 and at most 100',
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  const bands = record as unknown as ScoreBands;
  for (let i = 1; i < THRESHOLDS.length; i++) {
    const higher = THRESHOLDS[i - 1] ?? 'excellent';
    const key = THRESHOLDS[i] ?? 'average';
    if (bands[key] >= bands[higher]) {
      problems.push({
        field: key,
        vi: `phải nhỏ hơn ngưỡng ${higher} (${bands[higher]})`,
        en: `must be below the ${higher} threshold (${bands[higher]})`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bands: { ...bands } };
}

/** The band of a total score. */
export function bandOf(score: number, bands: ScoreBands = DEFAULT_SCORE_BANDS): BandId {
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.fair) return 'fair';
  if (score >= bands.average) return 'average';
  return 'weak';
}

export interface BandRange {
  readonly id: BandId;
  /** Inclusive. */
  readonly min: number;
  /** Exclusive, except 100 for the top band. */
  readonly max: number;
}

/** The bands best first with their edges, for a legend: excellent [90, 100], good [80, 90), … weak [0, 50). */
export function bandRanges(bands: ScoreBands = DEFAULT_SCORE_BANDS): readonly BandRange[] {
  return [
    { id: 'excellent', min: bands.excellent, max: TOTAL_766_MAX },
    { id: 'good', min: bands.good, max: bands.excellent },
    { id: 'fair', min: bands.fair, max: bands.good },
    { id: 'average', min: bands.average, max: bands.fair },
    { id: 'weak', min: 0, max: bands.average },
  ];
}

/** How many scores fall in each band (missing scores are not counted). */
export function countByBand(
  scores: readonly (number | null)[],
  bands: ScoreBands = DEFAULT_SCORE_BANDS,
): Record<BandId, number> {
  const counts: Record<BandId, number> = { excellent: 0, good: 0, fair: 0, average: 0, weak: 0 };
  for (const s of scores) if (s !== null) counts[bandOf(s, bands)]++;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// Components for the radar

/** A unit's (or the nation's) scores of the six groups, aligned with {@link COMPONENTS_766}. */
export type ComponentScores = readonly (number | null)[];

/** Each score as a share of its group's maximum, per cent (what the radar plots); null stays null. */
export function componentShares(scores: ComponentScores): (number | null)[] {
  return COMPONENTS_766.map((c, i) => {
    const s = scores[i];
    return s === null || s === undefined ? null : (100 * s) / c.max;
  });
}

export interface ScoredUnit {
  readonly code: string;
  readonly total: number | null;
  readonly scores: ComponentScores;
}

/**
 * The best score of each group among `units` and who holds it (ties: the first in code order); null for
 * a group no unit has a score in.
 */
export function bestByComponent(
  units: readonly ScoredUnit[],
): ({ readonly code: string; readonly score: number } | null)[] {
  return COMPONENTS_766.map((_, i) => {
    let best: { code: string; score: number } | null = null;
    for (const u of [...units].sort((a, b) => a.code.localeCompare(b.code))) {
      const s = u.scores[i];
      if (s === null || s === undefined) continue;
      if (best === null || s > best.score) best = { code: u.code, score: s };
    }
    return best;
  });
}

/**
 * The plain mean of the units' scores per group and for the total (units without a score left out);
 * null where no unit has one. The portal's national figure is computed from all dossiers and differs
 * slightly: boards show the feed's national figure as "cả nước" and this as "bình quân các đơn vị".
 */
export function meanOfUnits(units: readonly ScoredUnit[]): {
  total: number | null;
  scores: (number | null)[];
} {
  const mean = (values: readonly (number | null | undefined)[]): number | null => {
    const present = values.filter((v): v is number => v !== null && v !== undefined);
    return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
  };
  return {
    total: mean(units.map((u) => u.total)),
    scores: COMPONENTS_766.map((_, i) => mean(units.map((u) => u.scores[i]))),
  };
}
