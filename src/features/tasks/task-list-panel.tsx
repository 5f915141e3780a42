import { useQuery } from '@tanstack/react-query';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { downloadCsv } from '../../components/export/download.ts';
import { csvFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCount, formatDate } from '../../domain/format.ts';
import { periodKey, type MonthPeriod } from '../../domain/period.ts';
import {
  DEFAULT_SORT_ORDER,
  indexTasks,
  queryTasks,
  type SortOrder,
  type TaskSort,
  type TaskStatus,
} from '../../domain/tasks.ts';
import { compareNames } from '../../domain/text.ts';
import type { Scope } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { directiveLabel, STATUS_FILTER_ORDER, taskListCsvRows, type AgencyName } from './select-tasks.ts';
import type { UpdateTasks } from './tasks-page.tsx';
import type { TasksState } from './tasks-state.ts';
import { taskRegisterQuery } from './use-task-data.ts';

/** A row's first guess before it is measured: two lines of task text. */
const ROW_ESTIMATE = 58;
/** Rows drawn beyond the visible ones, so a quick scroll does not show blank space. */
const OVERSCAN = 12;
/** The scroll box's usual size, for drawing before it has one. */
const FALLBACK_RECT: Rect = { width: 1200, height: 640 };

/**
 * The library's own observer, except that a box with no height yet (not laid out: a print view being
 * prepared, a page without layout) counts as its usual size, so its first rows are drawn rather than none.
 */
function observeRectOrFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  return observeElementRect(instance, (rect) => {
    cb(rect.height > 0 ? rect : FALLBACK_RECT);
  });
}

type ColumnKey = 'directive' | 'task' | 'agency' | 'deadline' | 'daysOverdue' | 'status';

const COLUMNS: readonly { key: ColumnKey; sort?: TaskSort; num?: boolean }[] = [
  { key: 'directive' },
  { key: 'task' },
  { key: 'agency', sort: 'agency' },
  { key: 'deadline', sort: 'deadline' },
  { key: 'daysOverdue', sort: 'days-overdue', num: true },
  { key: 'status' },
];

/**
 * The tasks of the register at the end of the period, overdue by default: directive, task, assignee,
 * deadline, days overdue, status. Search (diacritics and case ignored), filters by status and agency,
 * sort by a column header; the whole register is loaded once and filtered in the page, drawn with
 * virtual scrolling (only the rows in view are in the document), so thousands of rows stay smooth.
 */
