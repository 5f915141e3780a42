import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { toAgencyTaskCounts } from '../../api/task-register/to-domain.ts';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCount, formatPercent, formatPercentagePoints } from '../../domain/format.ts';
import {
  COMPLETED_DECIMALS,
  OVERDUE_DECIMALS,
  TASK_FIGURES,
  tasksHeadline,
} from '../../domain/headline-tasks.ts';
import {
  formatPeriod,
  parsePeriod,
  periodKey,
  periodRange,
  samePeriodLastYear,
  type MonthPeriod,
} from '../../domain/period.ts';
import { addTaskCounts, completedShare, overdueShare, type TaskCounts } from '../../domain/tasks.ts';
import type { Era } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  AgencySwitch,
  ministrySetOf,
  SetChangeNote,
  setChangeCrossed,
  useAgencyNames,
} from '../agencies/index.ts';
import { BoardPage, BoardPageSkeleton } from '../board/index.ts';
import { Headline, useHeadlineContext } from '../headline/index.ts';
import { TaskBarsPanel } from './task-bars-panel.tsx';
import { TaskListPanel } from './task-list-panel.tsx';
import { TaskTrendPanel } from './task-trend-panel.tsx';
import { parseTasksState, serializeTasksState, type TasksState } from './tasks-state.ts';

export type UpdateTasks = (patch: Partial<TasksState>, options?: { replace?: boolean }) => void;

/** Where each headline number is shown: the agencies' figures in the bars, the share's path in the trend. */
function panelOf(figure: string): string {
  return figure.startsWith('tasks.province.') || figure.startsWith('tasks.ministry.')
    ? 'task-bars'
    : 'task-summary';
}

/**
 * The board of Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao: the headline, the nation's figures year to
 * date, the agencies' statuses as stacked bars (highest overdue share first), the trend of the overdue
 * share, and the task list (overdue by default). Provinces or ministries, key tasks only or all; every
 * choice in the URL.
 */
export function TasksPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const state = parseTasksState(search);
  const metadata = useQuery(feedQueries.metadata());
  const update = useCallback<UpdateTasks>(
    (patch, options) => {
      setSearch(
        (current) => serializeTasksState({ ...parseTasksState(current), ...patch }, current),
        options,
      );
    },
    [setSearch],
  );
  const title = t('group.tasks');
  if (metadata.isError) {
    return (
      <BoardPage title={title} controls={null}>
        <PanelError
          error={metadata.error}
          failedAt={metadata.errorUpdatedAt}
          onRetry={() => void metadata.refetch()}
        />
      </BoardPage>
    );
  }
  if (!metadata.data) return <BoardPageSkeleton group="tasks" />;
  const latest = parsePeriod(metadata.data.latest.month);
  const first = parsePeriod(metadata.data.firstPeriod);
  if (latest?.frequency !== 'month' || first?.frequency !== 'month') {
    return (
      <BoardPage title={title} controls={null}>
        <p className="panel__empty">{t('empty.noData')}</p>
      </BoardPage>
    );
  }
  const chosen = state.period ? parsePeriod(state.period) : null;
  const period =
    chosen?.frequency === 'month' &&
    periodKey(chosen) <= periodKey(latest) &&
    periodKey(chosen) >= periodKey(first)
      ? chosen
      : latest;
  return (
    <TasksBoard
      state={state}
      update={update}
      period={period}
      first={first}
      months={periodRange(first, latest).reverse()}
      eras={metadata.data.eras}
    />
  );
}

