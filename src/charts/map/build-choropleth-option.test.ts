/**
 * The choropleth builder as a whole: the parts (choropleth/*) composed into one option, drawn exactly where the
 * layout put them; plain data in; export title and footer; the theme.
 */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme/tokens.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES, layoutMapLabels } from './build-choropleth-option.ts';
import { project } from './choropleth/layout.ts';
import { CROWDS, input, PANELS, realInput, view } from './choropleth/fixtures.ts';
import type { GraphicView } from './choropleth/fixtures.ts';

describe('buildChoroplethOption: the parts composed', () => {
  it('draws each label, marker and leader line exactly where the layout put it', () => {
    for (const crowd of CROWDS) {
      for (const [width, height] of PANELS) {
        const data = realInput(crowd, width, height);
        const layout = layoutMapLabels(data);
        const v = view(buildChoroplethOption(data));
        const geo = v.geo[0]!;
        const box = { x: geo.left, y: geo.top, width: geo.width, height: geo.height };
        const drawn = [v.byId(CHOROPLETH_SERIES.best), v.byId(CHOROPLETH_SERIES.worst)].flatMap((s) =>
          s.data.map((d, i) => ({ d, text: v.labelTexts(s)[i], series: s })),
        );
        // Per kind, the labels, then the numbered markers of the units listed beside the legend.
        const expected = (['best', 'worst'] as const).flatMap((kind) => [
          ...layout.labels
            .filter((l) => l.kind === kind)
            .map((l) => ({ code: l.code, anchor: l.anchor, text: l.text, placement: l.placement })),
          ...layout.listed
            .filter((l) => l.kind === kind)
            .map((l) => ({ code: l.code, anchor: l.anchor, text: l.tag, placement: l.placement })),
        ]);
        expect(drawn.map(({ d }) => d.name)).toEqual(expected.map((l) => l.code));
        drawn.forEach(({ d, text, series }, i) => {
          const label = expected[i]!;
          expect(text).toBe(label.text);
          if (!label.placement) return;
          const { rect, side } = label.placement;
          const [ax, ay] = project(box, d.value as [number, number]);
          expect(ax).toBeCloseTo(label.anchor[0], 6);
          expect(ay).toBeCloseTo(label.anchor[1], 6);
          expect(series.label?.fontSize).toBe(layout.box.font);
          const [dx = 0, dy = 0] = d.label?.offset ?? [];
          const gap = layout.box.symbol / 2 + layout.box.distance;
          expect(d.label?.position).toBe(side);
          const nearEdge = side === 'right' ? rect.x : rect.x + rect.width;
          expect(Math.abs(ax + (side === 'right' ? gap : -gap) + dx - nearEdge)).toBeLessThan(0.06);
          expect(Math.abs(ay + dy - (rect.y + rect.height / 2))).toBeLessThan(0.06);
        });
        const leaders = [...layout.labels, ...layout.listed].flatMap((l) =>
          l.placement?.leader ? [l.placement.leader] : [],
        );
        const group = (option: GraphicView[]) => option.find((g) => g.id === 'label-leaders');
        const lines = (group(v.graphic)?.children ?? []) as unknown as { shape: Record<string, number> }[];
        expect(lines).toHaveLength(2 * leaders.length); // a halo and a line each
        leaders.forEach((leader, i) => {
          const shape = lines[2 * i + 1]?.shape ?? {};
          expect(shape.x1).toBeCloseTo(leader.from[0], 1);
          expect(shape.y1).toBeCloseTo(leader.from[1], 1);
          expect(shape.x2).toBeCloseTo(leader.to[0], 1);
          expect(shape.y2).toBeCloseTo(leader.to[1], 1);
        });
        // The legend is drawn where the labels were kept away from.
        const legend = v.graphic.find((g) => g.id === 'legend') as unknown as {
          x: number;
          y: number;
          children: { shape: { width: number; height: number } }[];
        };
        expect([legend.x, legend.y]).toEqual([layout.furniture.legend.x, layout.furniture.legend.y]);
        expect(legend.children[0]?.shape.width).toBe(layout.furniture.legend.width);
        expect(legend.children[0]?.shape.height).toBe(layout.furniture.legend.height);
      }
    }
  });
});

describe('buildChoroplethOption: plain data in, the same option out', () => {
  it('builds the same option from a structured clone of its input (no closures in the input)', () => {
    const data = realInput(CROWDS[0]!, 600, 560);
    // structuredClone throws on a function: the input is plain data a deck snapshot can store.
    const copy = structuredClone(data);
    expect(JSON.stringify(buildChoroplethOption(copy))).toBe(JSON.stringify(buildChoroplethOption(data)));
  });
});

describe('buildChoroplethOption: export and theme', () => {
  it('draws title, subtitle and footer inside the option for export, and none without', () => {
    const exported = buildChoroplethOption(
      input({
        export: {
          title: 'Giải ngân vốn đầu tư công',
          subtitle: 'Tháng 10/2026',
          footer: 'Nguồn: Bộ Tài chính',
        },
      }),
    );
    expect(exported.title).toMatchObject({ text: 'Giải ngân vốn đầu tư công', subtext: 'Tháng 10/2026' });
    const v = view(exported);
    expect(v.texts(v.graphic.filter((g) => g.id === 'export-footer'))).toEqual(['Nguồn: Bộ Tài chính']);
    expect(exported.backgroundColor).toBe(THEMES.light.color.surface);
    const plain = buildChoroplethOption(input());
    expect(plain.title).toBeUndefined();
    expect(view(plain).graphic.some((g) => g.id === 'export-footer')).toBe(false);
  });

  it('uses the theme for text and the font family', () => {
    const dark: ThemeTokens = THEMES.dark;
    const option = buildChoroplethOption(input({ theme: dark }));
    expect(option.textStyle).toMatchObject({ fontFamily: dark.font.family, color: dark.color.text });
  });
});
