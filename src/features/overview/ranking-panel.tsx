import { useMemo, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { minRankingBarHeight } from '../../charts/ranking/build-ranking-bar-option.ts';
import { LazyChart, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES, type ThemeName } from '../../charts/theme/tokens.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDateTime } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { formatPeriod, type Period } from '../../domain/period.ts';
import { matchesSearch } from '../../domain/text.ts';
import type { Region, RegionId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { BoardResult, BoardRow } from '../figures/index.tsx';
import type { RankingSlice, RankingView } from './overview-state.ts';
import { provinceHref } from '../province/index.tsx';
import { exportPanelPng, rankingCsv } from './panel-exports.ts';
import { eventCode } from './chart-events.ts';
import { ReasonText, RankChange, ChangeText } from '../figures/index.tsx';

const SLICE_SIZE = 10;
const NO_ROWS: readonly BoardRow[] = [];

/** The visible rows: a region's units, a search, the best or worst ten. Ranks stay national. */
export function selectVisibleRows(
  rows: readonly BoardRow[],
  { region, query, slice }: { region: RegionId | null; query: string; slice: RankingSlice },
): BoardRow[] {
  let visible = rows.filter((r) => (region ? r.region === region : true));
  if (query.trim()) visible = visible.filter((r) => matchesSearch(r.name, query) || r.code === query.trim());
  if (slice === 'all') return visible;
  const ranked = visible.filter((r) => r.rank !== null);
  return slice === 'top'
    ? ranked.slice(0, SLICE_SIZE)
    : ranked.slice(Math.max(0, ranked.length - SLICE_SIZE));
}

export function RankingPanel({
  board,
  indicator,
  period,
  era,
  region,
  regions,
  slice,
  view,
  theme,
  hovered,
  onHover,
  onSlice,
  onView,
}: {
  board: BoardResult;
  indicator: Indicator;
  period: Period;
  era: '63' | '34';
  region: RegionId | null;
  regions: readonly Region[];
  slice: RankingSlice;
  view: RankingView;
  theme: ThemeName;
  hovered: string | null;
  onHover: (code: string | null) => void;
  onSlice: (slice: RankingSlice) => void;
  onView: (view: RankingView) => void;
}) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const textSize = useRootFontSize();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const rows = board.status === 'success' ? board.rows.rows : NO_ROWS;
  const visible = useMemo(
    () => selectVisibleRows(rows, { region, query, slice }),
    [rows, region, query, slice],
  );
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;
  const periodText = formatPeriod(period, locale, { cumulative: indicator.cumulative });
  const title = t('ranking.title', { count: board.status === 'success' ? rows.length : era });
  const exportTitle = `${t('ranking.heading')}: ${indicator.name[locale]}`;

  const onRowKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const ranked = visible.filter(
    (r): r is BoardRow & { value: number; rank: number } => r.rank !== null && r.value !== null,
  );
  const chartSpec = (exporting: boolean): ChartSpec => ({
    kind: 'ranking',
    input: {
      rows: ranked.map((r) => ({
        code: r.code,
        name: r.name,
        value: r.value,
        rank: r.rank,
        valueText: r.valueText ?? '',
      })),
      ...(board.status === 'success' && board.current.national.value !== null
        ? { reference: { value: board.current.national.value, label: t('trend.nation') } }
        : {}),
      polarity: indicator.polarity,
      highlighted: exporting ? null : hovered,
      theme: THEMES[theme],
      size: exporting
        ? { width: 900, height: minRankingBarHeight(ranked.length, true) }
        : { width: 900, height: minRankingBarHeight(ranked.length, false, textSize), fontSize: textSize },
      ...(exporting
        ? {
            export: {
              title: exportTitle,
              subtitle: periodText,
              footer: [
                t('panel.source', { source: indicator.source[locale] }),
                ...(board.status === 'success'
                  ? [t('panel.asOf', { time: formatDateTime(board.current.updatedAt, locale) })]
                  : []),
              ].join(' · '),
            },
          }
        : {}),
    },
  });

  return (
    <Panel
      id="ranking"
      className="panel--ranking"
      title={title}
      subtitle={regionName ? t('ranking.region', { region: regionName }) : periodText}
      actions={
        <>
          <Segmented
            label={t('ranking.slice')}
            value={slice}
            options={(['all', 'top', 'bottom'] as const).map((value) => ({
              value,
              label: t(`ranking.slice.${value}`),
            }))}
            onChange={onSlice}
          />
          <Segmented
            label={t('panel.viewAs')}
            value={view}
            options={(['table', 'chart'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={onView}
          />
          {board.status === 'success' && (
            <ExportButtons
              onCsv={() => {
                rankingCsv({ rows: visible, indicator, period, era, t, locale });
              }}
              onPng={() =>
                exportPanelPng(
                  chartSpec(true),
                  { width: 900, height: minRankingBarHeight(ranked.length, true) },
                  ['xep-hang', indicator.id, period, era],
                )
              }
            />
          )}
        </>
      }
    >
      {board.status === 'pending' && (
        <PanelPending reconnecting={board.reconnecting}>
          <RankingSkeleton />
        </PanelPending>
      )}
      {board.status === 'error' && <PanelError error={board.error} onRetry={board.retry} othersKeepWorking />}
      {board.status === 'success' && (
        <>
          <div className="ranking__search">
            <label htmlFor="ranking-search">{t('ranking.search')}</label>
            <input
              id="ranking-search"
              type="search"
              value={query}
              placeholder={t('ranking.search.placeholder')}
              onChange={(e) => {
                setQuery(e.target.value);
              }}
            />
          </div>
          {visible.length === 0 && <p className="panel__empty">{t('ranking.noMatch', { query })}</p>}
          {view === 'chart' && ranked.length > 0 ? (
            <div className="table-scroll">
              <div
                className="ranking__chart"
                style={{ height: `${minRankingBarHeight(ranked.length, false, textSize)}px` }}
              >
                <LazyChart
                  spec={chartSpec(false)}
                  height={`${minRankingBarHeight(ranked.length, false, textSize)}px`}
                  ariaLabel={`${title}. ${indicator.name[locale]}, ${periodText}`}
                  onEvents={{
                    click: (e: { name?: string; data?: unknown }) => {
                      const code = eventCode(e);
                      if (code) void navigate(provinceHref(code, era, search));
                    },
                    mouseover: (e: { name?: string; data?: unknown }) => {
                      onHover(eventCode(e));
                    },
                    mouseout: () => {
                      onHover(null);
                    },
                  }}
                  fallback={<RankingSkeleton />}
                />
              </div>
            </div>
          ) : (
            visible.length > 0 && (
              <div className="table-scroll">
                <table className="data-table ranking-table">
                  <caption className="visually-hidden">
                    {t('table.caption', { indicator: indicator.name[locale], period: periodText })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('ranking.col.rank')}
                      </th>
                      <th scope="col">{t('ranking.col.unit')}</th>
                      <th scope="col" className="num">
                        {t('ranking.col.value')}
                      </th>
                      <th scope="col" className="num">
                        {t('ranking.col.change')}
                      </th>
                      <th scope="col" className="num">
                        {t('ranking.col.rankChange')}
                      </th>
                      <th scope="col">{t('ranking.col.status')}</th>
                    </tr>
                  </thead>
                  {/* Arrow keys move between the row links (delegated to the body of the table). */}
                  {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
                  <tbody onKeyDown={onRowKey}>
                    {visible.map((row) => (
                      <tr
                        key={row.code}
                        data-code={row.code}
                        className={row.code === hovered ? 'is-highlighted' : undefined}
                        onMouseEnter={() => {
                          onHover(row.code);
                        }}
                        onMouseLeave={() => {
                          onHover(null);
                        }}
                      >
                        <td className="num">
                          {row.rank ?? '–'}
                          {row.tied && <span className="visually-hidden"> ({t('ranking.tied')})</span>}
                        </td>
                        <th scope="row">
                          <Link
                            to={provinceHref(row.code, era, search)}
                            data-row-link=""
                            onFocus={() => {
                              onHover(row.code);
                            }}
                            onBlur={() => {
                              onHover(null);
                            }}
                          >
                            {row.name}
                          </Link>
                        </th>
                        <td className="num">{row.valueText ?? <ReasonText row={row} />}</td>
                        <td className="num">
                          <ChangeText row={row} />
                        </td>
                        <td className="num">
                          <RankChange row={row} known={board.hasRankChange} />
                        </td>
                        <td>
                          <StatusBadge status={row.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          )}
        </>
      )}
    </Panel>
  );
}

function RankingSkeleton() {
  return (
    <div className="ranking__skeleton" aria-hidden="true">
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="skeleton--row" />
      ))}
    </div>
  );
}
