/** The legend: every class with its edges in the UI language, the hatched states that occur, the markers. */
import { describe, expect, it } from 'vitest';
import { quantileBins } from '../binning.ts';
import { buildChoroplethOption } from '../build-choropleth-option.ts';
import { figure, FIGURES, input, view } from './fixtures.ts';

describe('buildChoroplethOption: legend', () => {
  it('lists every class with its formatted edges, highest first, and the hatched states that occur', () => {
    const v = view(buildChoroplethOption(input()));
    const values = FIGURES.flatMap((f) => (f.value === null ? [] : [f.value]));
    const edges = quantileBins(values, 3, 1);
    expect(edges).toEqual([41.1, 63.3, 88.3, 92.1]);
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).toEqual([
      'Tỷ lệ giải ngân', // the title, wrapped with its unit kept whole
      '(% kế hoạch)',
      '88,3 – 92,1',
      '63,3 – 88,3',
      '41,1 – 63,3',
      'Chưa có số liệu',
      'Không so sánh được',
      '3 tỉnh dẫn đầu',
      '3 tỉnh thấp nhất',
    ]);
  });

  it('leaves out the hatched rows when every unit has a value', () => {
    const complete = FIGURES.map((f) => (f.value === null ? figure(f.code, f.name, 50) : f));
    const v = view(buildChoroplethOption(input({ figures: complete })));
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).not.toContain('Chưa có số liệu');
    expect(legend).not.toContain('Không so sánh được');
  });
  it('writes the edges from the plain-data number format: locale and decimals', () => {
    const en = view(buildChoroplethOption(input({ number: { locale: 'en', decimals: 2 } })));
    const rows = en.texts(en.graphic.filter((g) => g.id === 'legend'));
    expect(rows).toContain('88.30 – 92.10');
    expect(rows).toContain('41.10 – 63.30');
    const vi = view(buildChoroplethOption(input({ number: { locale: 'vi', decimals: 0 } })));
    expect(vi.texts(vi.graphic.filter((g) => g.id === 'legend'))).toContain('88 – 92');
  });

  it('groups thousands as each language writes them', () => {
    const big = FIGURES.map((f, i) => (f.value === null ? f : figure(f.code, f.name, 1000 + i * 1234.5)));
    const rows = (locale: 'vi' | 'en') => {
      const v = view(buildChoroplethOption(input({ figures: big, number: { locale, decimals: 1 } })));
      return v.texts(v.graphic.filter((g) => g.id === 'legend'));
    };
    expect(rows('vi').some((r) => /^\d{1,2}\.\d{3},\d – /.test(r))).toBe(true);
    expect(rows('en').some((r) => /^\d{1,2},\d{3}\.\d – /.test(r))).toBe(true);
  });

  it('says how many units tie for the best value instead of a marker when none is labelled', () => {
    const texts = { ...input().texts, bestTie: '20 đơn vị cùng đạt 100%' };
    const v = view(buildChoroplethOption(input({ best: [], texts })));
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).toContain('20 đơn vị cùng đạt 100%');
    expect(legend).not.toContain('3 tỉnh dẫn đầu');
    expect(legend).toContain('3 tỉnh thấp nhất');
    // With labels drawn, the tie words are not shown.
    const labelled = view(buildChoroplethOption(input({ texts })));
    expect(labelled.texts(labelled.graphic.filter((g) => g.id === 'legend'))).not.toContain(
      '20 đơn vị cùng đạt 100%',
    );
  });
});
