/**
 * The one place ECharts meets React (ESLint keeps echarts-for-react here). Thin on purpose: it sizes the
 * container, waits for the web font, binds events and hands out the instance; options come from the pure
 * `build*Option` functions. Load it through `LazyChart` so ECharts stays out of the first paint.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactElement } from 'react';
// Not `echarts-for-react` (all of ECharts) nor `/lib/core` (CJS interop breaks under Vite 8, docs/stack.md, note 1).
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { EChartsOption, EChartsType } from 'echarts';
import { echarts, registerTooltip, tooltipRegistered } from './register-echarts.ts';
import { waitForFont } from './wait-for-font.ts';

export type { EChartsOption, EChartsType };

/**
 * What ECharts passes to a mouse event handler, as far as the app reads it. For item events `name` is the
 * item's name: on the choropleth that is the unit's code for every item (regions, islands, labels).
 * 'globalout' and other non-item events carry none of the item fields.
 */
export interface ChartEventParams {
  readonly type?: string;
  /** 'series', 'geo', 'graphic', … */
  readonly componentType?: string;
  readonly seriesType?: string;
  readonly seriesId?: string;
  readonly seriesIndex?: number;
  readonly name?: string;
  readonly dataIndex?: number;
  readonly data?: unknown;
  readonly value?: unknown;
  /** The zrender event wrapping the DOM event. */
  readonly event?: unknown;
}

export type ChartEventHandler = (params: ChartEventParams, instance: EChartsType) => void;

/** Handlers by ECharts event name: 'click', 'dblclick', 'mouseover', 'mouseout', 'globalout', … */
export type ChartEvents = Readonly<Record<string, ChartEventHandler>>;

export interface ChartProps {
  /** From a `build*Option` function; `aria.enabled` is forced on. */
  readonly option: EChartsOption;
  /**
   * CSS lengths (numbers are pixels). The container must get a real size from layout, or ECharts draws
   * nothing and says nothing (docs/stack.md, note 13). When both are numbers they are also given to ECharts
   * directly, which is what makes rendering work where layout does not exist (jsdom).
   */
  readonly height: number | string;
  readonly width?: number | string;
  /** 'canvas' (default); 'svg' needs `registerSvgRenderer()` first. */
  readonly renderer?: 'canvas' | 'svg';
  readonly onEvents?: ChartEvents;
  /** Accessible name of the chart (role="img"); the option's aria description is attached to it. */
  readonly ariaLabel: string;
  /** Called with the ECharts instance once the chart has drawn: `getDataURL` for PNG export, `dispatchAction`. */
  readonly onReady?: (instance: EChartsType) => void;
  /** Replace the previous option instead of merging into it (default true: builders return whole options). */
  readonly notMerge?: boolean;
  readonly className?: string;
}

/**
 * Opt-in hook for `npm run bench` (test/bench/README.md): a page that sets `window.__dieuHanhChartMarks = true`
 * before the app's code runs gets a `performance.mark('echarts:rendered' | 'echarts:finished')` for every
 * frame and every completed draw of every chart, with `{ id, label }` as detail, so "every panel drawn" can
 * be timed from outside. Read once: without the flag nothing is bound and `onReady` is passed through.
 */
const MARK_DRAWS =
  typeof window !== 'undefined' &&
  (window as { __dieuHanhChartMarks?: unknown }).__dieuHanhChartMarks === true;

function markDraws(instance: EChartsType): void {
  const detail = () => ({
    id: instance.getId(),
    label: instance.getDom().parentElement?.closest('[role="img"]')?.getAttribute('aria-label') ?? '',
  });
  for (const event of ['rendered', 'finished'] as const) {
    instance.on(event, () => {
      performance.mark(`echarts:${event}`, { detail: detail() });
    });
  }
}

type FontState = 'waiting' | 'ready' | 'late';
let fontState: FontState = 'waiting';
let fontGate: ReturnType<typeof waitForFont> | undefined;

function chartFontGate(): ReturnType<typeof waitForFont> {
  if (!fontGate) {
    const fonts = (document as { fonts?: FontFaceSet }).fonts;
    fontGate = waitForFont(fonts);
    void fontGate.settled.then((result) => {
      fontState = 'ready';
      if (result === 'timeout') {
        void fontGate?.loaded.then((loaded) => {
          if (loaded) fontState = 'late';
        });
      }
    });
  }
  return fontGate;
}

