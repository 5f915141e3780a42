/**
 * The repository's copy of the facts the code relies on (docs/) stays consistent with the code: the tables of
 * docs/domain.md against the registry (src/domain/data/admin-units.json), the era boundaries, the map furniture,
 * the Decision 766 components and the number formats; and every citation of docs/ in the code names a section or
 * note that exists, while nothing cites a document outside the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPONENTS_766 } from '../../mocks/data/model.ts';
import { ARCHIPELAGOS, SEA_LABEL, VIETNAM_BOUNDS } from '../../src/charts/map/geometry/archipelagos.ts';
import { formatNumber, formatPercent } from '../../src/domain/format.ts';
import { ERAS, REGIONS, registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import {
  MINISTRY_ERA_CHANGE,
  PROVINCE_ERA_CHANGE,
  unitKindAt,
  unitRegionAt,
  type RegionId,
} from '../../src/domain/units.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const DOMAIN = read('docs/domain.md');

/** The text of the section that starts with heading `### n` / `## n`, up to the next heading of any level. */
function section(number: string): string {
  const lines = DOMAIN.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^#{2,3} ${number.replace('.', '\\.')}\\.? `).test(l));
  if (start < 0) throw new Error(`docs/domain.md has no section ${number}`);
  const end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The rows of the first table in `text`, cells trimmed and stripped of bold marks, header and rule dropped. */
function table(text: string): string[][] {
  const rows = text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replace(/\*\*/g, '')),
    );
  return rows.slice(2);
}

const REGION_BY_SHORT: Readonly<Record<string, RegionId>> = {
  TDMNPB: 'TDMNPB',
  ĐBSH: 'DBSH',
  'BTB&DHMT': 'BTB-DHMT',
  TN: 'TN',
  ĐNB: 'DNB',
  ĐBSCL: 'DBSCL',
};

/** "TP TW", "Tỉnh", "TP TW from 1/9/2026" → the registry's unit kind. */
const kindOf = (cell: string) => (cell.startsWith('TP TW') ? 'city' : 'province');

describe('docs/domain.md §1: the provincial units of both eras', () => {
  it('lists the 34 in the registry order, with their former units, seats, communes, kinds and regions', () => {
    const rows = table(section('1.3'));
    const units = registryUnits('34');
    expect(rows.map((r) => r[0])).toEqual(units.map((u) => u.code));
    for (const [
      code = '',
      name = '',
      kind2025 = '',
      kind2026 = '',
      formed = '',
      ,
      seat = '',
      communes = '',
      region = '',
    ] of rows) {
      const unit = units.find((u) => u.code === code);
      if (!unit) throw new Error(`no unit ${code}`);
      expect(unit.name.vi, code).toBe(name);
      // "02 Hà Giang + 08 Tuyên Quang", "01 Hà Nội (unchanged)": the code opening each part.
      const formers = formed.split('+').map((part) => /^\s*(\d{2})\b/.exec(part)?.[1]);
      expect(formers, `${code} formed from`).toEqual(unit.formerCodes);
      const [lat, lng] = seat.split(',').map(Number);
      expect([unit.seat?.lat, unit.seat?.lng], `${code} seat`).toEqual([lat, lng]);
      expect(unit.communes, `${code} communes`).toBe(Number(/^(\d+)/.exec(communes)?.[1]));
      expect(unitRegionAt(unit, PROVINCE_ERA_CHANGE), `${code} region`).toBe(
        REGION_BY_SHORT[region.replace('*', '')],
      );
      expect(unitKindAt(unit, PROVINCE_ERA_CHANGE), `${code} kind on 1/7/2025`).toBe(kindOf(kind2025));
      expect(unitKindAt(unit, '2026-11-30'), `${code} kind in Nov 2026`).toBe(kindOf(kind2026));
    }
  });

  it('maps each of the 63 to its successor, with its pre-2025 region, in the registry order', () => {
    const rows = table(section('1.4'));
    const units = registryUnits('63');
    expect(rows.map((r) => r[0])).toEqual(units.map((u) => u.code));
    for (const [code = '', , successor = '', , region = ''] of rows) {
      const unit = units.find((u) => u.code === code);
      expect(unit?.successor, `${code} successor`).toBe(successor);
      expect(unit && unitRegionAt(unit, '2025-06-30'), `${code} region`).toBe(REGION_BY_SHORT[region]);
    }
  });

  it('states the era boundaries the code uses', () => {
    expect(PROVINCE_ERA_CHANGE).toBe('2025-07-01');
    expect(ERAS.find((e) => e.id === '63')?.to).toBe('2025-06-30');
    expect(ERAS.find((e) => e.id === '34')?.from).toBe(PROVINCE_ERA_CHANGE);
    expect(section('1')).toContain(`PROVINCE_ERA_CHANGE = '${PROVINCE_ERA_CHANGE}'`);
    expect(section('1')).toMatch(/Until 30 June 2025 Vietnam had 63[\s\S]*From 1 July 2025[\s\S]*it has 34/);
  });
});

describe('docs/domain.md §2: the six regions', () => {
  it('names the registry regions in both languages and assigns the 34 as the registry does', () => {
    const text = section('2').replace(/\s+/g, ' ');
    for (const region of REGIONS) {
      expect(text).toContain(region.name.vi);
      expect(text).toContain(region.name.en);
    }
    const rows = table(section('2'));
    expect(rows).toHaveLength(6);
    for (const [regionName = '', units = '', count = ''] of rows) {
      const region = REGIONS.find((r) => r.name.vi === regionName);
      if (!region) throw new Error(`no region ${regionName}`);
      const names = units.split(',').map((n) => n.trim().replace('*', ''));
      expect(names).toHaveLength(Number(count));
      const members = registryUnits('34')
        .filter((u) => unitRegionAt(u, PROVINCE_ERA_CHANGE) === region.id)
        .map((u) => u.name.vi);
      expect([...names].sort(), regionName).toEqual([...members].sort());
    }
  });
});

