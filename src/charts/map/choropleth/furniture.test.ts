/** Map furniture: Hoàng Sa and Trường Sa, the sea named Biển Đông and the credit, on every map whatever the data. */
import { describe, expect, it } from 'vitest';
import type { ProvinceEraId } from '../../../domain/units.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES, layoutMapLabels } from '../build-choropleth-option.ts';
import { ARCHIPELAGOS, SEA_LABEL } from '../geometry/archipelagos.ts';
import { rectsOverlap } from '../label-placement.ts';
import { CROWDS, FIGURES, input, PANELS, realInput, TEXTS, view } from './fixtures.ts';

describe('buildChoroplethOption: map furniture', () => {
  for (const era of ['63', '34'] as ProvinceEraId[]) {
    for (const withFigures of [true, false]) {
      it(`draws Hoàng Sa and Trường Sa, coloured like 48 and 56 (era ${era}, ${withFigures ? 'with' : 'without'} figures)`, () => {
        const v = view(
          buildChoroplethOption(
            input({ era, mapName: `vn-${era}`, figures: withFigures ? FIGURES : [], best: [], worst: [] }),
          ),
        );
        const islands = v.byId(CHOROPLETH_SERIES.islands);
        expect(islands.coordinateSystem).toBe('geo');
        expect(islands.data).toHaveLength(ARCHIPELAGOS.reduce((n, a) => n + a.islands.length, 0));
        expect(new Set(islands.data.map((d) => d.name))).toEqual(new Set(['48', '56']));
        for (const island of islands.data) {
          expect(island.itemStyle?.color).toBe(v.regionColor(island.name));
        }
        const labels = v.byId(CHOROPLETH_SERIES.archipelagoLabels);
        expect(labels.data.map((d) => [d.name, d.value])).toEqual([
          ['48', [112.0, 16.5]],
          ['56', [114.0, 9.8]],
        ]);
        expect(v.labelTexts(labels).map((t) => t?.replace('\n', ' '))).toEqual([
          'Quần đảo Hoàng Sa (Đà Nẵng)',
          'Quần đảo Trường Sa (Khánh Hòa)',
        ]);
        const sea = v.byId(CHOROPLETH_SERIES.sea);
        expect(sea.data[0]?.value).toEqual([...SEA_LABEL.anchor]);
        expect(v.labelTexts(sea)).toEqual(['Biển Đông']);
        expect(sea.label?.fontStyle).toBe('italic');
        expect(v.texts(v.graphic.filter((g) => g.id === 'credit'))).toEqual([TEXTS.credit]);
      });
    }
  }

  it('wraps the credit on a narrow chart without losing a word', () => {
    const v = view(buildChoroplethOption(input({ size: { width: 320, height: 480 } })));
    const [credit] = v.texts(v.graphic.filter((g) => g.id === 'credit'));
    expect(credit?.split('\n').length).toBeGreaterThan(1);
    expect(credit?.replace(/\n/g, ' ')).toBe(TEXTS.credit);
  });

  it('never writes "South China Sea" or another sea name of its own', () => {
    const json = JSON.stringify(buildChoroplethOption(input()));
    expect(json).not.toMatch(/South China Sea|Nam Hải|Xisha|Nansha/i);
  });

  it('keeps the sea label clear of the archipelagos, and their labels above the credit', () => {
    for (const crowd of CROWDS.slice(0, 1)) {
      for (const [width, height] of [...PANELS, [360, 280] as const, [2400, 1900] as const]) {
        const { furniture, bounds } = layoutMapLabels(realInput(crowd, width, height));
        for (const r of [...furniture.archipelagoLabels, ...furniture.archipelagos]) {
          expect(rectsOverlap(furniture.sea, r), `${width}×${height}`).toBe(false);
        }
        for (const r of furniture.archipelagoLabels) {
          expect(r.y + r.height, `${width}×${height}`).toBeLessThanOrEqual(bounds.y + bounds.height + 1e-6);
          expect(rectsOverlap(furniture.legend, r), `${width}×${height}`).toBe(false);
        }
      }
    }
  });
});
