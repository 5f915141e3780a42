/**
 * "Save as image" for any chart: renders an option (built with its `export` frame: title, subtitle,
 * source) off screen at a fixed size, independent of the panel the user is looking at, so an exported
 * PNG looks the same from a wall, a laptop or a phone.
 */
import type { EChartsOption } from 'echarts';
import { echarts, registerExportParts } from './register-echarts.ts';
import { waitForFont } from './wait-for-font.ts';

/** A render that has not finished by then will not: fail instead of leaving the export button spinning. */
const FINISH_TIMEOUT_MS = 10_000;

export interface PngExportOptions {
  /** Device pixels per CSS px; 2 (the default) stays sharp on slides and high-DPI screens. */
  readonly pixelRatio?: number;
  /** Fills transparent areas; without it the option's own `backgroundColor` is used. */
  readonly backgroundColor?: string;
}

/**
 * Renders `option` into a `size.width`×`size.height` CSS px canvas in a detached-from-view div and
 * resolves with a `data:image/png` URL, for `downloadDataUrl`.
 *
 * - Uses the tree-shaken ECharts from `register-echarts.ts` (plus the title component of the export
 *   frame), canvas renderer, animation off; resolves after ECharts' `finished` event, so labels and
 *   mark lines are drawn.
 * - Waits for the chart font first (`waitForFont`, at most 1.5 s): canvas text is drawn in whatever
 *   font is loaded at that moment (docs/stack.md, note 11).
 * - Map charts: the map must already be registered (`echarts.registerMap`) by the caller, as for the
 *   on-screen chart; this function registers no map.
 * - The instance is disposed and the div removed whether rendering succeeds or throws.
 */
export async function renderOptionToPng(
  option: EChartsOption,
  size: { readonly width: number; readonly height: number },
  options: PngExportOptions = {},
): Promise<string> {
  const pixelRatio = options.pixelRatio ?? 2;
  await Promise.all([waitForFont(document.fonts).settled, registerExportParts()]);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;`;
  document.body.appendChild(container);
  const chart = echarts.init(container, undefined, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    devicePixelRatio: pixelRatio,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error('The chart did not finish rendering for the PNG export.'));
      }, FINISH_TIMEOUT_MS);
      chart.on('finished', () => {
        resolve();
      });
      chart.setOption({ ...option, animation: false });
    });
    return chart.getDataURL({
      type: 'png',
      pixelRatio,
      ...(options.backgroundColor ? { backgroundColor: options.backgroundColor } : {}),
    });
  } finally {
    clearTimeout(timer);
    chart.dispose();
    container.remove();
  }
}
