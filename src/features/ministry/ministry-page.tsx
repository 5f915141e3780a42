import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { toUnitProfile } from '../../api/profile/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import { downloadCsv } from '../../components/export/download.ts';
import { csvFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { Sparkline } from '../../components/sparkline.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import { formatDate } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { formatPeriod, parsePeriod, periodKey, periodsFrom } from '../../domain/period.ts';
import type { Era, Ministry } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeMinistrySet, ministrySetOf, ministrySetOfEra, SetChangeNote } from '../agencies/index.ts';
import { BoardProvider, type BoardPatch, type BoardView, type MinistrySet } from '../board/index.ts';
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
import { MinistrySkeleton } from './ministry-skeleton.tsx';
import {
  MAX_MINISTRY_PEERS,
  parseMinistryState,
  serializeMinistryState,
  type MinistryState,
} from './ministry-state.ts';
import {
  selectMinistryLineage,
  selectMinistryProfileRows,
  sortProfileRows,
  type ProfileRow,
  type ProfileSort,
  type RelatedBody,
} from './select-ministry-profile.ts';

/**
 * One ministry or ministry-level agency: who it is (full name, short form, its set, the bodies it took
 * over or became part of), every ministry indicator at a glance with its rank among the set, its trend
 * against the ministries' total.
 */
export function MinistryPage() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const state = parseMinistryState(search);
  const other = state.era === '17' ? '22' : '17';
  const catalogQuery = useQuery(feedQueries.indicators());
  const metadataQuery = useQuery(feedQueries.metadata());
  const setQueries = useQueries({
    queries: [feedQueries.ministries(state.era), feedQueries.ministries(other)],
  });
  const update = useCallback(
    (patch: Partial<MinistryState>) => {
      setSearch((current) => serializeMinistryState({ ...parseMinistryState(current), ...patch }, current));
    },
    [setSearch],
  );

  const queries: UseQueryResult[] = [catalogQuery as UseQueryResult, metadataQuery as UseQueryResult].concat(
    setQueries,
  );
  const failed = queries.find((q) => q.isError);
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
  const [own, others] = [setQueries[0].data?.ministries, setQueries[1].data?.ministries];
  const metadata = metadataQuery.data;
  if (!catalogQuery.data || !metadata || !own || !others) return <MinistrySkeleton />;
  const ministry = own.find((m) => m.code === code);
  const set = ministrySetOfEra(metadata.eras, state.era);
  if (!ministry || !set) {
    return (
      <section className="page-message">
        <h1>{t('ministry.notFound', { code })}</h1>
        <Link to={ROUTES.overview.href({}, search)}>{t('error.notFound.home')}</Link>
      </section>
    );
  }
  return (
    <MinistryView
      ministry={ministry}
      set={set}
      bodies={own}
      others={others}
      state={state}
      update={update}
      catalog={catalogQuery.data.indicators}
      latest={metadata.latest}
      firstPeriod={metadata.firstPeriod}
      eras={metadata.eras}
    />
  );
}

const SORTABLE: Partial<Record<FigureColumnKind, ProfileSort>> = {
  change: 'change',
  rankOf: 'rank',
  rankChange: 'rankChange',
};

