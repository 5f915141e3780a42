import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/setup/render-app.tsx';

describe('the app shell', () => {
  it('says what period the figures are for and when they were updated', async () => {
    renderApp('/');
    expect(await screen.findByText('Số liệu tính đến Tháng 10/2026')).toBeTruthy();
    expect(screen.getByText('Cập nhật lúc 14:30, 20/11/2026')).toBeTruthy();
  });

  it('switches to English and keeps the language in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByText('Số liệu tính đến Tháng 10/2026');
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(await screen.findByText('Data up to October 2026')).toBeTruthy();
    expect(router.state.location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Overview' })).toBeTruthy();
  });

  it('switches the theme and applies its tokens', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Tối' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(document.documentElement.style.getPropertyValue('--color-bg')).toBe('#0b1526');
  });

  it('offers the boards of every group, each a working link to its own page', async () => {
    renderApp('/nhiem-vu');
    const current = await screen.findByRole('link', { current: 'page' });
    expect(current.textContent).toBe('Nhiệm vụ');
    const nav = screen.getByRole('navigation', { name: 'Bảng điều hành' });
    expect(
      Object.fromEntries(
        within(nav)
          .getAllByRole('link')
          .map((a) => [a.textContent, a.getAttribute('href')]),
      ),
    ).toEqual({
      'Tổng quan': '/',
      'Kinh tế – xã hội': '/?group=socio-economic',
      'Dịch vụ công': '/dich-vu-cong',
      'TTHC nội bộ': '/tthc-noi-bo',
      'Nhiệm vụ': '/nhiem-vu',
      'Báo cáo': '/bao-cao',
    });
  });

  it('keeps the language and the agencies chosen when moving between boards', async () => {
    renderApp('/dich-vu-cong?agencies=ministry&lang=en&indicator=dvc-766-total');
    const nav = await screen.findByRole('navigation', { name: 'Boards' });
    expect(within(nav).getByRole('link', { name: 'Tasks' }).getAttribute('href')).toBe(
      '/nhiem-vu?lang=en&agencies=ministry',
    );
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('href')).toBe('/?lang=en');
  });

  it('opens an old overview link of a board on the board itself, with the same view', async () => {
    const { router } = renderApp('/?group=tasks&indicator=tasks-overdue-rate&period=2026-09');
    await waitFor(() => expect(router.state.location.pathname).toBe('/nhiem-vu'));
    expect(router.state.location.search).toBe('?indicator=tasks-overdue-rate&period=2026-09');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty(
      'textContent',
      'Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
    );
  });

  it('has a page for addresses that do not exist', async () => {
    renderApp('/khong-co');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeTruthy();
  });
});
