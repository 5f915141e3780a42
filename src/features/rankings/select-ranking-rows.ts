/**
 * The ranking's view model: which of the board's rows are listed (a region's units, a search, the best
 * or worst ten) and the bars its chart draws. Ranks stay those among all units of the era. Pure.
 */
import type {
  RankingBarInput,
  RankingBarRow,
  RankingLeftOut,
} from '../../charts/ranking/build-ranking-bar-option.ts';
import { formatIndicatorValue } from '../../domain/format-indicator.ts';
import { coverageLabelKey, type Indicator, type NationalCoverage } from '../../domain/indicators.ts';
import { matchesAnyTerm } from '../../domain/text.ts';
import type { Locale, RegionId } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { RankingSlice } from '../board/index.ts';
import { missingKey, type BoardRow } from '../figures/index.tsx';

/** How many units "the best ten" and "the worst ten" list. */
export const SLICE_SIZE = 10;

/**
 * The listed rows, in ranking order: those of `region` (all without one) that `query` finds (diacritics
 * and case folded) by their name, by the other terms of `search` (abbreviations such as "hcm", former
 * names such as "Thừa Thiên Huế" or "Bình Dương": `unitSearchTerms`), or by their code; then, for a slice,
 * the best or worst ten of the ranked ones among them.
 */
export function selectVisibleRows(
  rows: readonly BoardRow[],
  {
    region,
    query,
    slice,
    search,
  }: {
    region: RegionId | null;
    query: string;
    slice: RankingSlice;
    search?: ReadonlyMap<string, readonly string[]> | null;
  },
): BoardRow[] {
  let visible = rows.filter((r) => (region ? r.region === region : true));
  const trimmed = query.trim();
  if (trimmed) {
    visible = visible.filter(
      (r) => r.code === trimmed || matchesAnyTerm([r.name, ...(search?.get(r.code) ?? [])], query),
    );
  }
  if (slice === 'all') return visible;
  const ranked = visible.filter((r) => r.rank !== null);
  return slice === 'top'
    ? ranked.slice(0, SLICE_SIZE)
    : ranked.slice(Math.max(0, ranked.length - SLICE_SIZE));
}

/**
 * The chart's bars: the listed rows that have a rank and a value, best first (missing is never a bar),
 * each named by its short form where it has one (a ministry: "Bộ KH&ĐT"), since an axis label is short.
 */
export function selectRankingBars(visible: readonly BoardRow[]): RankingBarRow[] {
  return visible.flatMap((r) =>
    r.rank !== null && r.value !== null
      ? [
          {
            code: r.code,
            name: r.short ?? r.name,
            value: r.value,
            rank: r.rank,
            valueText: r.cellText ?? '',
          },
        ]
      : [],
  );
}

/**
 * The ranking's title, counting what it shows: "Xếp hạng (34)" when every unit is listed, "Xếp hạng (6 của 34)"
 * when a region, a search or a slice lists fewer.
 */
export function rankingTitle(t: Translate, shown: number, total: number): string {
  return shown === total ? t('ranking.title', { count: total }) : t('ranking.titleOf', { shown, total });
}

/**
 * The national figure on the ranking chart, named by whom it covers ("Cả nước" for the whole country;
 * "Các địa phương" or "Các bộ, ngành" for an index computed per agency, which has no whole-country
 * value) with its value as the board writes it ("67,3% kế hoạch"), drawn as the line bars are read
 * against (`line`), except for an indicator that adds up (budget revenue, enterprises): there the nation
 * is the total of the units, no unit can reach it, and the figure is only said (`text`, "Cả nước: 2,22
 * triệu tỷ đồng"). Nothing without a national value. `label` names it otherwise (a board of ministries:
 * "Tổng các bộ, ngành").
 */
export function selectNationalFigure(
  national: number | null,
  coverage: NationalCoverage,
  indicator: Indicator,
  t: Translate,
  locale: Locale,
  label: string = t(coverageLabelKey(coverage)),
): { line?: NonNullable<RankingBarInput['reference']>; text: string | null } {
  if (national === null) return { text: null };
  const valueText = formatIndicatorValue(indicator, national, locale).text;
  const text = `${label}: ${valueText}`;
  return indicator.aggregation.kind === 'sum'
    ? { text }
    : { line: { value: national, label, valueText }, text };
}

/**
 * The listed units the chart draws no bar for, grouped by the words the table gives them ("Chưa có số
 * liệu", "Chậm gửi báo cáo", "Không so sánh được"), in table order: the chart's note, so an exported
 * image does not silently drop a unit.
 */
export function selectLeftOut(visible: readonly BoardRow[], t: Translate): RankingLeftOut[] {
  const groups = new Map<string, string[]>();
  for (const row of visible) {
    if (row.rank !== null && row.value !== null) continue;
    const label = t(missingKey(row));
    const names = groups.get(label) ?? [];
    names.push(row.name);
    groups.set(label, names);
  }
  return [...groups].map(([label, names]) => ({ label, names }));
}
