import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, judge, toJson, type Row } from './report.ts';

describe('the bench table and its JSON', () => {
  it('says by how much a goal is missed, and what is to spare when met', () => {
    expect(judge(0.56, { op: '>=', target: 0.95 })).toEqual({
      met: false,
      by: expect.closeTo(0.39, 10) as number,
    });
    expect(judge(418_500, { op: '<=', target: 420_000 })).toEqual({ met: true, by: 1500 });
    expect(judge(50, { op: '<', target: 50 }).met).toBe(false);
  });

  it('formats each unit as a reader expects', () => {
    expect(formatValue(418_512, 'bytes')).toBe('418.5 kB');
    expect(formatValue(1_260_000, 'bytes')).toBe('1.26 MB');
    expect(formatValue(645.4, 'ms')).toBe('645 ms');
    expect(formatValue(6.93, 'ms')).toBe('6.9 ms');
    expect(formatValue(12_345, 'ms')).toBe('12.3 s');
    expect(formatValue(0.5649, 'score')).toBe('0.56');
    expect(formatValue(0.0123, 'ratio')).toBe('0.012');
    expect(formatValue(null, 'count')).toBe('n/a');
  });

  const rows: Row[] = [
    {
      key: 'lighthouse.mobile.score',
      value: 0.56,
      unit: 'score',
      goal: { op: '>=', target: 0.95 },
      note: 'median of 3',
    },
    { key: 'bytes.first.gzip', value: 418_500, unit: 'bytes', goal: { op: '<=', target: 420_000 } },
    { key: 'soak', reason: '/kiosk not built' },
  ];

  it('prints one line per figure, with the miss, the margin and what is not available', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^lighthouse\.mobile\.score\s+0\.56\s+≥ 0\.95\s+MISSED by 0\.39\s+median of 3$/);
    expect(lines[3]).toMatch(/^bytes\.first\.gzip\s+418\.5 kB\s+≤ 420\.0 kB\s+met \(1\.5 kB to spare\)$/);
    expect(lines[4]).toMatch(/^soak\s+not available\s+\/kiosk not built$/);
  });

  it('writes the same figures by key, with the goal and whether it is met', () => {
    const json = toJson(rows, { commit: 'abc' });
    expect(json.figures['bytes.first.gzip']).toEqual({
      value: 418_500,
      unit: 'bytes',
      goal: { op: '<=', target: 420_000 },
      met: true,
    });
    expect(json.figures['lighthouse.mobile.score']?.met).toBe(false);
    expect(json.unavailable).toEqual({ soak: '/kiosk not built' });
    expect(json.meta).toEqual({ commit: 'abc' });
  });

  it('refuses two figures under one key', () => {
    expect(() => toJson([rows[1] as Row, rows[1] as Row], {})).toThrow(
      /two figures with the key bytes.first.gzip/,
    );
  });
});
