import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { toUnitProfile } from '../../api/profile/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import type { UnitsResponse } from '../../api/units/schema.ts';
import { csvVariantNameParts, type CsvVariant } from '../../components/export/csv-variant.ts';
import { downloadCsv } from '../../components/export/download.ts';
import { csvFileName } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelReconnecting } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { Sparkline } from '../../components/sparkline.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import { formatDate } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, periodEnd, periodsFrom } from '../../domain/period.ts';
import {
  unitFullNameAt,
  unitKindAt,
  unitNameAt,
  unitRegionAt,
  type AdminUnit,
  type IsoDate,
} from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BoardProvider, type BoardPatch, type BoardView } from '../board/index.ts';
import {
  FigureTable,
  figureColumns,
  missingKey,
  type ColumnSort,
  type FigureColumn,
  type FigureColumnKind,
} from '../figures/index.tsx';
import { ROUTES } from '../routes/index.ts';
import { TrendPanel } from '../trend/index.ts';
import { FormerBreakdown } from './former-breakdown.tsx';
import { profileCsvContent } from './province-exports.ts';
import { ProvinceSkeleton } from './province-skeleton.tsx';
import {
  MAX_PEERS,
  parseProvinceState,
  serializeProvinceState,
  type ProvinceSort,
  type ProvinceState,
} from './province-state.ts';
import { selectProfileRows, sortProfileRows, unitDate, type ProfileRow } from './select-profile.ts';

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
        <Link to={ROUTES.overview.href({})}>{t('error.notFound.home')}</Link>
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
      asOf={metadataQuery.data.asOf}
      units34={units34}
      units63={units63}
    />
  );
}

const SORTABLE: Partial<Record<FigureColumnKind, ProvinceSort>> = {
  change: 'change',
  rankOf: 'rank',
  rankChange: 'rankChange',
};

