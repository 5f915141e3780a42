/**
 * The one table of figures: the map's table view, the ranking and the province page's indicator table
 * are this component with different columns. The figure columns (value, change, rank, change of rank,
 * status, share of plan) come from {@link figureColumns} and read the same {@link BoardRow}, so a number
 * reads the same in every table by construction.
 *
 * Rows are any type: a unit of a board, or an indicator of a unit's profile. Each row can take its own
 * attributes (`rowProps`: data attributes, highlight, hover). With `roving` the rows are one Tab stop: the
 * arrow keys (and Home, End, PageUp, PageDown) move the focus between the rows' links (the element a cell
 * marks `data-row-link` and gives the `tabIndex` its context says), Enter follows the link.
 */
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatNumber, formatRank } from '../../domain/format.ts';
import type { Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { ChangeText, RankChange, ReasonText } from './row-parts.tsx';
import { rovingTarget } from './roving.ts';
import type { BoardRow } from './select-board-rows.ts';

export interface ColumnSort {
  readonly direction: 'ascending' | 'descending' | 'none';
  readonly onSort: () => void;
}

/** What a cell needs to know of its row's place in the table. */
export interface CellContext {
  /** For the row's link in a roving table: 0 on the row that holds the Tab stop, -1 on the others. */
  readonly tabIndex?: 0 | -1;
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
  readonly cell: (row: R, context: CellContext) => ReactNode;
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
  /** The rows are one Tab stop; arrows move between their links (see the module's comment). */
  readonly roving?: boolean;
  /**
   * The row being read out elsewhere (the unit highlighted on the map): the table's box scrolls, by
   * itself alone, to show it, unless the pointer is over the table.
   */
  readonly activeKey?: string | null;
  /**
   * The scroll box is a Tab stop of its own (named by the caption), so that a keyboard can scroll it: for
   * tables whose rows hold nothing focusable. Defaults to true unless `roving`.
   */
  readonly focusableBox?: boolean;
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
  roving = false,
  activeKey = null,
  focusableBox = !roving,
}: FigureTableProps<R>) {
  const boxRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pointerInside = useRef(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const keys = rows.map(rowKey);
  // The row that holds the Tab stop: the last one focused while it is still listed, else the first.
  const stop = focusKey !== null && keys.includes(focusKey) ? focusKey : (keys[0] ?? null);

  useEffect(() => {
    const box = boxRef.current;
    const row = activeKey === null ? undefined : rowElement(bodyRef.current, activeKey);
    if (!box || !row || pointerInside.current) return;
    scrollIntoBox(box, row);
  }, [activeKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!roving || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = rovingTarget(keys, stop, event.key);
    if (target === null) return;
    event.preventDefault();
    setFocusKey(target);
    rowLink(rowElement(event.currentTarget, target))?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!roving) return;
    const key = (event.target as HTMLElement).closest<HTMLElement>('tr[data-row-key]')?.dataset.rowKey;
    if (key !== undefined) setFocusKey(key);
  };

  return (
    <div
      ref={boxRef}
      className={`table-scroll${tall ? ' table-scroll--tall' : ''}`}
      // A scroll box the keyboard can reach, named like its table (axe: scrollable-region-focusable).
      {...(focusableBox ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
      onPointerEnter={() => {
        pointerInside.current = true;
      }}
      onPointerLeave={() => {
        pointerInside.current = false;
      }}
    >
      <table className={`data-table${className ? ` ${className}` : ''}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        {/* The arrow keys of the roving focus are delegated to the body of the table. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
          {rows.map((row) => {
            const key = rowKey(row);
            const context: CellContext = roving ? { tabIndex: key === stop ? 0 : -1 } : {};
            return (
              <tr key={key} data-row-key={key} {...rowProps?.(row)}>
                {cells(row, columns, placeholder?.(row), context)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function rowElement(body: HTMLTableSectionElement | null, key: string): HTMLTableRowElement | undefined {
  return body ? [...body.rows].find((tr) => tr.dataset.rowKey === key) : undefined;
}

function rowLink(row: HTMLTableRowElement | undefined): HTMLElement | null {
  return row?.querySelector<HTMLElement>('[data-row-link]') ?? null;
}

/**
 * Scrolls `box` (and nothing around it: not the page, which the reader may be using elsewhere) just
 * enough to show `row` below the sticky header.
 */
function scrollIntoBox(box: HTMLElement, row: HTMLElement): void {
  const view = box.getBoundingClientRect();
  const rect = row.getBoundingClientRect();
  const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  if (rect.top < view.top + header) box.scrollTop -= view.top + header - rect.top;
  else if (rect.bottom > view.bottom) box.scrollTop += rect.bottom - view.bottom;
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

function cells<R>(
  row: R,
  columns: readonly FigureColumn<R>[],
  stand: ReactNode,
  context: CellContext,
): ReactNode[] {
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
          {column.cell(row, context)}
        </th>
      ) : (
        <td key={column.key} className={className || undefined}>
          {column.cell(row, context)}
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
