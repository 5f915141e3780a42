/**
 * What a panel says when its data fails: the error with the feed's own detail and "Thử lại", the claim
 * that the rest works only where the caller knows it does, "Đang thử kết nối lại…" while a failed request
 * is retried, and figures already on screen kept through a failed refresh.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setScenario } from '../../mocks/node.ts';
import { renderApp } from '../../test/setup/render-app.tsx';
import { FeedError } from '../api/http.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { PanelError, PanelReconnecting } from './panel-error.tsx';

/** Async waits that involve the app: data generation and rendering on a busy machine. */
const APP_WAIT = { timeout: 20_000 };

const problem = new FeedError('http', '/series', {
  status: 404,
  problem: {
    type: 'urn:dieu-hanh:problem:not-found',
    title: 'Not Found',
    status: 404,
    detail: 'cpi-weight: no data before 2022',
  },
});

function inVietnamese(node: React.ReactNode) {
  return render(<I18nProvider locale="vi">{node}</I18nProvider>);
}

describe('PanelError', () => {
  it("shows the feed's own explanation from its problem document", () => {
    inVietnamese(<PanelError error={problem} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Máy chủ số liệu báo lỗi 404 (/series).');
    expect(alert.textContent).toContain('Máy chủ cho biết: cpi-weight: no data before 2022');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('claims that the rest of the board works only when the caller says so', () => {
    const { unmount } = inVietnamese(<PanelError error={problem} onRetry={() => undefined} />);
    expect(screen.getByRole('alert').textContent).not.toContain('Các phần khác vẫn hoạt động bình thường');
    unmount();
    inVietnamese(<PanelError error={problem} onRetry={() => undefined} othersKeepWorking />);
    expect(screen.getByRole('alert').textContent).toContain('Các phần khác vẫn hoạt động bình thường.');
  });
});

describe('PanelReconnecting', () => {
  it('says which attempt is under way and why the last one failed', () => {
    const error = new FeedError('network', '/observations');
    inVietnamese(<PanelReconnecting reconnecting={{ attempt: 2, attempts: 4, error }} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Đang thử kết nối lại… (lần 2/4)');
    expect(status.textContent).toContain('Không kết nối được tới máy chủ số liệu (/observations).');
  });
});

const unavailable = () =>
  HttpResponse.json(
    {
      type: 'urn:test:unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail: 'maintenance until 02:00',
    },
    { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** Every request for the observations of `indicator` fails with a 503 problem; returns the periods asked. */
function failObservations(indicator: string): string[] {
  const asked: string[] = [];
  server.use(
    http.get('*/api/v1/observations', ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (query.get('indicator') !== indicator) return;
      asked.push(query.get('period') ?? '');
      return unavailable();
    }),
  );
  return asked;
}

describe('a panel whose request fails, with the app’s retries', () => {
  it('says it is reconnecting instead of showing a skeleton, then shows the figures', async () => {
    // The first request fails; the retry is held until the test has seen the panel (no race with the
    // backoff's wall-clock seconds on a busy machine), then answered by the data set.
    let failed = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get('*/api/v1/observations', async ({ request }) => {
        if (new URL(request.url).searchParams.get('indicator') !== 'retail-sales') return undefined;
        if (!failed) {
          failed = true;
          return unavailable();
        }
        await held;
        // Nothing from this handler: the data set's handler answers.
        return undefined;
      }),
    );
    renderApp('/?indicator=retail-sales', { retry: true });
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, APP_WAIT);
    const status = await within(ranking).findByRole('status', {}, APP_WAIT);
    expect(status.textContent).toContain('Đang thử kết nối lại… (lần 2/4)');
    expect(status.textContent).toContain('Máy chủ số liệu báo lỗi 503 (/observations).');
    expect(ranking.querySelector('.skeleton')).toBeNull();
    release();
    await within(ranking).findByRole('table', {}, APP_WAIT);
    expect(within(ranking).queryByRole('status')).toBeNull();
  }, 40_000);

  it('after the last attempt shows the error, the server’s detail and “Thử lại”', async () => {
    const asked = failObservations('retail-sales');
    renderApp('/?indicator=retail-sales', { retry: true });
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, APP_WAIT);
    const alert = await within(ranking).findByRole('alert', {}, APP_WAIT);
    // Four attempts for the period shown (1 + 2 + 4 s of backoff between them), then the error.
    expect(asked.filter((period) => period === '2026-10')).toHaveLength(4);
    expect(alert.textContent).toContain('Máy chủ cho biết: maintenance until 02:00');
    expect(alert.textContent).toContain('Các phần khác vẫn hoạt động bình thường.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  }, 40_000);
});

describe('a failed refresh', () => {
  it('keeps the figures already on screen in the ranking, the map and the tiles', async () => {
    const { queryClient } = renderApp('/');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, APP_WAIT);
    await within(ranking).findByRole('table', {}, APP_WAIT);
    const tile = (await screen.findByText('Thu NSNN', {}, APP_WAIT)).closest('article')!;
    await waitFor(() => expect(tile.getAttribute('aria-busy')).toBeNull(), APP_WAIT);
    const before = tile.textContent;

    setScenario('down');
    await queryClient.refetchQueries();
    const observations = queryClient.getQueryCache().findAll({ queryKey: ['feed', 'observations'] });
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.every((q) => q.state.status === 'error' && q.state.data !== undefined)).toBe(true);
    // The header says the figures are not fresh: the board has rendered the failed refresh.
    await screen.findByText(/^Chưa cập nhật được số liệu mới/, {}, APP_WAIT);
    // The map and the ranking render deferred (useDeferredValue): give them a moment to show an error,
    // if they were going to. (A fixed wait here can only let a regression through, never fail a good run.)
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(within(ranking).getAllByRole('row').length).toBeGreaterThan(30);
    expect(within(ranking).queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('region', { name: /^Bản đồ/ })).queryByRole('alert')).toBeNull();
    expect(tile.textContent).toBe(before);
  }, 40_000);
});
