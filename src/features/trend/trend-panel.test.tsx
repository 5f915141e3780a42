import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/setup/render-app.tsx';

const WAIT = { timeout: 20_000 };

async function trendPanel() {
  return screen.findByRole('region', { name: /^Xu hướng/ }, WAIT);
}

describe('the trend panel', () => {
  it('adds a unit to compare by its abbreviation or its former name', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const panel = await trendPanel();
    const search = await within(panel).findByRole(
      'searchbox',
      { name: 'Tìm tỉnh, thành phố để so sánh' },
      WAIT,
    );
    await user.type(search, 'hcm');
    const picker = within(panel).getByRole('combobox', { name: 'Thêm tỉnh, thành phố' });
    await waitFor(() => {
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Thêm tỉnh, thành phố', 'TP. Hồ Chí Minh']);
    }, WAIT);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('compare=79'), WAIT);
    expect((search as HTMLInputElement).value).toBe('');

    // "thua thien" finds Huế (Thừa Thiên Huế until 2025); "binh duong" the city that took it in.
    await user.type(search, 'thua thien');
    await waitFor(() => {
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Thêm tỉnh, thành phố', 'Huế']);
    }, WAIT);
    await user.clear(search);
    await user.type(search, 'binh duong');
    // TP. Hồ Chí Minh is compared already: nothing else matches, and the panel says so.
    expect(await within(panel).findByText('Không có đơn vị nào khớp', {}, WAIT)).toBeTruthy();
  });

  it(
    'shows the table with the unit in every header and cumulative periods named by their months',
    { timeout: 60_000 },
    async () => {
      renderApp('/?indicator=budget-revenue&trendView=table&compare=79');
      const panel = await trendPanel();
      const table = await within(panel).findByRole('table', {}, WAIT);
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
      expect(headers).toEqual([
        'Kỳ',
        'Cả nước (tỷ đồng)',
        'TP. Hồ Chí Minh (tỷ đồng)',
        'Cùng kỳ năm trước (tỷ đồng)',
        'Dự toán (tỷ đồng)',
      ]);
      const periods = within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
      expect(periods[0]).toBe('10 tháng năm 2026');
      expect(periods).toContain('Tháng 1/2026');
      expect(periods).toContain('6 tháng đầu năm 2026');
      // Budget revenue has no decimals: every figure is a whole number with thousands dots.
      const cells = within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .filter((text) => text !== '–');
      expect(cells.length).toBeGreaterThan(40);
      for (const text of cells) expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
    },
  );
});
