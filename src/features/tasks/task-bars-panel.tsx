import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TaskCountsResponse } from '../../api/task-register/schema.ts';
import { minStackedBarHeight } from '../../charts/stacked/build-stacked-bar-option.ts';
import { LazyChart, renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useThemeName } from '../../components/theme-context.tsx';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatCount, formatPercent } from '../../domain/format.ts';
import { OVERDUE_DECIMALS, TASK_FIGURES } from '../../domain/headline-tasks.ts';
import { countOf, type AgencyTaskCounts } from '../../domain/tasks.ts';
import { compareNames } from '../../domain/text.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  selectTaskBars,
  TASK_SEGMENT_ORDER,
  taskBarCategories,
  taskSegments,
  type AgencyName,
} from './select-tasks.ts';
import type { UpdateTasks } from './tasks-page.tsx';
import type { TasksState } from './tasks-state.ts';

const EXPORT_WIDTH = 1000;

/**
 * Each agency's tasks by status as a 100 % stacked bar, the highest overdue share at the top, or the
 * same figures as a table (counts and the overdue share). CSV of the table, PNG of the chart.
 */
export function TaskBarsPanel({
  query,
  rows,
  names,
  state,
  update,
  periodText,
}: {
  query: UseQueryResult<TaskCountsResponse>;
  rows: readonly AgencyTaskCounts[] | null;
  names: ReadonlyMap<string, AgencyName> | null;
  state: TasksState;
  update: UpdateTasks;
  periodText: string;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const textSize = useRootFontSize();
  const scope = state.agencies;
  const bars = useMemo(
    () => (rows && names ? selectTaskBars(rows, names, compareNames(locale)) : null),
    [rows, names, locale],
  );
  const title = t(scope === 'ministry' ? 'tasks.bars.title.ministry' : 'tasks.bars.title.province');
  const subtitle = `${periodText}${state.keyOnly ? ` · ${t('tasks.keyOnly')}` : ''}`;
  const chartSpec = (exporting: boolean): ChartSpec | null =>
    bars
      ? {
          kind: 'stacked',
          input: {
            categories: taskBarCategories(bars),
            segments: taskSegments(t),
            mode: 'share',
            number: { locale, decimals: 0 },
            highlighted: null,
            texts: { noData: t('status.missing'), total: t('tasks.total') },
            theme: THEMES[theme],
            size: exporting
              ? { width: EXPORT_WIDTH, height: minStackedBarHeight(bars.length, true) }
              : { width: 900, height: minStackedBarHeight(bars.length, false, textSize), fontSize: textSize },
            ...(exporting
              ? {
                  export: {
                    title: `${title}: ${t('group.tasks')}`,
                    subtitle,
                    footer: t('panel.source', { source: t('tasks.source') }),
                  },
                }
              : {}),
          },
        }
      : null;
  const spec = state.barsView === 'chart' ? chartSpec(false) : null;
  const height = `${minStackedBarHeight(bars?.length ?? 0, false, textSize)}px`;
  const headers = [
    t(scope === 'ministry' ? 'ranking.col.ministry' : 'ranking.col.unit'),
    t('tasks.col.assigned'),
    ...TASK_SEGMENT_ORDER.map((s) => t(`tasks.status.${s}`)),
    t('tasks.col.overdueShare'),
  ];

  return (
    <Panel
      id="task-bars"
      className="panel--task-bars"
      title={title}
      subtitle={subtitle}
      actions={
        <>
          <Segmented
            label={t('panel.viewAs')}
            value={state.barsView}
            options={(['chart', 'table'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={(barsView) => {
              update({ barsView });
            }}
          />
          {bars && (
            <ExportButtons
              onCsv={() => {
                downloadCsv(
                  toCsv(
                    [t('csv.code'), ...headers],
                    bars.map((r) => [
                      r.code,
                      r.name,
                      r.counts.assigned,
                      ...TASK_SEGMENT_ORDER.map((s) => countOf(r.counts, s)),
                      r.overdueShare,
                    ]),
                  ),
                  csvFileName(['dieu-hanh', 'nhiem-vu', scope, query.data?.period ?? '']),
                );
              }}
              onPng={async () => {
                const exported = chartSpec(true);
                if (!exported) return;
                const size = { width: EXPORT_WIDTH, height: minStackedBarHeight(bars.length, true) };
                const url = await renderSpecToPng(exported, size);
                downloadDataUrl(
                  url,
                  exportFileName(['dieu-hanh', 'nhiem-vu', scope, query.data?.period ?? ''], 'png'),
                );
              }}
            />
          )}
        </>
      }
    >
      {query.isError && (
        <PanelError
          error={query.error}
          failedAt={query.errorUpdatedAt}
          onRetry={() => void query.refetch()}
          othersKeepWorking
        />
      )}
      {!query.isError && !bars && <BarsSkeleton />}
      {bars && bars.length === 0 && <p className="panel__empty">{t('tasks.bars.empty')}</p>}
      {bars && bars.length > 0 && spec && (
        <div className="table-scroll table-scroll--tall">
          <div style={{ height }}>
            <LazyChart
              spec={spec}
              height={height}
              ariaLabel={`${title}. ${subtitle}`}
              fallback={<BarsSkeleton />}
            />
          </div>
        </div>
      )}
      {bars && bars.length > 0 && !spec && (
        <div className="table-scroll table-scroll--tall">
          <table className="data-table">
            <caption className="visually-hidden">{`${title}, ${subtitle}`}</caption>
            <thead>
              <tr>
                {headers.map((h, i) => (
                  <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bars.map((r) => (
                <tr key={r.code} data-code={r.code}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{formatCount(r.counts.assigned, locale)}</td>
                  {TASK_SEGMENT_ORDER.map((s) => (
                    <td
                      key={s}
                      className="num"
                      {...(s === 'overdue'
                        ? { 'data-figure': TASK_FIGURES.agencyOverdue(scope, r.code) }
                        : {})}
                    >
                      {formatCount(countOf(r.counts, s), locale)}
                    </td>
                  ))}
                  <td className="num">
                    {r.overdueShare === null
                      ? t('status.missing')
                      : formatPercent(r.overdueShare, locale, OVERDUE_DECIMALS)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {bars && bars.length > 0 && (
        <p className="panel__note">
          {t(scope === 'ministry' ? 'tasks.bars.withOverdue.ministry' : 'tasks.bars.withOverdue.province')}{' '}
          <strong data-figure={TASK_FIGURES.withOverdue(scope)}>
            {formatCount(bars.filter((b) => b.counts.overdue > 0).length, locale)}
          </strong>
        </p>
      )}
    </Panel>
  );
}

function BarsSkeleton() {
  return (
    <div className="ranking__skeleton" aria-hidden="true">
      {Array.from({ length: 10 }, (_, i) => (
        <Skeleton key={i} className="skeleton--row" />
      ))}
    </div>
  );
}
