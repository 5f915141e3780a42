/**
 * Collision-aware placement of the map's always-visible labels (best and worst units), done in the pure
 * builder rather than by ECharts.
 *
 * Why not ECharts' `labelLayout: { moveOverlap: 'shiftY' }`: in echarts 6.1 it shifts the label element, but a
 * scatter label stays attached to its symbol's `textConfig.position`, which is re-applied on the next redraw,
 * so the shift does not survive (seen in SSR and in Chromium: the Hà Nội and Bắc Ninh labels drawn on top of
 * each other). The builder knows the projection (plain lng/lat scaled into the map box) and the label texts,
 * so it can place the six labels itself, deterministically and testably, and hand ECharts per-item
 * `position` and `offset`.
 *
 * Text widths are estimated (a pure function cannot measure text); heights are exact (line height × lines).
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The point the label belongs to, in pixels. */
  readonly anchor: readonly [x: number, y: number];
  readonly width: number;
  readonly height: number;
  /** Distance from the anchor to the near edge of the label (symbol radius + spacing). */
  readonly gap: number;
}

export interface LabelPlacement {
  /** Which side of the anchor the label is on; vertically centred on the anchor before `dy`. */
  readonly side: 'right' | 'left';
  /** Vertical offset from the centred position, pixels (positive down). */
  readonly dy: number;
  /** Where the label ends up. */
  readonly rect: Rect;
  /** False when no candidate was free and the label went where it overlaps least. */
  readonly free: boolean;
}

/** Margin kept between two labels, pixels. */
const MARGIN = 2;

export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function rectFor(request: LabelRequest, side: 'right' | 'left', dy: number): Rect {
  const [ax, ay] = request.anchor;
  return {
    x: side === 'right' ? ax + request.gap : ax - request.gap - request.width,
    y: ay - request.height / 2 + dy,
    width: request.width,
    height: request.height,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Steps tried above and below the centred position, in label heights × {@link STEP}. */
const MAX_STEPS = 5;
const STEP = 0.5;

/**
 * Place each label, in order (earlier labels win), at the first free candidate: right of its point, left of
 * it, then right and left shifted down and up in steps of half a label height, up to 2.5 heights (beyond that
 * the label would read as belonging to another point). A candidate is free when it is inside `bounds` and
 * clear of `obstacles` (legend, fixed labels), of the labels already placed and of every label's own point.
 * When none is free (a crowded north on a small panel), the label goes where it covers the least area of the
 * others, inside the bounds if any candidate is.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: Rect,
): LabelPlacement[] {
  const points: Rect[] = requests.map((r) => ({
    x: r.anchor[0] - r.gap / 2,
    y: r.anchor[1] - r.gap / 2,
    width: r.gap,
    height: r.gap,
  }));
  const placed: Rect[] = [];
  return requests.map((request, index) => {
    const step = Math.max(1, Math.round(request.height * STEP));
    const candidates: { side: 'right' | 'left'; dy: number }[] = [];
    for (let k = 0; k <= MAX_STEPS; k++) {
      for (const dy of k === 0 ? [0] : [k * step, -k * step]) {
        candidates.push({ side: 'right', dy }, { side: 'left', dy });
      }
    }
    const blockers = [...obstacles, ...placed, ...points.filter((_, i) => i !== index)];
    let fallback: LabelPlacement | undefined;
    let fallbackCost = Infinity;
    for (const { side, dy } of candidates) {
      const rect = rectFor(request, side, dy);
      const inside = contains(bounds, rect);
      if (inside && !blockers.some((b) => rectsOverlap(rect, b, MARGIN))) {
        placed.push(rect);
        return { side, dy, rect, free: true };
      }
      // Leaving the chart costs more than any overlap; otherwise the least area covered wins.
      const cost = (inside ? 0 : 1e12) + blockers.reduce((sum, b) => sum + overlapArea(rect, b), 0);
      if (cost < fallbackCost) {
        fallbackCost = cost;
        fallback = { side, dy, rect, free: false };
      }
    }
    const chosen = fallback ?? { side: 'right', dy: 0, rect: rectFor(request, 'right', 0), free: false };
    placed.push(chosen.rect);
    return chosen;
  });
}
