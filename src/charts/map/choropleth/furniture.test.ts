/** Map furniture: Hoàng Sa and Trường Sa, the sea named Biển Đông and the credit, on every map whatever the data. */
import { describe, expect, it } from 'vitest';
import type { ProvinceEraId } from '../../../domain/units.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES, layoutMapLabels } from '../build-choropleth-option.ts';
import { ARCHIPELAGOS, SEA_LABEL } from '../geometry/archipelagos.ts';
import { rectsOverlap } from '../label-placement.ts';
import { classColors, noDataFill, sequentialScale } from '../palettes.ts';
import { THEMES } from '../../theme/tokens.ts';
import { dimColor } from './classes.ts';
import { CROWDS, figure, FIGURES, input, PANELS, realInput, TEXTS, view } from './fixtures.ts';

/** WCAG 2.1 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

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

  it('keeps the Hoàng Sa and Trường Sa marks visible in every class of both palettes and themes', () => {
    for (const theme of Object.values(THEMES)) {
      const sea = theme.color.surface;
      for (let classes = 3; classes <= 7; classes++) {
        for (const polarity of ['higher-is-better', 'lower-is-better'] as const) {
          for (let k = 0; k < classes; k++) {
            // Classes of ten each; Đà Nẵng (48) and Khánh Hòa (56) both in class k.
            const edges = Array.from({ length: classes + 1 }, (_, i) => i * 10);
            const figures = [figure('48', 'Đà Nẵng', k * 10 + 5), figure('56', 'Khánh Hòa', k * 10 + 5)];
            const v = view(
              buildChoroplethOption(input({ figures, edges, polarity, theme, best: [], worst: [] })),
            );
            const series = v.byId(CHOROPLETH_SERIES.islands) as unknown as { symbolSize: number };
            const islands = v.byId(CHOROPLETH_SERIES.islands).data;
            const scale = [classColors(theme, classes, polarity)[k]];
            // Big enough to see, with an outline thicker than a hairline.
            expect(series.symbolSize).toBeGreaterThanOrEqual(6);
            for (const island of islands) {
              expect((island.itemStyle as { borderWidth?: number }).borderWidth).toBeGreaterThanOrEqual(1.25);
            }
            for (const island of islands) {
              const stroke = island.itemStyle?.borderColor ?? '';
              const fill = island.itemStyle?.color ?? '';
              const where = `${theme.name}, ${classes} classes, ${polarity}, class ${k}`;
              expect(scale, where).toContain(fill);
              expect(contrast(stroke, sea), `outline on the sea: ${where}`).toBeGreaterThanOrEqual(3);
              // The outline stands out from the fill, or the fill from the sea.
              expect(Math.max(contrast(stroke, fill), contrast(fill, sea)), where).toBeGreaterThanOrEqual(3);
            }
          }
        }
      }
      // Without data, and dimmed outside a region in focus.
      for (const fill of [noDataFill(theme).color, dimColor(sequentialScale(theme, 5)[0] ?? '', theme)]) {
        const stroke = view(buildChoroplethOption(input({ theme }))).byId(CHOROPLETH_SERIES.islands).data[0]
          ?.itemStyle?.borderColor;
        expect(contrast(stroke ?? '', sea)).toBeGreaterThanOrEqual(3);
        expect(Math.max(contrast(stroke ?? '', fill), contrast(fill, sea))).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps the legend off Hoàng Sa and Trường Sa on a panel of about 1:1, standing beside a smaller map', () => {
    // Over the map of a square panel the legend reaches down from the top-right corner over Hoàng Sa.
    const square: (readonly [number, number, number])[] = [
      [400, 400, 0],
      [450, 500, 0],
      [495, 550, 0],
      [545, 490, 0],
      [600, 600, 0],
      [700, 700, 0],
      [900, 900, 24],
      [1000, 1000, 32],
    ];
    for (const crowd of [CROWDS[0], CROWDS[4]].filter((c) => c !== undefined)) {
      for (const [width, height, fontSize] of square) {
        const where = `${crowd.name}, ${width}×${height}, text ${fontSize} px`;
        const { furniture } = layoutMapLabels(
          realInput(crowd, width, height, THEMES.light, { size: { width, height, fontSize } }),
        );
        for (const r of [...furniture.archipelagoLabels, ...furniture.archipelagos]) {
          expect(rectsOverlap(furniture.legend, r), where).toBe(false);
          if (furniture.list) expect(rectsOverlap(furniture.list, r), where).toBe(false);
        }
      }
    }
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
