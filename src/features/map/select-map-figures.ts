/**
 * The map's view model: the board's rows as map figures with the words the tooltip needs, the colour
 * scale, the note on how the figures were converted between eras, and how arrow keys walk the units. Pure.
 */
import type { ChoroplethInput, MapFigure } from '../../charts/map/types.ts';
import type { Conversion } from '../../domain/era-figures.ts';
import { formatIndicatorValue } from '../../domain/format-indicator.ts';
import { formatRank } from '../../domain/format.ts';
import { conversionIsApproximate, nameInProse, type Indicator } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import { labelledExtremes, type ExtremeTie, type Ranking } from '../../domain/rank.ts';
import type { Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { CHANGE_ARROW, missingKey, type BoardRow } from '../figures/index.tsx';

/** The map's figures: the same rows the ranking shows, with the words the tooltip needs. */
export function selectMapFigures(
  rows: readonly BoardRow[],
  total: number,
  t: Translate,
  locale: Locale,
): MapFigure[] {
  return rows.map((row) => {
    const arrow = row.change ? CHANGE_ARROW[row.change.direction] : '';
    return {
      code: row.code,
      name: row.name,
      value: row.state === 'value' ? row.value : null,
      state: row.state,
      valueText: row.valueText ?? t(missingKey(row)),
      ...(row.rank !== null ? { rankText: formatRank(row.rank, total, locale) } : {}),
      ...(row.change && row.changeText
        ? {
            changeText:
              row.change.direction === 'flat'
                ? `${arrow} ${t('change.flat')} ${t('change.vsLastYear')}`
                : `${arrow} ${t(`change.${row.change.direction}`)} ${row.changeText} ${t('change.vsLastYear')}`,
          }
        : {}),
      ...(row.state === 'value' ? { statusText: t(`status.${row.status}`) } : {}),
    };
  });
}

/**
 * The map's colour scale: for an indicator coloured around a centre (CPI, neither better high nor low), a
 * diverging scale around the national value of the period or the national target (the ceiling); undefined
 * (sequential by polarity) otherwise, and when that centre is not known for the period.
 */
export function selectMapScale(
  indicator: Pick<Indicator, 'mapScale'>,
  national: Pick<Observation, 'value' | 'target'> | null,
): ChoroplethInput['scale'] {
  if (indicator.mapScale?.kind !== 'diverging' || !national) return undefined;
  const centre = indicator.mapScale.centre === 'target' ? national.target : national.value;
  return centre === null ? undefined : { kind: 'diverging', centre };
}

/**
 * What the map says above itself about conversion: figures of the 63 re-aggregated onto the 34 by the
 * indicator's rule (or that they cannot be), or figures of the 34 shown on the 63; null when the figures
 * are shown as reported. A rule that only approximates the statistics office's weights says so ("quy đổi
 * gần đúng").
 */
export function selectConversionNote(
  conversion: Conversion,
  indicator: Indicator,
  catalog: readonly Indicator[],
  t: Translate,
  locale: Locale,
): string | null {
  if (conversion === 'disaggregated') return t('map.disaggregated');
  if (conversion !== 'aggregated') return null;
  const rule = indicator.aggregation;
  const converted = conversionIsApproximate(rule) ? 'map.convertedApprox' : 'map.converted';
  switch (rule.kind) {
    case 'none':
      return t('map.notComparable');
    case 'sum':
      return t(converted, { rule: t('map.rule.sum') });
    case 'ratio':
      return t(converted, { rule: t('map.rule.ratio') });
    case 'weighted-mean': {
      const weight = catalog.find((i) => i.id === rule.weightIndicatorId);
      return t(converted, {
        rule: t('map.rule.weighted-mean', {
          weight: weight ? nameInProse(weight, locale) : rule.weightIndicatorId,
        }),
      });
    }
  }
}

/** What a key pressed on the map does: highlight another unit, open the highlighted one, or let go. */
export type MapKeyAction =
  { readonly kind: 'hover'; readonly code: string | null } | { readonly kind: 'open'; readonly code: string };

/**
 * Arrow keys walk the units in code order (right and down forward, left and up back, wrapping round),
 * Enter opens the highlighted unit, Escape lets go; other keys, or a map without units, do nothing (null).
 */
export function mapKeyAction(
  codes: readonly string[],
  hovered: string | null,
  key: string,
): MapKeyAction | null {
  if (codes.length === 0) return null;
  if (key === 'Escape') return { kind: 'hover', code: null };
  if (key === 'Enter') return hovered ? { kind: 'open', code: hovered } : null;
  const step =
    key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return null;
  const sorted = [...codes].sort();
  const index = hovered ? sorted.indexOf(hovered) : -1;
  return { kind: 'hover', code: sorted[(index + step + sorted.length) % sorted.length] ?? null };
}

/** How many best and how many worst units the map labels. */
export const MAP_LABELS = 3;

/** The units the map labels and, where a tie stops it from labelling them, what the legend says instead. */
export interface MapExtremes {
  readonly best: readonly string[];
  readonly worst: readonly string[];
  /** "20 đơn vị cùng đạt 100%": more units tie for the best value than there are labels. */
  readonly bestTie?: string;
  readonly worstTie?: string;
}

/**
 * The best and worst units to label on the map ({@link labelledExtremes}: a tie is labelled whole or not at
 * all), and the legend's words for a tie too large to label: "20 đơn vị cùng đạt 100%", the value written
 * as every figure of the board is.
 */
export function selectMapExtremes(
  ranking: Ranking,
  indicator: Indicator,
  t: Translate,
  locale: Locale,
  n = MAP_LABELS,
): MapExtremes {
  const extremes = labelledExtremes(ranking, n);
  const words = (key: 'map.tiedBest' | 'map.tiedWorst', tie: ExtremeTie) =>
    t(key, { count: tie.count, value: formatIndicatorValue(indicator, tie.value, locale).text });
  return {
    best: extremes.top.map((e) => e.code),
    worst: extremes.bottom.map((e) => e.code),
    ...(extremes.topTie ? { bestTie: words('map.tiedBest', extremes.topTie) } : {}),
    ...(extremes.bottomTie ? { worstTie: words('map.tiedWorst', extremes.bottomTie) } : {}),
  };
}
