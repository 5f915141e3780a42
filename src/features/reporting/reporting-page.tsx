import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { downloadCsv } from '../../components/export/download.ts';
import { csvFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { formatCount, formatPercent } from '../../domain/format.ts';
import { ON_TIME_DECIMALS, REPORTING_FIGURES, reportingHeadline } from '../../domain/headline-reporting.ts';
import {
  formatPeriod,
  parsePeriod,
  periodKey,
  periodRange,
  samePeriodLastYear,
  type MonthPeriod,
} from '../../domain/period.ts';
import { onTimeShare } from '../../domain/reporting.ts';
import { compareNames } from '../../domain/text.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  AgencySwitch,
  ministrySetOf,
  parseAgencyKind,
  SetChangeNote,
  setChangeCrossed,
  useAgencyNames,
  withAgencyKind,
} from '../agencies/index.ts';
import { BoardPage, BoardPageSkeleton } from '../board/index.ts';
import { Headline, useHeadlineContext } from '../headline/index.ts';
import { cellStatus, selectReportingMatrix } from './select-reporting.ts';

/** Where each headline number is shown: the nation's in the summary, an agency's in the matrix. */
function panelOf(figure: string): string {
  return figure.startsWith('reporting.national.') ? 'reporting-summary' : 'reporting-matrix';
}

/**
 * The board of Tình hình gửi báo cáo định kỳ: the headline, the nation's on-time share, the matrix of
 * agencies by the reports due in the month (on time, late, not yet sent), each agency's on-time share,
 * the lowest first, and the reporting regime itself (name, frequency, deadline, legal basis). Provinces
 * or ministries, and the month, in the URL.
 */
