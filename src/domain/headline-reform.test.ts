import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { sentenceText, type HeadlineContext } from './headline.ts';
import { REFORM_FIGURES, reformHeadline, type ReformHeadlineInput } from './headline-reform.ts';
import { quarterPeriod, yearPeriod } from './period.ts';
import { reformRows, reformView, simplifiedShare, type ReformFigures } from './reform.ts';

const VI: HeadlineContext = { locale: 'vi', template: (k) => vi[k] };
const EN: HeadlineContext = { locale: 'en', template: (k) => en[k] };

const f = (inScope: number, simplified: number, cost = 0): ReformFigures => ({
  inScope,
  reviewed: inScope,
  simplified,
  costSavedBillionVnd: cost,
});

const rowsAt = (q: ReturnType<typeof quarterPeriod>) =>
  reformRows(
    [
      { code: 'TC', figures: f(200, 40) },
      { code: 'XD', figures: f(150, 20) },
      { code: 'YT', figures: f(100, 10) },
    ],
    q,
  );

describe('the reform headline', () => {
  const q = quarterPeriod(2025, 2);
  const input: ReformHeadlineInput = {
    view: reformView(q),
    scope: 'ministry',
    national: f(2850, 480, 1234.5),
    rows: rowsAt(q),
  };

  it('during the plan: share against the target, statuses, cost (vi)', () => {
    // Expected by 2025-Q2: 20 × 11/13 ≈ 16.9 %, at risk from 13.5 %: TC (20 %) on track, XD (13.3 %) and YT (10 %) behind.
    expect(reformHeadline(input, VI).map(sentenceText)).toEqual([
      'Đến hết Quý II/2025, các bộ, ngành đã cắt giảm, đơn giản hóa 480/2.850 thủ tục hành chính nội bộ (16,8%), mục tiêu 20% đến hết năm 2025.',
      '1 bộ, ngành đạt tiến độ, 0 có nguy cơ không đạt, 2 không đạt.',
      'Chi phí tuân thủ tiết kiệm được 1.234,5 tỷ đồng mỗi năm.',
    ]);
  });

  it('and in English', () => {
    expect(reformHeadline(input, EN).map(sentenceText)).toEqual([
      'By the end of Q2 2025 the ministries and agencies had cut or simplified 480 of 2,850 internal procedures (16.8%); the target is 20% by the end of 2025.',
      'Ministries and agencies on track: 1; at risk: 0; behind: 2.',
      'Compliance costs saved: VND 1,234.5 billion a year.',
    ]);
  });

  it('every number is its panel’s', () => {
    const values = new Map<string, number>([
      [REFORM_FIGURES.simplified, 480],
      [REFORM_FIGURES.inScope, 2850],
      [REFORM_FIGURES.share, simplifiedShare(input.national!)!],
      [REFORM_FIGURES.target, 20],
      [REFORM_FIGURES.cost, 1234.5],
      [REFORM_FIGURES.status('met'), 1],
      [REFORM_FIGURES.status('at-risk'), 0],
      [REFORM_FIGURES.status('not-met'), 2],
    ]);
    for (const p of reformHeadline(input, VI).flat())
      if (p.kind === 'number') expect(p.value, p.figure).toBe(values.get(p.figure));
  });

  it('2026: the plan has ended, says so first and gives the final result of 2025', () => {
    const view = reformView(yearPeriod(2026));
    expect(view).toMatchObject({ kind: 'after-plan', quarter: { year: 2025, quarter: 4 } });
    const final = reformHeadline(
      { view, scope: 'province', national: f(6000, 1300, 0), rows: rowsAt(quarterPeriod(2025, 4)) },
      VI,
    ).map(sentenceText);
    expect(final).toEqual([
      'Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022–2025 đã kết thúc; số liệu là kết quả cuối cùng đến hết Quý IV/2025.',
      'Đến hết Quý IV/2025, các tỉnh, thành phố đã cắt giảm, đơn giản hóa 1.300/6.000 thủ tục hành chính nội bộ (21,7%), mục tiêu 20% đến hết năm 2025.',
      '1 tỉnh, thành phố đạt mục tiêu, 2 không đạt.',
    ]);
    expect(
      reformHeadline(
        { view, scope: 'province', national: f(6000, 1300), rows: rowsAt(quarterPeriod(2025, 4)) },
        EN,
      )[0]!
        .map((p) => p.text)
        .join(''),
    ).toBe(
      'The 2022–2025 plan to review and simplify internal procedures has ended; the figures are its final results to the end of Q4 2025.',
    );
  });

  describe('leaves out what the data does not support', () => {
    it('before the plan: nothing', () => {
      expect(reformHeadline({ ...input, view: reformView(quarterPeriod(2022, 2)) }, VI)).toEqual([]);
    });
    it('nothing in scope: no share; a single unit: no statuses; no saving: no cost', () => {
      const s = reformHeadline({ ...input, national: f(0, 0), rows: input.rows.slice(0, 1) }, VI);
      expect(s).toEqual([]);
    });
  });
});
