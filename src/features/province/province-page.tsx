import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import { toSeriesSet, type SeriesSet } from '../../api/series/to-domain.ts';
import type { UnitsResponse } from '../../api/units/schema.ts';
import { downloadCsv } from '../../components/export/download.ts';
import { csvFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelReconnecting } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { Sparkline } from '../../components/sparkline.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import { formatDate, formatNumber, formatRank } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import {
  addPeriods,
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodEnd,
  periodKey,
  periodsFrom,
  firstPeriodOf,
  previousPeriod,
  type Period,
} from '../../domain/period.ts';
import { unitFullNameAt, unitKindAt, unitNameAt, unitRegionAt, type AdminUnit } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  ChangeText,
  RankChange,
  ReasonText,
  useFiguresBatch,
  type FiguresResult,
} from '../figures/index.tsx';
import { TrendPanel } from '../trend/index.ts';
import { FormerBreakdown } from './former-breakdown.tsx';
import { provinceHref } from './province-href.ts';
import { ProvinceSkeleton } from './province-skeleton.tsx';
import {
  MAX_PEERS,
  parseProvinceState,
  serializeProvinceState,
  type ProvinceSort,
  type ProvinceState,
} from './province-state.ts';
import {
  latestPeriodForEra,
  selectProfileRow,
  sortProfileRows,
  type LatestPeriods,
  type ProfileRow,
} from './select-profile.ts';

const SPARK_LENGTH = { month: 13, quarter: 8, year: 5 } as const;

/** One province or city: who it is, every indicator at a glance, its trend against its peers. */
export function ProvincePage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const state = parseProvinceState(search);
  const catalogQuery = useQuery(feedQueries.indicators());
  const metadataQuery = useQuery(feedQueries.metadata());
  const unitQueries = useQueries({ queries: [feedQueries.units('34'), feedQueries.units('63')] });
  const update = useCallback(
    (patch: Partial<ProvinceState>) => {
      setSearch((current) => serializeProvinceState({ ...parseProvinceState(current), ...patch }, current));
    },
    [setSearch],
  );

  const queries: UseQueryResult[] = [catalogQuery as UseQueryResult, metadataQuery as UseQueryResult].concat(
    unitQueries,
  );
  const failed = queries.find((q) => q.isError && q.data === undefined);
  if (failed) {
    return (
      <PanelError
        error={failed.error}
        onRetry={() => {
          for (const q of queries) if (q.isError) void q.refetch();
        }}
      />
    );
  }
  const [units34, units63] = [unitQueries[0].data, unitQueries[1].data];
  if (!catalogQuery.data || !metadataQuery.data || !units34 || !units63) {
    const reconnecting = reconnectingOf(queries);
    return reconnecting ? <PanelReconnecting reconnecting={reconnecting} /> : <ProvinceSkeleton />;
  }
  const list = state.era === '34' ? units34.units : units63.units;
  const unit = list.find((u) => u.code === code);
  if (!unit) {
    return (
      <section className="page-message">
        <h1>{t('province.notFound', { code })}</h1>
        <Link to="/">{t('error.notFound.home')}</Link>
      </section>
    );
  }
  return (
    <ProvinceView
      unit={unit}
      state={state}
      update={update}
      catalog={catalogQuery.data.indicators}
      latest={metadataQuery.data.latest}
      firstPeriod={metadataQuery.data.firstPeriod}
      units34={units34}
      units63={units63}
    />
  );
}

