import { describe, expect, it } from 'vitest';
import { compareNames } from '../../domain/text.ts';
import type { TaskCounts } from '../../domain/tasks.ts';
import { translate, type Translate } from '../../i18n/i18n.tsx';
import { selectOverdueTrend, selectTaskBars, taskBarCategories, taskListCsvRows } from './select-tasks.ts';
import { DEFAULT_TASKS_STATE, parseTasksState, serializeTasksState } from './tasks-state.ts';

const t: Translate = (key, params) => translate('vi', key, params);

function counts(doneOnTime: number, doneLate: number, inProgress: number, overdue: number): TaskCounts {
  return {
    assigned: doneOnTime + doneLate + inProgress + overdue,
    doneOnTime,
    doneLate,
    inProgress,
    overdue,
    keyTasks: 0,
  };
}

describe('the stacked bars of the agencies', () => {
  const names = new Map([
    ['01', { name: 'Hà Nội', short: 'Hà Nội' }],
    ['79', { name: 'TP. Hồ Chí Minh', short: 'TP. HCM' }],
    ['91', { name: 'An Giang', short: 'An Giang' }],
  ]);
  it('puts the highest overdue share first, equal shares by name, an agency with no task last', () => {
    const rows = selectTaskBars(
      [
        { code: '01', counts: counts(90, 0, 0, 10) },
        { code: '79', counts: counts(0, 0, 0, 0) },
        { code: '91', counts: counts(45, 0, 0, 5) },
        { code: '99', counts: counts(10, 0, 0, 10) },
      ],
      names,
      compareNames('vi'),
    );
    // 99 (50 %), then Hà Nội and An Giang (10 % each; Hà Nội has more overdue tasks), then none assigned.
    expect(rows.map((r) => r.code)).toEqual(['99', '01', '91', '79']);
    expect(rows[0]?.name).toBe('99');
    expect(rows[1]?.overdueShare).toBe(10);
    expect(rows[3]?.overdueShare).toBeNull();
  });

  it('draws done first and overdue last, with the short name on the axis', () => {
    const [bar] = taskBarCategories(
      selectTaskBars([{ code: '79', counts: counts(5, 4, 3, 2) }], names, compareNames('vi')),
    );
    expect(bar).toEqual({ code: '79', name: 'TP. HCM', values: [5, 4, 3, 2] });
  });

  it('gives no share for a month with nothing assigned yet, never a zero', () => {
    expect(selectOverdueTrend([counts(0, 0, 0, 0), counts(3, 0, 0, 1)])).toEqual([null, 25]);
  });
});

describe('the task list CSV', () => {
  it('writes the directive as a reader cites it and the dates as ISO dates', () => {
    const { headers, rows } = taskListCsvRows(
      [
        {
          id: 'x',
          directive: { kind: 'notice', number: '512/TB-VPCP', date: '2026-10-14' },
          text: 'Đẩy nhanh giải ngân vốn đầu tư công',
          scope: 'province',
          agency: '79',
          key: true,
          assigned: '2026-10-14',
          deadline: '2026-10-20',
          completed: null,
          status: 'overdue',
          daysOverdue: 11,
        },
      ],
      () => 'TP. Hồ Chí Minh',
      t,
      'vi',
    );
    expect(headers[0]).toBe('Văn bản giao');
    expect(rows[0]).toEqual([
      'Thông báo 512/TB-VPCP ngày 14/10/2026',
      'Đẩy nhanh giải ngân vốn đầu tư công',
      'Có',
      'TP. Hồ Chí Minh',
      '2026-10-20',
      11,
      'Quá hạn chưa hoàn thành',
    ]);
  });
});

describe('the tasks board in the URL', () => {
  it('opens on the overdue tasks and leaves defaults out of the link', () => {
    expect(parseTasksState(new URLSearchParams())).toEqual(DEFAULT_TASKS_STATE);
    expect(serializeTasksState(DEFAULT_TASKS_STATE, new URLSearchParams('lang=en')).toString()).toBe(
      'lang=en',
    );
  });

  it('keeps every choice, "all statuses" included, and reads back what it wrote', () => {
    const state = {
      ...DEFAULT_TASKS_STATE,
      agencies: 'ministry' as const,
      period: '2025-02',
      keyOnly: true,
      statuses: [],
      agency: 'TC',
      search: 'giải ngân',
      sort: 'deadline' as const,
      order: 'desc' as const,
    };
    const search = serializeTasksState(state);
    expect(search.get('status')).toBe('all');
    expect(parseTasksState(search)).toEqual(state);
  });

  it('falls back to the defaults on values it cannot read', () => {
    const state = parseTasksState(
      new URLSearchParams('period=2026-Q3&status=bogus&agency=TC&sort=x&order=up'),
    );
    // A quarter is not a month; a ministry code is not a province's.
    expect(state.period).toBeNull();
    expect(state.statuses).toEqual(['overdue']);
    expect(state.agency).toBeNull();
    expect(state.sort).toBe('days-overdue');
    expect(state.order).toBeNull();
  });
});
