import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { registryUnits } from '../../src/domain/registry.ts';
import { ARCHIPELAGOS } from '../../src/charts/map/geometry/archipelagos.ts';
import type { LngLat, LngLatBox } from '../../src/charts/map/geometry/archipelagos.ts';
import { toFeatureCollection } from '../../src/charts/map/geometry/decode.ts';
import type {
  UnitFeatureProperties,
  VnFootprints,
  VnLabelPoints,
  VnTopology,
} from '../../src/charts/map/geometry/decode.ts';
import { buildGeometry } from './build-geometry.ts';
import { eraTopology, toModuleCode } from './vite-plugin-vn-geometry.ts';
import { readSourceText } from './extract-source.ts';
import type { GeometryReport } from './build-geometry.ts';
import { distanceToBoundaryKm, pointInGeometry, polygonsOf, ringArea } from './point-in-polygon.ts';

type Units = FeatureCollection<Polygon | MultiPolygon, UnitFeatureProperties>;

const ERAS = ['63', '34'] as const;
const HA_NOI: LngLat = [105.85, 21.03];

/**
 * Seats of the 34 that fall outside their unit's geometry, with the most they may be off by (km). Each entry is
 * a known limitation of the coarse source, not of our pipeline; a new one must be explained here.
 * - 22 Quảng Ninh: the Hạ Long seat point (20.95 N, 107.08 E) is on the shore of Hạ Long Bay, and the source's
 *   simplified coastline runs 0.34 km inland of it (already so in Vietnam.js before quantisation).
 */
const KNOWN_SEATS_OUTSIDE: Readonly<Record<string, number>> = { '22': 0.5 };

let topology: VnTopology;
let labelPoints: VnLabelPoints;
let footprints: VnFootprints;
let report: GeometryReport;
const units: Record<(typeof ERAS)[number], Units> = {} as Record<(typeof ERAS)[number], Units>;

beforeAll(() => {
  ({ topology, labelPoints, footprints, report } = buildGeometry());
  for (const era of ERAS) units[era] = toFeatureCollection(topology, era);
});

function unit(era: (typeof ERAS)[number], code: string) {
  const found = units[era].features.find((f) => f.properties.code === code);
  if (!found) throw new Error(`no feature ${code} in era ${era}`);
  return found;
}

function inBox(position: readonly number[], box: LngLatBox): boolean {
  const [lng = NaN, lat = NaN] = position;
  return lng >= box.west && lng <= box.east && lat >= box.south && lat <= box.north;
}

describe('buildGeometry: one feature per unit', () => {
  it.each(ERAS)('era %s has exactly one feature per registry code, ids equal to the codes', (era) => {
    const codes = registryUnits(era).map((u) => u.code);
    const featureCodes = units[era].features.map((f) => f.properties.code);
    expect(featureCodes).toHaveLength(era === '63' ? 63 : 34);
    expect(new Set(featureCodes).size).toBe(featureCodes.length);
    expect([...featureCodes].sort()).toEqual([...codes].sort());
    for (const f of units[era].features) expect(f.id).toBe(f.properties.code);
  });

  it('the 34 features are in registry order with the registry codes', () => {
    expect(units['34'].features.map((f) => f.id)).toEqual(registryUnits('34').map((u) => u.code));
  });
});

describe('buildGeometry: archipelagos', () => {
  it.each(ERAS)(
    'era %s: Đà Nẵng holds Hoàng Sa and Khánh Hòa holds Trường Sa, and no other unit does',
    (era) => {
      for (const archipelago of ARCHIPELAGOS) {
        const owner = unit(era, archipelago.provinceCode);
        for (const island of archipelago.islands) {
          expect(inBox(island.position, archipelago.extent), `${island.id} within ${archipelago.id}`).toBe(
            true,
          );
          expect(
            pointInGeometry(island.position, owner.geometry),
            `${island.id} in ${archipelago.provinceCode}`,
          ).toBe(true);
        }
        for (const other of units[era].features) {
          if (other.properties.code === archipelago.provinceCode) continue;
          const vertices = polygonsOf(other.geometry).flat(2);
          expect(
            vertices.some((p) => inBox(p, archipelago.extent)),
            `${other.id} reaches ${archipelago.id}`,
          ).toBe(false);
          expect(archipelago.islands.some((i) => pointInGeometry(i.position, other.geometry))).toBe(false);
        }
      }
    },
  );
});

describe('buildGeometry: positions', () => {
  it.each(ERAS)('era %s: Hà Nội (21.03 N, 105.85 E) lies in 01 and in no other unit', (era) => {
    const containing = units[era].features
      .filter((f) => pointInGeometry(HA_NOI, f.geometry))
      .map((f) => f.id);
    expect(containing).toEqual(['01']);
  });

  it('the seat of every unit of the 34 lies inside that unit', () => {
    const outside: Record<string, number> = {};
    for (const u of registryUnits('34')) {
      if (!u.seat) throw new Error(`unit ${u.code} has no seat`);
      const seat: LngLat = [u.seat.lng, u.seat.lat];
      const geometry = unit('34', u.code).geometry;
      if (!pointInGeometry(seat, geometry)) {
        outside[u.code] = Math.round(distanceToBoundaryKm(seat, geometry) * 100) / 100;
      }
    }
    console.log(`[geometry] seats of the 34 outside their unit (code: km): ${JSON.stringify(outside)}`);
    expect(Object.keys(outside).sort()).toEqual(Object.keys(KNOWN_SEATS_OUTSIDE).sort());
    for (const [code, km] of Object.entries(outside))
      expect(km).toBeLessThanOrEqual(KNOWN_SEATS_OUTSIDE[code] ?? 0);
  });
});