function ProvinceView({
  unit,
  state,
  update,
  catalog,
  latest,
  firstPeriod,
  asOf,
  units34,
  units63,
}: {
  unit: AdminUnit;
  state: ProvinceState;
  update: (patch: Partial<ProvinceState>) => void;
  catalog: readonly Indicator[];
  latest: LatestPeriods;
  firstPeriod: string;
  /** The feed's as-of date: what "today" means on this page. */
  asOf: IsoDate;
  units34: UnitsResponse;
  units63: UnitsResponse;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const [search] = useSearchParams();
  const era = state.era;
  const provincial = useMemo(() => catalog.filter((i) => i.scopes.includes('province')), [catalog]);
  const latestYear = parsePeriod(latest.year)?.year ?? parsePeriod(firstPeriod)?.year ?? 0;
  const unitsOfEra = era === '34' ? units34.units : units63.units;

  // Every figure of the table, ranked among the era's units, in one request.
  const profile = useQuery({ ...feedQueries.profile({ era, unit: unit.code }), select: toUnitProfile });
  const profileReconnecting = reconnectingOf([profile]);
  const rows = useMemo(
    () => selectProfileRows({ indicators: provincial, profile: profile.data ?? null, unit, latest, locale }),
    [provincial, profile.data, unit, latest, locale],
  );
  const order = useMemo(() => new Map(catalog.map((i, n) => [i.id, n])), [catalog]);
  const sorted = sortProfileRows(rows, state.sort, state.descending, locale, order);

  const trendIndicator =
    provincial.find((i) => i.id === state.indicator) ?? provincial.find((i) => i.headline) ?? provincial[0];
  const trendFrequency = trendIndicator?.frequencies[0] ?? 'month';
  const trendPeriods = useMemo(() => {
    const newest = parsePeriod(latest[trendFrequency]);
    const first = parsePeriod(firstPeriod);
    return newest && first ? periodsFrom(first, newest) : [];
  }, [latest, trendFrequency, firstPeriod]);

  const exportCsv = (variant: CsvVariant) => {
    const unitName = unitNameAt(unit, unitDate(unit, asOf), locale);
    downloadCsv(
      profileCsvContent(
        { rows: sorted, unitName, era, updatedAt: profile.data?.updatedAt },
        { variant, t, locale },
      ),
      csvFileName([
        'dieu-hanh',
        unitNameAt(unit, unitDate(unit, asOf), 'vi'),
        era,
        ...csvVariantNameParts(variant),
      ]),
    );
  };

  const sortOf = (sort: ProvinceSort): ColumnSort => {
    const active = state.sort === sort;
    return {
      direction: active ? (state.descending ? 'descending' : 'ascending') : 'none',
      onSort: () => {
        update(active ? { descending: !state.descending } : { sort, descending: false });
      },
    };
  };
  const columns: FigureColumn<ProfileRow>[] = [
    {
      key: 'indicator',
      header: t('province.col.indicator'),
      rowHeader: true,
      sort: sortOf('name'),
      cell: (r) => (
        <>
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
        </>
      ),
    },
    {
      key: 'period',
      header: t('controls.period'),
      cell: (r) => formatIndicatorPeriod(r.indicator, r.period, locale),
    },
    ...figureColumns<ProfileRow>(
      ['value', 'change', 'target', 'rankOf', 'rankChange', 'status'],
      (r) => (r.row ? { row: r.row, total: r.total } : null),
      {
        t,
        locale,
        // One row per indicator: each value scaled as the board writes it.
        mixed: true,
        sort: (kind) => {
          const sort = SORTABLE[kind];
          return sort ? sortOf(sort) : undefined;
        },
      },
    ),
    {
      key: 'trend',
      header: t('province.col.trend'),
      className: 'profile-table__spark',
      cell: (r) => r.spark.length > 0 && <Sparkline points={r.spark} width={96} height={24} />,
    },
  ];

  const trendView = useMemo<BoardView | null>(() => {
    const last = trendPeriods.at(-1);
    if (!trendIndicator || !last) return null;
    const compare = [unit.code, ...state.peers.filter((p) => p !== unit.code)].slice(0, MAX_PEERS + 1);
    return {
      indicator: trendIndicator,
      catalog,
      frequency: trendFrequency,
      period: last,
      periods: trendPeriods,
      era,
      region: unitRegionAt(unit, periodEnd(last)),
      regions: units34.regions,
      latestYear,
      locale,
      theme,
      // The page's trend is the only panel of its board: the other switches stay at their defaults.
      panels: {
        mapView: 'map',
        rankingView: 'table',
        slice: 'all',
        trendView: state.trendView,
        trendMode: state.trendMode,
        compare,
      },
      maxCompare: MAX_PEERS + 1,
      hovered: null,
      setHovered: ignoreHover,
      update: (patch: BoardPatch) => {
        update({
          ...(patch.compare ? { peers: patch.compare.filter((c) => c !== unit.code) } : {}),
          ...(patch.trendMode !== undefined ? { trendMode: patch.trendMode } : {}),
          ...(patch.trendView ? { trendView: patch.trendView } : {}),
        });
      },
      unitHref: (code: string) => ROUTES.province.href({ code, era }, search),
    };
  }, [
    trendIndicator,
    trendPeriods,
    unit,
    state.peers,
    state.trendView,
    state.trendMode,
    catalog,
    trendFrequency,
    era,
    units34.regions,
    latestYear,
    locale,
    theme,
    update,
    search,
  ]);

  return (
    <div className="province">
      <ProvinceHeader unit={unit} units34={units34.units} units63={units63.units} asOf={asOf} />
      <Panel
        id="indicators"
        title={t('province.indicators')}
        subtitle={t('province.indicators.note', { count: unitsOfEra.length })}
        actions={<ExportButtons onCsv={exportCsv} />}
      >
        {profile.isError && !profile.data ? (
          <PanelError error={profile.error} onRetry={() => void profile.refetch()} othersKeepWorking />
        ) : profileReconnecting && !profile.data ? (
          <PanelReconnecting reconnecting={profileReconnecting} />
        ) : (
          <FigureTable
            rows={sorted}
            rowKey={(r) => r.indicator.id}
            columns={columns}
            caption={t('province.indicators')}
            className="profile-table"
            tall
            rowProps={(r) => ({ 'data-indicator': r.indicator.id })}
            placeholder={(r) =>
              r.row ? null : profile.isPending ? (
                <Skeleton className="skeleton--row" />
              ) : (
                <span className="muted">{t(missingKey({}))}</span>
              )
            }
          />
        )}
      </Panel>
      {trendView && (
        <BoardProvider view={trendView}>
          <TrendPanel id="province-trend" />
        </BoardProvider>
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

/** The province page highlights nothing across panels: its trend is alone. */
function ignoreHover(): void {}

function ProvinceHeader({
  unit,
  units34,
  units63,
  asOf,
}: {
  unit: AdminUnit;
  units34: readonly AdminUnit[];
  units63: readonly AdminUnit[];
  asOf: IsoDate;
}) {
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const today = unitDate(unit, asOf);
  const region = unitRegionAt(unit, today);
  const kind = unitKindAt(unit, today);
  const formers = (unit.formerCodes ?? []).flatMap((c) => units63.find((u) => u.code === c) ?? []);
  const successor = unit.successor ? units34.find((u) => u.code === unit.successor) : undefined;
  return (
    <header className="province-header">
      <p className="province-header__back">
        <Link to={ROUTES.overview.href({}, search)}>← {t('province.back')}</Link>
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
                  <Link to={ROUTES.province.href({ code: f.code, era: '63' }, search)}>
                    {unitNameAt(f, unitDate(f, asOf), locale)}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        {successor && (
          <div className="province-header__wide">
            <dt>{t('province.becamePartOf')}</dt>
            <dd>
              <Link to={ROUTES.province.href({ code: successor.code, era: '34' }, search)}>
                {unitNameAt(successor, unitDate(successor, asOf), locale)}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
