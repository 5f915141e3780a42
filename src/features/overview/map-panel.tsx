import { useMemo, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { MapFigure } from '../../charts/map/types.ts';
import { useVnMap } from '../../charts/map/use-vn-map.ts';
import { LazyChart, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES, type ThemeName } from '../../charts/theme/tokens.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { mergeRefs, useInView } from '../../components/use-in-view.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime, formatNumber, formatRank } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { formatPeriod, type Period } from '../../domain/period.ts';
import { topAndBottom } from '../../domain/rank.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { BoardResult, BoardRow } from '../figures/index.tsx';
import { provinceHref } from '../province/index.tsx';
import type { MapView } from './overview-state.ts';
import { exportPanelPng, rankingCsv } from './panel-exports.ts';
import { PeriodPlayer } from './period-player.tsx';
import { eventCode } from './chart-events.ts';
import { CHANGE_ARROW, ChangeText, ReasonText } from '../figures/index.tsx';

const EXPORT_SIZE = { width: 1000, height: 1300 };
const NO_ROWS: readonly BoardRow[] = [];

/** The map's figures: the same rows the ranking shows, with the words the tooltip needs. */
export function selectMapFigures(
  rows: readonly BoardRow[],
  total: number,
  t: Translate,
  locale: 'vi' | 'en',
): MapFigure[] {
  return rows.map((row) => {
    const valueText =
      row.valueText ??
      (row.state === 'not-comparable'
        ? t('missing.not-comparable')
        : row.missingReason
          ? t(`missing.${row.missingReason}`)
          : t('status.missing'));
    const arrow = row.change ? CHANGE_ARROW[row.change.direction] : '';
    return {
      code: row.code,
      name: row.name,
      value: row.state === 'value' ? row.value : null,
      state: row.state,
      valueText,
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

export function MapPanel({
  board,
  indicator,
  catalog,
  period,
  periods,
  era,
  view,
  theme,
  hovered,
  onHover,
  onView,
  onPeriod,
}: {
  board: BoardResult;
  indicator: Indicator;
  catalog: readonly Indicator[];
  period: Period;
  periods: readonly Period[];
  era: ProvinceEraId;
  view: MapView;
  theme: ThemeName;
  hovered: string | null;
  onHover: (code: string | null) => void;
  onView: (view: MapView) => void;
  onPeriod: (key: string, options?: { replace?: boolean }) => void;
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [canvasRef, size] = useElementSize();
  const [viewRef, inView] = useInView();
  const textSize = useRootFontSize();
  const map = useVnMap(era, { enabled: inView });
  const panelRef = useMemo(() => mergeRefs(canvasRef, viewRef), [canvasRef, viewRef]);
  const periodText = formatPeriod(period, locale, { cumulative: indicator.cumulative });
  const rows = board.status === 'success' ? board.rows.rows : NO_ROWS;
  const total = board.status === 'success' ? board.rows.ranking.total : 0;
  const figures = useMemo(() => selectMapFigures(rows, total, t, locale), [rows, total, t, locale]);
  const ranking = board.status === 'success' ? board.rows.ranking : null;
  const extremes = useMemo(() => (ranking ? topAndBottom(ranking, 3) : { top: [], bottom: [] }), [ranking]);
  const legendTitle = t('map.legend', {
    indicator: (indicator.shortName ?? indicator.name)[locale],
    unit: indicator.unit.label[locale],
  });
  const asOf =
    board.status === 'success'
      ? t('panel.asOf', { time: formatDateTime(board.current.updatedAt, locale) })
      : '';

  // A function of everything the map shows; memoised below for the screen, called afresh for an export.
  const makeSpec = (exporting: boolean): ChartSpec | null =>
    map.status === 'ready'
      ? {
          kind: 'map',
          input: {
            mapName: map.mapName,
            era,
            figures,
            polarity: indicator.polarity,
            decimals: indicator.decimals,
            formatEdge: (v) => formatNumber(v, locale, indicator.decimals),
            best: extremes.top.map((e) => e.code),
            worst: extremes.bottom.map((e) => e.code),
            labelPoints: map.labelPoints,
            highlighted: exporting ? null : hovered,
            texts: {
              legendTitle,
              noData: t('status.missing'),
              notComparable: t('missing.not-comparable'),
              sea: t('map.sea'),
              archipelagos: { 'hoang-sa': t('map.hoangSa'), 'truong-sa': t('map.truongSa') },
              credit: t('map.credit'),
              bestLabel: indicator.polarity === 'lower-is-better' ? t('map.bestLower') : t('map.best'),
              worstLabel: indicator.polarity === 'lower-is-better' ? t('map.worstLower') : t('map.worst'),
            },
            theme: THEMES[theme],
            size: exporting
              ? EXPORT_SIZE
              : { width: size.width || 600, height: size.height || 800, fontSize: textSize },
            ...(exporting
              ? {
                  export: {
                    title: indicator.name[locale],
                    subtitle: `${periodText} · ${t(`controls.era.${era}`)}`,
                    footer: `${t('panel.source', { source: indicator.source[locale] })} · ${asOf}`,
                  },
                }
              : {}),
          },
        }
      : null;
  const spec = useMemo(
    () => makeSpec(false),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- makeSpec reads exactly these values
    [
      map.status,
      map.mapName,
      map.labelPoints,
      era,
      figures,
      indicator,
      extremes,
      hovered,
      theme,
      size.width,
      size.height,
      textSize,
      locale,
      t,
    ],
  );

  const conversion = board.status === 'success' ? board.current.figures.conversion : 'none';
  const note =
    conversion === 'aggregated'
      ? indicator.aggregation.kind === 'none'
        ? t('map.notComparable')
        : t('map.converted', { rule: ruleText(indicator, catalog, t, locale) })
      : conversion === 'disaggregated'
        ? t('map.disaggregated')
        : null;

  // Arrow keys walk the units in code order and Enter opens the focused one: the map without a mouse.
  const onMapKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const codes = [...rows].map((r) => r.code).sort();
    if (codes.length === 0) return;
    const index = hovered ? codes.indexOf(hovered) : -1;
    if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      onHover(codes[(index + step + codes.length) % codes.length] ?? null);
    } else if (event.key === 'Enter' && hovered) {
      void navigate(provinceHref(hovered, era, search));
    } else if (event.key === 'Escape') {
      onHover(null);
    }
  };
  const focused = hovered ? figures.find((f) => f.code === hovered) : undefined;

  return (
    <Panel
      id="map"
      className="panel--map"
      title={t('map.heading')}
      subtitle={`${(indicator.shortName ?? indicator.name)[locale]} · ${periodText}`}
      actions={
        <>
          <Segmented
            label={t('panel.viewAs')}
            value={view}
            options={(['map', 'table'] as const).map((value) => ({ value, label: t(`panel.view.${value}`) }))}
            onChange={onView}
          />
          {board.status === 'success' && (
            <ExportButtons
              onCsv={() => {
                rankingCsv({ rows, indicator, period, era, t, locale });
              }}
              {...(map.status === 'ready'
                ? {
                    onPng: () =>
                      exportPanelPng(makeSpec(true), EXPORT_SIZE, ['ban-do', indicator.id, period, era]),
                  }
                : {})}
            />
          )}
        </>
      }
      footer={
        <PeriodPlayer
          periods={periods}
          period={period}
          cumulative={indicator.cumulative}
          onPeriod={onPeriod}
        />
      }
    >
      {note && <p className="panel__note">{note}</p>}
      {board.status === 'error' && <PanelError error={board.error} onRetry={board.retry} othersKeepWorking />}
      {map.status === 'error' && view === 'map' && (
        <PanelError
          error={map.error}
          onRetry={() => {
            window.location.reload();
          }}
          othersKeepWorking
        />
      )}
      {board.status !== 'error' && view === 'map' && (
        // A composite widget: arrow keys move between units, Enter opens one (the table view is the full
        // alternative for screen readers).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          className="map__canvas"
          ref={panelRef}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="application"
          aria-roledescription={t('map.heading')}
          aria-label={t('map.ariaLabel', { indicator: indicator.name[locale], period: periodText })}
          onKeyDown={onMapKey}
        >
          {board.status === 'success' && spec && size.width > 0 ? (
            <LazyChart
              spec={spec}
              height="100%"
              ariaLabel={t('map.ariaLabel', { indicator: indicator.name[locale], period: periodText })}
              onEvents={{
                click: (e: { name?: string; data?: unknown }) => {
                  const code = eventCode(e);
                  if (code && rows.some((r) => r.code === code))
                    void navigate(provinceHref(code, era, search));
                },
                mouseover: (e: { name?: string; data?: unknown }) => {
                  const code = eventCode(e);
                  if (code && rows.some((r) => r.code === code)) onHover(code);
                },
                mouseout: () => {
                  onHover(null);
                },
              }}
              fallback={<Skeleton className="skeleton--map" />}
            />
          ) : (
            <PanelPending reconnecting={board.status === 'pending' ? board.reconnecting : undefined}>
              <Skeleton className="skeleton--map" />
            </PanelPending>
          )}
          {focused && (
            <p className="map__focus" aria-live="polite">
              <strong>{focused.name}</strong>: {focused.valueText}
              {focused.rankText ? ` · ${focused.rankText}` : ''}
            </p>
          )}
        </div>
      )}
      {board.status === 'success' && view === 'table' && (
        <MapTable rows={rows} total={total} caption={`${indicator.name[locale]}, ${periodText}`} />
      )}
    </Panel>
  );
}

function ruleText(
  indicator: Indicator,
  catalog: readonly Indicator[],
  t: Translate,
  locale: 'vi' | 'en',
): string {
  const rule = indicator.aggregation;
  switch (rule.kind) {
    case 'sum':
      return t('map.rule.sum');
    case 'ratio':
      return t('map.rule.ratio');
    case 'weighted-mean':
      return t('map.rule.weighted-mean', {
        weight: (
          catalog.find((i) => i.id === rule.weightIndicatorId)?.name[locale] ?? rule.weightIndicatorId
        ).toLowerCase(),
      });
    case 'none':
      return '';
  }
}

/** The accessible alternative to the map: exactly the numbers drawn, in code order. */
function MapTable({ rows, total, caption }: { rows: readonly BoardRow[]; total: number; caption: string }) {
  const { t, locale } = useI18n();
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('csv.code')}</th>
            <th scope="col">{t('ranking.col.unit')}</th>
            <th scope="col" className="num">
              {t('ranking.col.value')}
            </th>
            <th scope="col" className="num">
              {t('ranking.col.change')}
            </th>
            <th scope="col" className="num">
              {t('ranking.col.rank')}
            </th>
            <th scope="col">{t('ranking.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code}>
              <td>{row.code}</td>
              <th scope="row">{row.name}</th>
              <td className="num">{row.valueText ?? <ReasonText row={row} />}</td>
              <td className="num">
                <ChangeText row={row} />
              </td>
              <td className="num">{row.rank !== null ? formatRank(row.rank, total, locale) : '–'}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
