import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kiosk from './areas/kiosk.ts';
import * as present from './areas/present.ts';
import { en as baseEn } from './en.ts';
import { loadMessages, MESSAGE_AREAS, translate, type MessageKey } from './i18n.tsx';
import { vi as baseVi } from './vi.ts';

const AREA_MODULES = { kiosk, present } as const;
const vi: Record<MessageKey, string> = { ...baseVi, ...kiosk.vi, ...present.vi };
const en: Record<MessageKey, string> = { ...baseEn, ...kiosk.en, ...present.en };

/** Source files of the app under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('message areas', () => {
  it('are every area, and no key is both in an area and in the base files', () => {
    expect([...MESSAGE_AREAS].sort()).toEqual(Object.keys(AREA_MODULES).sort());
    for (const module of Object.values(AREA_MODULES))
      for (const key of Object.keys(module.vi)) expect(key in baseVi, key).toBe(false);
  });

  it('are used only in the folders of pages whose lazy loader loads them', () => {
    const root = new URL('../', import.meta.url).pathname;
    for (const [area, module] of Object.entries(AREA_MODULES)) {
      const prefixes = [...new Set(Object.keys(module.vi).map((k) => k.split('.').slice(0, 2).join('.')))];
      for (const file of sources(root)) {
        if (file.includes('/i18n/')) continue;
        const text = readFileSync(file, 'utf8');
        const used = prefixes.filter((p) => text.includes(`'${p}`) || text.includes(`\`${p}`));
        if (used.length === 0) continue;
        const folder = /\/features\/([^/]+)\//.exec(file)?.[1];
        expect(folder, `${used.join(', ')} in ${file}, outside a lazily loaded page`).toBeDefined();
        const loader = readFileSync(join(root, 'features', folder ?? '', 'index.tsx'), 'utf8');
        expect(loader, `${used.join(', ')} in ${file}`).toContain(`loadMessageArea('${area}')`);
      }
    }
  });
});

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
    expect(await first).toEqual(en);
    expect(await loadMessages('en')).toBe(await first);
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
