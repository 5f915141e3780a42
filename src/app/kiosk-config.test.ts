import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../charts/theme/tokens.ts';
import { parseRuntimeConfig } from './config.ts';

const base = {
  apiBaseUrl: '/api/v1',
  mocks: { enabled: true, scenario: 'normal' },
  refreshIntervalSeconds: 300,
  requestTimeoutSeconds: 20,
  defaultLocale: 'vi',
  defaultTheme: 'light',
};
const kiosk = {
  playlist: [
    { view: '/', dwellSeconds: 30, title: { vi: 'Tổng quan', en: 'Overview' } },
    { view: '/tinh/79' },
  ],
  dwellSeconds: 45,
  reloadEveryLoops: 24,
};

describe('the kiosk section of config.json', () => {
  it('is optional, and accepted as the shipped file writes it', async () => {
    expect(parseRuntimeConfig(base).ok).toBe(true);
    expect(parseRuntimeConfig({ ...base, kiosk })).toEqual({ ok: true, config: { ...base, kiosk } });
    const shipped: unknown = JSON.parse(
      await readFile(new URL('../../public/config.json', import.meta.url), 'utf8'),
    );
    expect(parseRuntimeConfig(shipped).ok).toBe(true);
  });

  it('names a wrong field of the playlist in Vietnamese and English', () => {
    const result = parseRuntimeConfig({
      ...base,
      kiosk: { ...kiosk, playlist: [{ view: 'https://evil.example/' }, { view: '/', dwellSeconds: 2 }] },
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'kiosk.playlist[0].view',
      'kiosk.playlist[1].dwellSeconds',
    ]);
    expect(!result.ok && result.problems[1]).toEqual({
      field: 'kiosk.playlist[1].dwellSeconds',
      vi: 'phải từ 5 trở lên',
      en: 'must be at least 5',
    });
  });

  it('names a missing or misspelt setting', () => {
    const { reloadEveryLoops: _dropped, ...rest } = kiosk;
    const result = parseRuntimeConfig({ ...base, kiosk: { ...rest, dwell: 5 } });
    expect(!result.ok && result.problems).toEqual([
      { field: 'kiosk.reloadEveryLoops', vi: 'bị thiếu', en: 'is missing' },
      { field: 'kiosk.dwell', vi: 'không phải là một thiết lập hợp lệ', en: 'is not a known setting' },
    ]);
    expect(parseRuntimeConfig({ ...base, kiosk: { ...kiosk, playlist: [] } }).ok).toBe(false);
    expect(parseRuntimeConfig({ ...base, kiosk: { ...kiosk, playlist: [{ view: '/kiosk' }] } }).ok).toBe(
      false,
    );
  });
});

describe('index.html on the wall', () => {
  it('paints the dark theme’s own colours before the app runs', async () => {
    const html = await readFile(new URL('../../index.html', import.meta.url), 'utf8');
    const dark = THEMES.dark.color;
    for (const [name, value] of Object.entries({
      bg: dark.background,
      surface: dark.surface,
      border: dark.border,
      text: dark.text,
    })) {
      expect(html, `--color-${name}`).toContain(`${name}: '${value}'`);
    }
  });
});
