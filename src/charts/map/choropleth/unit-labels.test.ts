/** Labels of the best and worst units: the right units, named and valued, placed clear of each other and of the furniture. */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../theme/tokens.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES, layoutMapLabels } from '../build-choropleth-option.ts';
import { rectsOverlap, segmentHitsRect } from '../label-placement.ts';
import type { Rect } from '../label-placement.ts';
import { mapTypeScale, project } from './layout.ts';
import { compactValue, MIN_LABEL_FONT, minLabelFont } from './unit-labels.ts';
import {
  CROWDS,
  input,
  inside,
  PANELS,
  POINTS,
  realFootprints,
  realInput,
  ROOMY_PANELS,
  view,
} from './fixtures.ts';
import type { Crowd, GraphicView } from './fixtures.ts';

describe('buildChoroplethOption: labels of the best and worst units', () => {
  it('labels exactly the best and worst units with their names and values, apart from each other', () => {
    const option = buildChoroplethOption(input());
    const v = view(option);
    const best = v.byId(CHOROPLETH_SERIES.best);
    const worst = v.byId(CHOROPLETH_SERIES.worst);
    expect(best.data.map((d) => d.name)).toEqual(['01', '22', '48']);
    expect(worst.data.map((d) => d.name)).toEqual(['04', '56', '38']);
    expect(v.labelTexts(best)).toEqual([
      'Hà Nội\n92,1% kế hoạch',
      'Quảng Ninh\n88,3% kế hoạch',
      'Đà Nẵng\n75,0% kế hoạch',
    ]);
    expect(v.labelTexts(worst)[0]).toBe('Cao Bằng\n41,1% kế hoạch');
    expect(best.data[0]?.value).toEqual(POINTS['01']);
    for (const s of [best, worst]) expect(s.coordinateSystem).toBe('geo');
  });

  it('places the six labels so that none overlaps another', () => {
    const option = buildChoroplethOption(input());
    const v = view(option);
    const geo = v.geo[0];
    if (!geo) throw new Error('no geo');
    const font = v.byId(CHOROPLETH_SERIES.best).label?.fontSize ?? 0;
    const rects = [v.byId(CHOROPLETH_SERIES.best), v.byId(CHOROPLETH_SERIES.worst)].flatMap((s) =>
      s.data.map((d, i) => {
        const box = { x: geo.left, y: geo.top, width: geo.width, height: geo.height };
        const [x, y] = project(box, d.value as [number, number]);
        const text = v.labelTexts(s)[i] ?? '';
        const width = Math.max(...text.split('\n').map((l) => l.length)) * font * 0.6;
        const height = 2 * font * 1.25;
        const dx = d.label?.offset?.[0] ?? 0;
        const left = (d.label?.position === 'left' ? x - width - font : x + font / 2) + dx;
        return { x: left, y: y - height / 2 + (d.label?.offset?.[1] ?? 0), width, height };
      }),
    );
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        expect(rectsOverlap(rects[i]!, rects[j]!), `labels ${i} and ${j}`).toBe(false);
      }
    }
  });
});

/** The footprint of `code` on the drawn map, in pixels: recomputed from the shipped table, not the layout. */
function footprintPixels(era: Crowd['era'], code: string, box: Rect): Rect[] {
  const footprint = realFootprints(era).get(code);
  if (!footprint) throw new Error(`no footprint for ${code}`);
  return footprint.bands.map(([west, east], i) => {
    const south = footprint.south + i * footprint.step;
    const [x0, y0] = project(box, [west, south + footprint.step]);
    const [x1, y1] = project(box, [east, south]);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  });
}

const length = (leader: { from: readonly number[]; to: readonly number[] }) =>
  Math.hypot((leader.to[0] ?? 0) - (leader.from[0] ?? 0), (leader.to[1] ?? 0) - (leader.from[1] ?? 0));