export function TaskListPanel({
  period,
  scope,
  names,
  state,
  update,
}: {
  period: MonthPeriod;
  scope: Scope;
  names: ReadonlyMap<string, AgencyName> | null;
  state: TasksState;
  update: UpdateTasks;
}) {
  const { t, locale } = useI18n();
  const query = useQuery(taskRegisterQuery(periodKey(period), scope));
  // The search box answers at once; the list follows a moment later on a busy machine.
  const [typed, setTyped] = useState<string | null>(null);
  const search = useDeferredValue(typed ?? state.search);
  const nameOf = (code: string) => names?.get(code)?.name ?? code;
  const index = useMemo(
    () =>
      query.data && names
        ? indexTasks(query.data.tasks, {
            agencyName: (task) => names.get(task.agency)?.name ?? task.agency,
            compareNames: compareNames(locale),
            extraText: (task) => t(`tasks.directive.${task.directive.kind}`),
          })
        : null,
    [query.data, names, locale, t],
  );
  const result = useMemo(
    () =>
      index
        ? queryTasks(index, {
            statuses: state.statuses,
            keyOnly: state.keyOnly,
            ...(state.agency ? { agency: state.agency } : {}),
            search,
            sort: state.sort,
            ...(state.order ? { order: state.order } : {}),
          })
        : null,
    [index, state.statuses, state.keyOnly, state.agency, search, state.sort, state.order],
  );
  const tasks = result?.tasks ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change under React Compiler's feet; this component is not compiled-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectOrFallback,
    // A row not laid out yet measures 0: keep the estimate, or every row would seem to fit in the box.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const order: SortOrder = state.order ?? DEFAULT_SORT_ORDER[state.sort];
  const agencies = useMemo(
    () => (names ? [...names.entries()].sort(([, a], [, b]) => compareNames(locale)(a.name, b.name)) : []),
    [names, locale],
  );

  const toggleStatus = (status: TaskStatus) => {
    const all = state.statuses.length === 0;
    const on = all || state.statuses.includes(status);
    const next = all
      ? STATUS_FILTER_ORDER.filter((s) => s !== status)
      : on
        ? state.statuses.filter((s) => s !== status)
        : [...state.statuses, status];
    update({ statuses: next.length === STATUS_FILTER_ORDER.length ? [] : next }, { replace: true });
  };

  return (
    <Panel
      id="task-list"
      className="panel--task-list"
      title={t('tasks.list.title')}
      subtitle={
        result
          ? t('tasks.list.count', {
              count: formatCount(tasks.length, locale),
              total: formatCount(index?.entries.length ?? 0, locale),
            })
          : undefined
      }
      actions={
        result && (
          <ExportButtons
            onCsv={() => {
              const { headers, rows } = taskListCsvRows(tasks, nameOf, t, locale);
              downloadCsv(
                toCsv(headers, rows),
                csvFileName(['dieu-hanh', 'danh-sach-nhiem-vu', scope, periodKey(period)]),
              );
            }}
          />
        )
      }
    >
      <div className="task-list__filters" role="group" aria-label={t('tasks.list.filters')}>
        <div className="field">
          <label htmlFor="task-search">{t('tasks.list.search')}</label>
          <input
            id="task-search"
            type="search"
            value={typed ?? state.search}
            placeholder={t('tasks.list.searchPlaceholder')}
            onChange={(e) => {
              setTyped(e.target.value);
              update({ search: e.target.value }, { replace: true });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="task-agency">
            {t(scope === 'ministry' ? 'ranking.col.ministry' : 'ranking.col.unit')}
          </label>
          <select
            id="task-agency"
            value={state.agency ?? ''}
            onChange={(e) => {
              update({ agency: e.target.value || null });
            }}
          >
            <option value="">{t('tasks.list.allAgencies')}</option>
            {agencies.map(([code, n]) => (
              <option key={code} value={code}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="task-list__statuses">
          <legend>{t('tasks.col.status')}</legend>
          {STATUS_FILTER_ORDER.map((status) => (
            <label key={status} className={`task-status task-status--${status}`}>
              <input
                type="checkbox"
                checked={state.statuses.length === 0 || state.statuses.includes(status)}
                onChange={() => {
                  toggleStatus(status);
                }}
              />
              {t(`tasks.status.${status}`)}
              {result && (
                <span className="task-status__count">
                  {' '}
                  ({formatCount(result.statusCounts[status], locale)})
                </span>
              )}
            </label>
          ))}
        </fieldset>
      </div>
      {query.isError && (
        <PanelError
          error={query.error}
          failedAt={query.errorUpdatedAt}
          onRetry={() => void query.refetch()}
          othersKeepWorking
        />
      )}
      {!query.isError && !result && (
        <div className="ranking__skeleton" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="skeleton--row" />
          ))}
        </div>
      )}
      {result && tasks.length === 0 && <p className="panel__empty">{t('tasks.list.empty')}</p>}
      {result && tasks.length > 0 && (
        <div
          className="table-scroll task-list__scroll"
          ref={scrollRef}
          // The box scrolls thousands of rows: reachable with Tab so the arrow keys scroll it.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          role="region"
          aria-label={t('tasks.list.scroll')}
        >
          <table className="data-table task-table" aria-rowcount={tasks.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
                {COLUMNS.map((c) => {
                  const sorted = c.sort === state.sort;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.num ? 'num' : undefined}
                      aria-sort={sorted ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      {c.sort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => {
                            const sort = c.sort ?? state.sort;
                            if (sorted) update({ order: order === 'asc' ? 'desc' : 'asc' });
                            else update({ sort, order: null });
                          }}
                        >
                          {t(`tasks.col.${c.key}`)}
                          {sorted ? (order === 'asc' ? ' ▲' : ' ▼') : ''}
                        </button>
                      ) : (
                        t(`tasks.col.${c.key}`)
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={COLUMNS.length} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {items.map((item) => {
                const task = tasks[item.index];
                if (!task) return null;
                return (
                  <tr
                    key={task.id}
                    data-index={item.index}
                    data-task={task.id}
                    aria-rowindex={item.index + 2}
                    ref={virtualizer.measureElement}
                  >
                    <td className="task-table__directive">{directiveLabel(task, t, locale)}</td>
                    <td className="task-table__text">
                      {task.key && <span className="task-table__key">{t('tasks.key')}</span>}
                      {task.text}
                    </td>
                    <td>{nameOf(task.agency)}</td>
                    <td>
                      {formatDate(task.deadline, locale)}
                      {task.originalDeadline && (
                        <span className="task-table__extended">
                          {t('tasks.deadlineExtended', { date: formatDate(task.originalDeadline, locale) })}
                        </span>
                      )}
                    </td>
                    <td className="num">
                      {task.daysOverdue > 0 ? formatCount(task.daysOverdue, locale) : '–'}
                    </td>
                    <td>
                      <span className={`task-status task-status--${task.status}`}>
                        {t(`tasks.status.${task.status}`)}
                      </span>
                    </td>
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={COLUMNS.length} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
