import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ChartEvents } from '../../charts/chart.tsx';
import { useVnMap } from '../../charts/map/use-vn-map.ts';
import { LazyChart, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { PeriodPlayer } from '../../components/period-player.tsx';
import { usePeriodPlayback, type PlaybackRange } from '../../components/use-period-playback.ts';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { mergeRefs, useInView } from '../../components/use-in-view.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { sourceAt } from '../../domain/indicators.ts';
import { formatPeriod } from '../../domain/period.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard } from '../board/index.ts';
import {
  eventCode,
  exportPanelPng,
  FigureTable,
  figureColumns,
  rankingCsv,
  type BoardResult,
  type BoardRow,
  type FigureColumn,
  useFiguresBatch,
} from '../figures/index.tsx';
import {
  mapKeyAction,
  selectConversionNote,
  selectMapExtremes,
  selectMapFigures,
  selectMapScale,
  type MapExtremes,
} from './select-map-figures.ts';
import { mapCreditKey, selectMapFocus, selectRangeEdges, selectRegionExtremes } from './select-map-view.ts';

const EXPORT_SIZE = { width: 1000, height: 1300 };
const NO_ROWS: readonly BoardRow[] = [];
const NO_EXTREMES: MapExtremes = { best: [], worst: [] };
const ARROWS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']);

/**
 * The choropleth of the board's indicator and period on the map of its era, with the best and worst
 * units labelled, a period player underneath, and the same figures as a table on demand.
 */
export function MapPanel({ board }: { board: BoardResult }) {
  const { t, locale } = useI18n();
  const {
    indicator,
    catalog,
    period,
    periods,
    era,
    region,
    regions,
    latestYear,
    theme,
    hovered,
    setHovered,
    update,
    unitHref,
    panels,
  } = useBoard();
  const view = panels.mapView;
  const navigate = useNavigate();
  const [canvasRef, size] = useElementSize();
  const [viewRef, inView] = useInView();
  const textSize = useRootFontSize();
  const map = useVnMap(era, { enabled: inView });
  const panelRef = useMemo(() => mergeRefs(canvasRef, viewRef), [canvasRef, viewRef]);
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const data = board.status === 'success' ? board.data : null;
  const rows = data?.rows ?? NO_ROWS;
  const total = data?.ranking.total ?? 0;
  const figures = useMemo(() => selectMapFigures(rows, total, t, locale), [rows, total, t, locale]);
  // With a region chosen, its units are in focus (the others dimmed) and its best and worst are labelled;
  // over the whole country a tie too large to label is said in the legend instead.
  const focus = useMemo(() => selectMapFocus(rows, region), [rows, region]);
  const ranking = data?.ranking;
  const extremes = useMemo((): MapExtremes => {
    if (region) return selectRegionExtremes(rows, region);
    return ranking ? selectMapExtremes(ranking, indicator, t, locale) : NO_EXTREMES;
  }, [rows, region, ranking, indicator, t, locale]);
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;
  const updatedAt = data?.current.updatedAt;
  const national = data?.current.national ?? null;
  const scale = useMemo(() => selectMapScale(indicator, national), [indicator, national]);
  const ready = map.status === 'ready';
  const { mapName, labelPoints, footprints } = map;

  // While the player plays, every period of the range it plays is coloured on one scale, computed from all
  // of them (fetched when play is pressed; the player waits for them before its first step).
  const onPeriod = useCallback(
    (key: string, options?: { replace?: boolean }) => {
      update({ period: key }, options);
    },
    [update],
  );
  const playback = usePeriodPlayback({ periods, period, onPeriod });
  const { range } = playback;
  const rangeRequests = useMemo(
    () => (range ? periods.slice(range.from, range.to + 1).map((p) => ({ indicator, period: p, era })) : []),
    [range, periods, indicator, era],
  );
  const rangeFigures = useFiguresBatch(rangeRequests, catalog, latestYear);
  // A diverging scale's centre (the national value) moves with the period: a playback holds the first one it
  // sees, so the classes stay put. Kept in state, set while rendering once the playback has a centre; until
  // then (the board of the first period still loading) the player waits.
  const [held, setHeld] = useState<{ range: PlaybackRange; scale: typeof scale } | null>(null);
  if (range && scale && held?.range !== range) setHeld({ range, scale });
  const rangeScale = range && held?.range === range ? held.scale : scale;
  const awaitingCentre =
    indicator.mapScale?.kind === 'diverging' && !rangeScale && board.status === 'pending';
  const rangeEdges = useMemo(
    () =>
      range
        ? awaitingCentre
          ? ({ status: 'pending' } as const)
          : selectRangeEdges(rangeFigures, indicator.decimals, rangeScale)
        : null,
    [range, awaitingCentre, rangeFigures, indicator.decimals, rangeScale],
  );
  const fixedEdges = rangeEdges?.status === 'ready' && rangeEdges.edges.length > 1 ? rangeEdges.edges : null;
  const rangeFrom = range ? periods[range.from] : undefined;
  const rangeTo = range ? periods[range.to] : undefined;
  const scaleNote =
    fixedEdges && rangeFrom && rangeTo
      ? t('map.fixedScale', {
          from: formatPeriod(rangeFrom, locale, { short: true }),
          to: formatPeriod(rangeTo, locale, { short: true }),
        })
      : undefined;

  // Everything the map shows; memoised for the screen (hovering another unit is the only change while
  // the reader points), called afresh with `exporting` for a PNG.
  const makeSpec = useCallback(
    (exporting: boolean): ChartSpec | null => {
      if (!ready) return null;
      const legendTitle = t('map.legend', {
        indicator: (indicator.shortName ?? indicator.name)[locale],
        unit: indicator.unit.label[locale],
      });
      const asOf = updatedAt ? t('panel.asOf', { time: formatDateTime(updatedAt, locale) }) : '';
      return {
        kind: 'map',
        input: {
          mapName,
          era,
          figures,
          polarity: indicator.polarity,
          ...(fixedEdges ? (rangeScale ? { scale: rangeScale } : {}) : scale ? { scale } : {}),
          decimals: indicator.decimals,
          number: { locale, decimals: indicator.decimals },
          best: extremes.best,
          worst: extremes.worst,
          labelPoints,
          footprints,
          ...(focus ? { focus } : {}),
          ...(fixedEdges ? { edges: fixedEdges } : {}),
          highlighted: exporting ? null : hovered,
          texts: {
            legendTitle,
            noData: t('status.missing'),
            notComparable: t('missing.not-comparable'),
            sea: t('map.sea'),
            archipelagos: { 'hoang-sa': t('map.hoangSa'), 'truong-sa': t('map.truongSa') },
            credit: t(mapCreditKey(era)),
            bestLabel: indicator.polarity === 'lower-is-better' ? t('map.bestLower') : t('map.best'),
            worstLabel: indicator.polarity === 'lower-is-better' ? t('map.worstLower') : t('map.worst'),
            ...(regionName ? { outside: t('map.outside', { region: regionName }) } : {}),
            ...(scaleNote ? { scaleNote } : {}),
            ...(extremes.bestTie ? { bestTie: extremes.bestTie } : {}),
            ...(extremes.worstTie ? { worstTie: extremes.worstTie } : {}),
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
                  footer: `${t('panel.source', { source: sourceAt(indicator, period)[locale] })} · ${asOf}`,
                },
              }
            : {}),
        },
      };
    },
    [
      ready,
      mapName,
      labelPoints,
      footprints,
      focus,
      fixedEdges,
      scaleNote,
      rangeScale,
      regionName,
      era,
      figures,
      indicator,
      scale,
      extremes,
      hovered,
      theme,
      size.width,
      size.height,
      textSize,
      periodText,
      period,
      updatedAt,
      locale,
      t,
    ],
  );
  const spec = useMemo(() => makeSpec(false), [makeSpec]);

  const codes = useMemo(() => new Set(rows.map((r) => r.code)), [rows]);
  const onEvents = useMemo<ChartEvents>(
    () => ({
      click: (e) => {
        const code = eventCode(e);
        if (code && codes.has(code)) void navigate(unitHref(code));
      },
      mouseover: (e) => {
        const code = eventCode(e);
        if (code && codes.has(code)) setHovered(code);
      },
      mouseout: () => {
        setHovered(null);
      },
    }),
    [codes, navigate, unitHref, setHovered],
  );

  const note = data
    ? selectConversionNote(data.current.figures.conversion, indicator, catalog, t, locale)
    : null;

  // Arrow keys walk the units in code order and Enter opens the focused one: the map without a mouse.
  const onMapKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = mapKeyAction([...codes], hovered, event.key);
    if (!action) return;
    if (ARROWS.has(event.key)) event.preventDefault();
    if (action.kind === 'open') void navigate(unitHref(action.code));
    else setHovered(action.code);
  };
  const focused = hovered ? figures.find((f) => f.code === hovered) : undefined;
  const ariaLabel = t('map.ariaLabel', { indicator: indicator.name[locale], period: periodText });

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
            onChange={(mapView) => {
              update({ mapView });
            }}
          />
          {board.status === 'success' && (
            <ExportButtons
              onCsv={(variant) => {
                rankingCsv({ rows, indicator, period, era, updatedAt, variant, t, locale });
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
          indicator={indicator}
          onPeriod={onPeriod}
          playback={playback}
          holding={rangeEdges?.status === 'pending'}
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
          aria-label={ariaLabel}
          onKeyDown={onMapKey}
        >
          {board.status === 'success' && spec && size.width > 0 ? (
            <LazyChart
              spec={spec}
              height="100%"
              ariaLabel={ariaLabel}
              onEvents={onEvents}
              fallback={<Skeleton className="skeleton--map" />}
            />
          ) : (
            <PanelPending reconnecting={board.status === 'pending' ? board.reconnecting : undefined}>
              <Skeleton className="skeleton--map" />
            </PanelPending>
          )}
          {/* Read out to screen readers; the chart draws the same in a box it keeps clear of labels. */}
          <p className="visually-hidden" aria-live="polite">
            {focused
              ? `${focused.name}: ${focused.valueText}${focused.rankText ? ` · ${focused.rankText}` : ''}`
              : ''}
          </p>
        </div>
      )}
      {data && view === 'table' && (
        <MapTable rows={rows} total={total} caption={`${indicator.name[locale]}, ${periodText}`} />
      )}
    </Panel>
  );
}

/** The accessible alternative to the map: exactly the numbers drawn, in code order. */
function MapTable({ rows, total, caption }: { rows: readonly BoardRow[]; total: number; caption: string }) {
  const { t, locale } = useI18n();
  const sorted = useMemo(() => [...rows].sort((a, b) => a.code.localeCompare(b.code)), [rows]);
  const [code, ...figures] = figureColumns<BoardRow>(
    ['code', 'value', 'change', 'rankOf', 'status'],
    (row) => ({ row, total }),
    { t, locale },
  );
  const unit: FigureColumn<BoardRow> = {
    key: 'unit',
    header: t('ranking.col.unit'),
    rowHeader: true,
    cell: (row) => row.name,
  };
  const columns = code ? [code, unit, ...figures] : [unit, ...figures];
  return <FigureTable rows={sorted} rowKey={(r) => r.code} columns={columns} caption={caption} tall />;
}
