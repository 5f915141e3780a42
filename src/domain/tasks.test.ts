import { describe, expect, it } from 'vitest';
import {
  addTaskCounts,
  agenciesWithOverdue,
  completedShare,
  countTasks,
  DEFAULT_TASK_QUERY,
  foldLongText,
  daysOverdueAt,
  indexTasks,
  overdueShare,
  pageOf,
  queryTasks,
  sortByOverdueShare,
  statusShares,
  taskStatusAt,
  type TaskCounts,
  type TaskRecord,
} from './tasks.ts';
import { compareNames, foldVietnamese } from './text.ts';

describe('the four statuses from the dates and the as-of day', () => {
  const asOf = '2026-10-31';
  it.each([
    [
      'done before the deadline',
      { assigned: '2026-09-01', deadline: '2026-09-30', completed: '2026-09-29' },
      'done-on-time',
      0,
    ],
    [
      'done on the deadline itself',
      { assigned: '2026-09-01', deadline: '2026-09-30', completed: '2026-09-30' },
      'done-on-time',
      0,
    ],
    [
      'done after the deadline',
      { assigned: '2026-09-01', deadline: '2026-09-30', completed: '2026-10-05' },
      'done-late',
      5,
    ],
    [
      'not done, deadline passed',
      { assigned: '2026-09-01', deadline: '2026-10-15', completed: null },
      'overdue',
      16,
    ],
    [
      'not done, deadline today',
      { assigned: '2026-09-01', deadline: '2026-10-31', completed: null },
      'in-progress',
      0,
    ],
    [
      'not done, deadline ahead',
      { assigned: '2026-09-01', deadline: '2026-12-31', completed: null },
      'in-progress',
      0,
    ],
    [
      'done after the as-of day: not known yet',
      { assigned: '2026-09-01', deadline: '2026-10-15', completed: '2026-11-03' },
      'overdue',
      16,
    ],
  ] as const)('%s', (_label, dates, status, days) => {
    expect(taskStatusAt(dates, asOf)).toBe(status);
    expect(daysOverdueAt(dates, asOf)).toBe(days);
  });

  it('a task assigned after the as-of day has no status', () => {
    expect(
      taskStatusAt({ assigned: '2026-11-02', deadline: '2026-11-30', completed: null }, asOf),
    ).toBeNull();
  });
});

const c = (assigned: number, doneOnTime: number, doneLate: number, overdue: number): TaskCounts => ({
  assigned,
  doneOnTime,
  doneLate,
  inProgress: assigned - doneOnTime - doneLate - overdue,
  overdue,
  keyTasks: 0,
});

describe('shares and order', () => {
  it('2025 to 20 October: 9,831 tasks, 7,892 completed (80.3 %), 319 overdue (3.24 %)', () => {
    const n = c(9831, 7000, 892, 319);
    expect(completedShare(n)).toBeCloseTo(80.28, 2);
    expect(overdueShare(n)).toBeCloseTo(3.245, 3);
    const shares = statusShares(n)!;
    expect(shares['done-on-time'] + shares['done-late'] + shares['in-progress'] + shares.overdue).toBeCloseTo(
      100,
      9,
    );
  });

  it('no task assigned: no share, never 0 %', () => {
    expect(overdueShare(c(0, 0, 0, 0))).toBeNull();
    expect(completedShare(c(0, 0, 0, 0))).toBeNull();
    expect(statusShares(c(0, 0, 0, 0))).toBeNull();
  });

  it('the bars run from the highest overdue share; ties by the larger count, then by code; nothing assigned last', () => {
    const rows = [
      { code: 'A', counts: c(100, 90, 5, 2) }, // 2 %
      { code: 'B', counts: c(50, 40, 5, 5) }, // 10 %
      { code: 'C', counts: c(0, 0, 0, 0) },
      { code: 'D', counts: c(200, 170, 10, 20) }, // 10 %, more tasks
      { code: 'E', counts: c(10, 10, 0, 0) }, // 0 %
    ];
    expect(sortByOverdueShare(rows).map((r) => r.code)).toEqual(['D', 'B', 'A', 'E', 'C']);
    expect(agenciesWithOverdue(rows).map((r) => r.code)).toEqual(['D', 'B', 'A']);
  });

  it('counts a set of tasks and adds counts up', () => {
    const counted = countTasks([
      { status: 'overdue', key: true },
      { status: 'done-late', key: false },
      { status: 'overdue', key: false },
    ]);
    expect(counted).toEqual({
      assigned: 3,
      doneOnTime: 0,
      doneLate: 1,
      inProgress: 0,
      overdue: 2,
      keyTasks: 1,
    });
    expect(addTaskCounts([counted, counted]).overdue).toBe(4);
  });
});

