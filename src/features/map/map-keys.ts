/**
 * The map without a mouse: which unit an arrow key moves to, by geography rather than by code. Up and
 * Down walk every unit from north to south (so a screen reader reaches them all, in the order the map
 * reads); Left and Right go to the nearest unit to the west or the east, where there is one (the delta,
 * the north); Home and End go to the northernmost and the southernmost. Pure.
 *
 * The positions are the units' label anchors, computed with the geometry at build time (a point inside
 * each unit's largest part), so a unit is placed where its name is drawn.
 */
import type { LngLatPoint } from '../../charts/map/types.ts';

/**
 * `codes` from north to south by their anchor's latitude (west first on a tie); units without an anchor
 * last, in code order.
 */
export function geographicOrder(
  codes: readonly string[],
  points: ReadonlyMap<string, LngLatPoint>,
): string[] {
  const placed = codes.flatMap((code) => {
    const point = points.get(code);
    return point ? [{ code, lng: point[0], lat: point[1] }] : [];
  });
  const unplaced = codes.filter((c) => !points.has(c)).sort();
  placed.sort((a, b) => b.lat - a.lat || a.lng - b.lng || a.code.localeCompare(b.code));
  return [...placed.map((p) => p.code), ...unplaced];
}

/**
 * The nearest unit on the side `direction` of `from`: its anchor at least a little that way and within
 * about 55° of the straight line, nearest counting a step north or south twice (so Right from An Giang is
 * Cần Thơ beside it, not Đồng Tháp above). Undefined when no unit lies that way.
 */
export function neighbourTowards(
  from: string,
  direction: 'east' | 'west',
  points: ReadonlyMap<string, LngLatPoint>,
): string | undefined {
  const origin = points.get(from);
  if (!origin) return undefined;
  const sign = direction === 'east' ? 1 : -1;
  let best: string | undefined;
  let bestCost = Infinity;
  for (const [code, [lng, lat]] of points) {
    if (code === from) continue;
    const dx = (lng - origin[0]) * sign;
    const dy = Math.abs(lat - origin[1]);
    if (dx <= 0.05 || dy > dx * 1.4) continue;
    const cost = dx * dx + 4 * dy * dy;
    if (cost < bestCost) {
      bestCost = cost;
      best = code;
    }
  }
  return best;
}

/** What a key pressed on the map does: highlight another unit, open the highlighted one, or let go. */
export type MapKeyAction =
  { readonly kind: 'hover'; readonly code: string | null } | { readonly kind: 'open'; readonly code: string };

/**
 * The action of `key` on the map of `codes` (the units drawn) with `hovered` highlighted: Up and Down step
 * through {@link geographicOrder} (wrapping round), Left and Right to {@link neighbourTowards}, Home and
 * End to the ends; from nothing highlighted any arrow starts at the northernmost. Enter opens the
 * highlighted unit, Escape lets go. Null when the key does nothing here (another key, no neighbour that
 * way, a map without units), so the key keeps its default.
 */
export function mapKeyAction(
  codes: readonly string[],
  points: ReadonlyMap<string, LngLatPoint>,
  hovered: string | null,
  key: string,
): MapKeyAction | null {
  if (codes.length === 0) return null;
  if (key === 'Escape') return hovered ? { kind: 'hover', code: null } : null;
  if (key === 'Enter') return hovered ? { kind: 'open', code: hovered } : null;
  const order = geographicOrder(codes, points);
  const at = hovered ? order.indexOf(hovered) : -1;
  const hover = (code: string | undefined) => (code === undefined ? null : { kind: 'hover' as const, code });
  switch (key) {
    case 'Home':
      return hover(order[0]);
    case 'End':
      return hover(order.at(-1));
    case 'ArrowDown':
    case 'ArrowUp':
    case 'ArrowLeft':
    case 'ArrowRight':
      if (!hovered || at < 0) return hover(order[0]);
      if (key === 'ArrowDown') return hover(order[(at + 1) % order.length]);
      if (key === 'ArrowUp') return hover(order[(at - 1 + order.length) % order.length]);
      return hover(
        neighbourTowards(hovered, key === 'ArrowRight' ? 'east' : 'west', onlyDrawn(points, codes)),
      );
    default:
      return null;
  }
}

function onlyDrawn(
  points: ReadonlyMap<string, LngLatPoint>,
  codes: readonly string[],
): Map<string, LngLatPoint> {
  const drawn = new Set(codes);
  return new Map([...points].filter(([code]) => drawn.has(code)));
}
