import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { HEADLINE_KEYS, sentenceText, type HeadlineContext, type HeadlineSentence } from './headline.ts';
import { TASK_FIGURES, tasksHeadline, type TasksHeadlineInput } from './headline-tasks.ts';
import { monthPeriod } from './period.ts';
import { completedShare, overdueShare, type TaskCounts } from './tasks.ts';

const VI: HeadlineContext = { locale: 'vi', template: (k) => vi[k] };
const EN: HeadlineContext = { locale: 'en', template: (k) => en[k] };

function counts(
  assigned: number,
  doneOnTime: number,
  doneLate: number,
  overdue: number,
  keyTasks = 0,
): TaskCounts {
  return {
    assigned,
    doneOnTime,
    doneLate,
    inProgress: assigned - doneOnTime - doneLate - overdue,
    overdue,
    keyTasks,
  };
}

const NAMES: Record<string, string> = {
  TC: 'Bộ Tài chính',
  XD: 'Bộ Xây dựng',
  YT: 'Bộ Y tế',
  '01': 'Hà Nội',
  '12': 'Lai Châu',
};

const input: TasksHeadlineInput = {
  period: monthPeriod(2026, 10),
  national: counts(9831, 7100, 792, 319, 1173),
  nationalLastYear: counts(9500, 6900, 760, 300),
  ministries: [
    { code: 'TC', counts: counts(900, 700, 90, 25) },
    { code: 'XD', counts: counts(700, 500, 60, 12) },
    { code: 'YT', counts: counts(300, 250, 20, 0) },
  ],
  provinces: [
    { code: '01', counts: counts(400, 300, 40, 9) },
    { code: '12', counts: counts(120, 90, 10, 0) },
  ],
  keyTasks: counts(1173, 800, 100, 41),
  nameOf: (_scope, code) => NAMES[code] ?? code,
};

/** The value each panel figure shows, computed from the same input by the domain rules. */
function panelFigures(i: TasksHeadlineInput): Map<string, number> {
  const n = i.national!;
  const m = new Map<string, number>([
    [TASK_FIGURES.assigned, n.assigned],
    [TASK_FIGURES.completedShare, completedShare(n)!],
    [TASK_FIGURES.overdue, n.overdue],
    [TASK_FIGURES.overdueShare, overdueShare(n)!],
    [TASK_FIGURES.completedShareChange, Math.abs(completedShare(n)! - completedShare(i.nationalLastYear!)!)],
    [TASK_FIGURES.withOverdue('ministry'), i.ministries!.filter((r) => r.counts.overdue > 0).length],
    [TASK_FIGURES.withOverdue('province'), i.provinces!.filter((r) => r.counts.overdue > 0).length],
    [TASK_FIGURES.keyAssigned, i.keyTasks!.assigned],
    [TASK_FIGURES.keyOverdue, i.keyTasks!.overdue],
    [TASK_FIGURES.keyOverdueShare, overdueShare(i.keyTasks!)!],
  ]);
  for (const r of i.ministries!) m.set(TASK_FIGURES.agencyOverdue('ministry', r.code), r.counts.overdue);
  for (const r of i.provinces!) m.set(TASK_FIGURES.agencyOverdue('province', r.code), r.counts.overdue);
  return m;
}

function numbersMatch(sentences: HeadlineSentence[], figures: Map<string, number>): void {
  const numbers = sentences.flat().filter((p) => p.kind === 'number');
  expect(numbers.length).toBeGreaterThan(0);
  for (const p of numbers) expect(p.value, p.figure).toBe(figures.get(p.figure));
}

