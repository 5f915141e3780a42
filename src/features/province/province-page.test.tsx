import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, setScenario } from '../../../mocks/node.ts';
import { recordedChart } from '../../../test/setup/recorded-chart.tsx';
import { renderApp } from '../../../test/setup/render-app.tsx';

function fact(term: string): string | null | undefined {
  const dt = screen.getAllByRole('term').find((el) => el.textContent === term);
  return dt?.nextElementSibling?.textContent;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the province page', () => {
  it('introduces a merged unit: kind in force, region, seat and the former units it absorbed', async () => {
    renderApp('/tinh/24');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thành phố Bắc Ninh' })).toBeTruthy();
    expect(fact('Loại đơn vị')).toBe('Thành phố trực thuộc Trung ương');
    expect(fact('Vùng')).toBe('Đồng bằng sông Hồng');
    expect(fact('Trung tâm chính trị – hành chính')).toBe('Bắc Giang');
    const formers = screen
      .getAllByRole('link')
      .filter(
        (a) => a.getAttribute('href')?.startsWith('/tinh/2') && a.getAttribute('href')?.includes('era=63'),
      );
    expect(formers.map((a) => a.textContent)).toEqual(['Bắc Giang', 'Bắc Ninh']);
  });

  it('introduces a former unit with the unit it became part of', async () => {
    renderApp('/tinh/27?era=63');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tỉnh Bắc Ninh' })).toBeTruthy();
    expect(fact('Hoạt động đến')).toBe('30/06/2025');
    expect(screen.getByRole('link', { name: 'Bắc Ninh' }).getAttribute('href')).toBe('/tinh/24');
  });

  it('lists every provincial indicator with its latest figure, rank and status, sortable by rank', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/tinh/79');
    const panel = await screen.findByRole('region', { name: 'Các chỉ tiêu' });
    const table = within(panel).getByRole('table');
    await waitFor(() => expect(within(table).getAllByText(/^Hạng \d+\/3[34]$/).length).toBeGreaterThan(20));
    const revenue = within(table).getByRole('button', { name: 'Thu NSNN' }).closest('tr')!;
    expect(revenue.textContent).toMatch(/nghìn tỷ đồng|triệu tỷ đồng/);
    expect(revenue.textContent).toMatch(/Ước tính|Sơ bộ|Chính thức/);
    await user.click(within(table).getByRole('button', { name: /^Hạng/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=rank'));
    const ranks = within(table)
      .getAllByText(/^Hạng \d+\/3[34]$/)
      .map((el) => Number(/Hạng (\d+)/.exec(el.textContent)?.[1]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('draws the trend of the unit against the nation and its region, without last year on a five-year axis', async () => {
    renderApp('/tinh/79?indicator=budget-revenue');
    await waitFor(
      () => {
        const names = (recordedChart('Biểu đồ xu hướng').option.series as { name: string }[]).map(
          (s) => s.name,
        );
        expect(names).toEqual(['Cả nước', 'Bình quân Đông Nam Bộ', 'TP. Hồ Chí Minh', 'Dự toán']);
      },
      { timeout: 15_000 },
    );
  }, 30_000);

  it('breaks a period before July 2025 down by the former units', async () => {
    renderApp('/tinh/79?indicator=budget-revenue&breakdown=2025-03');
    const panel = await screen.findByRole('region', { name: 'Theo tỉnh, thành phố cũ' });
    await waitFor(() => expect(within(panel).getAllByRole('row')).toHaveLength(5));
    expect(within(panel).getByRole('rowheader', { name: 'Bình Dương' })).toBeTruthy();
    expect(within(panel).getByRole('rowheader', { name: 'Bà Rịa - Vũng Tàu' })).toBeTruthy();
    expect(
      within(panel).getByRole('rowheader', { name: 'TP. Hồ Chí Minh (quy đổi)' }).closest('tr')?.textContent,
    ).toContain('100%');
  });

  it('asks the feed for the whole indicator table in one request', async () => {
    const paths: string[] = [];
    const record = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname.replace(/^\/api\/v1/, ''));
    };
    server.events.on('request:start', record);
    try {
      renderApp('/tinh/79');
      const panel = await screen.findByRole('region', { name: 'Các chỉ tiêu' }, { timeout: 15_000 });
      await waitFor(() => expect(within(panel).getAllByText(/^Hạng \d+\/34$/).length).toBeGreaterThan(20), {
        timeout: 15_000,
      });
      // The trend and the former-unit breakdown below the table ask for their own series.
      await screen.findByRole('region', { name: 'Theo tỉnh, thành phố cũ' }, { timeout: 15_000 });
      expect(paths.filter((p) => p === '/profile')).toHaveLength(1);
      expect(paths.length).toBeLessThan(25);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it("reads the unit's kind at the feed's as-of date, not the reader's clock", async () => {
    // A clock in August 2025, before Đồng Nai became a city (30 April 2026); the feed is as of November 2026.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-08-01T09:00:00+07:00') });
    renderApp('/tinh/75');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thành phố Đồng Nai' }, { timeout: 15_000 }),
    ).toBeTruthy();
    expect(fact('Loại đơn vị')).toBe('Thành phố trực thuộc Trung ương');
  });

  it('writes the peers the trend compares with to the address', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/tinh/79?indicator=budget-revenue&peers=01');
    const trend = await screen.findByRole('region', { name: /^Xu hướng/ }, { timeout: 15_000 });
    await user.click(await within(trend).findByRole('button', { name: 'Bỏ Hà Nội' }, { timeout: 15_000 }));
    await waitFor(() => expect(router.state.location.search).toBe('?indicator=budget-revenue'), {
      timeout: 10_000,
    });
    expect(within(trend).queryByRole('button', { name: 'Bỏ Hà Nội' })).toBeNull();
  });

  it('says so for an unknown code', async () => {
    renderApp('/tinh/99');
    expect(await screen.findByRole('heading', { name: 'Không có tỉnh, thành phố mã 99' })).toBeTruthy();
  });

  it('shows a feed failure in the page instead of a blank', async () => {
    setScenario('down');
    renderApp('/tinh/79');
    expect((await screen.findByRole('alert')).textContent).toContain('Thử lại');
  });
});
