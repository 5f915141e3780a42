/**
 * A chart behind `React.lazy`: ECharts and the option builders (the largest chunk) are requested once the
 * frame that mounts the chart has been shown (`afterNextPaint`), so the KPI tiles paint first and the chunk
 * does not compete with what they need. Each kind of chart loads its own builder (build-option.ts), so a
 * screen without a ranking chart does not download the bar chart. Panels pass a {@link ChartSpec}; use this
 * everywhere and import `chart.tsx` directly only in its own tests.
 */
import { Component, lazy, Suspense } from 'react';
import type { ComponentType, ReactElement, ReactNode } from 'react';
import type { ChartSpec } from './chart-spec.ts';
import { afterNextPaint } from './after-next-paint.ts';
import type { SpecChartProps } from './spec-chart.tsx';

export type { ChartSpec } from './chart-spec.ts';

type ChartKind = ChartSpec['kind'];

function lazySpecChart(kind: ChartKind) {
  return lazy(async () => {
    await afterNextPaint();
    const [module, { loadOptionBuilder }] = await Promise.all([
      import('./spec-chart.tsx'),
      import('./build-option.ts'),
    ]);
    await loadOptionBuilder(kind);
    return { default: module.SpecChart };
  });
}

// One lazy component per kind, made on first use. `React.lazy` keeps a failed load for good, so after a failure
// (a chunk fetched while offline) the kind's component is made anew and the next try fetches again.
const specCharts = new Map<ChartKind, ComponentType<SpecChartProps>>();

function specChart(kind: ChartKind): ComponentType<SpecChartProps> {
  let chart = specCharts.get(kind);
  if (!chart) {
    chart = lazySpecChart(kind);
    specCharts.set(kind, chart);
  }
  return chart;
}

/** How long a chart whose code failed to load waits before it tries again (sooner when the browser is back online). */
export const CHUNK_RETRY_MS = 5000;

/** A failed fetch of a lazily loaded module, as Chromium, Firefox and Safari word it. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(
      error.message,
    )
  );
}

interface RetryProps {
  readonly fallback: ReactNode;
  /** Called before each new try: forget the failed load. */
  readonly onRetry: () => void;
  readonly children: () => ReactNode;
}

/**
 * Keeps a chart whose code failed to load (offline, a deploy that replaced the chunk) to its own box: it shows
 * the placeholder and tries again after {@link CHUNK_RETRY_MS} or when the browser is back online, while the
 * panel around it goes on saying what its data is doing. Any other error is not a loading problem and goes on
 * to the page's error boundary.
 */
export class ChunkRetryBoundary extends Component<RetryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  private timer: number | undefined;

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidMount(): void {
    this.schedule();
  }

  override componentDidUpdate(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.state.error === null || this.timer !== undefined) return;
    const retry = () => {
      this.stop();
      this.props.onRetry();
      this.setState({ error: null });
    };
    this.timer = window.setTimeout(retry, CHUNK_RETRY_MS);
    window.addEventListener('online', retry, { once: true });
    this.stopListening = () => {
      window.removeEventListener('online', retry);
    };
  }

  override componentWillUnmount(): void {
    this.stop();
  }

  private stopListening = () => {};

  private stop(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.stopListening();
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children();
    if (!isChunkLoadError(error)) throw error;
    return this.props.fallback;
  }
}

export interface LazyChartProps extends SpecChartProps {
  /**
   * Shown until ECharts has loaded: a skeleton in the shape of the chart (docs/design.md: no spinners on the wall).
   * Defaults to an empty box of the chart's size, so the layout does not jump.
   */
  readonly fallback?: ReactNode;
}

export function LazyChart({ fallback, ...props }: LazyChartProps): ReactElement {
  const placeholder = fallback ?? (
    <div
      role="img"
      aria-label={props.ariaLabel}
      aria-busy="true"
      className={props.className}
      style={{
        width: typeof props.width === 'number' ? `${props.width}px` : (props.width ?? '100%'),
        height: typeof props.height === 'number' ? `${props.height}px` : props.height,
      }}
    />
  );
  const kind = props.spec.kind;
  return (
    <ChunkRetryBoundary
      fallback={placeholder}
      onRetry={() => {
        specCharts.delete(kind);
      }}
    >
      {() => {
        const SpecChart = specChart(kind);
        return (
          <Suspense fallback={placeholder}>
            <SpecChart {...props} />
          </Suspense>
        );
      }}
    </ChunkRetryBoundary>
  );
}

/**
 * Renders a spec off screen (with its `export` frame) and resolves with a PNG data URL; loads ECharts
 * and the builders on demand. Map specs need their map registered first (the on-screen map did it).
 */
export async function renderSpecToPng(
  spec: ChartSpec,
  size: { readonly width: number; readonly height: number },
): Promise<string> {
  const [{ buildOption, loadOptionBuilder }, { renderOptionToPng }] = await Promise.all([
    import('./build-option.ts'),
    import('./export-png.ts'),
  ]);
  await loadOptionBuilder(spec.kind);
  return renderOptionToPng(buildOption(spec), size);
}