describe('the tasks headline', () => {
  it('reads like a Government Office briefing, in Vietnamese', () => {
    expect(tasksHeadline(input, VI).map(sentenceText)).toEqual([
      '10 tháng năm 2026, cả nước có 9.831 nhiệm vụ được giao; đã hoàn thành 80,3%, quá hạn 319 nhiệm vụ (3,24%).',
      'Tỷ lệ hoàn thành giảm 0,4 điểm phần trăm so với cùng kỳ năm trước.',
      '2 bộ, ngành và 1 địa phương có nhiệm vụ quá hạn, nhiều nhất là Bộ Tài chính (25 nhiệm vụ).',
      'Trong 1.173 nhiệm vụ trọng tâm, 41 nhiệm vụ quá hạn (3,50%).',
    ]);
  });

  it('and in English', () => {
    expect(tasksHeadline(input, EN).map(sentenceText)).toEqual([
      'Jan–Oct 2026: 9,831 tasks assigned nationwide; 80.3% completed, 319 overdue (3.24%).',
      'The completion rate is down 0.4 percentage points on the same period last year.',
      'Tasks are overdue at 2 of the ministries and agencies and 1 of the provinces, the most at Bộ Tài chính (25).',
      'Of 1,173 key tasks, 41 are overdue (3.50%).',
    ]);
  });

  it('every number is the number its panel shows, in both languages', () => {
    numbersMatch(tasksHeadline(input, VI), panelFigures(input));
    numbersMatch(tasksHeadline(input, EN), panelFigures(input));
    const worst = tasksHeadline(input, VI)[2]!.find((p) => p.kind === 'number' && p.text === '25');
    expect(worst?.kind === 'number' && worst.figure).toBe('tasks.ministry.TC.overdue');
  });

  it('names every agency tied for the most overdue', () => {
    const tied = {
      ...input,
      provinces: [{ code: '01', counts: counts(400, 300, 40, 25) }, ...input.provinces!.slice(1)],
    };
    expect(sentenceText(tasksHeadline(tied, VI)[2]!)).toContain(
      'nhiều nhất là Bộ Tài chính và Hà Nội (25 nhiệm vụ)',
    );
    expect(sentenceText(tasksHeadline(tied, EN)[2]!)).toContain('the most at Bộ Tài chính and Hà Nội (25)');
  });

  it('one kind of agency only: the sentence speaks of that kind', () => {
    const only = { ...input, provinces: null };
    expect(sentenceText(tasksHeadline(only, VI)[2]!)).toBe(
      '2 bộ, ngành có nhiệm vụ quá hạn, nhiều nhất là Bộ Tài chính (25 nhiệm vụ).',
    );
  });

  it('says so when no task is overdue', () => {
    const none = {
      ...input,
      ministries: input.ministries!.map((r) => ({ ...r, counts: counts(r.counts.assigned, 100, 10, 0) })),
      provinces: input.provinces!.map((r) => ({ ...r, counts: counts(r.counts.assigned, 50, 5, 0) })),
    };
    expect(sentenceText(tasksHeadline(none, VI)[2]!)).toBe('Không có nhiệm vụ nào quá hạn.');
    expect(sentenceText(tasksHeadline(none, EN)[2]!)).toBe('No task is overdue.');
  });

  describe('leaves out what the data does not support', () => {
    it('no national figure: no national sentence and no comparison', () => {
      const s = tasksHeadline({ ...input, national: null }, VI).map(sentenceText);
      expect(s).toHaveLength(2);
      expect(s[0]).toMatch(/^2 bộ, ngành/);
    });

    it('nothing assigned: no shares to speak of', () => {
      expect(
        tasksHeadline(
          { ...input, national: counts(0, 0, 0, 0), keyTasks: null, ministries: [], provinces: [] },
          EN,
        ),
      ).toEqual([]);
    });

    it('no figure for last year: no comparison', () => {
      const s = tasksHeadline({ ...input, nationalLastYear: null }, VI).map(sentenceText);
      expect(s.some((t) => t.includes('cùng kỳ'))).toBe(false);
      expect(s).toHaveLength(3);
    });

    it('a single agency: no "the most"', () => {
      const one = { ...input, ministries: input.ministries!.slice(0, 1), provinces: [] };
      expect(
        tasksHeadline(one, VI)
          .map(sentenceText)
          .some((t) => t.includes('nhiều nhất')),
      ).toBe(false);
    });

    it('no key tasks: no key-task sentence', () => {
      expect(
        tasksHeadline({ ...input, keyTasks: null }, VI)
          .map(sentenceText)
          .some((t) => t.includes('trọng tâm')),
      ).toBe(false);
    });
  });

  it('a flat change reads "không đổi" / "unchanged"', () => {
    const flat = { ...input, nationalLastYear: input.national };
    expect(sentenceText(tasksHeadline(flat, VI)[1]!)).toBe(
      'Tỷ lệ hoàn thành không đổi so với cùng kỳ năm trước.',
    );
    expect(sentenceText(tasksHeadline(flat, EN)[1]!)).toBe(
      'The completion rate is unchanged on the same period last year.',
    );
  });
});

describe('headline messages', () => {
  it('exist in both languages for every key the generators read', () => {
    for (const key of HEADLINE_KEYS) {
      expect(vi[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
  });
});
