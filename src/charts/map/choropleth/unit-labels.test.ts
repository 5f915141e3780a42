/** Labels of the best and worst units: the right units, named and valued, placed clear of each other and of the furniture. */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../theme/tokens.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES, layoutMapLabels } from '../build-choropleth-option.ts';
import { rectsOverlap, segmentHitsRect } from '../label-placement.ts';
import type { Rect } from '../label-placement.ts';
import { mapTypeScale, project } from './layout.ts';
import { compactValue, MIN_LABEL_FONT } from './unit-labels.ts';
import { CROWDS, input, inside, PANELS, POINTS, realInput, view } from './fixtures.ts';

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

describe('labels of the best and worst units on the real map', () => {
  for (const crowd of CROWDS) {
    for (const [width, height] of PANELS) {
      it(`are all free of each other and of the legend, sea and archipelagos (${crowd.name}, ${width}×${height})`, () => {
        const layout = layoutMapLabels(realInput(crowd, width, height));
        const { labels, furniture, bounds } = layout;
        expect(labels.map((l) => l.code)).toEqual([...crowd.best, ...crowd.worst]);
        const fixed: [string, Rect][] = [
          ['legend', furniture.legend],
          ['sea label', furniture.sea],
          ...furniture.archipelagoLabels.map((r): [string, Rect] => ['archipelago label', r]),
          ...furniture.archipelagos.map((r): [string, Rect] => ['archipelago', r]),
          ...furniture.islands.map((r): [string, Rect] => ['island', r]),
        ];
        labels.forEach((label, i) => {
          const { rect, leader, free } = label.placement;
          expect(free, `${label.code} free`).toBe(true);
          expect(inside(bounds, rect), `${label.code} inside the chart`).toBe(true);
          for (const [what, r] of fixed) {
            expect(rectsOverlap(rect, r), `${label.code} over the ${what}`).toBe(false);
          }
          labels.forEach((other, j) => {
            if (j === i) return;
            const [ox, oy] = other.anchor;
            if (j > i)
              expect(rectsOverlap(rect, other.placement.rect), `${label.code} / ${other.code}`).toBe(false);
            // No label hides another's marker.
            const covers =
              ox > rect.x && ox < rect.x + rect.width && oy > rect.y && oy < rect.y + rect.height;
            expect(covers, `${label.code} over the marker of ${other.code}`).toBe(false);
            if (leader) {
              expect(
                segmentHitsRect(leader.from, leader.to, other.placement.rect),
                `line of ${label.code} through ${other.code}`,
              ).toBe(false);
            }
          });
          if (leader) {
            expect(leader.from).toEqual(label.anchor);
            for (const [what, r] of fixed.filter(([what]) => what !== 'archipelago')) {
              expect(
                segmentHitsRect(leader.from, leader.to, r),
                `line of ${label.code} through the ${what}`,
              ).toBe(false);
            }
          }
        });
        // The type: the chart's label size or smaller, never under 12 px.
        expect(layout.box.font).toBeGreaterThanOrEqual(MIN_LABEL_FONT);
        expect(layout.box.font).toBeLessThanOrEqual(mapTypeScale(height).label);
      });
    }
  }

  it('moves a label out with a leader line when the north is crowded, and keeps it next to its point otherwise', () => {
    const crowded = layoutMapLabels(realInput(CROWDS[2]!, 600, 560));
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

  it('falls back to one-line labels on a small crowded panel, at 12 px, the unit words dropped', () => {
    const layout = layoutMapLabels(realInput(CROWDS[2]!, 540, 300));
    expect(layout.compact).toBe(true);
    expect(layout.box.font).toBe(MIN_LABEL_FONT);
    expect(layout.labels.map((l) => l.text)).toContain('Bắc Ninh 95,0%');
    // Two lines where there is room.
    expect(layoutMapLabels(realInput(CROWDS[2]!, 2000, 1800)).labels[0]?.text).toBe(
      'Bắc Ninh\n95,0% kế hoạch',
    );
  });

  it('draws the same in the dark theme', () => {
    const light = layoutMapLabels(realInput(CROWDS[0]!, 540, 300));
    const dark = layoutMapLabels(realInput(CROWDS[0]!, 540, 300, THEMES.dark));
    expect(dark.labels.map((l) => l.placement.rect)).toEqual(light.labels.map((l) => l.placement.rect));
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