function TasksBoard({
  state,
  update,
  period,
  first,
  months,
  eras,
}: {
  state: TasksState;
  update: UpdateTasks;
  period: MonthPeriod;
  first: MonthPeriod;
  months: readonly MonthPeriod[];
  eras: readonly Era[];
}) {
  const { t, locale } = useI18n();
  const ctx = useHeadlineContext();
  const scope = state.agencies;
  const key = periodKey(period);
  const lastYear = periodKey(samePeriodLastYear(period));
  const keyOnly = state.keyOnly;
  const shown = useQuery(feedQueries.taskCounts({ period: key, scope, keyOnly }));
  const other = useQuery(
    feedQueries.taskCounts({ period: key, scope: scope === 'province' ? 'ministry' : 'province', keyOnly }),
  );
  const shownLastYear = useQuery(feedQueries.taskCounts({ period: lastYear, scope, keyOnly }));
  const otherLastYear = useQuery(
    feedQueries.taskCounts({
      period: lastYear,
      scope: scope === 'province' ? 'ministry' : 'province',
      keyOnly,
    }),
  );
  const names = useAgencyNames(scope, shown.data?.era, period);
  const set = scope === 'ministry' ? ministrySetOf(eras, period) : null;
  const crossed = scope === 'ministry' ? setChangeCrossed(eras, period) : null;

  const national: TaskCounts | null =
    shown.data && other.data ? addTaskCounts([shown.data.total, other.data.total]) : null;
  const nationalLastYear: TaskCounts | null =
    shownLastYear.data && otherLastYear.data
      ? addTaskCounts([shownLastYear.data.total, otherLastYear.data.total])
      : null;
  const rows = useMemo(() => (shown.data ? toAgencyTaskCounts(shown.data) : null), [shown.data]);

  const sentences = useMemo(() => {
    if (!national || !rows || !names) return [];
    return tasksHeadline(
      {
        period,
        national,
        nationalLastYear,
        ...(scope === 'ministry' ? { ministries: rows } : { provinces: rows }),
        // The key-task sentence only when the board counts every task (with the filter on, it would
        // repeat the first sentence).
        keyTasks: null,
        nameOf: (_scope, code) => names.get(code)?.name ?? code,
      },
      ctx,
    );
  }, [national, nationalLastYear, rows, names, period, scope, ctx]);

  const periodText = formatPeriod(period, locale, { cumulative: true });
  return (
    <BoardPage
      title={t('group.tasks')}
      headline={<Headline sentences={sentences} panelOf={panelOf} />}
      controls={
        <div className="board-controls" role="group" aria-label={t('controls.label')}>
          <AgencySwitch
            value={scope}
            set={set}
            onChange={(agencies) => {
              update({ agencies, agency: null });
            }}
          />
          <div className="field">
            <label htmlFor="tasks-period">{t('controls.period')}</label>
            <select
              id="tasks-period"
              value={key}
              onChange={(e) => {
                update({ period: e.target.value });
              }}
            >
              {months.map((m) => (
                <option key={periodKey(m)} value={periodKey(m)}>
                  {formatPeriod(m, locale)}
                </option>
              ))}
            </select>
          </div>
          <label className="field field--check">
            <input
              type="checkbox"
              checked={keyOnly}
              onChange={(e) => {
                update({ keyOnly: e.target.checked });
              }}
            />
            {t('tasks.keyOnly')}
          </label>
        </div>
      }
      tiles={
        <TaskSummary
          national={national}
          nationalLastYear={nationalLastYear}
          periodText={periodText}
          keyOnly={keyOnly}
          failed={[shown, other].find((q) => q.isError) ?? null}
        />
      }
    >
      {crossed && <SetChangeNote set={crossed} />}
      <TaskBarsPanel
        query={shown}
        rows={rows}
        names={names}
        state={state}
        update={update}
        periodText={periodText}
      />
      <TaskTrendPanel
        period={period}
        first={first}
        scope={scope}
        keyOnly={keyOnly}
        state={state}
        update={update}
      />
      <TaskListPanel period={period} scope={scope} names={names} state={state} update={update} />
    </BoardPage>
  );
}

/**
 * The nation's figures year to date (provinces and ministries together), each carrying the id of the
 * headline number it is, so the headline's numbers can be checked against it.
 */
function TaskSummary({
  national,
  nationalLastYear,
  periodText,
  keyOnly,
  failed,
}: {
  national: TaskCounts | null;
  nationalLastYear: TaskCounts | null;
  periodText: string;
  keyOnly: boolean;
  failed: { error: unknown; errorUpdatedAt: number; refetch: () => unknown } | null;
}) {
  const { t, locale } = useI18n();
  if (failed) {
    return (
      <section id="task-summary" className="task-summary" aria-label={t('tasks.summary')}>
        <PanelError
          error={failed.error}
          failedAt={failed.errorUpdatedAt}
          onRetry={() => void failed.refetch()}
          othersKeepWorking
        />
      </section>
    );
  }
  if (!national) {
    return (
      <section id="task-summary" className="task-summary" aria-label={t('tasks.summary')} aria-busy="true">
        <Skeleton className="skeleton--controls" />
      </section>
    );
  }
  const completed = completedShare(national);
  const overdue = overdueShare(national);
  const completedBefore = nationalLastYear ? completedShare(nationalLastYear) : null;
  const figures: { id: string; label: string; value: string }[] = [
    {
      id: TASK_FIGURES.assigned,
      label: t('tasks.summary.assigned'),
      value: formatCount(national.assigned, locale),
    },
    ...(completed !== null
      ? [
          {
            id: TASK_FIGURES.completedShare,
            label: t('tasks.summary.completedShare'),
            value: formatPercent(completed, locale, COMPLETED_DECIMALS),
          },
        ]
      : []),
    ...(completed !== null && completedBefore !== null
      ? [
          {
            id: TASK_FIGURES.completedShareChange,
            label: t('tasks.summary.completedChange'),
            value: formatPercentagePoints(completed - completedBefore, locale, COMPLETED_DECIMALS, {
              signed: true,
            }),
          },
        ]
      : []),
    {
      id: TASK_FIGURES.overdue,
      label: t('tasks.summary.overdue'),
      value: formatCount(national.overdue, locale),
    },
    ...(overdue !== null
      ? [
          {
            id: TASK_FIGURES.overdueShare,
            label: t('tasks.summary.overdueShare'),
            value: formatPercent(overdue, locale, OVERDUE_DECIMALS),
          },
        ]
      : []),
  ];
  return (
    <section id="task-summary" className="task-summary" aria-labelledby="task-summary-title">
      <h2 id="task-summary-title" className="task-summary__title">
        {t(keyOnly ? 'tasks.summary.titleKey' : 'tasks.summary.title', { period: periodText })}
      </h2>
      <dl className="task-summary__figures">
        {figures.map((f) => (
          <div key={f.id} className="task-summary__figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