describe('buildGeometry: merge of the 63 into the 34', () => {
  it('every merged unit fuses its former mainlands into one outer ring and has no holes (slivers)', () => {
    const unfused = report.merged.filter((m) => m.polygons !== m.expectedPolygons || m.holes !== 0);
    console.log(
      `[geometry] merged units: ${report.merged.length}; with holes or unfused parts: ${JSON.stringify(unfused)}`,
    );
    expect(unfused).toEqual([]);
  });

  it('after quantisation each unit of the 34 has one mainland polygon holding its seat, and no holes', () => {
    for (const u of registryUnits('34')) {
      const polygons = polygonsOf(unit('34', u.code).geometry);
      expect(
        polygons.every((rings) => rings.length === 1),
        `${u.code} has holes`,
      ).toBe(true);
      // The largest polygon is the mainland: it alone must hold the seat (islands aside).
      const areas = polygons.map((rings) => Math.abs(ringArea(rings[0] ?? [])));
      const mainland = polygons[areas.indexOf(Math.max(...areas))] as Polygon['coordinates'];
      const seat: LngLat = [u.seat?.lng ?? NaN, u.seat?.lat ?? NaN];
      if (!(u.code in KNOWN_SEATS_OUTSIDE)) {
        expect(pointInGeometry(seat, { type: 'Polygon', coordinates: mainland }), `${u.code} mainland`).toBe(
          true,
        );
      }
    }
  });

  it('quantisation collapses no ring', () => {
    const collapsed: string[] = [];
    for (const era of ERAS) {
      for (const f of units[era].features) {
        polygonsOf(f.geometry).forEach((rings, i) => {
          if (rings.some((ring) => ring.length < 4 || ringArea(ring) === 0))
            collapsed.push(`${era}:${f.id}#${i}`);
        });
      }
    }
    expect(collapsed).toEqual([]);
  });
});

describe('buildGeometry: size', () => {
  it('the compact module, label anchors and footprints included, stays under 60 kB raw', () => {
    const code = toModuleCode(topology, labelPoints, footprints);
    const raw = Buffer.byteLength(code);
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    const anchors =
      Buffer.byteLength(code) - Buffer.byteLength(toModuleCode(topology, { '63': {}, '34': {} }, footprints));
    const footprintBytes =
      Buffer.byteLength(code) -
      Buffer.byteLength(toModuleCode(topology, labelPoints, { '63': {}, '34': {} }));
    console.log(
      `[geometry] source Vietnam.js (63 only): ${report.source.raw} B raw, ${report.source.gzip} B gzip; ` +
        `decoded GeoJSON (63): ${report.decodedGeoJson63.raw} B raw, ${report.decodedGeoJson63.gzip} B gzip; ` +
        `topology JSON (63 + 34): ${report.topology.raw} B raw, ${report.topology.gzip} B gzip ` +
        `(63 only: ${report.topology63Only.raw} B raw, ${report.topology63Only.gzip} B gzip; ` +
        `${report.topology.arcs} arcs, ${report.topology.positions} positions, q=${report.topology.quantization}); ` +
        `label anchors: ${report.labelPoints.raw} B raw, ${report.labelPoints.gzip} B gzip (${anchors} B in the module); ` +
        `footprints: ${report.footprints.raw} B raw, ${report.footprints.gzip} B gzip (${footprintBytes} B in the module); ` +
        `module virtual:vn-geometry: ${raw} B raw, ${gzip} B gzip`,
    );
    expect(raw).toBeLessThan(60_000);
  });
});

describe('buildGeometry: failing loudly', () => {
  it('throws, naming the feature, when the source has a name the code table does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vn-geometry-'));
    try {
      const broken = join(dir, 'Vietnam.js');
      writeFileSync(broken, readSourceText().replace('"Hanoi"', '"Ha Noi City"'));
      expect(() => buildGeometry({ sourcePath: broken })).toThrow(
        /unmatched feature names: "Ha Noi City"[\s\S]*registry codes without a feature: 01/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("each era's own part of the geometry", () => {
  it('draws the same units as the whole topology, with only the arcs the era uses', () => {
    for (const era of ERAS) {
      const part = eraTopology(topology, era);
      expect(toFeatureCollection(part, era)).toEqual(units[era]);
      expect(part.arcs.length).toBeLessThanOrEqual(topology.arcs.length);
    }
    // The 34 leave out the boundaries between the former units they merged.
    expect(eraTopology(topology, '34').arcs.length).toBeLessThan(eraTopology(topology, '63').arcs.length);
    expect(eraTopology(topology, '34').objects.units63.geometries).toEqual([]);
  });

  it('is smaller gzipped for the 34 than the whole module, which the app no longer loads', () => {
    const none = {};
    const part34 = toModuleCode(
      eraTopology(topology, '34'),
      { '34': labelPoints['34'], '63': none },
      { '34': footprints['34'], '63': none },
    );
    const whole = toModuleCode(topology, labelPoints, footprints);
    expect(gzipSync(part34).length).toBeLessThan(gzipSync(whole).length * 0.9);
  });
});
