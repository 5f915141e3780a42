import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { EraFigure } from '../../domain/era-figures.ts';
import { monthPeriod } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import { I18nProvider, translate, type Translate } from '../../i18n/i18n.tsx';
import { FigureTable, figureColumns, type FigureColumn } from './figure-table.tsx';
import { selectBoardRows, type BoardRow } from './select-board-rows.ts';

const t: Translate = (key, params) => translate('vi', key, params);
const indicator = CATALOG.find((i) => i.id === 'public-investment-disbursement-rate')!;
const units = registryUnits('34').slice(0, 3); // 01 Hà Nội, 04 Cao Bằng, 08 Tuyên Quang
const figure = (code: string, value: number | null): EraFigure => ({
  code,
  state: value === null ? 'missing' : 'value',
  value,
  status: value === null ? 'missing' : 'official',
  ...(value === null ? { missingReason: 'late' as const } : {}),
  previousYear: 60,
  target: null,
  converted: false,
});
const { rows } = selectBoardRows({
  indicator,
  figures: {
    era: '34',
    conversion: 'none',
    byCode: new Map([
      ['01', figure('01', 67.3)],
      ['04', figure('04', 70)],
      ['08', figure('08', null)],
    ]),
  },
  units,
  period: monthPeriod(2026, 10),
  locale: 'vi',
});
const unit: FigureColumn<BoardRow> = { key: 'unit', header: 'Đơn vị', rowHeader: true, cell: (r) => r.name };

function cellsOf(name: string) {
  const row = screen.getByRole('rowheader', { name }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('FigureTable', () => {
  it('writes the columns asked for, in their order, with the same words in every table', () => {
    render(
      <I18nProvider locale="vi">
        <FigureTable
          rows={rows}
          rowKey={(r) => r.code}
          caption="Giải ngân"
          columns={[
            ...figureColumns<BoardRow>(['code'], (row) => ({ row, total: 2 }), { t, locale: 'vi' }),
            unit,
            ...figureColumns<BoardRow>(
              ['value', 'change', 'rankOf', 'status'],
              (row) => ({ row, total: 2 }),
              {
                t,
                locale: 'vi',
              },
            ),
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Mã',
      'Đơn vị',
      'Giá trị',
      'So với cùng kỳ',
      'Hạng',
      'Trạng thái',
    ]);
    expect(cellsOf('Cao Bằng')).toEqual([
      '04',
      '70,0% kế hoạch',
      '▲ tăng +10,0 điểm %',
      'Hạng 1/2',
      'Chính thức',
    ]);
    expect(cellsOf('Tuyên Quang')).toEqual(['08', 'Chậm gửi báo cáo', '–', '–', 'Chưa có số liệu']);
  });

  it("spans one placeholder across a row's figure cells, and sorts from its headers", async () => {
    const onSort = vi.fn();
    render(
      <I18nProvider locale="vi">
        <FigureTable
          rows={rows}
          rowKey={(r) => r.code}
          caption="Giải ngân"
          columns={[
            unit,
            ...figureColumns<BoardRow>(['value', 'change', 'rankOf'], (row) => ({ row, total: 2 }), {
              t,
              locale: 'vi',
              sort: (kind) => (kind === 'rankOf' ? { direction: 'descending', onSort } : undefined),
            }),
            { key: 'note', header: 'Ghi chú', cell: (r) => `#${r.code}` },
          ]}
          placeholder={(r) => (r.code === '01' ? 'Đang tải…' : null)}
        />
      </I18nProvider>,
    );
    const haNoi = screen.getByRole('rowheader', { name: 'Hà Nội' }).closest('tr')!;
    const [stand, note] = within(haNoi).getAllByRole('cell');
    expect(stand?.getAttribute('colspan')).toBe('3');
    expect([stand?.textContent, note?.textContent]).toEqual(['Đang tải…', '#01']);
    const header = screen.getByRole('columnheader', { name: /Hạng/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    await userEvent.setup().click(within(header).getByRole('button'));
    expect(onSort).toHaveBeenCalledTimes(1);
  });
});
