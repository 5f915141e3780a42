import { useQuery } from '@tanstack/react-query';
import { feedQueries } from '../../api/queries.ts';
import { toTaskTrend } from '../../api/task-register/to-domain.ts';
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
import { OVERDUE_DECIMALS } from '../../domain/headline-tasks.ts';
import {
  addPeriods,
  comparePeriods,
  formatPeriod,
  periodKey,
  type MonthPeriod,
} from '../../domain/period.ts';
import type { Scope } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { selectOverdueTrend } from './select-tasks.ts';
import type { UpdateTasks } from './tasks-page.tsx';
import type { TasksState } from './tasks-state.ts';

/** Two years of months: enough to see the yearly saw-tooth of a year-to-date share and last year's. */
const TREND_MONTHS = 24;
const HEIGHT = 320;
const EXPORT_SIZE = { width: 1200, height: 560 };

/**
 * The overdue share of the shown agencies, year to date at each month end, over the last two years to
 * the chosen month; as a line or a table (with the counts it is the share of).
 */
export function TaskTrendPanel({
  period,
  first,
  scope,
  keyOnly,
  state,
  update,
}: {
  period: MonthPeriod;
  /** The feed's first month: the trend starts no earlier. */
  first: MonthPeriod;
  scope: Scope;
  keyOnly: boolean;
  state: TasksState;
  update: UpdateTasks;
}) {
  const { t, locale } = useI18n();
  const theme = useThemeName();
  const textSize = useRootFontSize();
  const twoYears = addPeriods(period, -(TREND_MONTHS - 1));
  const from = comparePeriods(twoYears, first) < 0 ? first : twoYears;
  const query = useQuery({
    ...feedQueries.taskTrend({ scope, from: periodKey(from), to: periodKey(period), keyOnly }),
    select: toTaskTrend,
  });
  const data = query.data;
  const values = data ? selectOverdueTrend(data.counts) : [];
  const name = t(scope === 'ministry' ? 'tasks.trend.ministries' : 'tasks.trend.provinces');
  const subtitle = `${formatPeriod(from, locale)} – ${formatPeriod(period, locale)}${keyOnly ? ` · ${t('tasks.keyOnly')}` : ''}`;
  const chartSpec = (exporting: boolean): ChartSpec | null =>
    data
      ? {
          kind: 'trend',
          input: {
            categories: data.periods.map((p) => formatPeriod(p, locale, { short: true })),
            series: [{ id: 'nation', name, role: 'nation', values }],
            axisLabel: '%',
            number: { locale, decimals: OVERDUE_DECIMALS },
            highlighted: null,
            texts: {
              statusWords: {
                estimate: t('status.estimate'),
                preliminary: t('status.preliminary'),
                official: t('status.official'),
              },
              noData: t('status.missing'),
            },
            theme: THEMES[theme],
            size: exporting ? EXPORT_SIZE : { width: 900, height: HEIGHT, fontSize: textSize },
            ...(exporting
              ? {
                  export: {
                    title: t('tasks.trend.title'),
                    subtitle,
                    footer: t('panel.source', { source: t('tasks.source') }),
                  },
                }
              : {}),
          },
        }
      : null;
  const spec = state.trendView === 'chart' ? chartSpec(false) : null;
  const headers = [
    t('trend.col.period'),
    `${t('tasks.col.overdueShare')} (%)`,
    t('tasks.status.overdue'),
    t('tasks.col.assigned'),
  ];
  return (
    <Panel
      id="task-trend"
      className="panel--task-trend"
      title={t('tasks.trend.title')}
      subtitle={subtitle}
      actions={
        <>
          <Segmented
            label={t('panel.viewAs')}
            value={state.trendView}
            options={(['chart', 'table'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={(trendView) => {
              update({ trendView });
            }}
          />
          {data && (
            <ExportButtons
              onCsv={() => {
                downloadCsv(
                  toCsv(
                    headers,
                    data.periods.map((p, i) => [
                      periodKey(p),
                      values[i] ?? null,
                      data.counts[i]?.overdue ?? null,
                      data.counts[i]?.assigned ?? null,
                    ]),
                  ),
                  csvFileName(['dieu-hanh', 'nhiem-vu-qua-han', scope, periodKey(period)]),
                );
              }}
              onPng={async () => {
                const exported = chartSpec(true);
                if (!exported) return;
                const url = await renderSpecToPng(exported, EXPORT_SIZE);
                downloadDataUrl(
                  url,
                  exportFileName(['dieu-hanh', 'nhiem-vu-qua-han', scope, periodKey(period)], 'png'),
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
      {query.isPending && <Skeleton className="skeleton--chart" height={`${HEIGHT}px`} />}
      {spec && (
        <LazyChart
          spec={spec}
          height={`${HEIGHT}px`}
          ariaLabel={`${t('tasks.trend.title')}. ${subtitle}`}
          fallback={<Skeleton className="skeleton--chart" height={`${HEIGHT}px`} />}
        />
      )}
      {data && !spec && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{`${t('tasks.trend.title')}, ${subtitle}`}</caption>
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
              {data.periods.map((p, i) => {
                const share = values[i] ?? null;
                const counts = data.counts[i];
                return (
                  <tr key={periodKey(p)}>
                    <th scope="row">{formatPeriod(p, locale)}</th>
                    <td className="num">
                      {share === null ? t('status.missing') : formatPercent(share, locale, OVERDUE_DECIMALS)}
                    </td>
                    <td className="num">
                      {counts ? formatCount(counts.overdue, locale) : t('status.missing')}
                    </td>
                    <td className="num">
                      {counts ? formatCount(counts.assigned, locale) : t('status.missing')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
