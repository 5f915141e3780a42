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
    expect(translate('vi', 'header.dataTo', { period: 'Tháng 10/2026' })).toBe(
      'Số liệu tính đến Tháng 10/2026',
    );
    await loadMessages('en');
    expect(translate('en', 'header.dataTo')).toBe('Data up to {period}');
  });

  it('load English once, on first use', async () => {
    const first = loadMessages('en');
    expect(await first).toBe(en);
    expect(await loadMessages('en')).toBe(en);
  });
});

describe('wording as the Government Office writes it', () => {
  it.each([
    ['province.seat', 'Trung tâm chính trị – hành chính'],
    ['controls.frequency', 'Loại kỳ'],
    ['province.col.target', '% KH/DT'],
    ['province.validTo', 'Hoạt động đến'],
    ['province.becamePartOf', 'Từ 01/07/2025 hợp nhất vào'],
    ['panel.asOf', 'Số liệu cập nhật lúc {time}'],
    ['header.dataTo', 'Số liệu tính đến {period}'],
    ['ranking.slice.top', '10 dẫn đầu'],
    ['ranking.slice.bottom', '10 đứng cuối'],
    ['coverage.nation', 'Cả nước'],
    ['coverage.localities', 'Các địa phương'],
    ['frequency.half', '6 tháng'],
  ] as const)('vi %s: "%s"', (key, text) => {
    expect(vi[key]).toBe(text);
  });

  it('vi: reorganised provinces "không thực hiện sắp xếp" (not "không sáp nhập"); errors "Đã xảy ra lỗi"; weights "quyền số là"; approximations "quy đổi gần đúng"', () => {
    expect(vi['map.disaggregated']).toContain('các tỉnh, thành phố không thực hiện sắp xếp');
    expect(vi['map.disaggregated']).not.toContain('sáp nhập');
    expect(vi['error.unknown'].startsWith('Đã xảy ra lỗi')).toBe(true);
    expect(translate('vi', 'map.rule.weighted-mean', { weight: 'quy mô GRDP (giá hiện hành)' })).toBe(
      'bình quân gia quyền, quyền số là quy mô GRDP (giá hiện hành)',
    );
    expect(vi['map.convertedApprox']).toContain('quy đổi gần đúng');
    expect(vi['header.stale']).toContain('số liệu cập nhật lúc {time}');
  });

  it('vi: no English word inside a Vietnamese string', () => {
    const english = /\b(contributors|the|and|of|data|map|error|loading|page|retry)\b/i;
    for (const [key, text] of Object.entries(vi)) expect(english.test(text), `${key}: ${text}`).toBe(false);
  });

  it.each([
    ['controls.frequency', 'Frequency'],
    ['controls.region.all', 'Nationwide'],
    ['coverage.nation', 'Nationwide'],
    ['province.seat', 'Political–administrative centre'],
    ['header.dataTo', 'Data up to {period}'],
    ['province.becamePartOf', 'Since 1 Jul 2025 merged into'],
    ['coverage.localities', 'Localities'],
  ] as const)('en %s: "%s"', (key, text) => {
    expect(en[key]).toBe(text);
  });

  it('en: dates in English, never dd/mm/yyyy', () => {
    for (const [key, text] of Object.entries(en)) expect(/\d{2}\/\d{2}\/\d{4}/.test(text), key).toBe(false);
  });
});