describe('docs/domain.md §3: the ministries of both periods', () => {
  it('lists the 22 bodies of the registry until 28/2/2025', () => {
    const text = section('3.1').replace(/\*\*/g, '').replace(/\s+/g, ' ');
    const ministries = registryMinistries('22');
    expect(ministries).toHaveLength(22);
    for (const m of ministries) expect(text).toContain(m.name.vi.replace(/^Bộ /, ''));
  });

  it('lists the 17 bodies of the registry from 1/3/2025, in order, in both languages', () => {
    const rows = table(section('3.2'));
    const ministries = registryMinistries('17');
    expect(rows.map((r) => r[1])).toEqual(ministries.map((m) => m.name.vi));
    expect(rows.map((r) => r[2])).toEqual(ministries.map((m) => m.name.en));
    expect(MINISTRY_ERA_CHANGE).toBe('2025-03-01');
    expect(ERAS.find((e) => e.id === '17')?.from).toBe(MINISTRY_ERA_CHANGE);
    expect(ERAS.find((e) => e.id === '22')?.to).toBe('2025-02-28');
  });
});

describe('docs/domain.md §4: Decision 766', () => {
  it('gives the six groups the portal shows with the maximum points the mock feed uses', () => {
    const shown = table(section('4'))
      .filter((r) => /^[A-Z]{4} – /.test(r[3] ?? ''))
      .map((r) => Number(r[4]));
    expect(shown).toEqual(COMPONENTS_766.map((c) => c.max));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('docs/domain.md §8: map conventions', () => {
  it('places the archipelagos, the sea label and the fit bounds where the map draws them', () => {
    const text = section('8.3');
    const point = (label: RegExp) => {
      const row = table(text).find((r) => label.test(r[0] ?? ''));
      const match = /\[(\d+\.\d+), (\d+\.\d+)\]/.exec(row?.[1] ?? '');
      return match ? [Number(match[1]), Number(match[2])] : undefined;
    };
    const [hoangSa, truongSa] = ARCHIPELAGOS;
    expect(point(/^Quần đảo Hoàng Sa/)).toEqual([...(hoangSa?.anchor ?? [])]);
    expect(point(/^Quần đảo Trường Sa/)).toEqual([...(truongSa?.anchor ?? [])]);
    expect(point(/Biển Đông/)).toEqual([...SEA_LABEL.anchor]);
    const b = VIETNAM_BOUNDS;
    expect(text).toContain(
      `lng ${b.west.toFixed(1)} → ${b.east.toFixed(1)}, lat ${b.south.toFixed(1)} → ${b.north.toFixed(1)}`,
    );
    for (const a of ARCHIPELAGOS) {
      const e = a.extent;
      expect(text).toContain(`lat ≈${e.south}–${e.north}°N, lng ≈${e.west}–${e.east}°E`);
    }
    expect(section('8.2').replace(/\*\*/g, '')).toMatch(/Label the sea "Biển Đông" \(EN UI: "East Sea"\)/);
  });
});

describe('docs/domain.md §9: number formats', () => {
  it('writes numbers as the examples show', () => {
    const text = section('9.1');
    expect(text).toContain(`\`${formatNumber(1234567.89, 'vi', 2)}\``);
    expect(text).toContain(`\`${formatPercent(8.02, 'vi', 2)}\` (no space)`);
  });
});

/** Source files of the repository that may cite docs: what the code and its tests are made of. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|json|css|html)$/.test(name) ? [path] : [];
  });
}

describe('citations of documents', () => {
  const files = ['src', 'mocks', 'scripts', 'test'].flatMap(sourceFiles);
  const self = relative(ROOT, fileURLToPath(import.meta.url));

  it('cite no document outside the repository', () => {
    const outside = files
      .filter((f) => f !== self)
      .filter((f) =>
        /DOMAIN\.md|UX\.md|DESIGN\.md|STACK\.md|STYLE\.md|\.\.\/shared\/|\/work\/shared/.test(read(f)),
      );
    expect(outside).toEqual([]);
  });

  it('name sections of docs/domain.md and notes of docs/stack.md that exist', () => {
    const headings = new Set([...DOMAIN.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]));
    const notes = new Set([...read('docs/stack.md').matchAll(/^(\d+)\. /gm)].map((m) => m[1]));
    const missing: string[] = [];
    let cited = 0;
    for (const file of files) {
      const text = read(file);
      for (const m of text.matchAll(/docs\/domain\.md \(?((?:§[\d.–]+(?:, | \/ )?)+)/g)) {
        for (const ref of m[1]?.match(/§[\d.]+(?:–[\d.]+)?/g) ?? []) {
          // "§1.3–1.4", "§4–5", "§1.3–4" (sub-sections of the start's section when the end has no dot).
          const [start = '', end] = ref.slice(1).split('–');
          const major = start.includes('.') ? start.split('.')[0] : undefined;
          for (const n of end === undefined ? [start] : [start, end]) {
            cited++;
            const full = n.includes('.') || n === start || major === undefined ? n : `${major}.${n}`;
            if (!headings.has(full)) missing.push(`${file}: docs/domain.md ${ref}`);
          }
        }
      }
      for (const m of text.matchAll(/docs\/stack\.md, note (\d+)/g)) {
        cited++;
        if (!notes.has(m[1] ?? '')) missing.push(`${file}: docs/stack.md note ${m[1]}`);
      }
    }
    expect(cited).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
