import { describe, expect, it } from 'vitest';
import { compareNames } from '../../domain/text.ts';
import { cellStatus, selectReportingMatrix } from './select-reporting.ts';

describe('the reporting matrix', () => {
  const names = new Map([
    ['01', 'Hà Nội'],
    ['79', 'TP. Hồ Chí Minh'],
    ['91', 'An Giang'],
  ]);
  it('puts the lowest on-time share first and keeps an agency with nothing due, last, without a share', () => {
    const rows = selectReportingMatrix(
      [
        { code: '01', reportId: 'kt-xh', status: 'on-time' },
        { code: '01', reportId: 'dtc', status: 'late' },
        { code: '79', reportId: 'kt-xh', status: 'on-time' },
        { code: '79', reportId: 'dtc', status: 'on-time' },
      ],
      names,
      compareNames('vi'),
    );
    expect(rows.map((r) => r.code)).toEqual(['01', '79', '91']);
    expect(rows[0]?.onTimeShare).toBe(50);
    expect(rows[2]?.onTimeShare).toBeNull();
    expect(rows[0]?.cells.get('dtc')).toEqual({ required: 1, onTime: 0, late: 1, notSubmitted: 0 });
  });

  it('shows a cell by its worst submission', () => {
    expect(cellStatus({ required: 3, onTime: 1, late: 1, notSubmitted: 1 })).toBe('not-submitted');
    expect(cellStatus({ required: 2, onTime: 1, late: 1, notSubmitted: 0 })).toBe('late');
    expect(cellStatus({ required: 1, onTime: 1, late: 0, notSubmitted: 0 })).toBe('on-time');
  });
});