function MinistryView({
  ministry,
  set,
  bodies,
  others,
  state,
  update,
  catalog,
  latest,
  firstPeriod,
  eras,
}: {
  ministry: Ministry;
  set: MinistrySet;
  /** The bodies of the ministry's set. */
  bodies: readonly Ministry[];
  /** The bodies of the other set. */
  others: readonly Ministry[];
  state: MinistryState;
  update: (patch: Partial<MinistryState>) => void;
  catalog: readonly Indicator[];
  latest: LatestPeriods;
  firstPeriod: string;
  eras: readonly Era[];
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const [search] = useSearchParams();
  const ministerial = useMemo(() => catalog.filter((i) => i.scopes.includes('ministry')), [catalog]);
  const latestYear = parsePeriod(latest.year)?.year ?? parsePeriod(firstPeriod)?.year ?? 0;

  // Every figure of the table, ranked among the set, in one request.
  const profile = useQuery({
    ...feedQueries.profile({ scope: 'ministry', era: ministry.era, unit: ministry.code }),
    select: toUnitProfile,
  });
  const rows = useMemo(
    () =>
      selectMinistryProfileRows({
        indicators: ministerial,
        profile: profile.data ?? null,
        ministry,
        latest,
        eras,
        locale,
      }),
    [ministerial, profile.data, ministry, latest, eras, locale],
  );
  const order = useMemo(() => new Map(catalog.map((i, n) => [i.id, n])), [catalog]);
  const sorted = sortProfileRows(rows, state.sort, state.descending, locale, order);

  const trendIndicator =
    ministerial.find((i) => i.id === state.indicator) ??
    ministerial.find((i) => i.headline) ??
    ministerial[0];
  const trendFrequency = trendIndicator?.frequencies[0] ?? 'month';
  const trendPeriods = useMemo(() => {
    const newest = parsePeriod(latest[trendFrequency]);
    const first = parsePeriod(firstPeriod);
    return newest && first ? periodsFrom(first, newest) : [];
  }, [latest, trendFrequency, firstPeriod]);

  // The trend runs from the first period to the latest: it crosses a change when they differ in set.
  const trendFirst = trendPeriods[0];
  const trendLast = trendPeriods.at(-1);
  const firstSet = trendFirst ? ministrySetOf(eras, trendFirst) : null;
  const lastSet = trendLast ? ministrySetOf(eras, trendLast) : null;
  const trendChange = firstSet && lastSet && firstSet.era !== lastSet.era ? lastSet : null;

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
    downloadCsv(toCsv(headers, body), csvFileName(['dieu-hanh', ministry.name.vi, `${ministry.era}-bo`]));
  };

  const sortOf = (sort: ProfileSort): ColumnSort => {
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
      cell: (r) => formatPeriod(r.period, locale, { cumulative: r.indicator.cumulative, short: true }),
    },
    ...figureColumns<ProfileRow>(
      ['value', 'change', 'target', 'rankOf', 'rankChange', 'status'],
      (r) => (r.row ? { row: r.row, total: r.total } : null),
      {
        t,
        locale,
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
    const compare = [ministry.code, ...state.peers.filter((p) => p !== ministry.code)].slice(
      0,
      MAX_MINISTRY_PEERS + 1,
    );
    return {
      indicator: trendIndicator,
      catalog,
      frequency: trendFrequency,
      period: last,
      periods: trendPeriods,
      // Provinces are not on this page; the era is the boards' default, unused by a trend of ministries.
      era: '34',
      ministries: set,
      region: null,
      regions: [],
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
      maxCompare: MAX_MINISTRY_PEERS + 1,
      hovered: null,
      setHovered: ignoreHover,
      update: (patch: BoardPatch) => {
        update({
          ...(patch.compare ? { peers: patch.compare.filter((c) => c !== ministry.code) } : {}),
          ...(patch.trendMode !== undefined ? { trendMode: patch.trendMode } : {}),
          ...(patch.trendView ? { trendView: patch.trendView } : {}),
        });
      },
      unitHref: (code: string) => ROUTES.ministry.href({ code, era: ministry.era }, search),
    };
  }, [
    trendIndicator,
    trendPeriods,
    ministry,
    set,
    state.peers,
    state.trendView,
    state.trendMode,
    catalog,
    trendFrequency,
    latestYear,
    locale,
    theme,
    update,
    search,
  ]);

  return (
    <div className="province ministry">
      <MinistryHeader ministry={ministry} set={set} others={others} eras={eras} />
      <Panel
        id="indicators"
        title={t('province.indicators')}
        subtitle={t('ministry.indicators.note', { count: bodies.length })}
        actions={<ExportButtons onCsv={exportCsv} />}
      >
        {profile.isError ? (
          <PanelError error={profile.error} onRetry={() => void profile.refetch()} />
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
          <TrendPanel id="ministry-trend" note={trendChange && <SetChangeNote set={trendChange} />} />
        </BoardProvider>
      )}
    </div>
  );
}

/** The ministry page highlights nothing across panels: its trend is alone. */
function ignoreHover(): void {}

function MinistryHeader({
  ministry,
  set,
  others,
  eras,
}: {
  ministry: Ministry;
  set: MinistrySet;
  others: readonly Ministry[];
  eras: readonly Era[];
}) {
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const lineage = selectMinistryLineage(ministry, others, locale);
  // A body of the former set that simply went on under the same code "became" itself.
  const continues = lineage.becamePartOf.length === 1 && lineage.becamePartOf[0]?.code === ministry.code;
  const otherSet = ministrySetOfEra(eras, ministry.era === '17' ? '22' : '17');
  // The day the sets changed: the first day of the newer one.
  const changeFrom = set.to ? otherSet?.from : set.from;
  const changeDate = changeFrom ? formatDate(changeFrom, locale) : '';
  const setText = describeMinistrySet(set, t, locale);
  const links = (bodies: readonly RelatedBody[]) =>
    bodies.map((b, i) => (
      <span key={b.code}>
        {i > 0 && ', '}
        <Link to={ROUTES.ministry.href({ code: b.code, era: b.era }, search)}>{b.name}</Link>
      </span>
    ));
  return (
    <header className="province-header">
      <p className="province-header__back">
        <Link to={ROUTES.overview.href({}, search)}>← {t('province.back')}</Link>
      </p>
      <h1>{ministry.name[locale]}</h1>
      <dl className="province-header__facts">
        <div>
          <dt>{t('ministry.short')}</dt>
          <dd>{(ministry.short ?? ministry.name)[locale]}</dd>
        </div>
        <div>
          <dt>{t('ministry.set')}</dt>
          <dd>{setText}</dd>
        </div>
        {lineage.formedFrom.length > 0 && (
          <div className="province-header__wide">
            <dt>
              {lineage.continued
                ? t('ministry.before', { date: changeDate })
                : t('ministry.formedFrom', { date: changeDate })}
            </dt>
            <dd>{links(lineage.formedFrom)}</dd>
          </div>
        )}
        {lineage.becamePartOf.length > 0 && (
          <div className="province-header__wide">
            <dt>
              {continues
                ? t('ministry.after', { date: changeDate })
                : t('ministry.becamePartOf', { date: changeDate })}
            </dt>
            <dd>{links(lineage.becamePartOf)}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
