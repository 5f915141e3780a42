import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { server } from '../../../mocks/node.ts';
import { renderApp } from '../../../test/setup/render-app.tsx';

const WAIT = { timeout: 30_000 };
const dataset = createDataset();

function submissions(scope: 'province' | 'ministry') {
  const result = dataset.reportSubmissions({ period: '2026-10', scope });
  if (!result.ok) throw new Error(result.problem.detail);
  return result.body.rows;
}

describe('the reporting board', { timeout: 120_000 }, () => {
  it('lists every province by the reports due, the lowest on-time share first, as the feed has them', async () => {
    renderApp('/bao-cao');
    const panel = await screen.findByRole('region', { name: /^Báo cáo của các tỉnh, thành phố/ }, WAIT);
    const table = await within(panel).findByRole('table', {}, WAIT);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(34);
    const share = (code: string | null) => {
      const own = submissions('province').filter((s) => s.code === code);
      return own.length ? own.filter((s) => s.status === 'on-time').length / own.length : 2;
    };
    const shares = rows.map((r) => share(r.getAttribute('data-code')));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // A cell says what became of the report in words.
    const first = submissions('province')[0];
    const row = rows.find((r) => r.getAttribute('data-code') === first?.code);
    expect(row?.textContent).toMatch(/Gửi đúng hạn|Gửi muộn|Chưa gửi/);
  });

  it('says in its headline the numbers its summary and matrix show', async () => {
    const { container } = renderApp('/bao-cao');
    const headline = await screen.findByRole('group', { name: 'Tóm tắt' }, WAIT);
    await screen.findByRole('table', { name: /Báo cáo của các tỉnh/ }, WAIT);
    const numbers = [...headline.querySelectorAll<HTMLElement>('[data-figure]')];
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    // The nation's figures are in the summary; an agency's share in its row of the matrix.
    const national = numbers.filter((n) => n.dataset.figure?.startsWith('reporting.national.') === true);
    expect(national.length).toBeGreaterThanOrEqual(3);
    for (const number of national.filter((n) => !n.dataset.figure?.endsWith('-change'))) {
      const figure = number.dataset.figure ?? '';
      const shown = [...container.querySelectorAll<HTMLElement>(`[data-figure="${figure}"]`)].find(
        (el) => !headline.contains(el),
      );
      expect(shown?.textContent, figure).toContain(number.textContent);
    }
  });

  it('switches to the 17 ministries', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/bao-cao');
    await screen.findByRole('table', { name: /Báo cáo của các tỉnh/ }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Bộ, ngành' }));
    await waitFor(() => expect(router.state.location.search).toContain('agencies=ministry'));
    const table = await screen.findByRole('table', { name: /Báo cáo của các bộ, ngành/ }, WAIT);
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(17);
  });

  it('shows failing submissions in the matrix only; the regime still shows', async () => {
    server.use(
      http.get('*/api/v1/report-submissions', () =>
        HttpResponse.json(
          { type: 'urn:test:unavailable', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/bao-cao');
    const panel = await screen.findByRole('region', { name: /^Báo cáo của các tỉnh, thành phố/ }, WAIT);
    expect((await within(panel).findByRole('alert', {}, WAIT)).textContent).toContain('503');
    const regime = screen.getByRole('region', { name: /^Chế độ báo cáo định kỳ/ });
    await within(regime).findByRole('table', {}, WAIT);
    expect(within(regime).queryByRole('alert')).toBeNull();
  });
});
