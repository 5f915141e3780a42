import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { sentenceText, type HeadlineContext, type HeadlineSentence } from './headline.ts';
import { SCORE_FIGURES, scoreHeadline, type ScoreHeadlineInput } from './headline-766.ts';
import { quarterPeriod } from './period.ts';

const VI: HeadlineContext = { locale: 'vi', template: (k) => vi[k] };
const EN: HeadlineContext = { locale: 'en', template: (k) => en[k] };

const NAMES: Record<string, string> = {
  '31': 'Hải Phòng',
  '22': 'Quảng Ninh',
  '01': 'Hà Nội',
  '12': 'Lai Châu',
  '11': 'Điện Biên',
};

const input: ScoreHeadlineInput = {
  period: quarterPeriod(2026, 3),
  previousPeriod: quarterPeriod(2026, 2),
  scope: 'province',
  national: { total: 86.45, previousTotal: 85.25 },
  rows: [
    { code: '31', total: 92.1, rank: 1, rankChange: 2 },
    { code: '22', total: 90.4, rank: 2, rankChange: -1 },
    { code: '01', total: 84.0, rank: 3, rankChange: 5 },
    { code: '12', total: 71.35, rank: 4, rankChange: 0 },
    { code: '11', total: 48.9, rank: 5, rankChange: -6 },
  ],
  nameOf: (code) => NAMES[code] ?? code,
};

function figures(i: ScoreHeadlineInput): Map<string, number> {
  const m = new Map<string, number>([
    [SCORE_FIGURES.national, i.national.total!],
    [SCORE_FIGURES.nationalChange, Math.abs(i.national.total! - i.national.previousTotal!)],
    [SCORE_FIGURES.bandCount('good-or-better'), i.rows.filter((r) => (r.total ?? 0) >= 80).length],
    [SCORE_FIGURES.bandCount('weak'), i.rows.filter((r) => r.total !== null && r.total < 50).length],
    [SCORE_FIGURES.bandEdge('good'), 80],
    [SCORE_FIGURES.bandEdge('average'), 50],
  ]);
  for (const r of i.rows) {
    if (r.total !== null) m.set(SCORE_FIGURES.unitTotal(r.code), r.total);
    if (r.rank !== null) m.set(SCORE_FIGURES.unitRank(r.code), r.rank);
    if (r.rankChange !== null) m.set(SCORE_FIGURES.unitRankChange(r.code), r.rankChange);
  }
  return m;
}

function numbersMatch(sentences: HeadlineSentence[], f: Map<string, number>): void {
  for (const p of sentences.flat()) if (p.kind === 'number') expect(p.value, p.figure).toBe(f.get(p.figure));
}

describe('the Decision 766 headline', () => {
  it('in Vietnamese: the score against the previous quarter, best and worst, bands, the biggest riser', () => {
    expect(scoreHeadline(input, VI).map(sentenceText)).toEqual([
      'Quý III/2026: điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của các tỉnh, thành phố đạt 86,45/100, tăng 1,20 điểm so với Quý II/2026.',
      'Dẫn đầu là Hải Phòng (92,10 điểm), thấp nhất là Điện Biên (48,90 điểm).',
      'Theo thang của bảng điều hành, 3 tỉnh, thành phố đạt mức Tốt trở lên (từ 80 điểm), 1 ở mức Yếu (dưới 50 điểm).',
      'Tăng hạng nhiều nhất là Hà Nội (tăng 5 bậc, lên hạng 3).',
    ]);
  });

  it('in English', () => {
    expect(scoreHeadline(input, EN).map(sentenceText)).toEqual([
      'Q3 2026: the provinces score 86.45/100 on the service index, up 1.20 points on Q2 2026.',
      'Highest: Hải Phòng (92.10); lowest: Điện Biên (48.90).',
      "On the dashboard's scale, 3 of the provinces rate Good or better (from 80 points) and 1 Weak (below 50).",
      'Biggest riser: Hà Nội (up 5 places, to rank 3).',
    ]);
  });

  it('every number is its panel’s, in both languages', () => {
    numbersMatch(scoreHeadline(input, VI), figures(input));
    numbersMatch(scoreHeadline(input, EN), figures(input));
  });

  it('configured bands change the sentence', () => {
    const s = scoreHeadline({ ...input, bands: { excellent: 95, good: 90, fair: 80, average: 70 } }, VI);
    expect(sentenceText(s[2]!)).toBe(
      'Theo thang của bảng điều hành, 2 tỉnh, thành phố đạt mức Tốt trở lên (từ 90 điểm), 1 ở mức Yếu (dưới 70 điểm).',
    );
  });

  it('a half-year and the ministries', () => {
    const s = scoreHeadline(
      {
        ...input,
        scope: 'ministry',
        period: { frequency: 'half', year: 2026, half: 1 },
        previousPeriod: { frequency: 'half', year: 2025, half: 2 },
        national: { total: 84.1, previousTotal: 84.1 },
      },
      VI,
    );
    expect(sentenceText(s[0]!)).toBe(
      '6 tháng đầu năm 2026: điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của các bộ, ngành đạt 84,10/100, không đổi so với 6 tháng cuối năm 2025.',
    );
  });

  describe('leaves out what the data does not support', () => {
    it('no previous period: the score without a change', () => {
      const s = scoreHeadline(
        { ...input, previousPeriod: null, national: { total: 86.45, previousTotal: null } },
        EN,
      );
      expect(sentenceText(s[0]!)).toBe('Q3 2026: the provinces score 86.45/100 on the service index.');
    });

    it('across the 2025 merger rank changes are not comparable: no riser', () => {
      const s = scoreHeadline({ ...input, rows: input.rows.map((r) => ({ ...r, rankChange: null })) }, VI);
      expect(s.map(sentenceText).some((t) => t.includes('Tăng hạng'))).toBe(false);
      expect(s).toHaveLength(3);
    });

    it('nobody moved up: no riser', () => {
      const s = scoreHeadline({ ...input, rows: input.rows.map((r) => ({ ...r, rankChange: 0 })) }, VI);
      expect(s).toHaveLength(3);
    });

    it('a single unit: no best and worst, no bands', () => {
      const s = scoreHeadline({ ...input, rows: input.rows.slice(0, 1) }, VI);
      expect(s).toHaveLength(1);
    });

    it('no national score: nothing about it', () => {
      const s = scoreHeadline({ ...input, national: { total: null, previousTotal: null } }, VI);
      expect(sentenceText(s[0]!)).toMatch(/^Dẫn đầu/);
    });

    it('nothing at all: no headline', () => {
      expect(
        scoreHeadline({ ...input, national: { total: null, previousTotal: null }, rows: [] }, EN),
      ).toEqual([]);
    });
  });
});