function task(id: string, patch: Partial<TaskRecord>): TaskRecord {
  return {
    id,
    directive: { kind: 'notice', number: `${id}/TB-VPCP`, date: '2026-09-01' },
    text: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công',
    scope: 'province',
    agency: '01',
    key: false,
    assigned: '2026-09-01',
    deadline: '2026-10-15',
    completed: null,
    status: 'overdue',
    daysOverdue: 16,
    ...patch,
  };
}

const NAMES: Record<string, string> = {
  '01': 'Hà Nội',
  '91': 'An Giang',
  '66': 'Đắk Lắk',
  TC: 'Bộ Tài chính',
};
const tasks = [
  task('1', { agency: '01', daysOverdue: 16 }),
  task('2', { agency: '91', daysOverdue: 40, deadline: '2026-09-21', key: true }),
  task('3', {
    agency: '66',
    status: 'in-progress',
    daysOverdue: 0,
    deadline: '2026-12-31',
    text: 'Xây dựng nhà ở xã hội',
  }),
  task('4', {
    agency: 'TC',
    scope: 'ministry',
    status: 'done-late',
    daysOverdue: 3,
    text: 'Rà soát thủ tục hành chính nội bộ',
  }),
  task('5', { agency: '01', status: 'done-on-time', daysOverdue: 0, deadline: '2026-10-01' }),
];
const index = indexTasks(tasks, {
  agencyName: (t) => NAMES[t.agency] ?? t.agency,
  compareNames: compareNames('vi'),
});
const ids = (q: Parameters<typeof queryTasks>[1]) => queryTasks(index, q).tasks.map((t) => t.id);

describe('the list: filter, search, sort', () => {
  it('opens on the overdue tasks, most days overdue first', () => {
    expect(ids(DEFAULT_TASK_QUERY)).toEqual(['2', '1']);
  });

  it('search ignores diacritics and case and looks at the agency name and the directive number', () => {
    expect(ids({ search: 'GIAI NGAN' })).toEqual(['2', '1', '5']);
    expect(ids({ search: 'dak lak' })).toEqual(['3']);
    expect(ids({ search: '4/TB-VPCP' })).toEqual(['4']);
    expect(ids({ search: 'nha o xa hoi khong co' })).toEqual([]);
  });

  it('filters by status, key tasks, scope and agency; status counts ignore the status filter', () => {
    const result = queryTasks(index, { statuses: ['done-late'], scope: 'province' });
    expect(result.tasks).toEqual([]);
    expect(result.statusCounts).toEqual({ 'done-on-time': 1, 'done-late': 0, 'in-progress': 1, overdue: 2 });
    expect(ids({ keyOnly: true })).toEqual(['2']);
    expect(ids({ agency: '01', sort: 'deadline' })).toEqual(['5', '1']);
    expect(ids({ scope: 'ministry' })).toEqual(['4']);
  });

  it('sorts by deadline, by agency in Vietnamese order, either way', () => {
    expect(ids({ sort: 'deadline' })).toEqual(['2', '5', '1', '4', '3']);
    expect(ids({ sort: 'deadline', order: 'desc' })).toEqual(['3', '1', '4', '5', '2']);
    // An Giang < Bộ Tài chính < Đắk Lắk < Hà Nội (Đ after D in Vietnamese order); ties by deadline.
    expect(ids({ sort: 'agency' })).toEqual(['2', '4', '3', '5', '1']);
  });

  it('pages', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({
      rows: [3, 4],
      page: 2,
      pageSize: 2,
      pageCount: 3,
      total: 5,
    });
    expect(pageOf([], 1, 50)).toEqual({ rows: [], page: 1, pageSize: 50, pageCount: 1, total: 0 });
    expect(pageOf([1, 2], 2, 50)).toBeNull();
  });
});

describe('foldLongText', () => {
  it('folds exactly as foldVietnamese, NFC or NFD, Đ and its look-alikes, runs of spaces', () => {
    for (const text of [
      'Đẩy nhanh tiến độ GIẢI NGÂN vốn đầu tư công;  báo cáo\tThủ tướng Chính phủ trước ngày 29/09/2026',
      'Khánh Hoà'.normalize('NFD'),
      '  Ðắk Lắk – Bà Rịa - Vũng Tàu  ',
      'Thông báo 512/TB-VPCP ngày 14/10/2026',
    ]) {
      expect(foldLongText(text)).toBe(foldVietnamese(text));
    }
  });
});