describe('labels of the best and worst units on the real map', () => {
  for (const crowd of CROWDS) {
    for (const [width, height] of PANELS) {
      it(`stay near their units, clear of each other, the furniture, the readout and the units without data (${crowd.name}, ${width}×${height})`, () => {
        const data = realInput(crowd, width, height);
        const layout = layoutMapLabels(data);
        const { labels, listed, furniture, bounds } = layout;
        const geo = view(buildChoroplethOption(data)).geo[0]!;
        const mapBox = { x: geo.left, y: geo.top, width: geo.width, height: geo.height };
        // Every best and worst unit is labelled on the map or listed beside the legend, in order.
        const codes = [...labels, ...listed].map((l) => l.code);
        expect(new Set(codes)).toEqual(new Set([...crowd.best, ...crowd.worst]));
        expect(codes).toHaveLength(crowd.best.length + crowd.worst.length);
        // The readout has its box on screen, clear of the archipelagos and their labels (but on the smallest
        // panel, where it may cover one while a unit is hovered).
        expect(furniture.readout).not.toBeNull();
        for (const r of height > 300 ? [...furniture.archipelagoLabels, ...furniture.archipelagos] : []) {
          expect(rectsOverlap(furniture.readout!, r), 'readout over an archipelago').toBe(false);
        }
        // The bound: a leader line at most a tenth of the map's height.
        expect(layout.maxLeader).toBeCloseTo(0.1 * mapBox.height, 6);
        const noData = [...(crowd.missing ?? []), ...(crowd.notComparable ?? [])].flatMap((code) =>
          footprintPixels(crowd.era, code, mapBox).map((r): [string, Rect] => [`no-data unit ${code}`, r]),
        );
        const fixed: [string, Rect][] = [
          ['legend', furniture.legend],
          ...(furniture.readout ? [['readout', furniture.readout] as [string, Rect]] : []),
          ...(furniture.list ? [['list', furniture.list] as [string, Rect]] : []),
          ['sea label', furniture.sea],
          ...furniture.archipelagoLabels.map((r): [string, Rect] => ['archipelago label', r]),
          ...furniture.archipelagos.map((r): [string, Rect] => ['archipelago', r]),
          ...furniture.islands.map((r): [string, Rect] => ['island', r]),
        ];
        const markers = [...labels, ...listed];
        const placed = [
          ...labels.map((l) => ({ code: l.code, anchor: l.anchor, placement: l.placement })),
          ...listed.flatMap((l) =>
            l.placement ? [{ code: l.code, anchor: l.anchor, placement: l.placement }] : [],
          ),
        ];
        placed.forEach((label, i) => {
          const { rect, leader, free } = label.placement;
          expect(free, `${label.code} free`).toBe(true);
          expect(inside(bounds, rect), `${label.code} inside the chart`).toBe(true);
          for (const [what, r] of [...fixed, ...noData]) {
            expect(rectsOverlap(rect, r), `${label.code} over the ${what}`).toBe(false);
          }
          placed.forEach((other, j) => {
            if (j > i)
              expect(rectsOverlap(rect, other.placement.rect), `${label.code} / ${other.code}`).toBe(false);
            if (j !== i && leader) {
              expect(
                segmentHitsRect(leader.from, leader.to, other.placement.rect),
                `line of ${label.code} through ${other.code}`,
              ).toBe(false);
            }
          });
          markers.forEach((other) => {
            if (other.code === label.code) return;
            const [ox, oy] = other.anchor;
            // No label hides another's marker.
            const covers =
              ox > rect.x && ox < rect.x + rect.width && oy > rect.y && oy < rect.y + rect.height;
            expect(covers, `${label.code} over the marker of ${other.code}`).toBe(false);
          });
          if (leader) {
            expect(leader.from).toEqual(label.anchor);
            expect(length(leader), `line of ${label.code}`).toBeLessThanOrEqual(layout.maxLeader + 1e-6);
            for (const [what, r] of fixed.filter(([what]) => what !== 'archipelago')) {
              expect(
                segmentHitsRect(leader.from, leader.to, r),
                `line of ${label.code} through the ${what}`,
              ).toBe(false);
            }
          }
        });
        // The type: the chart's label size or smaller, never under 12 px nor under 0.7 of the chart's.
        expect(layout.box.font).toBeGreaterThanOrEqual(minLabelFont(mapTypeScale(height).label));
        expect(layout.box.font).toBeLessThanOrEqual(mapTypeScale(height).label);
      });
    }
    it(`labels or lists every best and worst unit in the exported image (${crowd.name})`, () => {
      const layout = layoutMapLabels(
        realInput(crowd, 1000, 1300, THEMES.light, { export: { title: 'T', subtitle: 'S', footer: 'F' } }),
      );
      expect(layout.labels.length + layout.listed.length).toBe(crowd.best.length + crowd.worst.length);
      for (const l of layout.listed) expect(l.tag, l.code).not.toBe('');
    });
    for (const [width, height] of ROOMY_PANELS.filter(([, h]) => h >= (crowd.roomyFrom ?? 0))) {
      it(`labels every best and worst unit on the map itself on a panel of ${width}×${height} (${crowd.name})`, () => {
        const layout = layoutMapLabels(realInput(crowd, width, height));
        expect(layout.listed.map((l) => l.code)).toEqual([]);
      });
    }
  }

  it('keeps the labels off the units without data, which it would cover otherwise', () => {
    // Lai Châu (12) between Điện Biên and Lào Cai: with data, a label may sit on it; without, none does.
    const crowd = CROWDS[0]!;
    const box = (layout: ReturnType<typeof layoutMapLabels>, data: ReturnType<typeof realInput>) => {
      const geo = view(buildChoroplethOption(data)).geo[0]!;
      return footprintPixels(crowd.era, '12', {
        x: geo.left,
        y: geo.top,
        width: geo.width,
        height: geo.height,
      }).some((r) => layout.labels.some((l) => rectsOverlap(l.placement.rect, r)));
    };
    const withData = realInput({ ...crowd, missing: [] }, 760, 560);
    const without = realInput(crowd, 760, 560);
    expect(box(layoutMapLabels(withData), withData)).toBe(true);
    expect(box(layoutMapLabels(without), without)).toBe(false);
  });

  it('moves a label out with a short leader line when the north is crowded, and keeps it next to its point otherwise', () => {
    const crowded = layoutMapLabels(realInput(CROWDS[1]!, 600, 800));
    expect(crowded.labels.some((l) => l.placement.leader !== null)).toBe(true);
    const spread = layoutMapLabels(
      realInput(
        { name: 'spread', era: '34', best: ['01', '48', '79'], worst: ['04', '66', '96'] },
        760,
        1000,
      ),
    );
    expect(spread.labels.every((l) => l.placement.leader === null)).toBe(true);
    expect(spread.compact).toBe(false);
  });

  it('falls back to one-line labels on a small crowded panel, then lists what still has no room', () => {
    const layout = layoutMapLabels(realInput(CROWDS[2]!, 540, 430));
    expect(layout.box.font).toBe(MIN_LABEL_FONT);
    expect(layout.labels.some((l) => l.text === 'Bắc Ninh 95,0%')).toBe(true);
    // The units that found no room within reach: listed with their numbers, in the legend too.
    expect(layout.listed.length).toBeGreaterThan(0);
    expect(layout.listed.map((l) => l.tag)).toEqual(layout.listed.map((_, i) => String(i + 1)));
    const v = view(buildChoroplethOption(realInput(CROWDS[2]!, 540, 430)));
    // Listed in a box of their own beside the legend.
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend-list'));
    for (const l of layout.listed) {
      expect(legend).toContain(l.tag);
      expect(legend).toContain(l.text);
    }
    // Two lines where there is room.
    expect(layoutMapLabels(realInput(CROWDS[2]!, 2000, 1800)).labels[0]?.text).toBe(
      'Bắc Ninh\n95,0% kế hoạch',
    );
  });

  it('keeps the type of a wall screen large: never under seven tenths of the chart’s label size', () => {
    expect(minLabelFont(12)).toBe(12);
    expect(minLabelFont(36)).toBe(25);
    const layout = layoutMapLabels(realInput(CROWDS[1]!, 1600, 2000));
    expect(layout.box.font).toBeGreaterThanOrEqual(minLabelFont(mapTypeScale(2000).label));
  });

  it('draws the same in the dark theme', () => {
    const light = layoutMapLabels(realInput(CROWDS[0]!, 540, 300));
    const dark = layoutMapLabels(realInput(CROWDS[0]!, 540, 300, THEMES.dark));
    expect(dark.labels.map((l) => l.placement.rect)).toEqual(light.labels.map((l) => l.placement.rect));
  });
});