export function ReportingPage() {
  const { t, locale } = useI18n();
  const ctx = useHeadlineContext();
  const [search, setSearch] = useSearchParams();
  const agencies = parseAgencyKind(search);
  const metadata = useQuery(feedQueries.metadata());
  const latest = metadata.data ? parsePeriod(metadata.data.latest.month) : null;
  const first = metadata.data ? parsePeriod(metadata.data.firstPeriod) : null;
  const chosen = parsePeriod(search.get('period') ?? '');
  const period: MonthPeriod | null =
    latest?.frequency === 'month'
      ? chosen?.frequency === 'month' && periodKey(chosen) <= periodKey(latest)
        ? chosen
        : latest
      : null;
  const key = period ? periodKey(period) : '';
  const lastYear = period ? periodKey(samePeriodLastYear(period)) : '';
  const summary = useQuery({ ...feedQueries.reporting({ period: key, scope: agencies }), enabled: !!period });
  const summaryLastYear = useQuery({
    ...feedQueries.reporting({ period: lastYear, scope: agencies }),
    enabled: !!period,
  });
  const submissions = useQuery({
    ...feedQueries.reportSubmissions({ period: key, scope: agencies }),
    enabled: !!period,
  });
  const regime = useQuery(feedQueries.reportingRegime());
  const names = useAgencyNames(agencies, submissions.data?.era ?? summary.data?.era, period);
  const fullNames = useMemo(
    () => (names ? new Map([...names].map(([code, n]) => [code, n.name])) : null),
    [names],
  );
  const rows = useMemo(
    () =>
      submissions.data && fullNames
        ? selectReportingMatrix(submissions.data.rows, fullNames, compareNames(locale))
        : null,
    [submissions.data, fullNames, locale],
  );
  const reports = useMemo(() => {
    if (!regime.data || !submissions.data) return [];
    const due = new Set(submissions.data.rows.map((s) => s.reportId));
    return regime.data.regimes.filter((r) => due.has(r.id));
  }, [regime.data, submissions.data]);

  const title = t('group.reporting');
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
  if (!metadata.data) return <BoardPageSkeleton group="reporting" />;
  if (!period || first?.frequency !== 'month') {
    return (
      <BoardPage title={title} controls={null}>
        <p className="panel__empty">{t('empty.noData')}</p>
      </BoardPage>
    );
  }
  const eras = metadata.data.eras;
  const set = agencies === 'ministry' ? ministrySetOf(eras, period) : null;
  const crossed = agencies === 'ministry' ? setChangeCrossed(eras, period) : null;
  const national = summary.data?.scopeTotal ?? null;
  const share = national ? onTimeShare(national) : null;
  const sentences =
    summary.data && fullNames
      ? reportingHeadline(
          {
            period,
            scope: agencies,
            national,
            nationalLastYear: summaryLastYear.data?.scopeTotal ?? null,
            rows: summary.data.rows,
            nameOf: (code) => fullNames.get(code) ?? code,
          },
          ctx,
        )
      : [];
  const update = (next: URLSearchParams) => {
    setSearch(next);
  };
  const periodText = formatPeriod(period, locale);
  const agencyHeader = t(agencies === 'ministry' ? 'ranking.col.ministry' : 'ranking.col.unit');

  return (
    <BoardPage
      title={title}
      headline={<Headline sentences={sentences} panelOf={panelOf} />}
      controls={
        <div className="board-controls" role="group" aria-label={t('controls.label')}>
          <AgencySwitch
            value={agencies}
            set={set}
            onChange={(kind) => {
              update(withAgencyKind(search, kind));
            }}
          />
          <div className="field">
            <label htmlFor="reporting-period">{t('controls.period')}</label>
            <select
              id="reporting-period"
              value={key}
              onChange={(e) => {
                const next = new URLSearchParams(search);
                next.set('period', e.target.value);
                update(next);
              }}
            >
              {periodRange(first, latest?.frequency === 'month' ? latest : first)
                .reverse()
                .map((m) => (
                  <option key={periodKey(m)} value={periodKey(m)}>
                    {formatPeriod(m, locale)}
                  </option>
                ))}
            </select>
          </div>
        </div>
      }
      tiles={
        <section id="reporting-summary" className="task-summary" aria-labelledby="reporting-summary-title">
          <h2 id="reporting-summary-title" className="task-summary__title">
            {t(agencies === 'ministry' ? 'reporting.summary.ministry' : 'reporting.summary.province', {
              period: periodText,
            })}
          </h2>
          {summary.isError && (
            <PanelError
              error={summary.error}
              failedAt={summary.errorUpdatedAt}
              onRetry={() => void summary.refetch()}
              othersKeepWorking
            />
          )}
          {!summary.isError && !national && <Skeleton className="skeleton--controls" />}
          {national && (
            <dl className="task-summary__figures">
              <div className="task-summary__figure" data-figure={REPORTING_FIGURES.required}>
                <dt>{t('reporting.summary.required')}</dt>
                <dd>{formatCount(national.required, locale)}</dd>
              </div>
              <div className="task-summary__figure" data-figure={REPORTING_FIGURES.onTime}>
                <dt>{t('reporting.status.on-time')}</dt>
                <dd>{formatCount(national.onTime, locale)}</dd>
              </div>
              {share !== null && (
                <div className="task-summary__figure" data-figure={REPORTING_FIGURES.onTimeShare}>
                  <dt>{t('reporting.col.onTimeShare')}</dt>
                  <dd>{formatPercent(share, locale, ON_TIME_DECIMALS)}</dd>
                </div>
              )}
              <div className="task-summary__figure">
                <dt>{t('reporting.status.late')}</dt>
                <dd>{formatCount(national.late, locale)}</dd>
              </div>
              <div className="task-summary__figure">
                <dt>{t('reporting.status.not-submitted')}</dt>
                <dd>{formatCount(national.notSubmitted, locale)}</dd>
              </div>
            </dl>
          )}
        </section>
      }
    >
      {crossed && <SetChangeNote set={crossed} />}
      <Panel
        id="reporting-matrix"
        className="panel--task-list"
        title={t(
          agencies === 'ministry' ? 'reporting.matrix.title.ministry' : 'reporting.matrix.title.province',
        )}
        subtitle={`${periodText} · ${t('reporting.matrix.order')}`}
        actions={
          rows && (
            <ExportButtons
              onCsv={() => {
                downloadCsv(
                  toCsv(
                    [
                      t('csv.code'),
                      agencyHeader,
                      ...reports.map((r) => r.name[locale]),
                      t('reporting.col.onTimeShare'),
                    ],
                    rows.map((row) => [
                      row.code,
                      row.name,
                      ...reports.map((r) => {
                        const cell = row.cells.get(r.id);
                        return cell ? t(`reporting.status.${cellStatus(cell)}`) : null;
                      }),
                      row.onTimeShare,
                    ]),
                  ),
                  csvFileName(['dieu-hanh', 'bao-cao', agencies, key]),
                );
              }}
            />
          )
        }
      >
        {submissions.isError && (
          <PanelError
            error={submissions.error}
            failedAt={submissions.errorUpdatedAt}
            onRetry={() => void submissions.refetch()}
            othersKeepWorking
          />
        )}
        {!submissions.isError && !rows && <Skeleton className="skeleton--chart" height="20rem" />}
        {rows && rows.length === 0 && <p className="panel__empty">{t('reporting.matrix.empty')}</p>}
        {rows && rows.length > 0 && (
          <div
            className="table-scroll table-scroll--tall"
            // Wider and longer than the panel: reachable with Tab so the arrow keys scroll it.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={t('reporting.matrix.scroll')}
          >
            <table className="data-table reporting-matrix">
              <caption className="visually-hidden">{`${t(agencies === 'ministry' ? 'reporting.matrix.title.ministry' : 'reporting.matrix.title.province')}, ${periodText}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{agencyHeader}</th>
                  {reports.map((r) => (
                    <th key={r.id} scope="col" title={r.name[locale]}>
                      {r.name[locale]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('reporting.col.onTimeShare')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.code} data-code={row.code}>
                    <th scope="row">{row.name}</th>
                    {reports.map((r) => {
                      const cell = row.cells.get(r.id);
                      const status = cell ? cellStatus(cell) : null;
                      return (
                        <td
                          key={r.id}
                          className={status ? `reporting-cell reporting-cell--${status}` : 'reporting-cell'}
                        >
                          {status ? (
                            t(`reporting.status.${status}`)
                          ) : (
                            // A dash reads faster across a wide matrix; the words stay for screen readers.
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('reporting.notDue')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                    <td className="num" data-figure={REPORTING_FIGURES.agencyOnTimeShare(row.code)}>
                      {row.onTimeShare === null
                        ? t('reporting.notDue')
                        : formatPercent(row.onTimeShare, locale, ON_TIME_DECIMALS)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel
        id="reporting-regime"
        className="panel--task-list"
        title={t('reporting.regime.title')}
        subtitle={t('reporting.regime.subtitle')}
      >
        {regime.isError && (
          <PanelError
            error={regime.error}
            failedAt={regime.errorUpdatedAt}
            onRetry={() => void regime.refetch()}
            othersKeepWorking
          />
        )}
        {regime.isPending && <Skeleton className="skeleton--chart" height="10rem" />}
        {regime.data && (
          <div
            className="table-scroll"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={t('reporting.regime.scroll')}
          >
            <table className="data-table reporting-regime">
              <caption className="visually-hidden">{t('reporting.regime.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reporting.regime.name')}</th>
                  <th scope="col">{t('reporting.regime.frequency')}</th>
                  <th scope="col">{t('reporting.regime.deadline')}</th>
                  <th scope="col">{t('reporting.regime.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {regime.data.regimes.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name[locale]}</th>
                    <td>{t(`reporting.frequency.${r.frequency}`)}</td>
                    <td>{r.deadlineRule[locale]}</td>
                    <td>{r.legalBasis[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </BoardPage>
  );
}