/**
 * 'waiting' until the chart font has loaded or timed out; 'late' when it arrived after the timeout, which
 * remounts the chart once so canvas text is redrawn in the right face.
 */
function useChartFont(): FontState {
  const [state, setState] = useState<FontState>(fontState);
  useEffect(() => {
    if (state === 'late') return;
    let live = true;
    const gate = chartFontGate();
    void gate.settled.then((result) => {
      if (!live) return;
      setState((s) => (s === 'waiting' ? 'ready' : s));
      if (result === 'timeout') {
        void gate.loaded.then((loaded) => {
          if (live && loaded) setState('late');
        });
      }
    });
    return () => {
      live = false;
    };
  }, [state]);
  return state;
}

function cssLength(value: number | string): string {
  return typeof value === 'number' ? `${value}px` : value;
}

/**
 * Whether this chart's tooltip can be drawn, and the handler that loads it: the tooltip is its own chunk,
 * fetched when the reader first points at or focuses a chart (register-echarts.ts). The chart then sets its
 * option again, which draws the option's `tooltip`.
 */
function useTooltipOnIntent(): { ready: boolean; load: () => void } {
  const [ready, setReady] = useState(tooltipRegistered);
  const load = useMemo(
    () => () => {
      if (ready) return;
      registerTooltip().then(
        () => {
          setReady(true);
        },
        () => {
          // A chunk that failed to load (offline): the chart stays without a tooltip; the next pointer tries again.
        },
      );
    },
    [ready],
  );
  return { ready, load };
}

/** `option` with `aria.enabled` set, keeping any description the builder wrote. */
export function withAria(option: EChartsOption): EChartsOption {
  const aria = option.aria ?? {};
  return { ...option, aria: { ...aria, enabled: true } };
}

/**
 * An ECharts chart of an explicit size. The outer element is the accessible image (`role="img"`, `ariaLabel`);
 * ECharts writes the option's aria description on its own inner container, which the outer element references
 * with `aria-describedby`.
 */
export function Chart({
  option,
  height,
  width = '100%',
  renderer = 'canvas',
  onEvents,
  ariaLabel,
  onReady,
  notMerge = true,
  className,
}: ChartProps): ReactElement {
  const font = useChartFont();
  const descriptionId = useId();
  const tooltip = useTooltipOnIntent();
  const fullOption = useMemo(() => withAria(option), [option]);
  // echarts-for-react sets an option only when it changes (deep equality): once the tooltip has loaded, the
  // same option is set again on the instance so that its `tooltip` is drawn.
  const instance = useRef<EChartsType | null>(null);
  const tooltipWasReady = useRef(tooltip.ready);
  useEffect(() => {
    if (!tooltip.ready || tooltipWasReady.current) return;
    tooltipWasReady.current = true;
    const chart = instance.current;
    if (chart && !chart.isDisposed()) chart.setOption(fullOption, { notMerge });
  }, [tooltip.ready, fullOption, notMerge]);
  const opts = useMemo(
    () =>
      typeof width === 'number' && typeof height === 'number' ? { renderer, width, height } : { renderer },
    [renderer, width, height],
  );
  const style: CSSProperties = { width: cssLength(width), height: cssLength(height), position: 'relative' };
  return (
    <div
      role="img"
      aria-label={ariaLabel}
      aria-describedby={font === 'waiting' ? undefined : descriptionId}
      aria-busy={font === 'waiting'}
      className={className}
      style={style}
      onPointerMove={tooltip.ready ? undefined : tooltip.load}
      onFocus={tooltip.ready ? undefined : tooltip.load}
    >
      {font === 'waiting' ? null : (
        <EChartsReactCore
          key={font}
          id={descriptionId}
          echarts={echarts}
          option={fullOption}
          notMerge={notMerge}
          opts={opts}
          onEvents={onEvents}
          onChartReady={(chart: EChartsType) => {
            instance.current = chart;
            if (MARK_DRAWS) markDraws(chart);
            onReady?.(chart);
          }}
          style={{ width: '100%', height: '100%' }}
        />
      )}
    </div>
  );
}
