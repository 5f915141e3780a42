import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { http, HttpResponse } from 'msw';
import { server, setScenario } from '../../../mocks/node.ts';
import { recordedChart } from '../../../test/setup/recorded-chart.tsx';
import { renderApp } from '../../../test/setup/render-app.tsx';
import { formatIndicatorCell, formatIndicatorValue } from '../../domain/format-indicator.ts';
import { CATALOG } from '../../../mocks/data/catalog.ts';

const dataset = createDataset();

function feedObservations(indicator: string, period: string) {
  const result = dataset.observations({ indicator, period, scope: 'province' });
  if (!result.ok) throw new Error(`no observations for ${indicator} ${period}`);
  return result.body;
}

async function rankingRows() {
  // The board's queries and the figures behind them take their time on a busy machine.
  const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, { timeout: 10_000 });
  const table = await within(ranking).findByRole('table', {}, { timeout: 10_000 });
  return within(table).getAllByRole('row').slice(1);
}

describe('the overview board', () => {
  it('shows the national KPI figures of the feed with period, change and status', async () => {
    renderApp('/');
    const revenue = feedObservations('budget-revenue', '2026-10').national;
    const indicator = CATALOG.find((i) => i.id === 'budget-revenue')!;
    const expected = formatIndicatorValue(indicator, revenue.value!, 'vi');
    const tile = (await screen.findByText('Thu NSNN')).closest('article')!;
    await waitFor(() => expect(within(tile).getByText(expected.number)).toBeTruthy());
    expect(within(tile).getByText('triệu tỷ đồng')).toBeTruthy();
    expect(within(tile).getByText('10 tháng năm 2026')).toBeTruthy();
    expect(within(tile).getByText('Ước tính')).toBeTruthy();
    expect(within(tile).getByText(/dự toán$/)).toBeTruthy();
    expect(tile.textContent).toMatch(/(tăng|giảm) [\d,]+% so với cùng kỳ/);
  });

  it('ranks all 34 units best first, with the late unit unranked and said so', async () => {
    renderApp('/');
    const rows = await rankingRows();
    expect(rows).toHaveLength(34);
    const feed = feedObservations('public-investment-disbursement-rate', '2026-10');
    const best = [...feed.rows].filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!)[0]!;
    const firstRow = within(rows[0]!).getAllByRole('cell');
    expect(firstRow[0]?.textContent).toBe('1');
    expect(rows[0]!.getAttribute('data-code')).toBe(best.code);
    const last = rows.at(-1)!;
    expect(last.getAttribute('data-code')).toBe('12');
    expect(last.textContent).toContain('Chậm gửi báo cáo');
    expect(within(last).getAllByRole('cell')[0]?.textContent).toBe('–');
  });

  it('finds Đắk Lắk when searching "dak lak" and shows the best ten only on demand', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await rankingRows();
    await user.type(screen.getByLabelText('Tìm tỉnh, thành phố'), 'dak lak');
    const rows = await rankingRows();
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Đắk Lắk']);
    await user.clear(screen.getByLabelText('Tìm tỉnh, thành phố'));
    await user.click(screen.getByRole('button', { name: '10 dẫn đầu' }));
    expect(await rankingRows()).toHaveLength(10);
  });

  it('writes every change of view to the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await rankingRows();
    await user.selectOptions(screen.getByLabelText('Chỉ tiêu'), 'budget-revenue');
    await waitFor(() => expect(router.state.location.search).toContain('indicator=budget-revenue'));
    await user.selectOptions(screen.getByLabelText('Kỳ'), '2024-10');
    await user.click(screen.getByRole('button', { name: '63 tỉnh, thành phố cũ' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?indicator=budget-revenue&period=2024-10&era=63'),
    );
    await waitFor(async () => expect(await rankingRows()).toHaveLength(63));
  });

  it('re-aggregates a period of the 63 onto the 34 by the rule and says so on the map', async () => {
    renderApp('/?indicator=budget-revenue&period=2024-10');
    expect(
      await screen.findByText(
        /do 63 tỉnh, thành phố cũ báo cáo; số liệu 34 đơn vị được quy đổi \(cộng/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    const feed = feedObservations('budget-revenue', '2024-10');
    const sum = (codes: string[]) =>
      codes.reduce((n, c) => n + feed.rows.find((r) => r.code === c)!.value!, 0);
    const rows = await rankingRows();
    const bacNinh = rows.find((r) => r.getAttribute('data-code') === '24')!;
    const indicator = CATALOG.find((i) => i.id === 'budget-revenue')!;
    // The ranking's column of amounts in one unit and precision ("70.103 tỷ đồng").
    expect(bacNinh.textContent).toContain(formatIndicatorCell(indicator, sum(['24', '27']), 'vi'));
    await waitFor(() => {
      const map = recordedChart('Bản đồ Thu ngân sách nhà nước');
      const series = (
        map.option.series as { type: string; data?: { name: string; value: number | null }[] }[]
      ).find((s) => s.type === 'map')!;
      expect(series.data?.find((d) => d.name === '24')?.value).toBeCloseTo(sum(['24', '27']), 6);
    });
  }, 30_000);

  it(
    'says "không so sánh được" for merged units of an indicator that cannot be combined',
    { timeout: 30_000 },
    async () => {
      renderApp('/?indicator=dvc-766-total&period=2024-10');
      expect(
        await screen.findByText(/chỉ tiêu này không cộng gộp được/, {}, { timeout: 15_000 }),
      ).toBeTruthy();
      const rows = await rankingRows();
      const notComparable = rows.filter((r) => r.textContent.includes('Không so sánh được'));
      expect(notComparable).toHaveLength(23);
      const unchanged = ['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46'];
      const ranked = rows.filter((r) => within(r).getAllByRole('cell')[0]?.textContent !== '–');
      expect(ranked.length).toBeGreaterThan(8);
      for (const row of ranked) expect(unchanged).toContain(row.getAttribute('data-code'));
    },
  );

  it('shows the same numbers in the map table as in the ranking', async () => {
    renderApp('/?mapView=table');
    const map = await screen.findByRole('region', { name: /^Bản đồ/ });
    const table = await within(map).findByRole('table');
    const hue = within(table).getByRole('rowheader', { name: 'Huế' }).closest('tr')!;
    const rows = await rankingRows();
    const hueInRanking = rows.find((r) => r.getAttribute('data-code') === '46')!;
    expect(within(hue).getAllByRole('cell')[1]?.textContent).toBe(
      within(hueInRanking).getAllByRole('cell')[1]?.textContent,
    );
  });

  it('plays through the months of the year from the player under the map', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await rankingRows();
    await user.click(screen.getByRole('button', { name: 'Phát diễn biến các kỳ' }));
    // From the latest month the player replays its year: January first, then a month every 1.5 s.
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-01'));
    // The second step is 1.5 s later; the budget is the suite's generous default, for a busy machine.
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-02'));
    expect(screen.getByRole('slider', { name: 'Chọn kỳ' }).getAttribute('aria-valuetext')).toBe(
      '2 tháng năm 2026',
    );
    await user.click(screen.getByRole('button', { name: 'Tạm dừng' }));
  });

  it('draws the trend of the nation and the compared units, without last year on a five-year axis', async () => {
    renderApp('/?compare=79');
    await waitFor(
      () => {
        const names = (recordedChart('Biểu đồ xu hướng').option.series as { name: string }[]).map(
          (s) => s.name,
        );
        // On five years "Cùng kỳ năm trước" would only repeat the nation a year later.
        expect(names).toEqual(['Cả nước', 'TP. Hồ Chí Minh']);
      },
      { timeout: 15_000 },
    );
  }, 30_000);
});

describe('when the feed fails', () => {
  const unavailable = () =>
    HttpResponse.json(
      { type: 'urn:test:unavailable', title: 'Service Unavailable', status: 503 },
      { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
    );

  it('shows a failing trend in the trend panel only; the map and the ranking keep working', async () => {
    server.use(http.get('*/api/v1/series', unavailable));
    renderApp('/');
    const trend = await screen.findByRole('region', { name: /^Xu hướng/ });
    const alert = await within(trend).findByRole('alert');
    expect(alert.textContent).toContain('Máy chủ số liệu báo lỗi 503 (/series).');
    expect(await rankingRows()).toHaveLength(34);
    const map = screen.getByRole('region', { name: /^Bản đồ/ });
    expect(within(map).queryByRole('alert')).toBeNull();
  });

  it('shows failing figures in the map and the ranking, with a retry that recovers', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v1/observations', unavailable));
    renderApp('/');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ });
    const map = screen.getByRole('region', { name: /^Bản đồ/ });
    expect((await within(ranking).findByRole('alert')).textContent).toContain('(/observations)');
    expect((await within(map).findByRole('alert')).textContent).toContain('(/observations)');
    const trend = screen.getByRole('region', { name: /^Xu hướng/ });
    expect(within(trend).queryByRole('alert')).toBeNull();
    server.resetHandlers();
    await user.click(within(ranking).getByRole('button', { name: 'Thử lại' }));
    expect(await rankingRows()).toHaveLength(34);
  });

  it('shows in each panel what failed, with a retry, and keeps the shell working', async () => {
    setScenario('down');
    renderApp('/');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]?.textContent).toContain('Không tải được dữ liệu');
    expect(alerts[0]?.textContent).toMatch(
      /Không kết nối được tới máy chủ số liệu \(\/(metadata|indicators)\)/,
    );
    expect(within(alerts[0]!).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Bảng điều hành' })).toBeTruthy();
  });

  it('names the endpoint and the field of an invalid payload in the panel that needed it', async () => {
    setScenario('invalid');
    renderApp('/');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ });
    const alert = await within(ranking).findByRole('alert');
    expect(alert.textContent).toMatch(
      /Dữ liệu từ \/observations không đúng định dạng ở trường (rows\[\d+\]|national)\.value\./,
    );
    // The catalog and metadata are valid: the controls and the header still work.
    expect(screen.getByLabelText('Chỉ tiêu')).toBeTruthy();
  });

  it('says there is no data instead of drawing zeros when the feed is empty', async () => {
    setScenario('empty');
    renderApp('/?compare=79');
    const tile = (await screen.findByText('Thu NSNN')).closest('article')!;
    await waitFor(() => expect(within(tile).getByText('Chưa có số liệu')).toBeTruthy());
    const rows = await rankingRows();
    expect(rows).toHaveLength(34);
    expect(rows.every((r) => r.textContent.includes('Chưa có số liệu'))).toBe(true);
    // The map colours nothing: every unit is drawn as "no data", none with a class colour.
    await waitFor(() => {
      const map = recordedChart('Bản đồ');
      const series = (map.option.series as { type: string; data?: { value: unknown }[] }[]).find(
        (x) => x.type === 'map',
      );
      expect(series?.data).toHaveLength(34);
      expect(series?.data?.every((d) => typeof d.value !== 'number')).toBe(true);
    });
    // The trend keeps its gaps: no line drops to zero.
    await waitFor(() => {
      const trend = recordedChart('Biểu đồ xu hướng');
      const values = (trend.option.series as { data: unknown[] }[]).flatMap((x) => x.data);
      expect(values.some((v) => v === 0)).toBe(false);
    });
  });
});

describe('strings from the feed', () => {
  it('are shown as text, never as HTML, in the table and in the map tooltip', async () => {
    const hostile = '<img src=x onerror="alert(1)"> "TP" & <b>';
    const units = dataset.units('34');
    server.use(
      http.get('*/api/v1/units', ({ request }) => {
        if (new URL(request.url).searchParams.get('era') !== '34') return undefined;
        return HttpResponse.json({
          ...units,
          units: units.units.map((u) => (u.code === '79' ? { ...u, name: { vi: hostile, en: hostile } } : u)),
        });
      }),
    );
    renderApp('/');
    const rows = await rankingRows();
    const row = rows.find((r) => r.getAttribute('data-code') === '79')!;
    expect(within(row).getByRole('link').textContent).toBe(hostile);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await waitFor(() => {
      const tooltip = recordedChart('Bản đồ').option.tooltip as { formatter: (p: unknown) => string };
      const html = tooltip.formatter({ name: '79', data: { name: '79' } });
      expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &quot;TP&quot; &amp; &lt;b&gt;');
      expect(html).not.toContain('<img');
    });
  });
});