function ProvinceView({
  unit,
  state,
  update,
  catalog,
  latest,
  firstPeriod,
  units34,
  units63,
}: {
  unit: AdminUnit;
  state: ProvinceState;
  update: (patch: Partial<ProvinceState>) => void;
  catalog: readonly Indicator[];
  latest: LatestPeriods;
  firstPeriod: string;
  units34: UnitsResponse;
  units63: UnitsResponse;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const era = state.era;
  const provincial = useMemo(() => catalog.filter((i) => i.scopes.includes('province')), [catalog]);
  const latestYear = parsePeriod(latest.year)?.year ?? 2025;
  const unitsOfEra = era === '34' ? units34.units : units63.units;

  const requests = useMemo(
    () =>
      provincial.flatMap((indicator) => {
        const frequency = indicator.frequencies[0] ?? 'month';
        const period = latestPeriodForEra(frequency, era, latest);
        if (!period) return [];
        return [
          { indicator, period, era },
          { indicator, period: previousPeriod(period), era },
        ];
      }),
    [provincial, era, latest],
  );
  const results = useFiguresBatch(requests, catalog, latestYear);
  const sparks: UseQueryResult<SeriesSet>[] = useQueries({
    queries: requests
      .filter((_, i) => i % 2 === 0)
      .map((r) => ({
        ...feedQueries.series({
          indicator: r.indicator.id,
          frequency: r.period.frequency,
          from: periodKey(sparkStart(r.period, firstPeriod)),
          to: periodKey(r.period),
          scope: 'province',
          era,
          unit: unit.code,
        }),
        select: toSeriesSet,
      })),
  });

  const rows: ProfileRow[] = useMemo(
    () =>
      requests
        .filter((_, i) => i % 2 === 0)
        .map((request, k) => {
          const current: FiguresResult | undefined = results[2 * k];
          const previous: FiguresResult | undefined = results[2 * k + 1];
          if (!current || current.status === 'pending') {
            return {
              indicator: request.indicator,
              period: request.period,
              row: null,
              total: 0,
              status: 'pending',
            };
          }
          if (current.status === 'error') {
            return {
              indicator: request.indicator,
              period: request.period,
              row: null,
              total: 0,
              status: 'error',
              error: current.error,
              retry: current.retry,
            };
          }
          const { row, total } = selectProfileRow({
            indicator: request.indicator,
            period: request.period,
            code: unit.code,
            current: current.data,
            previous: previous?.status === 'success' ? previous.data : undefined,
            units: unitsOfEra,
            locale,
          });
          return { indicator: request.indicator, period: request.period, row, total, status: 'success' };
        }),
    [requests, results, unit.code, unitsOfEra, locale],
  );
  const order = useMemo(() => new Map(catalog.map((i, n) => [i.id, n])), [catalog]);
  const sorted = sortProfileRows(rows, state.sort, state.descending, locale, order);

  const trendIndicator =
    provincial.find((i) => i.id === state.indicator) ?? provincial.find((i) => i.headline) ?? provincial[0];
  const trendFrequency = trendIndicator?.frequencies[0] ?? 'month';
  const newest = parsePeriod(latest[trendFrequency]);
  const first = parsePeriod(firstPeriod);
  const trendPeriods = newest && first ? periodsFrom(first, newest) : [];

  const exportCsv = () => {
    const headers = [
      t('province.col.indicator'),
      t('controls.period'),
      t('province.col.unit'),
      t('ranking.col.value'),
      t('trend.lastYear'),
      t('ranking.col.rank'),
      t('ranking.col.rankChange'),
      t('ranking.col.status'),
    ];
    const body = sorted.map((r) => [
      r.indicator.name[locale],
      periodKey(r.period),
      r.indicator.unit.label[locale],
      r.row?.value ?? null,
      r.row?.previousYear ?? null,
      r.row?.rank ?? null,
      r.row?.rankChange ?? null,
      r.row ? t(`status.${r.row.status}`) : t('status.missing'),
    ]);
    downloadCsv(toCsv(headers, body), csvFileName(['dieu-hanh', unitNameAt(unit, '2099-12-31', 'vi'), era]));
  };

  return (
    <div className="province">
      <ProvinceHeader unit={unit} units34={units34.units} units63={units63.units} />
      <Panel
        id="indicators"
        title={t('province.indicators')}
        subtitle={t('province.indicators.note', { count: unitsOfEra.length })}
        actions={<ExportButtons onCsv={exportCsv} />}
      >
        <div className="table-scroll table-scroll--tall">
          <table className="data-table profile-table">
            <caption className="visually-hidden">{t('province.indicators')}</caption>
            <thead>
              <tr>
                <SortHeader label={t('province.col.indicator')} sort="name" state={state} update={update} />
                <th scope="col">{t('controls.period')}</th>
                <th scope="col" className="num">
                  {t('ranking.col.value')}
                </th>
                <SortHeader
                  label={t('ranking.col.change')}
                  sort="change"
                  state={state}
                  update={update}
                  numeric
                />
                <th scope="col" className="num">
                  {t('province.col.target')}
                </th>
                <SortHeader label={t('ranking.col.rank')} sort="rank" state={state} update={update} numeric />
                <SortHeader
                  label={t('ranking.col.rankChange')}
                  sort="rankChange"
                  state={state}
                  update={update}
                  numeric
                />
                <th scope="col">{t('ranking.col.status')}</th>
                <th scope="col">{t('province.col.trend')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => {
                const spark =
                  sparks[
                    requests.filter((_, i) => i % 2 === 0).findIndex((q) => q.indicator.id === r.indicator.id)
                  ];
                const line = spark?.data?.units.find((u) => u.era === era && u.code === unit.code);
                return (
                  <tr key={r.indicator.id} data-indicator={r.indicator.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={trendIndicator?.id === r.indicator.id}
                        onClick={() => {
                          update({ indicator: r.indicator.id });
                        }}
                        title={t('province.showTrend')}
                      >
                        {(r.indicator.shortName ?? r.indicator.name)[locale]}
                      </button>
                      <span className="profile-table__group">{t(`group.${r.indicator.group}`)}</span>
                    </th>
                    <td>
                      {formatPeriod(r.period, locale, { cumulative: r.indicator.cumulative, short: true })}
                    </td>
                    <ProfileCells row={r} />
                    <td className="profile-table__spark">
                      {line && <Sparkline points={line.values} width={96} height={24} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Panel>
      {trendIndicator && trendPeriods.length > 0 && (
        <TrendPanel
          id="province-trend"
          indicator={trendIndicator}
          catalog={catalog}
          frequency={trendFrequency}
          periods={trendPeriods}
          era={era}
          region={unitRegionAt(
            unit,
            periodEnd(trendPeriods[trendPeriods.length - 1] ?? { frequency: 'year', year: 2099 }),
          )}
          regions={units34.regions}
          compare={[unit.code, ...state.peers.filter((p) => p !== unit.code)].slice(0, MAX_PEERS + 1)}
          maxCompare={MAX_PEERS + 1}
          mode={state.trendMode}
          view={state.trendView}
          theme={theme}
          latestYear={latestYear}
          onCompare={(codes) => {
            update({ peers: codes.filter((c) => c !== unit.code) });
          }}
          onMode={(trendMode) => {
            update({ trendMode });
          }}
          onView={(trendView) => {
            update({ trendView });
          }}
        />
      )}
      {era === '34' && (unit.formerCodes?.length ?? 0) > 1 && trendIndicator && (
        <FormerBreakdown
          unit={unit}
          units63={units63.units}
          indicator={trendIndicator}
          catalog={catalog}
          firstPeriod={firstPeriod}
          latest={latest}
          period={state.breakdownPeriod}
          onPeriod={(breakdownPeriod) => {
            update({ breakdownPeriod });
          }}
        />
      )}
    </div>
  );
}

/** The first period of a sparkline: a year or so back, not before the feed's first period. */
function sparkStart(period: Period, firstPeriod: string): Period {
  const wanted = addPeriods(period, 1 - SPARK_LENGTH[period.frequency]);
  const first = parsePeriod(firstPeriod);
  if (!first) return wanted;
  const floor = firstPeriodOf(period.frequency, first);
  return comparePeriods(wanted, floor) < 0 ? floor : wanted;
}

function ProfileCells({ row }: { row: ProfileRow }) {
  const { t, locale } = useI18n();
  if (row.status === 'pending') {
    return (
      <td colSpan={6}>
        <Skeleton className="skeleton--row" />
      </td>
    );
  }
  if (row.status === 'error') {
    return (
      <td colSpan={6}>
        <PanelError compact error={row.error} onRetry={() => row.retry?.()} />
      </td>
    );
  }
  const r = row.row;
  if (!r)
    return (
      <td colSpan={6} className="muted">
        {t('status.missing')}
      </td>
    );
  return (
    <>
      <td className="num">{r.valueText ?? <ReasonText row={r} />}</td>
      <td className="num">
        <ChangeText row={r} />
      </td>
      <td className="num">
        {r.shareOfTarget !== null ? `${formatNumber(r.shareOfTarget, locale, 1)}%` : '–'}
      </td>
      <td className="num">{r.rank !== null ? formatRank(r.rank, row.total, locale) : '–'}</td>
      <td className="num">
        <RankChange row={r} known />
      </td>
      <td>
        <StatusBadge status={r.status} />
      </td>
    </>
  );
}

function SortHeader({
  label,
  sort,
  state,
  update,
  numeric = false,
}: {
  label: string;
  sort: ProvinceSort;
  state: ProvinceState;
  update: (patch: Partial<ProvinceState>) => void;
  numeric?: boolean;
}) {
  const active = state.sort === sort;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (state.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          update(active ? { descending: !state.descending } : { sort, descending: false });
        }}
      >
        {label}
        <span aria-hidden="true">{active ? (state.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

function ProvinceHeader({
  unit,
  units34,
  units63,
}: {
  unit: AdminUnit;
  units34: readonly AdminUnit[];
  units63: readonly AdminUnit[];
}) {
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const today = unit.validTo ?? new Date().toISOString().slice(0, 10);
  const region = unitRegionAt(unit, today);
  const kind = unitKindAt(unit, today);
  const formers = (unit.formerCodes ?? []).flatMap((c) => units63.find((u) => u.code === c) ?? []);
  const successor = unit.successor ? units34.find((u) => u.code === unit.successor) : undefined;
  const back = new URLSearchParams();
  for (const key of ['lang', 'theme']) {
    const value = search.get(key);
    if (value) back.set(key, value);
  }
  return (
    <header className="province-header">
      <p className="province-header__back">
        <Link to={{ pathname: '/', search: back.toString() }}>← {t('province.back')}</Link>
      </p>
      <h1>{unitFullNameAt(unit, today, locale)}</h1>
      <dl className="province-header__facts">
        <div>
          <dt>{t('province.code')}</dt>
          <dd>{unit.code}</dd>
        </div>
        <div>
          <dt>{t('province.kind')}</dt>
          <dd>{t(`province.kind.${kind}`)}</dd>
        </div>
        <div>
          <dt>{t('controls.region')}</dt>
          <dd>{t(`region.${region}`)}</dd>
        </div>
        {unit.seat && (
          <div>
            <dt>{t('province.seat')}</dt>
            <dd>{unit.seat.name}</dd>
          </div>
        )}
        {unit.validTo && (
          <div>
            <dt>{t('province.validTo')}</dt>
            <dd>{formatDate(unit.validTo, locale)}</dd>
          </div>
        )}
        {formers.length > 1 && (
          <div className="province-header__wide">
            <dt>{t('province.formedFrom')}</dt>
            <dd>
              {formers.map((f, i) => (
                <span key={f.code}>
                  {i > 0 && ', '}
                  <Link to={provinceHref(f.code, '63', search)}>{unitNameAt(f, '2025-06-30', locale)}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        {successor && (
          <div className="province-header__wide">
            <dt>{t('province.becamePartOf')}</dt>
            <dd>
              <Link to={provinceHref(successor.code, '34', search)}>
                {unitNameAt(successor, '2025-07-01', locale)}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
