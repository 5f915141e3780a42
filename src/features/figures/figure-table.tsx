/**
 * The one table of figures: the map's table view, the ranking and the province page's indicator table
 * are this component with different columns. The figure columns (value, change, rank, change of rank,
 * status, share of plan) come from {@link figureColumns} and read the same {@link BoardRow}, so a number
 * reads the same in every table by construction.
 *
 * Rows are any type: a unit of a board, or an indicator of a unit's profile. Each row can take its own
 * attributes (`rowProps`: data attributes, highlight, hover) and the body a key handler, which is where
 * a roving focus will plug in.
 */
import type { HTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatNumber, formatRank } from '../../domain/format.ts';
import type { Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { ChangeText, RankChange, ReasonText } from './row-parts.tsx';
import type { BoardRow } from './select-board-rows.ts';

export interface ColumnSort {
  readonly direction: 'ascending' | 'descending' | 'none';
  readonly onSort: () => void;
}

export interface FigureColumn<R> {
  readonly key: string;
  readonly header: ReactNode;
  readonly numeric?: boolean;
  /** The row's header cell (`<th scope="row">`): what the row is about. */
  readonly rowHeader?: boolean;
  /** A cell of the figure: while a row has no figure, these cells give way to its placeholder. */
  readonly figure?: boolean;
  readonly sort?: ColumnSort;
  readonly className?: string;
  readonly cell: (row: R) => ReactNode;
}

/** Attributes of a row: data attributes, a class, pointer handlers. */
export type RowProps = HTMLAttributes<HTMLTableRowElement> & { readonly [data: `data-${string}`]: string };

export interface FigureTableProps<R> {
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly columns: readonly FigureColumn<R>[];
  /** Read by screen readers only: what the table lists, and for which period. */
  readonly caption: string;
  /** Extra class of the table element ('ranking-table', 'profile-table'). */
  readonly className?: string;
  /** A taller scroll box, for long lists beside a tall map. */
  readonly tall?: boolean;
  readonly rowProps?: (row: R) => RowProps;
  /**
   * What stands in for the figure cells of a row without its figure (still loading, failed, or none):
   * one cell across them. Undefined or null: the row has its figure.
   */
  readonly placeholder?: (row: R) => ReactNode;
  readonly onBodyKeyDown?: (event: KeyboardEvent<HTMLTableSectionElement>) => void;
}

export function FigureTable<R>({
  rows,
  rowKey,
  columns,
  caption,
  className,
  tall = false,
  rowProps,
  placeholder,
  onBodyKeyDown,
}: FigureTableProps<R>) {
  return (
    <div className={`table-scroll${tall ? ' table-scroll--tall' : ''}`}>
      <table className={`data-table${className ? ` ${className}` : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        {/* Arrow keys move between the row links (delegated to the body of the table). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onKeyDown={onBodyKeyDown}>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {cells(row, columns, placeholder?.(row))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<R>({ column }: { column: FigureColumn<R> }) {
  const className = column.numeric ? 'num' : undefined;
  if (!column.sort) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  const { direction, onSort } = column.sort;
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <button type="button" className="sort-button" onClick={onSort}>
        {column.header}
        <span aria-hidden="true">
          {direction === 'descending' ? ' ▼' : direction === 'ascending' ? ' ▲' : ' ↕'}
        </span>
      </button>
    </th>
  );
}

function cells<R>(row: R, columns: readonly FigureColumn<R>[], stand: ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (!column) continue;
    if (stand !== undefined && stand !== null && column.figure) {
      // One cell across this run of figure columns.
      let span = 1;
      while (columns[i + span]?.figure) span++;
      out.push(
        <td key={column.key} colSpan={span}>
          {stand}
        </td>,
      );
      i += span - 1;
      continue;
    }
    const className = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ');
    out.push(
      column.rowHeader ? (
        <th key={column.key} scope="row" className={className || undefined}>
          {column.cell(row)}
        </th>
      ) : (
        <td key={column.key} className={className || undefined}>
          {column.cell(row)}
        </td>
      ),
    );
  }
  return out;
}

/** The figure columns every table can show, in the order a table lists them. */
export type FigureColumnKind =
  'code' | 'rank' | 'value' | 'change' | 'target' | 'rankOf' | 'rankChange' | 'status';

/** A row's figure, with the number of units ranked (the N of "Hạng 3/N"). */
export interface RowFigure {
  readonly row: BoardRow;
  readonly total: number;
}

/**
 * The figure columns named by `kinds`, reading each table row's figure through `figureOf`:
 * - `code`: the official code; `rank`: the bare rank ("2", with "(đồng hạng)" for screen readers);
 * - `value`: the value with its unit, or why there is none, in one precision down the column (`cellText`)
 *   unless the rows are of different indicators (`mixed`, a unit's profile: each as the board writes it);
 *   `change`: on the same period last year;
 * - `target`: per cent of the plan or estimate; `rankOf`: "Hạng 3/34"; `rankChange`: places gained
 *   (`rankChangeKnown` false while the previous period is unknown: a dash, never a false arrow);
 * - `status`: the data stage in words.
 */
export function figureColumns<R>(
  kinds: readonly FigureColumnKind[],
  figureOf: (row: R) => RowFigure | null,
  {
    t,
    locale,
    rankChangeKnown = true,
    mixed = false,
    sort,
  }: {
    t: Translate;
    locale: Locale;
    rankChangeKnown?: boolean;
    mixed?: boolean;
    sort?: (kind: FigureColumnKind) => ColumnSort | undefined;
  },
): FigureColumn<R>[] {
  const read =
    (render: (figure: RowFigure) => ReactNode) =>
    (row: R): ReactNode => {
      const figure = figureOf(row);
      return figure ? render(figure) : null;
    };
  const column = (
    kind: FigureColumnKind,
    header: string,
    numeric: boolean,
    render: (figure: RowFigure) => ReactNode,
  ): FigureColumn<R> => {
    const sorted = sort?.(kind);
    return {
      key: kind,
      header,
      numeric,
      figure: true,
      cell: read(render),
      ...(sorted ? { sort: sorted } : {}),
    };
  };
  return kinds.map((kind) => {
    switch (kind) {
      case 'code':
        return { ...column(kind, t('csv.code'), false, ({ row }) => row.code), figure: false };
      case 'rank':
        return column(kind, t('ranking.col.rank'), true, ({ row }) => (
          <>
            {row.rank ?? '–'}
            {row.tied && <span className="visually-hidden"> ({t('ranking.tied')})</span>}
          </>
        ));
      case 'value':
        return column(
          kind,
          t('ranking.col.value'),
          true,
          ({ row }) => (mixed ? row.valueText : row.cellText) ?? <ReasonText row={row} />,
        );
      case 'change':
        return column(kind, t('ranking.col.change'), true, ({ row }) => <ChangeText row={row} />);
      case 'target':
        return column(kind, t('province.col.target'), true, ({ row }) =>
          row.shareOfTarget !== null ? `${formatNumber(row.shareOfTarget, locale, 1)}%` : '–',
        );
      case 'rankOf':
        return column(kind, t('ranking.col.rank'), true, ({ row, total }) =>
          row.rank !== null ? formatRank(row.rank, total, locale) : '–',
        );
      case 'rankChange':
        return column(kind, t('ranking.col.rankChange'), true, ({ row }) => (
          <RankChange row={row} known={rankChangeKnown} />
        ));
      case 'status':
        return column(kind, t('ranking.col.status'), false, ({ row }) => <StatusBadge status={row.status} />);
    }
  });
}
