import { screen, waitFor } from '@testing-library/react';
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

  it('offers the boards of every group, each a working link', async () => {
    renderApp('/?group=tasks');
    const current = await screen.findByRole('link', { current: 'page' });
    expect(current.textContent).toBe('Nhiệm vụ');
    expect(screen.getByRole('link', { name: 'Báo cáo' }).getAttribute('href')).toBe('/?group=reporting');
  });

  it('has a page for addresses that do not exist', async () => {
    renderApp('/khong-co');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeTruthy();
  });
});
