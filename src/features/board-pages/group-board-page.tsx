import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { feedQueries } from '../../api/queries.ts';
import { PanelError } from '../../components/panel-error.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import type { Era, Region } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  AgencySwitch,
  ministrySetOf,
  SetChangeNote,
  setChangeCrossed,
  useMinistryBoardRows,
} from '../agencies/index.ts';
import {
  BoardPage,
  BoardPageSkeleton,
  BoardProvider,
  type BoardView,
  type MinistrySet,
} from '../board/index.ts';
import { useBoardRows } from '../figures/index.tsx';
import { MapPanel } from '../map/index.ts';
import { BoardControls, KpiTile } from '../overview/index.tsx';
import { RankingBarsPanel, RankingPanel } from '../rankings/index.ts';
import { ROUTES, type BoardGroup } from '../routes/index.ts';
import { TrendPanel } from '../trend/index.ts';
import { MAX_BOARD_COMPARE, parseBoardState, serializeBoardState, type BoardState } from './board-state.ts';
import { resolveBoardView, type ResolvedBoardView } from './resolve-board-view.ts';

type Update = (patch: Partial<BoardState>, options?: { replace?: boolean }) => void;

/**
 * A board's page while it shows its group's indicators on the overview's panels: the title, the agency
 * switch, the indicator and period, the group's KPI tiles, then the map (or, for ministries, the
 * ranking's bars), the ranking and the trend of the chosen indicator. Every choice is in the URL.
 */
export function GroupBoardPage({ group }: { group: BoardGroup }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const state = parseBoardState(search);
  const catalogQuery = useQuery(feedQueries.indicators());
  const metadataQuery = useQuery(feedQueries.metadata());

  const update = useCallback<Update>(
    (patch, options) => {
      setSearch(
        (current) => serializeBoardState({ ...parseBoardState(current), ...patch }, current),
        options,
      );
    },
    [setSearch],
  );

  const failed = catalogQuery.isError ? catalogQuery : metadataQuery.isError ? metadataQuery : null;
  const catalog = catalogQuery.data?.indicators;
  const metadata = metadataQuery.data;
  const view =
    catalog && metadata
      ? resolveBoardView(state, group, catalog, metadata.latest, metadata.firstPeriod)
      : null;
  const title = t(`group.${group}`);

  if (failed) {
    return (
      <BoardPage title={title} controls={null}>
        <PanelError
          error={failed.error}
          failedAt={failed.errorUpdatedAt}
          onRetry={() => {
            void catalogQuery.refetch();
            void metadataQuery.refetch();
          }}
        />
      </BoardPage>
    );
  }
  if (!catalog || !metadata) return <BoardPageSkeleton group={group} />;
  if (!view) {
    return (
      <BoardPage
        title={title}
        controls={
          <div className="board-controls" role="group" aria-label={t('controls.label')}>
            <AgencySwitch
              value={state.agencies}
              onChange={(agencies) => {
                update({ agencies, compare: [], indicator: null });
              }}
            />
          </div>
        }
      >
        <p className="panel__empty">{t('empty.noData')}</p>
      </BoardPage>
    );
  }
  return (
    <GroupBoard
      group={group}
      title={title}
      state={state}
      view={view}
      catalog={catalog}
      latest={metadata.latest}
      eras={metadata.eras}
      update={update}
    />
  );
}

const NO_REGIONS: readonly Region[] = [];

