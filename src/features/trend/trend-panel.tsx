import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import { LazyChart, renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES, type ThemeName } from '../../charts/theme/tokens.ts';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { mergeRefs, useInView } from '../../components/use-in-view.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime, formatNumber } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { formatPeriod, periodKey, periodEnd, type Frequency, type Period } from '../../domain/period.ts';
import {
  unitNameAt,
  type AdminUnit,
  type ProvinceEraId,
  type Region,
  type RegionId,
} from '../../domain/units.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import {
  canSwitchMode,
  lastYearLine,
  nativeMode,
  regionLine,
  switchMode,
  unitLine,
  type TrendMode,
} from './select-trend-lines.ts';
import { useTrendData, type TrendDataResult } from './use-trend-data.ts';

export type TrendView = 'chart' | 'table';

export interface TrendPanelProps {
  readonly id?: string;
  readonly indicator: Indicator;
  readonly catalog: readonly Indicator[];
  readonly frequency: Frequency;
  readonly periods: readonly Period[];
  readonly era: ProvinceEraId;
  readonly region: RegionId | null;
  readonly regions: readonly Region[];
  readonly compare: readonly string[];
  readonly maxCompare: number;
  readonly mode: TrendMode | null;
  readonly view: TrendView;
  readonly theme: ThemeName;
  readonly latestYear: number;
  readonly hovered?: string | null;
  readonly onCompare: (codes: readonly string[]) => void;
  readonly onMode: (mode: TrendMode) => void;
  readonly onView: (view: TrendView) => void;
}

const FALLBACK_HEIGHT = 340;
const EXPORT_HEIGHT = 560;

