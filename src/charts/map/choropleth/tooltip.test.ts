/** The tooltip (every feed string escaped) and the description written for screen readers. */
import { describe, expect, it } from 'vitest';
import { buildChoroplethOption, CHOROPLETH_SERIES } from '../build-choropleth-option.ts';
import { figure, FIGURES, input, view } from './fixtures.ts';

describe('buildChoroplethOption: tooltip and aria', () => {
  it('escapes every feed string in the tooltip', () => {
    const hostile = figure('01', `<img src=x onerror=alert(1)> "Hà" 'Nội'`, 92.1);
    const v = view(
      buildChoroplethOption(
        input({
          figures: [
            { ...hostile, rankText: '<b>1</b>', changeText: '<script>x</script>', statusText: '"Sơ bộ"' },
            ...FIGURES.slice(1),
          ],
        }),
      ),
    );
    const html = v.tooltip.formatter({ componentType: 'series', name: '01' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Hà&quot; &#39;Nội&#39;');
    expect(html).toContain('&lt;b&gt;1&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&quot;Sơ bộ&quot;');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('92,1% kế hoạch');
  });

  it('gives an island the tooltip of its province, and nothing to the sea', () => {
    const v = view(buildChoroplethOption(input()));
    expect(v.tooltip.formatter({ seriesId: CHOROPLETH_SERIES.islands, name: '56' })).toContain('Khánh Hòa');
    expect(v.tooltip.formatter({ name: '' })).toBe('');
  });

  it('enables aria with a description naming the labelled units', () => {
    const option = buildChoroplethOption(input());
    const aria = option.aria as { enabled: boolean; label: { description: string } };
    expect(aria.enabled).toBe(true);
    expect(aria.label.description).toContain('Tỷ lệ giải ngân (% kế hoạch)');
    expect(aria.label.description).toContain('Hà Nội: 92,1% kế hoạch');
    expect(aria.label.description).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    expect(aria.label.description).toContain('ranh giới theo NQ 202/2025/QH15');
    const fixed = buildChoroplethOption(
      input({ texts: { ...input().texts, scaleNote: 'Thang màu cố định cho T1/2026–T10/2026' } }),
    );
    expect((fixed.aria as { label: { description: string } }).label.description).toContain(
      'Thang màu cố định cho T1/2026–T10/2026',
    );
  });
});
