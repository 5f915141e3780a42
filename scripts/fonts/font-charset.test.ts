/**
 * The subset font covers the app's text: every message, every unit, region and ministry name, every
 * indicator name, unit and source the feed serves. A new string with a letter outside
 * src/app/styles/font-charset.ts fails here, instead of showing in a fallback face on the wall. The second
 * part runs the real subsetter and checks what the build ships.
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../mocks/data/catalog.ts';
import { FONT_CHARSET, SYSTEM_SYMBOLS, uncoveredCharacters } from '../../src/app/styles/font-charset.ts';
import adminUnits from '../../src/domain/data/admin-units.json';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { fontFaceCss, sourceFontPath, SUBSET_OPTIONS, subsetWeight } from './vite-plugin-fonts.ts';

/** Every string under a `name` or `short` key of the admin-units data, with where it was found. */
function namesIn(
  value: unknown,
  path: string,
  out: [string, string][],
  underName = false,
): [string, string][] {
  if (typeof value === 'string') {
    if (underName) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => namesIn(item, `${path}[${i}]`, out, underName));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      namesIn(child, `${path}.${key}`, out, underName || key === 'name' || key === 'short');
    }
  }
  return out;
}

function catalogTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const indicator of CATALOG) {
    const texts = {
      name: indicator.name,
      shortName: indicator.shortName,
      unit: indicator.unit.label,
      source: indicator.source,
    };
    for (const [field, text] of Object.entries(texts)) {
      if (!text) continue;
      out.push([`${indicator.id}.${field}.vi`, text.vi], [`${indicator.id}.${field}.en`, text.en]);
    }
  }
  return out;
}

const SOURCES: Record<string, [string, string][]> = {
  'src/i18n/vi.ts': Object.entries(vi),
  'src/i18n/en.ts': Object.entries(en),
  'src/domain/data/admin-units.json': namesIn(adminUnits, '', []),
  'mocks/data/catalog.ts': catalogTexts(),
};

describe('FONT_CHARSET', () => {
  it('holds the Vietnamese alphabet with every tone, and no white space but the no-break ones', () => {
    for (const char of 'ĂÂĐÊÔƠƯăâđêôơư' + 'ẠảẤầẩẫậẮằẳẵặẸẻẽẾềểễệỈịỌỏỐồổỗộỚờởỡợỤủỨừửữựỲỵỶỷỸỹ') {
      expect(FONT_CHARSET).toContain(char);
    }
    expect(uncoveredCharacters('Quảng Ngãi, Đắk Lắk, Thừa Thiên Huế: Ảnh hưởng')).toEqual([]);
    expect(FONT_CHARSET).not.toMatch(/[\t\n\r]/);
    expect(new Set(FONT_CHARSET).size).toBe(Array.from(FONT_CHARSET).length);
  });

  it('reports what it lacks, once each, ignoring white space', () => {
    expect(uncoveredCharacters('a\tb\nc ≈ ≈ 中 ▲')).toEqual(['≈', '中']);
  });

  for (const [file, strings] of Object.entries(SOURCES)) {
    it(`covers every string of ${file}`, () => {
      expect(strings.length).toBeGreaterThan(10);
      const uncovered = strings
        .map(([where, text]) => ({ where, missing: uncoveredCharacters(text).join('') }))
        .filter(({ missing }) => missing !== '');
      // On failure: add the characters to src/app/styles/font-charset.ts (or fix the text).
      expect(uncovered).toEqual([]);
    });
  }
});

/** The code points a TrueType file maps to a glyph other than .notdef (cmap formats 4 and 12). */
function mappedCodePoints(font: Buffer): Set<number> {
  const numTables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i += 1) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  const mapped = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const at = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s += 1) {
        const start = font.readUInt16BE(starts + s * 2);
        const end = font.readUInt16BE(ends + s * 2);
        const delta = font.readInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
          else {
            const raw = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) mapped.add(cp);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g += 1) {
        const group = at + 16 + g * 12;
        const first = font.readUInt32BE(group);
        const last = font.readUInt32BE(group + 4);
        for (let cp = first; cp <= last; cp += 1) mapped.add(cp);
      }
    }
  }
  return mapped;
}

describe('the subset font', () => {
  it('is a valid woff2 under 14 kB for the weight of the KPI numbers', async () => {
    const woff2 = await subsetWeight(600);
    expect(woff2.toString('latin1', 0, 4)).toBe('wOF2');
    expect(woff2.readUInt32BE(4)).toBe(0x00010000); // TrueType outlines
    expect(woff2.readUInt32BE(8)).toBe(woff2.length); // the header's length is the file's
    expect(woff2.readUInt16BE(12)).toBeGreaterThan(5); // numTables: cmap, glyf, head, hmtx, …
    expect(woff2.length).toBeLessThan(14 * 1024);
  });

  it('keeps a glyph for every character of the charset, in every weight', async () => {
    for (const weight of [400, 600] as const) {
      const ttf = await subsetFont(await readFile(sourceFontPath(weight)), FONT_CHARSET + SYSTEM_SYMBOLS, {
        ...SUBSET_OPTIONS,
        targetFormat: 'truetype',
      });
      const mapped = mappedCodePoints(ttf);
      const has = (char: string): boolean => mapped.has(char.codePointAt(0) ?? 0);
      expect(Array.from(FONT_CHARSET).filter((char) => !has(char))).toEqual([]);
      // The family has none of these; if a new release adds them, move them into the charset.
      expect(Array.from(SYSTEM_SYMBOLS).filter(has)).toEqual([]);
    }
  });

  it('is declared with font-display: swap, one face per weight', () => {
    const css = fontFaceCss([
      { weight: 400, url: '/a.woff2' },
      { weight: 700, url: '/b.woff2' },
    ]);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css.match(/font-display: swap/g)).toHaveLength(2);
    expect(css).toContain(
      'font-weight: 700;\n  font-display: swap;\n  src: url("/b.woff2") format(\'woff2\')',
    );
  });
});