function GroupBoard({
  group,
  title,
  state,
  view,
  catalog,
  latest,
  eras,
  update,
}: {
  group: BoardGroup;
  title: string;
  state: BoardState;
  view: ResolvedBoardView;
  catalog: readonly Indicator[];
  latest: LatestPeriods;
  eras: readonly Era[];
  update: Update;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const [search] = useSearchParams();
  const [hovered, setHovered] = useState<string | null>(null);
  const { data: units34 } = useQuery(feedQueries.units('34'));
  const latestYear = parsePeriod(latest.year)?.year ?? view.period.year;
  const ministries = state.agencies === 'ministry';
  const set = ministries ? ministrySetOf(eras, view.period) : null;
  const crossed = ministries ? setChangeCrossed(eras, view.period) : null;
  // The trend runs from the first period to the latest: it crosses a change when they differ in set.
  const first = view.periods[0];
  const firstSet = ministries && first ? ministrySetOf(eras, first) : null;
  const lastSet = ministries ? ministrySetOf(eras, view.latest) : null;
  const change = firstSet && lastSet && firstSet.era !== lastSet.era ? lastSet : null;
  const regionList = units34?.regions ?? NO_REGIONS;
  const unitHref = useCallback(
    (code: string) =>
      set
        ? ROUTES.ministry.href({ code, era: set.era }, search)
        : ROUTES.province.href({ code, era: state.era }, search),
    [set, state.era, search],
  );
  const boardView = useMemo<BoardView>(
    () => ({
      indicator: view.indicator,
      catalog,
      frequency: view.frequency,
      period: view.period,
      periods: view.periods,
      era: state.era,
      ...(set ? { ministries: set } : {}),
      region: state.region,
      regions: regionList,
      latestYear,
      locale,
      theme,
      panels: state,
      maxCompare: MAX_BOARD_COMPARE,
      hovered,
      setHovered,
      update,
      unitHref,
    }),
    // `set` and `crossed` are new objects each render; their eras name them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      view,
      catalog,
      state,
      set?.era,
      crossed?.era,
      regionList,
      latestYear,
      locale,
      theme,
      hovered,
      update,
      unitHref,
    ],
  );
  const tiles = catalog.filter((i) => i.group === group && i.headline && i.scopes.includes(state.agencies));

  return (
    <BoardProvider view={boardView}>
      <BoardPage
        title={title}
        layout={ministries ? 'ministries' : 'provinces'}
        controls={
          <BoardControls
            choices={view.choices}
            latest={latest}
            update={update}
            before={
              <AgencySwitch
                value={state.agencies}
                set={set}
                onChange={(agencies) => {
                  // Compared units and the region belong to one kind of agency; the indicator may not
                  // be published for the other, so the board picks its default there.
                  update({ agencies, compare: [], region: null });
                }}
              />
            }
          />
        }
        tiles={
          <section className="kpi-strip" aria-label={t('kpi.region')}>
            {tiles.map((indicator) => {
              const period = latestPeriodOf(indicator, latest);
              return period ? (
                <KpiTile key={indicator.id} indicator={indicator} period={period} scope={state.agencies} />
              ) : null;
            })}
          </section>
        }
      >
        {ministries ? (
          <MinistryPanels view={view} eras={eras} crossed={crossed} change={change} />
        ) : (
          <ProvincePanels view={view} state={state} catalog={catalog} latestYear={latestYear} />
        )}
      </BoardPage>
    </BoardProvider>
  );
}

function ProvincePanels({
  view,
  state,
  catalog,
  latestYear,
}: {
  view: ResolvedBoardView;
  state: BoardState;
  catalog: readonly Indicator[];
  latestYear: number;
}) {
  const live = useBoardRows({
    indicator: view.indicator,
    period: view.period,
    era: state.era,
    catalog,
    latestYear,
    firstPeriod: view.periods[0] ?? view.period,
  });
  const board = useDeferredValue(live);
  return (
    <>
      <MapPanel board={board} />
      <RankingPanel board={board} />
      <TrendPanel />
    </>
  );
}

function MinistryPanels({
  view,
  eras,
  crossed,
  change,
}: {
  view: ResolvedBoardView;
  eras: readonly Era[];
  /** The change of set the ranking's comparisons cross, if they do. */
  crossed: MinistrySet | null;
  /** The change of set inside the trend's range, if there is one. */
  change: MinistrySet | null;
}) {
  const live = useMinistryBoardRows({
    indicator: view.indicator,
    period: view.period,
    firstPeriod: view.periods[0] ?? view.period,
    eras,
  });
  const board = useDeferredValue(live);
  return (
    <>
      <RankingBarsPanel board={board} />
      <RankingPanel board={board} note={crossed && <SetChangeNote set={crossed} />} />
      <TrendPanel note={change && <SetChangeNote set={change} />} />
    </>
  );
}

function latestPeriodOf(indicator: Indicator, latest: LatestPeriods): Period | null {
  const frequency = indicator.frequencies[0] ?? 'month';
  return parsePeriod(latest[frequency]);
}
