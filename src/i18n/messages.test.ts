import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { loadMessages, translate } from './i18n.tsx';
import { vi, type MessageKey } from './vi.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message files', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as MessageKey[])
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
  });

  it('fill placeholders and leave unknown ones visible', async () => {
    expect(translate('vi', 'header.dataTo', { period: 'Tháng 10/2026' })).toBe('Số liệu đến Tháng 10/2026');
    await loadMessages('en');
    expect(translate('en', 'header.dataTo')).toBe('Data to {period}');
  });

  it('load English once, on first use', async () => {
    const first = loadMessages('en');
    expect(await first).toBe(en);
    expect(await loadMessages('en')).toBe(en);
  });
});
