import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import { PanelError, PanelReconnecting } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoardRows } from '../figures/index.tsx';
import { TrendPanel } from '../trend/index.ts';
import { BoardControls } from './board-controls.tsx';
import { KpiTile } from './kpi-tile.tsx';
import { MapPanel } from './map-panel.tsx';
import {
  MAX_COMPARE,
  parseOverviewState,
  serializeOverviewState,
  type OverviewState,
} from './overview-state.ts';
import { RankingPanel } from './ranking-panel.tsx';
import { resolveView, type LatestPeriods, type ResolvedView } from './resolve-view.ts';
import { OVERVIEW_TILE_IDS, selectTileIndicators } from './tiles.ts';

/** The overview board: KPI tiles, then the map, the ranking and the trend of one indicator and period. */
export function OverviewPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const state = parseOverviewState(search);
  const catalog = useQuery(feedQueries.indicators());
  const metadata = useQuery(feedQueries.metadata());

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
    catalog.isError && !catalog.data ? catalog : metadata.isError && !metadata.data ? metadata : null;
  const reconnecting = reconnectingOf([catalog, metadata]);
  const view =
    catalog.data && metadata.data
      ? resolveView(state, catalog.data.indicators, metadata.data.latest, metadata.data.firstPeriod)
      : null;

  return (
    <div className="overview">
      <h1 className="visually-hidden">{state.group ? t(`group.${state.group}`) : t('overview.heading')}</h1>
      {failed ? (
        <PanelError
          error={failed.error}
          failedAt={failed.errorUpdatedAt}
          onRetry={() => {
            void catalog.refetch();
            void metadata.refetch();
          }}
        />
      ) : catalog.data && metadata.data ? (
        view ? (
          <Board
            state={state}
            view={view}
            catalog={catalog.data.indicators}
            latest={metadata.data.latest}
            update={update}
          />
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
  const { t } = useI18n();
  const theme = useThemeName();
  const [hovered, setHovered] = useState<string | null>(null);
  const regions = useQuery(feedQueries.units('34'));
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
  const onPeriod = useCallback(
    (key: string, options?: { replace?: boolean }) => {
      update({ period: key }, options);
    },
    [update],
  );
  const tiles = selectTileIndicators(catalog, state.group);
  const regionList = regions.data?.regions ?? [];

  return (
    <>
      <BoardControls
        choices={view.choices}
        indicator={view.indicator}
        frequency={view.frequency}
        period={view.period}
        periods={view.periods}
        latest={latest}
        era={state.era}
        region={state.region}
        regions={regionList}
        onIndicator={(indicator) => {
          update({ indicator, period: null, compare: state.compare, trendMode: null });
        }}
        onPeriod={(period) => {
          update({ period });
        }}
        onEra={(era) => {
          update({ era, compare: [] });
        }}
        onRegion={(region) => {
          update({ region });
        }}
      />
      <section className="kpi-strip" aria-label={t('kpi.region')}>
        {tiles.map((indicator) => {
          const period = latestPeriodOf(indicator, latest);
          return period ? <KpiTile key={indicator.id} indicator={indicator} period={period} /> : null;
        })}
      </section>
      <div className="board">
        <MapPanel
          board={board}
          indicator={view.indicator}
          catalog={catalog}
          period={view.period}
          periods={view.periods}
          era={state.era}
          view={state.mapView}
          theme={theme}
          hovered={hovered}
          onHover={setHovered}
          onView={(mapView) => {
            update({ mapView });
          }}
          onPeriod={onPeriod}
        />
        <RankingPanel
          board={board}
          indicator={view.indicator}
          period={view.period}
          era={state.era}
          region={state.region}
          regions={regionList}
          slice={state.slice}
          view={state.rankingView}
          theme={theme}
          hovered={hovered}
          onHover={setHovered}
          onSlice={(slice) => {
            update({ slice });
          }}
          onView={(rankingView) => {
            update({ rankingView });
          }}
        />
        <TrendPanel
          indicator={view.indicator}
          catalog={catalog}
          frequency={view.frequency}
          periods={view.periods}
          era={state.era}
          region={state.region}
          regions={regionList}
          compare={state.compare}
          maxCompare={MAX_COMPARE}
          mode={state.trendMode}
          view={state.trendView}
          theme={theme}
          latestYear={latestYear}
          hovered={hovered}
          onCompare={(compare) => {
            update({ compare: [...compare] });
          }}
          onMode={(trendMode) => {
            update({ trendMode });
          }}
          onView={(trendView) => {
            update({ trendView });
          }}
        />
      </div>
    </>
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
