import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { server } from '../../../mocks/node.ts';
import { renderApp } from '../../../test/setup/render-app.tsx';
import { formatCount } from '../../domain/format.ts';
import { sortByOverdueShare } from '../../domain/tasks.ts';
import { foldVietnamese } from '../../domain/text.ts';

const WAIT = { timeout: 30_000 };
const dataset = createDataset();

function counts(scope: 'province' | 'ministry') {
  const result = dataset.taskCounts({ period: '2026-10', scope });
  if (!result.ok) throw new Error(result.problem.detail);
  return result.body;
}

async function listRows(): Promise<HTMLTableRowElement[]> {
  const list = await screen.findByRole('region', { name: /^Danh sách nhiệm vụ/ }, WAIT);
  return waitFor(() => {
    const rows = within(list)
      .getAllByRole('row')
      .filter(
        (r): r is HTMLTableRowElement => r instanceof HTMLTableRowElement && r.hasAttribute('data-task'),
      );
    expect(rows.length).toBeGreaterThan(0);
    return rows;
  }, WAIT);
}

// The register of a period is thousands of tasks the mock feed generates: slow on a busy machine.
describe('the tasks board', { timeout: 120_000 }, () => {
  it('says in its headline the numbers its panels show', async () => {
    const { container } = renderApp('/nhiem-vu?barsView=table');
    const headline = await screen.findByRole('group', { name: 'Tóm tắt' }, WAIT);
    await screen.findByRole('table', { name: /theo tỉnh, thành phố/ }, WAIT);
    const numbers = [...headline.querySelectorAll<HTMLElement>('[data-figure]')];
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    for (const number of numbers) {
      const figure = number.dataset.figure ?? '';
      const shown = [...container.querySelectorAll<HTMLElement>(`[data-figure="${figure}"]`)].find(
        (el) => !headline.contains(el),
      );
      expect(shown, figure).toBeTruthy();
      // The summary writes a change with its sign, the sentence in words ("tăng 0,2 điểm").
      expect(shown?.textContent.replace(/^[+−-]/, ''), figure).toContain(number.textContent);
    }
    const national = addBoth();
    expect(headline.textContent).toContain(
      `có ${national.assigned.toLocaleString('vi-VN')} nhiệm vụ được giao`,
    );
  });

  it('ranks the provinces by their overdue share, highest first, as the feed counts them', async () => {
    renderApp('/nhiem-vu?barsView=table');
    const table = await screen.findByRole('table', { name: /theo tỉnh, thành phố/ }, WAIT);
    const expected = sortByOverdueShare(counts('province').rows).map((r) => r.code);
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('data-code'));
    expect(shown).toHaveLength(34);
    // Equal shares are ordered by name on the board, by code in the plain sort: compare the shares' order.
    const share = (code: string | null) => {
      const c = counts('province').rows.find((r) => r.code === code)?.counts;
      return c ? c.overdue / c.assigned : Number.NaN;
    };
    expect(shown.map(share)).toEqual(expected.map(share));
  });

  it('ranks the 17 ministries when switched to ministries', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/nhiem-vu?barsView=table');
    await screen.findByRole('table', { name: /theo tỉnh, thành phố/ }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Bộ, ngành' }));
    await waitFor(() => expect(router.state.location.search).toContain('agencies=ministry'));
    const table = await screen.findByRole('table', { name: /theo bộ, ngành/ }, WAIT);
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(17);
  });

  it('lists the overdue tasks by default, as many as the bars count, most days overdue first', async () => {
    renderApp('/nhiem-vu');
    const rows = await listRows();
    const list = screen.getByRole('region', { name: /^Danh sách nhiệm vụ/ });
    const overdue = counts('province').total.overdue;
    expect(
      within(list).getByText(new RegExp(`^${formatCount(overdue, 'vi')} trong [\\d.]+ nhiệm vụ$`)),
    ).toBeTruthy();
    expect(rows.every((r) => r.textContent.includes('Quá hạn chưa hoàn thành'))).toBe(true);
    const days = rows.map((r) => Number(r.cells[4]?.textContent.replace(/\./g, '')));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // Virtual scrolling: the document holds the rows in view, not all of them.
    expect(rows.length).toBeLessThan(overdue);
  });

  it('finds tasks without diacritics and sorts by deadline from the column header', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/nhiem-vu?status=all');
    await listRows();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }), 'dat dai');
    await waitFor(() => {
      const texts = screen
        .getAllByRole('row')
        .filter((r) => r.hasAttribute('data-task'))
        .map((r) => foldVietnamese(r.textContent));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.every((t) => t.includes('dat dai'))).toBe(true);
    }, WAIT);
    await user.click(screen.getByRole('button', { name: /^Hạn xử lý/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=deadline'));
    const deadlines = (await listRows()).map((r) => {
      const [d, m, y] = (r.cells[3]?.textContent ?? '').slice(0, 10).split('/');
      return `${y}-${m}-${d}`;
    });
    expect(deadlines).toEqual([...deadlines].sort());
    expect(router.state.location.search).toContain('q=dat+dai');
  });

  it('shows a failing register in the list only; the bars keep working', async () => {
    server.use(
      http.get('*/api/v1/task-register', () =>
        HttpResponse.json(
          { type: 'urn:test:unavailable', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/nhiem-vu?barsView=table');
    const list = await screen.findByRole('region', { name: /^Danh sách nhiệm vụ/ }, WAIT);
    const alert = await within(list).findByRole('alert', {}, WAIT);
    expect(alert.textContent).toContain('503');
    const bars = screen.getByRole('region', { name: /theo tỉnh, thành phố/ });
    await within(bars).findByRole('table', {}, WAIT);
    expect(within(bars).queryByRole('alert')).toBeNull();
  });

  it('says so when no task matches the filters', async () => {
    const user = userEvent.setup();
    renderApp('/nhiem-vu');
    await listRows();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }), 'khong co nhiem vu nao nhu the');
    expect(await screen.findByText('Không có nhiệm vụ nào khớp với bộ lọc.', {}, WAIT)).toBeTruthy();
  });
});

function addBoth() {
  const a = counts('province').total;
  const b = counts('ministry').total;
  return { assigned: a.assigned + b.assigned };
}