describe('the readout of the unit under the pointer or the keyboard', () => {
  it('is drawn in its kept box when a unit is highlighted, with name, value and rank, and not in an export', () => {
    const data = realInput(CROWDS[0]!, 600, 800, THEMES.light, { highlighted: '46' });
    const layout = layoutMapLabels(data);
    const v = view(buildChoroplethOption(data));
    const readout = v.graphic.find((g) => g.id === 'readout') as unknown as GraphicView & {
      x: number;
      y: number;
    };
    expect(v.texts([readout])).toEqual(['Huế', '95,0% kế hoạch', 'Hạng 3/34 · Sơ bộ']);
    expect([readout.x, readout.y]).toEqual([layout.furniture.readout?.x, layout.furniture.readout?.y]);
    // The same labels whether or not a unit is highlighted: nothing moves when the reader points.
    const plain = layoutMapLabels(realInput(CROWDS[0]!, 600, 800));
    expect(plain.labels.map((l) => l.placement.rect)).toEqual(layout.labels.map((l) => l.placement.rect));
    expect(
      view(buildChoroplethOption(realInput(CROWDS[0]!, 600, 800))).graphic.some((g) => g.id === 'readout'),
    ).toBe(false);
    const exported = realInput(CROWDS[0]!, 1000, 1300, THEMES.light, {
      export: { title: 'T', subtitle: 'S', footer: 'F' },
    });
    expect(layoutMapLabels(exported).furniture.readout).toBeNull();
  });
});

describe('compactValue', () => {
  it('keeps a percentage without the words after it, and anything else whole', () => {
    expect(compactValue('75,1% kế hoạch')).toBe('75,1%');
    expect(compactValue('92,1 % kế hoạch')).toBe('92,1 %');
    expect(compactValue('−3,4% so với cùng kỳ')).toBe('−3,4%');
    expect(compactValue('8,02%')).toBe('8,02%');
    expect(compactValue('2,65 triệu tỷ đồng')).toBe('2,65 triệu tỷ đồng');
    expect(compactValue('Chưa có số liệu')).toBe('Chưa có số liệu');
  });
});
