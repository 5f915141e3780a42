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
 * Every label gets candidate places, each with a cost (roughly how far the label is from its point):
 * 1. Next to its point, right or left, shifted up or down by at most three quarters of its height: no leader
 *    line, cheapest.
 * 2. Out in the empty space beside the country (Laos and Cambodia to the west, the sea to the east, `land`
 *    being the rects to keep off), at any height, with a thin leader line from the point to the near edge of
 *    the label; several labels moved out on one side stack into a column along the border or the coast.
 * 3. If allowed (`overLand`), anywhere in the chart with a leader line, land or not: dearest.
 * A place must be inside `bounds` and clear of `obstacles` (legend, sea and archipelago labels, island marks),
 * `areas` (the archipelagos' spread, the units without a value) and the other labels' markers; its leader line
 * must stay clear of the obstacles, pass no marker and be at most `maxLeader` long (a label farther from its
 * point reads as another unit's). Then a small branch-and-bound search takes the cheapest choice of one place
 * per label where no two labels overlap, no line runs through another label and no two lines cross (unless
 * `crossings`). When there is no such choice, the cheapest choice for as many labels as possible; the others go
 * next to their points where they cover least, flagged `free: false`, and the builder tries smaller type and
 * one-line labels, then lists them beside the legend (see `placeUnitLabels` in choropleth/unit-labels.ts).
 *
 * Text widths are estimated (a pure function cannot measure text); heights are exact (line height × lines).
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Point = readonly [x: number, y: number];

export interface LabelRequest {
  /** The point the label belongs to, in pixels. */
  readonly anchor: Point;
  readonly width: number;
  readonly height: number;
  /** Distance from the anchor to the near edge of the label (symbol radius + spacing). */
  readonly gap: number;
}

/** A thin line from a label's point to the near edge of its label, pixels. */
export interface Leader {
  readonly from: Point;
  readonly to: Point;
}

export interface LabelPlacement {
  /**
   * Which side of the anchor the label is on; it is vertically centred on the anchor before `dy` and its near
   * edge is `gap` from the anchor before `dx` (ECharts' `label.position` 'right' / 'left' with
   * `label.offset: [dx, dy]`).
   */
  readonly side: 'right' | 'left';
  /** Horizontal offset, pixels (positive right): 0 next to the point, away from it when moved out. */
  readonly dx: number;
  /** Vertical offset from the centred position, pixels (positive down). */
  readonly dy: number;
  /** Where the label ends up. */
  readonly rect: Rect;
  /** The leader line when the label was moved away from its point; null next to it. */
  readonly leader: Leader | null;
  /** False when no candidate was free and the label went where it overlaps least. */
  readonly free: boolean;
}

export interface PlaceLabelsOptions {
  /**
   * Land, as rects (one per band of latitude): a label moved away from its point keeps off it, so it covers
   * none of the map and reads as belonging to its leader line. Labels next to their points may cover land.
   */
  readonly land?: readonly Rect[];
  /**
   * Whether a label may, as a last resort, cover land away from its point (with a leader line). Default
   * true; the builder allows it only for its last, most compact attempt, preferring smaller labels.
   */
  readonly overLand?: boolean;
  /**
   * Areas labels keep clear of but leader lines may cross, such as the spread of an archipelago's islands
   * (whose marks, as `obstacles`, the lines still avoid).
   */
  readonly areas?: readonly Rect[];
  /**
   * Whether leader lines may cross each other and other markers: a last resort, for the most crowded small
   * maps. Default false.
   */
  readonly crossings?: boolean;
  /**
   * The longest leader line, pixels: a label is placed no farther from its point than this (next to it, or at
   * the end of a line at most this long). Default: no bound.
   */
  readonly maxLeader?: number;
}

/** Margin kept between two labels, and between a leader line and anything it passes, pixels. */
const MARGIN = 2;

export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** True when the segment from `a` to `b` passes through `rect` grown by `margin` (Liang–Barsky clipping). */
export function segmentHitsRect(a: Point, b: Point, rect: Rect, margin = 0): boolean {
  const [x0, y0] = a;
  const [x1, y1] = b;
  const left = rect.x - margin;
  const right = rect.x + rect.width + margin;
  const top = rect.y - margin;
  const bottom = rect.y + rect.height + margin;
  // Quick rejections: both ends on the same outer side of the rect.
  if ((x0 <= left && x1 <= left) || (x0 >= right && x1 >= right)) return false;
  if ((y0 <= top && y1 <= top) || (y0 >= bottom && y1 >= bottom)) return false;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  // The four clipping edges as (p, q) pairs: left, right, top, bottom.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? x0 - left : edge === 1 ? right - x0 : edge === 2 ? y0 - top : bottom - y0;
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

/** True when segments `ab` and `cd` cross or touch. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const orient = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const within = (p: Point, q: Point, r: Point) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(a, b, c)) ||
    (o2 === 0 && within(a, b, d)) ||
    (o3 === 0 && within(c, d, a)) ||
    (o4 === 0 && within(c, d, b))
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

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The placement whose rect is `rect`, for a label of `request`. */
function placementFor(
  request: LabelRequest,
  rect: Rect,
  leader: Leader | null,
  free: boolean,
): LabelPlacement {
  const [ax, ay] = request.anchor;
  const side = rect.x + rect.width / 2 >= ax ? 'right' : 'left';
  const dx = side === 'right' ? rect.x - (ax + request.gap) : rect.x + rect.width - (ax - request.gap);
  return { side, dx, dy: rect.y + rect.height / 2 - ay, rect, leader, free };
}

/** The rect of a label `gap` from its point on `side`, vertically centred on it and then moved by `dy`. */
function nearRect(request: LabelRequest, side: 'right' | 'left', dy: number): Rect {
  const [ax, ay] = request.anchor;
  return {
    x: side === 'right' ? ax + request.gap : ax - request.gap - request.width,
    y: ay - request.height / 2 + dy,
    width: request.width,
    height: request.height,
  };
}

const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));

/**
 * The leader line from the anchor to a label away from it: to the label's near side edge, kept off the rounded
 * corners (horizontal when the anchor is level with the label), or straight up or down to its top or bottom
 * edge when the label is below or above the anchor. Such a label's anchored half is the half nearer the
 * anchor (`placementFor`), which the drawn box always covers whatever the estimate of its width.
 */
function leaderTo(anchor: Point, rect: Rect): Leader {
  const [ax, ay] = anchor;
  const { x, y, width: w, height: h } = rect;
  const inset = Math.min(h / 2, 4);
  if (ax < x || ax > x + w)
    return { from: anchor, to: [ax < x ? x : x + w, clamp(ay, y + inset, y + h - inset)] };
  return { from: anchor, to: [clamp(ax, x + inset, x + w - inset), ay < y ? y : y + h] };
}

/**
 * Shifts up and down tried next to the point without a leader line, in label heights × {@link NEAR_STEP}: up to
 * three quarters of a height, so the label still touches its point's row and reads as its label.
 */
const NEAR_STEPS = 3;
const NEAR_STEP = 0.25;
/** Shifts tried by the last resort, where a label goes next to its point overlapping least (±2.5 heights). */
const FALLBACK_STEPS = 5;
const FALLBACK_STEP = 0.5;

/** A place a label could take, with what it costs: how far the label is from its point, roughly in pixels. */
interface Candidate {
  readonly rect: Rect;
  readonly leader: Leader | null;
  readonly cost: number;
  /** The box around the label and its leader line, for a quick test of two candidates' conflict. */
  readonly extent: Rect;
}

function candidate(rect: Rect, leader: Leader | null, cost: number): Candidate {
  if (!leader) return { rect, leader, cost, extent: rect };
  const x = Math.min(rect.x, leader.from[0]);
  const y = Math.min(rect.y, leader.from[1]);
  const extent = {
    x,
    y,
    width: Math.max(rect.x + rect.width, leader.from[0]) - x,
    height: Math.max(rect.y + rect.height, leader.from[1]) - y,
  };
  return { rect, leader, cost, extent };
}

/** What never moves: the chart's bounds, the obstacles and the other labels' points. */
interface Statics {
  readonly bounds: Rect;
  readonly obstacles: readonly Rect[];
  /** Kept clear of by labels only. */
  readonly areas: readonly Rect[];
  /** The other labels' markers. */
  readonly points: readonly Rect[];
  /** Whether leader lines may cross other markers (and each other). */
  readonly crossings: boolean;
  /** The longest leader line, pixels (Infinity: no bound). */
  readonly maxLeader: number;
}

/** The share of a marker's box, on each side, that a leader line may cut through: the triangle's corners. */
const MARKER_CORNER = 0.2;

function rectIsFree(rect: Rect, statics: Statics): boolean {
  return (
    contains(statics.bounds, rect) &&
    !statics.obstacles.some((b) => rectsOverlap(rect, b, MARGIN)) &&
    !statics.areas.some((b) => rectsOverlap(rect, b, MARGIN)) &&
    !statics.points.some((b) => rectsOverlap(rect, b, MARGIN))
  );
}

function leaderIsFree(leader: Leader, statics: Statics): boolean {
  // A rect over the point itself (a legend over a coastal unit, a neighbour's marker in the Red River delta)
  // cannot be helped: the line may start under it.
  const [ax, ay] = leader.from;
  const under = (b: Rect) =>
    ax >= b.x - MARGIN && ax <= b.x + b.width + MARGIN && ay >= b.y - MARGIN && ay <= b.y + b.height + MARGIN;
  return (
    statics.obstacles.every((b) => under(b) || !segmentHitsRect(leader.from, leader.to, b, MARGIN)) &&
    // Past another marker, through at most the empty corners of its box (the marker is a triangle), unless
    // lines may cross.
    (statics.crossings ||
      statics.points.every(
        (b) => under(b) || !segmentHitsRect(leader.from, leader.to, b, -MARKER_CORNER * b.width),
      ))
  );
}

/**
 * The places next to the point, without a leader line: right or left, centred on it or shifted up or down by
 * up to three quarters of a label height. Right costs a pixel less than left; a shift costs half its size.
 */
function nearCandidates(request: LabelRequest, statics: Statics): Candidate[] {
  const step = Math.max(1, Math.round(request.height * NEAR_STEP));
  const out: Candidate[] = [];
  for (let k = 0; k <= NEAR_STEPS; k++) {
    for (const dy of k === 0 ? [0] : [k * step, -k * step]) {
      for (const side of ['right', 'left'] as const) {
        const rect = nearRect(request, side, dy);
        if (rectIsFree(rect, statics)) {
          out.push(candidate(rect, null, Math.abs(dy) / 2 + (side === 'left' ? 1 : 0)));
        }
      }
    }
  }
  return out;
}

/** A leader line costs a label height on top of its length: a label next to its point is better. */
const LEADER_COST = 1;
/** Covering land away from its point costs four more label heights: only when nothing else fits. */
const OVER_LAND_COST = 4;

/**
 * The places away from the point, with a leader line. For every height (on a grid of half label heights
 * through the level position) and each side, every free position going outwards from just beyond the land
 * (west of it into Laos and Cambodia, east of it into the sea) to the edge of the chart, half a label width
 * apart. A label level with its point also starts no nearer than next to it; one above or below may stand
 * right under or over it (a column in Laos below the north-west). With `overLand`, from next to the point (or
 * centred over or under it) whatever is there, at a higher cost. The cost is the length of the leader line with
 * its vertical part counting double (labels move out sideways before they move up or down), plus
 * {@link LEADER_COST} (and {@link OVER_LAND_COST}) label heights.
 */
function outCandidates(
  request: LabelRequest,
  statics: Statics,
  land: readonly Rect[],
  overLand: boolean,
): Candidate[] {
  const { width: w, height: h, gap } = request;
  const [ax, ay] = request.anchor;
  const { bounds } = statics;
  const stepY = Math.max(2, Math.round(h / 2));
  const stepX = Math.max(2, Math.round(Math.min(w, h) / 4));
  const penalty = (LEADER_COST + (overLand ? OVER_LAND_COST : 0)) * h;
  const out: Candidate[] = [];
  const top = bounds.y;
  const reach = statics.maxLeader;
  // With a bound on the leader, only the rows a line that long can reach.
  const first = top + ((((ay - h / 2 - top) % stepY) + stepY) % stepY);
  const from = Number.isFinite(reach)
    ? first + Math.max(0, Math.floor((ay - reach - h - first) / stepY)) * stepY
    : first;
  const to = Math.min(top + bounds.height - h, ay + reach);
  for (let y = from; y <= to; y += stepY) {
    const across = overLand ? [] : land.filter((r) => r.y < y + h + gap && y - gap < r.y + r.height);
    const level = y < ay + gap && y + h > ay - gap;
    for (const dir of [-1, 1] as const) {
      // The near edge of the label: its right edge going west, its left edge going east.
      const limits = [
        ...(across.length
          ? [
              dir < 0
                ? Math.min(...across.map((r) => r.x)) - gap
                : Math.max(...across.map((r) => r.x + r.width)) + gap,
            ]
          : []),
        ...(level ? [ax - dir * gap] : []),
      ];
      const start = limits.length
        ? dir < 0
          ? Math.min(...limits)
          : Math.max(...limits)
        : ax - (dir * w) / 2;
      // Every free position out to the edge of the chart, at least half a label width apart.
      let found: number | undefined;
      for (let edge = start; ; edge += dir * stepX) {
        // Beyond the bound the near edge only moves farther away.
        if ((edge - ax) * dir > reach) break;
        if (found !== undefined && Math.abs(edge - found) < w / 2) continue;
        const rect: Rect = { x: dir < 0 ? edge - w : edge, y, width: w, height: h };
        if (rect.x < bounds.x || rect.x + rect.width > bounds.x + bounds.width) break;
        if (!rectIsFree(rect, statics)) continue;
        const leader = leaderTo(request.anchor, rect);
        if (Math.hypot(leader.to[0] - ax, leader.to[1] - ay) > reach) continue;
        if (!leaderIsFree(leader, statics)) continue;
        const rise = Math.abs(leader.to[1] - ay);
        out.push(candidate(rect, leader, Math.hypot(leader.to[0] - ax, rise) + rise + penalty));
        found = edge;
      }
    }
  }
  return out;
}

/** True when two labels' places cannot both be taken: boxes overlap, a line crosses a box or another line. */
function conflict(a: Candidate, b: Candidate, crossings: boolean): boolean {
  if (!rectsOverlap(a.extent, b.extent, MARGIN)) return false;
  return (
    rectsOverlap(a.rect, b.rect, MARGIN) ||
    (a.leader !== null && segmentHitsRect(a.leader.from, a.leader.to, b.rect, MARGIN)) ||
    (b.leader !== null && segmentHitsRect(b.leader.from, b.leader.to, a.rect, MARGIN)) ||
    (!crossings &&
      a.leader !== null &&
      b.leader !== null &&
      segmentsCross(a.leader.from, a.leader.to, b.leader.from, b.leader.to))
  );
}

/** Candidates kept per label, cheapest first: plenty for six labels to share a column. */
const MAX_CANDIDATES = 300;
/** Search steps before a search gives up finding a choice where every label is free. */
const MAX_NODES = 10_000;
/** Search steps after the best choice so far before the search settles for it. */
const MAX_NODES_AFTER = 1_000;

/**
 * The cheapest choice of one candidate per label with no two in conflict, by depth-first branch and bound
 * with forward checking: after each choice the other labels keep only the candidates still compatible; the
 * next label is the one with the fewest left; its candidates are tried cheapest first, and a branch is dropped
 * when even the cheapest candidates left cannot beat the best choice so far; it settles for the best so far
 * when {@link MAX_NODES_AFTER} more steps found nothing better. Undefined when there is none (or none found
 * within {@link MAX_NODES} steps).
 */
function cheapestChoice(
  candidates: readonly (readonly Candidate[])[],
  crossings: boolean,
): Candidate[] | undefined {
  const n = candidates.length;
  // clashes[i][j][a * size(j) + b], i < j: 0 not known yet, 1 compatible, 2 in conflict (computed when needed).
  const clashes = candidates.map((ci, i) =>
    candidates.map((cj, j) => (j > i ? new Uint8Array(ci.length * cj.length) : undefined)),
  );
  const clash = (i: number, a: number, j: number, b: number): boolean => {
    const [lo, hi, ca, cb] = i < j ? [i, j, a, b] : [j, i, b, a];
    const table = clashes[lo]?.[hi];
    const size = candidates[hi]?.length ?? 0;
    if (!table) return false;
    let known = table[ca * size + cb];
    if (!known) {
      const x = candidates[lo]?.[ca];
      const y = candidates[hi]?.[cb];
      known = x && y && conflict(x, y, crossings) ? 2 : 1;
      table[ca * size + cb] = known;
    }
    return known === 2;
  };
  const cost = (i: number, a: number): number => candidates[i]?.[a]?.cost ?? Infinity;

  let best: { cost: number; choice: number[] } | undefined;
  const choice: number[] = candidates.map(() => -1);
  /**
   * One search from `initial` domains (`domains[i]`: the candidates of label i still compatible with the
   * choices made), within `budget` steps, or {@link MAX_NODES_AFTER} steps after its last improvement.
   * `cheapestFirst`: the domains are in order of cost, so the first candidate is the cheapest and a branch
   * ends at the first too costly one.
   */
  const search = (initial: readonly (readonly number[])[], cheapestFirst: boolean, budget: number): void => {
    let nodes = 0;
    let improved = -1;
    const least = (i: number, domain: readonly number[]): number =>
      cheapestFirst ? cost(i, domain[0] ?? -1) : Math.min(...domain.map((a) => cost(i, a)));
    const visit = (domains: readonly (readonly number[])[], spent: number): void => {
      let next = -1;
      let floor = spent;
      for (let i = 0; i < n; i++) {
        if (choice[i] !== -1) continue;
        const domain = domains[i] ?? [];
        floor += least(i, domain);
        if (next === -1 || domain.length < (domains[next]?.length ?? 0)) next = i;
      }
      if (next === -1) {
        if (!best || spent < best.cost) {
          best = { cost: spent, choice: [...choice] };
          improved = nodes;
        }
        return;
      }
      if (best && floor >= best.cost) return;
      const domain = domains[next] ?? [];
      const rest = floor - least(next, domain);
      for (const a of domain) {
        if (++nodes > (improved >= 0 ? improved + MAX_NODES_AFTER : budget)) return;
        if (best && rest + cost(next, a) >= best.cost) {
          if (cheapestFirst) return;
          continue;
        }
        const narrowed = domains.map((d, j) =>
          choice[j] !== -1 || j === next ? d : d.filter((b) => !clash(next, a, j, b)),
        );
        if (narrowed.some((d, j) => choice[j] === -1 && j !== next && d.length === 0)) continue;
        choice[next] = a;
        visit(narrowed, spent + cost(next, a));
        choice[next] = -1;
      }
    };
    visit(initial, 0);
  };

  // First the cheapest places first; in a crowded map that can spend its steps among places that leave the
  // last labels no room, so then the places that take the least room from the others first.
  search(
    candidates.map((c) => c.map((_, a) => a)),
    true,
    MAX_NODES,
  );
  if (!best) {
    const taken = candidates.map((ci, i) =>
      ci.map((_, a) =>
        candidates.reduce(
          (sum, cj, j) =>
            j === i || cj.length === 0
              ? sum
              : sum + cj.filter((_, b) => clash(i, a, j, b)).length / cj.length,
          0,
        ),
      ),
    );
    search(
      candidates.map((c, i) =>
        c
          .map((_, a) => a)
          .sort((a, b) => (taken[i]?.[a] ?? 0) - (taken[i]?.[b] ?? 0) || cost(i, a) - cost(i, b)),
      ),
      false,
      MAX_NODES,
    );
  }
  const found = best?.choice;
  return found?.map((a, i) => candidates[i]?.[a]).every((c) => c !== undefined)
    ? found.flatMap((a, i) => candidates[i]?.[a] ?? [])
    : undefined;
}

/**
 * Place the labels so that no label overlaps another label, a leader line, an obstacle or another label's point,
 * and no leader line crosses another or a label (see the module comment): every label's candidate places (next
 * to its point, then out beyond the land, then over land), and the cheapest conflict-free choice among them.
 * When there is none, each label in turn takes its cheapest place still free, or else the place next to its
 * point where it covers the least of the others, flagged `free: false`. The result is in the order of
 * `requests`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  bounds: Rect,
  options: PlaceLabelsOptions = {},
): LabelPlacement[] {
  const land = options.land ?? [];
  const points: Rect[] = requests.map((r) => ({
    x: r.anchor[0] - r.gap / 2,
    y: r.anchor[1] - r.gap / 2,
    width: r.gap,
    height: r.gap,
  }));
  const maxLeader = options.maxLeader ?? Infinity;
  const statics = (index: number): Statics => {
    const request = requests[index];
    // With a bound, a label and its line stay within reach of the point: only what is there can be in the way.
    const near =
      request && Number.isFinite(maxLeader)
        ? (() => {
            const rx = maxLeader + request.width + request.gap + 2 * MARGIN;
            const ry = maxLeader + request.height + request.gap + 2 * MARGIN;
            const box: Rect = {
              x: request.anchor[0] - rx,
              y: request.anchor[1] - ry,
              width: 2 * rx,
              height: 2 * ry,
            };
            return (r: Rect) => rectsOverlap(r, box);
          })()
        : () => true;
    return {
      bounds,
      obstacles: obstacles.filter(near),
      areas: (options.areas ?? []).filter(near),
      points: points.filter((p, i) => i !== index && near(p)),
      crossings: options.crossings ?? false,
      maxLeader,
    };
  };
  const candidates = requests.map((request, index) => {
    const s = statics(index);
    const all = [
      ...nearCandidates(request, s),
      ...outCandidates(request, s, land, false),
      ...(land.length && (options.overLand ?? true) ? outCandidates(request, s, land, true) : []),
    ];
    return all.sort((a, b) => a.cost - b.cost).slice(0, MAX_CANDIDATES);
  });
  const crossings = options.crossings ?? false;
  // Every label free if possible; else as many as possible, the others flagged where they overlap least.
  const choice = largestChoice(candidates, crossings);
  const taken = choice.filter((c): c is Candidate => c !== undefined);
  return requests.map((request, i) => {
    const c = choice[i];
    if (c) return placementFor(request, c.rect, c.leader, true);
    const fallback = leastOverlap(request, statics(i), taken);
    taken.push(candidate(fallback.rect, null, 0));
    return fallback;
  });
}

/** The subsets of `items` with `size` members, in lexicographic order. */
function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsets(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * One candidate per label, no two in conflict, for as many labels as possible: every label if
 * {@link cheapestChoice} finds a choice, else the cheapest choice among the largest sets of labels that have
 * one (labels without any candidate left out first). `undefined` for a label left out.
 */
function largestChoice(
  candidates: readonly (readonly Candidate[])[],
  crossings: boolean,
): (Candidate | undefined)[] {
  const placeable = candidates.flatMap((c, i) => (c.length > 0 ? [i] : []));
  for (let size = placeable.length; size > 0; size--) {
    let best: { cost: number; chosen: readonly number[]; choice: Candidate[] } | undefined;
    for (const chosen of subsets(placeable, size)) {
      const choice = cheapestChoice(
        chosen.map((i) => candidates[i] ?? []),
        crossings,
      );
      if (!choice) continue;
      const cost = choice.reduce((sum, c) => sum + c.cost, 0);
      if (!best || cost < best.cost) best = { cost, chosen, choice };
    }
    if (best) {
      const { chosen, choice } = best;
      return candidates.map((_, i) => {
        const at = chosen.indexOf(i);
        return at >= 0 ? choice[at] : undefined;
      });
    }
  }
  return candidates.map(() => undefined);
}

/** Where a label covers the least area of the obstacles and the labels taken, next to its point; flagged. */
function leastOverlap(request: LabelRequest, statics: Statics, taken: readonly Candidate[]): LabelPlacement {
  const step = Math.max(1, Math.round(request.height * FALLBACK_STEP));
  const others = [...statics.obstacles, ...statics.areas, ...statics.points, ...taken.map((t) => t.rect)];
  let fallback: LabelPlacement | undefined;
  let fallbackCost = Infinity;
  for (let k = 0; k <= FALLBACK_STEPS; k++) {
    for (const dy of k === 0 ? [0] : [k * step, -k * step]) {
      for (const side of ['right', 'left'] as const) {
        const rect = nearRect(request, side, dy);
        // Leaving the chart costs more than any overlap; otherwise the least area covered wins.
        const cost =
          (contains(statics.bounds, rect) ? 0 : 1e12) +
          others.reduce((sum, b) => sum + overlapArea(rect, b), 0);
        if (cost < fallbackCost) {
          fallbackCost = cost;
          fallback = placementFor(request, rect, null, false);
        }
      }
    }
  }
  return fallback ?? placementFor(request, nearRect(request, 'right', 0), null, false);
}
