import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { sentenceText, type HeadlineContext } from './headline.ts';
import { REPORTING_FIGURES, reportingHeadline, type ReportingHeadlineInput } from './headline-reporting.ts';
import { monthPeriod } from './period.ts';
import { onTimeShare, type ReportingCounts } from './reporting.ts';

const VI: HeadlineContext = { locale: 'vi', template: (k) => vi[k] };
const EN: HeadlineContext = { locale: 'en', template: (k) => en[k] };

const c = (required: number, onTime: number, late: number): ReportingCounts => ({
  required,
  onTime,
  late,
  notSubmitted: required - onTime - late,
});
const NAMES: Record<string, string> = { '01': 'Hà Nội', '12': 'Lai Châu', '79': 'TP. Hồ Chí Minh' };

const input: ReportingHeadlineInput = {
  period: monthPeriod(2026, 10),
  scope: 'province',
  national: c(200, 171, 20),
  nationalLastYear: c(190, 158, 25),
  rows: [
    { code: '01', counts: c(5, 5, 0) },
    { code: '12', counts: c(4, 1, 1) },
    { code: '79', counts: c(12, 10, 1) },
  ],
  nameOf: (code) => NAMES[code] ?? code,
};

describe('the reporting headline', () => {
  it('in Vietnamese', () => {
    expect(reportingHeadline(input, VI).map(sentenceText)).toEqual([
      'Tháng 10/2026: 85,5% báo cáo định kỳ được gửi đúng hạn (171/200 báo cáo), tăng 2,3 điểm phần trăm so với cùng kỳ năm trước.',
      '2 tỉnh, thành phố còn báo cáo chưa gửi, nhiều nhất là Lai Châu (2 báo cáo).',
      'Tỷ lệ gửi đúng hạn thấp nhất là Lai Châu (25,0%).',
    ]);
  });

  it('in English', () => {
    expect(reportingHeadline(input, EN).map(sentenceText)).toEqual([
      'October 2026: 85.5% of periodic reports were sent on time (171 of 200), up 2.3 percentage points on the same period last year.',
      '2 of the provinces still owe reports, most of all Lai Châu (2).',
      'Lowest on-time rate: Lai Châu (25.0%).',
    ]);
  });

  it('every number is its panel’s', () => {
    const values = new Map<string, number>([
      [REPORTING_FIGURES.onTimeShare, onTimeShare(input.national!)!],
      [
        REPORTING_FIGURES.onTimeShareChange,
        Math.abs(onTimeShare(input.national!)! - onTimeShare(input.nationalLastYear!)!),
      ],
      [REPORTING_FIGURES.onTime, 171],
      [REPORTING_FIGURES.required, 200],
      [REPORTING_FIGURES.withOutstanding, 2],
      [REPORTING_FIGURES.agencyOutstanding('12'), 2],
      [REPORTING_FIGURES.agencyOnTimeShare('12'), 25],
    ]);
    for (const ctx of [VI, EN])
      for (const p of reportingHeadline(input, ctx).flat())
        if (p.kind === 'number') expect(p.value, p.figure).toBe(values.get(p.figure));
  });

  it('all sent: says so', () => {
    const all = {
      ...input,
      rows: input.rows.map((r) => ({ ...r, counts: c(r.counts.required, r.counts.required - 1, 1) })),
    };
    expect(sentenceText(reportingHeadline(all, VI)[1]!)).toBe(
      'Tất cả các tỉnh, thành phố đã gửi đủ báo cáo.',
    );
    expect(sentenceText(reportingHeadline({ ...all, scope: 'ministry' }, EN)[1]!)).toBe(
      'Every ministry and agency has sent its reports.',
    );
  });

  describe('leaves out what the data does not support', () => {
    it('no figure last year: no comparison', () => {
      expect(sentenceText(reportingHeadline({ ...input, nationalLastYear: null }, VI)[0]!)).toBe(
        'Tháng 10/2026: 85,5% báo cáo định kỳ được gửi đúng hạn (171/200 báo cáo).',
      );
    });
    it('nothing due: no share; a single agency: no ranking', () => {
      expect(reportingHeadline({ ...input, national: c(0, 0, 0), rows: input.rows.slice(0, 1) }, EN)).toEqual(
        [],
      );
    });
    it('everyone equally on time: no lowest', () => {
      const same = { ...input, rows: input.rows.map((r) => ({ ...r, counts: c(4, 4, 0) })) };
      expect(
        reportingHeadline(same, VI)
          .map(sentenceText)
          .some((t) => t.includes('thấp nhất')),
      ).toBe(false);
    });
  });
});
