/**
 * The province map of an era, ready for `buildChoroplethOption`: loads the compact topology, its label
 * anchors and unit footprints (`virtual:vn-geometry`, all computed at build time), its decoder (topojson-client) and ECharts
 * lazily, and registers the era's map once per page. The imports are dynamic so the geometry and ECharts stay
 * out of the first paint.
 */
import { useEffect, useState } from 'react';
import type { ProvinceEraId } from '../../domain/units.ts';
import type { LngLatPoint, UnitFootprint } from './types.ts';
import { afterNextPaint } from '../after-next-paint.ts';

/** Name the era's map is registered under with `echarts.registerMap`. */
export function vnMapName(era: ProvinceEraId): string {
  return `vn-${era}`;
}

export interface VnMap {
  readonly mapName: string;
  /** [lng, lat] label anchor per unit code, from the geometry build (scripts/geo/label-points.ts). */
  readonly labelPoints: ReadonlyMap<string, LngLatPoint>;
  /** Where each unit's land is, coarsely, from the geometry build (scripts/geo/unit-footprints.ts). */
  readonly footprints: ReadonlyMap<string, UnitFootprint>;
}

export type VnMapState =
  | ({ readonly status: 'ready'; readonly error: null } & VnMap)
  | {
      readonly status: 'loading' | 'error';
      readonly mapName: string;
      readonly labelPoints: ReadonlyMap<string, LngLatPoint>;
      readonly footprints: ReadonlyMap<string, UnitFootprint>;
      /** The failure when status is 'error', else null. */
      readonly error: Error | null;
    };

const loading = new Map<ProvinceEraId, Promise<VnMap>>();
const loaded = new Map<ProvinceEraId, VnMap>();
const NO_POINTS: ReadonlyMap<string, LngLatPoint> = new Map();
const NO_FOOTPRINTS: ReadonlyMap<string, UnitFootprint> = new Map();

/**
 * Load and register the map of `era`, once per page: later calls share the first promise. A failed
 * load is forgotten, so the next call (a remount, "Thử lại") tries again.
 */
export function loadVnMap(era: ProvinceEraId): Promise<VnMap> {
  let promise = loading.get(era);
  if (!promise) {
    promise = (async () => {
      // Like LazyChart: fetch ECharts and the geometry once the board's first frame is on screen.
      await afterNextPaint();
      const [
        { default: topology, labelPoints, footprints },
        { echarts },
        { toFeatureCollection, toFootprintMap, toLabelPointMap },
      ] = await Promise.all([
        // The era's own part: the 34's first load does not carry the 63's inner boundaries.
        era === '63' ? import('virtual:vn-geometry-63') : import('virtual:vn-geometry-34'),
        import('../register-echarts.ts'),
        import('./geometry/decode.ts'),
      ]);
      const mapName = vnMapName(era);
      // Fresh objects (ECharts may annotate a registered GeoJSON in place). `name` is set too, so the regions are
      // named by code even where an option forgets `nameProperty: 'code'`.
      const features = toFeatureCollection(topology, era).features.map((f) => ({
        ...f,
        properties: { ...f.properties, name: f.properties.code },
      }));
      if (!echarts.getMap(mapName)) {
        echarts.registerMap(mapName, { type: 'FeatureCollection', features });
      }
      const map: VnMap = {
        mapName,
        labelPoints: toLabelPointMap(labelPoints, era),
        footprints: toFootprintMap(footprints, era),
      };
      loaded.set(era, map);
      return map;
    })();
    loading.set(era, promise);
    promise.catch(() => {
      loading.delete(era);
    });
  }
  return promise;
}

interface Settled {
  readonly era: ProvinceEraId;
  readonly result: { readonly map: VnMap } | { readonly error: Error };
}

/**
 * The map of `era`: `{ status: 'loading' }` until the geometry and ECharts have loaded, then 'ready' with the
 * registered `mapName` and the label points, or 'error' with the failure. Ready at once when the era was
 * loaded before, so switching eras back and forth does not flash a skeleton. With `enabled: false` (a map not
 * yet scrolled into view) nothing is loaded and the state stays 'loading'.
 */
export function useVnMap(era: ProvinceEraId, { enabled = true }: { enabled?: boolean } = {}): VnMapState {
  const [settled, setSettled] = useState<Settled | null>(null);
  const known = loaded.get(era);
  useEffect(() => {
    if (known || !enabled) return;
    let live = true;
    loadVnMap(era).then(
      (map) => {
        if (live) setSettled({ era, result: { map } });
      },
      (error: unknown) => {
        if (live)
          setSettled({ era, result: { error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => {
      live = false;
    };
  }, [era, known, enabled]);

  const mapName = vnMapName(era);
  if (known) return { status: 'ready', error: null, ...known };
  if (settled?.era === era) {
    if ('map' in settled.result) return { status: 'ready', error: null, ...settled.result.map };
    return {
      status: 'error',
      mapName,
      labelPoints: NO_POINTS,
      footprints: NO_FOOTPRINTS,
      error: settled.result.error,
    };
  }
  return { status: 'loading', mapName, labelPoints: NO_POINTS, footprints: NO_FOOTPRINTS, error: null };
}
