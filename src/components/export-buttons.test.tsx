import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Locale } from '../domain/units.ts';
import type { CsvVariant } from './export/csv-variant.ts';
import { ExportButtons } from './export-buttons.tsx';

function setup(locale: Locale = 'vi') {
  const chosen: CsvVariant[] = [];
  const onPng = vi.fn(() => Promise.resolve());
  render(
    <I18nProvider locale={locale}>
      <button type="button">before</button>
      <ExportButtons onCsv={(variant) => chosen.push(variant)} onPng={onPng} />
    </I18nProvider>,
  );
  return { chosen, onPng, user: userEvent.setup() };
}

describe('ExportButtons', () => {
  it('downloads the default CSV (commas, rounded) from "Tải CSV"', async () => {
    const { chosen, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(chosen).toEqual([{ dialect: 'comma', raw: false }]);
  });

  it('lists every CSV variant in words, each a download of its own', async () => {
    const { chosen, user } = setup();
    const toggle = screen.getByRole('button', { name: 'Chọn kiểu CSV' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('group', { name: 'Chọn kiểu CSV' });
    expect([...list.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'CSV chuẩn: dấu phẩy, số làm tròn như trên màn hình',
      'CSV cho Excel tiếng Việt: dấu chấm phẩy, số làm tròn',
      'CSV chuẩn: số liệu gốc, không làm tròn',
      'CSV cho Excel tiếng Việt: số liệu gốc, không làm tròn',
    ]);
    await user.click(screen.getByRole('button', { name: 'CSV chuẩn: số liệu gốc, không làm tròn' }));
    expect(chosen).toEqual([{ dialect: 'comma', raw: true }]);
    expect(screen.queryByRole('group', { name: 'Chọn kiểu CSV' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('works by keyboard: Enter opens on the first variant, arrows move, Enter downloads', async () => {
    const { chosen, user } = setup();
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab(); // Tải CSV
    await user.tab(); // the variants
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Chọn kiểu CSV' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^CSV chuẩn: dấu phẩy/ }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: /^CSV cho Excel tiếng Việt: dấu chấm phẩy/ }),
    );
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: /^CSV cho Excel tiếng Việt: số liệu gốc/ }),
    );
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(chosen).toEqual([{ dialect: 'semicolon', raw: false }]);
  });

  it('closes on Escape without leaving the page, back on its button', async () => {
    const { user } = setup();
    const onKey = vi.fn();
    document.addEventListener('keydown', onKey);
    const toggle = screen.getByRole('button', { name: 'Chọn kiểu CSV' });
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Chọn kiểu CSV' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(onKey.mock.calls.some(([e]) => (e as KeyboardEvent).key === 'Escape')).toBe(false);
    document.removeEventListener('keydown', onKey);
  });

  it('closes when focus leaves it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Chọn kiểu CSV' }));
    await user.click(screen.getByRole('button', { name: 'before' }));
    expect(screen.queryByRole('group', { name: 'Chọn kiểu CSV' })).toBeNull();
  });

  it('offers the same in English', async () => {
    const { chosen, user } = setup('en');
    await user.click(screen.getByRole('button', { name: 'CSV options' }));
    await user.click(
      screen.getByRole('button', { name: 'CSV for Excel in Vietnamese: raw feed values, unrounded' }),
    );
    expect(chosen).toEqual([{ dialect: 'semicolon', raw: true }]);
    expect(screen.getByRole('button', { name: 'Download PNG' }).textContent).toBe('Download PNG');
  });
});
