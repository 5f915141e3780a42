import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import { PanelError, PanelReconnecting } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import type { Region } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BoardProvider, type BoardView } from '../board/index.ts';
import { useBoardRows } from '../figures/index.tsx';
import { MapPanel } from '../map/index.ts';
import { RankingPanel } from '../rankings/index.ts';
import { ROUTES } from '../routes/index.ts';
import { TrendPanel } from '../trend/index.ts';
import { BoardControls } from './board-controls.tsx';
import { KpiTile } from './kpi-tile.tsx';
import {
  MAX_COMPARE,
  parseOverviewState,
  serializeOverviewState,
  type OverviewState,
} from './overview-state.ts';
import { resolveView, type ResolvedView } from './resolve-view.ts';
import { OVERVIEW_TILE_IDS, selectTileIndicators } from './tiles.ts';

/** The overview board: KPI tiles, then the map, the ranking and the trend of one indicator and period. */
export function OverviewPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const state = parseOverviewState(search);
  const catalogQuery = useQuery(feedQueries.indicators());
  const metadataQuery = useQuery(feedQueries.metadata());

  const update = useCallback(
    (patch: Partial<OverviewState>, options?: { replace?: boolean }) => {
      setSearch(
        (current) => serializeOverviewState({ ...parseOverviewState(current), ...patch }, current),
        options,
      );
    },
    [setSearch],
  );

  // Without the catalog or the metadata there is no board at all: the error says nothing of other parts.
  const failed =
    catalogQuery.isError && !catalogQuery.data
      ? catalogQuery
      : metadataQuery.isError && !metadataQuery.data
        ? metadataQuery
        : null;
  const reconnecting = reconnectingOf([catalogQuery, metadataQuery]);
  const catalog = catalogQuery.data?.indicators;
  const metadata = metadataQuery.data;
  const view =
    catalog && metadata ? resolveView(state, catalog, metadata.latest, metadata.firstPeriod) : null;

  return (
    <div className="overview">
      <h1 className="visually-hidden">{state.group ? t(`group.${state.group}`) : t('overview.heading')}</h1>
      {failed ? (
        <PanelError
          error={failed.error}
          failedAt={failed.errorUpdatedAt}
          onRetry={() => {
            void catalogQuery.refetch();
            void metadataQuery.refetch();
          }}
        />
      ) : catalog && metadata ? (
        view ? (
          <Board state={state} view={view} catalog={catalog} latest={metadata.latest} update={update} />
        ) : (
          <p className="panel__empty">{t('empty.noData')}</p>
        )
      ) : reconnecting ? (
        <PanelReconnecting reconnecting={reconnecting} />
      ) : (
        // As many tile skeletons as the overview will show, so that the strip keeps its rows when they fill.
        <BoardSkeleton tiles={state.group ? 5 : OVERVIEW_TILE_IDS.length} />
      )}
    </div>
  );
}

const NO_REGIONS: readonly Region[] = [];

function Board({
  state,
  view,
  catalog,
  latest,
  update,
}: {
  state: OverviewState;
  view: ResolvedView;
  catalog: readonly Indicator[];
  latest: LatestPeriods;
  update: (patch: Partial<OverviewState>, options?: { replace?: boolean }) => void;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const [search] = useSearchParams();
  const [hovered, setHovered] = useState<string | null>(null);
  const { data: units34 } = useQuery(feedQueries.units('34'));
  const latestYear = parsePeriod(latest.year)?.year ?? view.period.year;
  const first = view.periods[0] ?? view.period;
  const liveBoard = useBoardRows({
    indicator: view.indicator,
    period: view.period,
    era: state.era,
    catalog,
    latestYear,
    firstPeriod: first,
  });
  // The map and the ranking re-render in the background when new figures arrive, so the page stays
  // responsive (no long task while a wall screen swaps 34 or 63 rows) and the tiles paint first.
  const board = useDeferredValue(liveBoard);
  const tiles = selectTileIndicators(catalog, state.group);
  const regionList = units34?.regions ?? NO_REGIONS;
  const unitHref = useCallback(
    (code: string) => ROUTES.province.href({ code, era: state.era }, search),
    [state.era, search],
  );
  const boardView = useMemo<BoardView>(
    () => ({
      indicator: view.indicator,
      catalog,
      frequency: view.frequency,
      period: view.period,
      periods: view.periods,
      era: state.era,
      region: state.region,
      regions: regionList,
      latestYear,
      locale,
      theme,
      panels: state,
      maxCompare: MAX_COMPARE,
      hovered,
      setHovered,
      update,
      unitHref,
    }),
    [view, catalog, state, regionList, latestYear, locale, theme, hovered, update, unitHref],
  );

  return (
    <BoardProvider view={boardView}>
      <BoardControls choices={view.choices} latest={latest} update={update} />
      <section className="kpi-strip" aria-label={t('kpi.region')}>
        {tiles.map((indicator) => {
          const period = latestPeriodOf(indicator, latest);
          return period ? <KpiTile key={indicator.id} indicator={indicator} period={period} /> : null;
        })}
      </section>
      <div className="board">
        <MapPanel board={board} />
        <RankingPanel board={board} />
        <TrendPanel />
      </div>
    </BoardProvider>
  );
}

function latestPeriodOf(indicator: Indicator, latest: LatestPeriods): Period | null {
  const frequency = indicator.frequencies[0] ?? 'month';
  return parsePeriod(latest[frequency]);
}

function BoardSkeleton({ tiles }: { tiles: number }) {
  return (
    <div aria-hidden="true">
      <Skeleton className="skeleton--controls" />
      <div className="kpi-strip">
        {Array.from({ length: tiles }, (_, i) => (
          <div key={i} className="kpi-tile">
            <Skeleton className="kpi-tile__title-skeleton" />
            <Skeleton className="kpi-tile__value-skeleton" />
            <Skeleton className="kpi-tile__line-skeleton" />
          </div>
        ))}
      </div>
    </div>
  );
}