/** Trend of an indicator: the nation, a region's average, compared units, last year and the plan. */
export function TrendPanel(props: TrendPanelProps) {
  const { t, locale } = useI18n();
  const { indicator, frequency, periods, era, region, compare, view, theme } = props;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new Error('A trend needs at least one period');
  const data = useTrendData({
    indicator,
    catalog: props.catalog,
    frequency,
    from: first,
    to: last,
    era,
    region,
    units: compare,
    latestYear: props.latestYear,
  });
  const metadata = useQuery(feedQueries.metadata());
  const [chartRef, chartSize] = useElementSize();
  const [viewRef, inView] = useInView();
  const panelRef = useMemo(() => mergeRefs(chartRef, viewRef), [chartRef, viewRef]);
  const textSize = useRootFontSize();
  const switchable = canSwitchMode(indicator, frequency);
  const mode: TrendMode = switchable ? (props.mode ?? nativeMode(indicator)) : nativeMode(indicator);
  const regionName = region ? props.regions.find((r) => r.id === region)?.name[locale] : undefined;

  const series = useMemo(
    () =>
      data.status === 'success'
        ? selectTrendSeries({ data, indicator, era, region, regionName, compare, mode, frequency, t, locale })
        : [],
    [data, indicator, era, region, regionName, compare, mode, frequency, t, locale],
  );
  const categories = useMemo(
    () =>
      data.status === 'success'
        ? data.national.periods.map((p) => formatPeriod(p, locale, { short: true }))
        : [],
    [data, locale],
  );
  const formatValue = (value: number) => formatNumber(value, locale, indicator.decimals);
  const axisLabel = indicator.unit.label[locale];
  const unitsOfEra = data.status === 'success' ? (era === '34' ? data.units34 : data.units63) : [];
  const latestDate = periodEnd(last);
  const nameOf = (u: AdminUnit) => unitNameAt(u, latestDate, locale);
  const highlightedId =
    props.hovered && compare.includes(props.hovered) ? `unit:${era}:${props.hovered}` : null;

  const chartSpec = (exporting: boolean, width: number): ChartSpec => ({
    kind: 'trend',
    input: {
      categories,
      series,
      axisLabel,
      formatValue,
      highlighted: exporting ? null : highlightedId,
      texts: {
        statusWords: {
          estimate: t('status.estimate'),
          preliminary: t('status.preliminary'),
          official: t('status.official'),
        },
        noData: t('status.missing'),
      },
      theme: THEMES[theme],
      size: exporting
        ? { width, height: EXPORT_HEIGHT }
        : {
            width: chartSize.width || width,
            height: chartSize.height || FALLBACK_HEIGHT,
            fontSize: textSize,
          },
      ...(exporting
        ? {
            export: {
              title: `${t('trend.title')}: ${indicator.name[locale]}`,
              subtitle: `${formatPeriod(first, locale)} – ${formatPeriod(last, locale)}`,
              footer: [
                t('panel.source', { source: indicator.source[locale] }),
                ...(metadata.data
                  ? [t('panel.asOf', { time: formatDateTime(metadata.data.updatedAt, locale) })]
                  : []),
              ].join(' · '),
            },
          }
        : {}),
    },
  });

  const exportCsv = () => {
    const headers = [t('trend.col.period'), ...series.map((s) => `${s.name} (${axisLabel})`)];
    const rows = (data.status === 'success' ? data.national.periods : []).map((p, i) => [
      periodKey(p),
      ...series.map((s) => s.values[i] ?? null),
    ]);
    downloadCsv(toCsv(headers, rows), csvFileName(['dieu-hanh', 'xu-huong', indicator.name[locale], era]));
  };
  const exportPng = async () => {
    const url = await renderSpecToPng(chartSpec(true, 1200), { width: 1200, height: EXPORT_HEIGHT });
    downloadDataUrl(url, exportFileName(['dieu-hanh', 'xu-huong', indicator.name[locale], era], 'png'));
  };

  const available = unitsOfEra.filter((u) => !compare.includes(u.code));
  return (
    <Panel
      id={props.id ?? 'trend'}
      className="panel--trend"
      title={t('trend.title')}
      subtitle={indicator.name[locale]}
      actions={
        <>
          {switchable && (
            <Segmented
              label={t('trend.mode')}
              value={mode}
              options={(['period', 'cumulative'] as const).map((value) => ({
                value,
                label: t(`trend.mode.${value}`),
              }))}
              onChange={props.onMode}
            />
          )}
          <Segmented
            label={t('panel.viewAs')}
            value={view}
            options={(['chart', 'table'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={props.onView}
          />
          {data.status === 'success' && <ExportButtons onCsv={exportCsv} onPng={exportPng} />}
        </>
      }
    >
      <div className="trend__compare">
        <span className="trend__compare-label">{t('trend.compare')}</span>
        <ul className="chips">
          {compare.map((code) => {
            const unit = unitsOfEra.find((u) => u.code === code);
            const name = unit ? nameOf(unit) : code;
            return (
              <li key={code} className="chip">
                {name}
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('trend.compare.remove', { name })}
                  onClick={() => {
                    props.onCompare(compare.filter((c) => c !== code));
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {compare.length < props.maxCompare ? (
          <select
            aria-label={t('trend.compare.add')}
            value=""
            onChange={(e) => {
              if (e.target.value) props.onCompare([...compare, e.target.value]);
            }}
          >
            <option value="">{t('trend.compare.add')}</option>
            {available.map((u) => (
              <option key={u.code} value={u.code}>
                {nameOf(u)}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{t('trend.compare.full', { max: props.maxCompare })}</span>
        )}
      </div>
      {region && indicator.aggregation.kind === 'none' && (
        <p className="panel__note">{t('trend.regionNotComparable')}</p>
      )}
      {data.status === 'pending' && (
        <PanelPending reconnecting={data.reconnecting}>
          <Skeleton className="skeleton--chart" height={`${FALLBACK_HEIGHT}px`} />
        </PanelPending>
      )}
      {data.status === 'error' && <PanelError error={data.error} onRetry={data.retry} othersKeepWorking />}
      {data.status === 'success' &&
        (view === 'chart' ? (
          <div className="trend__chart" ref={panelRef}>
            {inView && chartSize.height > 0 && (
              <LazyChart
                spec={chartSpec(false, 900)}
                height="100%"
                ariaLabel={t('trend.ariaLabel', { indicator: indicator.name[locale] })}
                fallback={<Skeleton className="skeleton--chart" height="100%" />}
              />
            )}
          </div>
        ) : (
          <TrendTable
            series={series}
            periods={data.national.periods}
            formatValue={formatValue}
            caption={indicator.name[locale]}
          />
        ))}
    </Panel>
  );
}

function TrendTable({
  series,
  periods,
  formatValue,
  caption,
}: {
  series: readonly TrendSeries[];
  periods: readonly Period[];
  formatValue: (v: number) => string;
  caption: string;
}) {
  const { t, locale } = useI18n();
  const newestFirst = periods.map((period, i) => ({ period, i })).reverse();
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.col.period')}</th>
            {series.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map(({ period, i }) => (
            <tr key={periodKey(period)}>
              <th scope="row">{formatPeriod(period, locale)}</th>
              {series.map((s) => {
                const v = s.values[i];
                return (
                  <td key={s.id} className="num">
                    {v === null || v === undefined ? <span className="muted">–</span> : formatValue(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart's lines with their names, in drawing order. */
export function selectTrendSeries({
  data,
  indicator,
  era,
  region,
  regionName,
  compare,
  mode,
  frequency,
  t,
  locale,
}: {
  data: Extract<TrendDataResult, { status: 'success' }>;
  indicator: Indicator;
  era: ProvinceEraId;
  region: RegionId | null;
  regionName: string | undefined;
  compare: readonly string[];
  mode: TrendMode;
  frequency: Frequency;
  t: Translate;
  locale: 'vi' | 'en';
}): TrendSeries[] {
  const periods = data.national.periods;
  const from = nativeMode(indicator);
  const inMode = (values: readonly (number | null)[]) => switchMode(periods, values, from, mode);
  const nation = inMode(data.national.national.values);
  const out: TrendSeries[] = [
    {
      id: 'nation',
      name: t('trend.nation'),
      role: 'nation',
      values: nation,
      statuses: data.national.national.statuses,
    },
  ];
  if (data.sources && region && regionName) {
    const regionUnits = data.units34.filter((u) => u.regions.some((r) => r.value === region));
    const line = regionLine(indicator, data.sources, regionUnits);
    if (line) {
      out.push({
        id: `region:${region}`,
        name: t('trend.regionAverage', { region: regionName }),
        role: 'region',
        values: inMode(line.values),
        statuses: line.statuses,
      });
    }
  }
  const latest = periods.at(-1);
  const units = era === '34' ? data.units34 : data.units63;
  for (const code of compare) {
    if (!data.sources) break;
    const unit = units.find((u) => u.code === code);
    const line = unitLine(indicator, data.sources, era, code, data.units34);
    out.push({
      id: `unit:${era}:${code}`,
      name: unit && latest ? unitNameAt(unit, periodEnd(latest), locale) : code,
      role: 'unit',
      values: inMode(line.values),
      statuses: line.statuses,
    });
  }
  if (frequency !== 'year') {
    out.push({
      id: 'last-year',
      name: t('trend.lastYear'),
      role: 'last-year',
      values: lastYearLine(frequency, nation),
    });
  }
  const targets = data.national.national.targets;
  if (indicator.target && targets && mode === nativeMode(indicator)) {
    out.push({
      id: 'plan',
      name: t(indicator.target === 'estimate' ? 'trend.estimate' : 'trend.plan'),
      role: 'plan',
      values: targets,
    });
  }
  return out;
}
