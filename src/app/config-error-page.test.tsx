import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './config.ts';
import { ConfigErrorPage } from './config-error-page.tsx';

describe('the configuration error page', () => {
  it('names each wrong field in Vietnamese and in English', () => {
    const result = parseRuntimeConfig({
      apiBaseUrl: '/api/v1',
      mocks: { enabled: true, scenario: 'normal' },
    });
    if (result.ok) throw new Error('expected problems');
    render(<ConfigErrorPage problems={result.problems} />);
    expect(screen.getByRole('heading', { name: 'Không khởi động được: cấu hình không hợp lệ' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cannot start: invalid configuration' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Trường refreshIntervalSeconds: bị thiếu');
    expect(items).toContain('Field refreshIntervalSeconds: is missing');
    expect(items).toContain('Field defaultLocale: is missing');
  });
});
