import { describe, expect, it } from 'vitest';
import {
  addReportingCounts,
  agenciesWithOutstanding,
  countSubmissions,
  onTimeShare,
  rankByOnTimeShare,
  submissionMatrix,
  submittedShare,
} from './reporting.ts';

const c = (required: number, onTime: number, late: number) => ({
  required,
  onTime,
  late,
  notSubmitted: required - onTime - late,
});

describe('reporting compliance', () => {
  it('on-time and submitted shares; nothing due: no share', () => {
    expect(onTimeShare(c(8, 6, 1))).toBe(75);
    expect(submittedShare(c(8, 6, 1))).toBe(87.5);
    expect(onTimeShare(c(0, 0, 0))).toBeNull();
    expect(addReportingCounts([c(8, 6, 1), c(4, 4, 0)])).toEqual(c(12, 10, 1));
  });

  it('ranks agencies by on-time share at one decimal, ties sharing a rank', () => {
    const ranking = rankByOnTimeShare([
      { code: '01', counts: c(3, 2, 1) }, // 66.7
      { code: '12', counts: c(4, 1, 1) }, // 25.0
      { code: '79', counts: c(6, 4, 1) }, // 66.7
      { code: '08', counts: c(0, 0, 0) },
    ]);
    expect(ranking.ranked.map((e) => [e.code, e.rank])).toEqual([
      ['01', 1],
      ['79', 1],
      ['12', 3],
    ]);
    expect(ranking.unranked.map((u) => u.code)).toEqual(['08']);
  });

  it('lists agencies that owe reports, the most first', () => {
    const rows = [
      { code: '01', counts: c(5, 5, 0) },
      { code: '12', counts: c(4, 1, 0) },
      { code: '79', counts: c(6, 4, 1) },
    ];
    expect(agenciesWithOutstanding(rows).map((r) => [r.code, r.counts.notSubmitted])).toEqual([
      ['12', 3],
      ['79', 1],
    ]);
  });

  it('builds the matrix of agencies by reports and counts an agency’s submissions', () => {
    const subs = [
      { code: '01', reportId: 'ktxh-thang', status: 'on-time' as const },
      { code: '01', reportId: 'ktxh-thang', status: 'late' as const },
      { code: '01', reportId: 'chi-so-766', status: 'not-submitted' as const },
      { code: '12', reportId: 'ktxh-thang', status: 'on-time' as const },
    ];
    const matrix = submissionMatrix(subs);
    expect(matrix.get('01')?.get('ktxh-thang')).toEqual(c(2, 1, 1));
    expect(matrix.get('01')?.get('chi-so-766')).toEqual(c(1, 0, 0));
    expect(matrix.get('12')?.size).toBe(1);
    expect(countSubmissions(subs.filter((s) => s.code === '01'))).toEqual(c(3, 1, 1));
  });
});
