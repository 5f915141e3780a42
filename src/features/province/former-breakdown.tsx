import { useQuery } from '@tanstack/react-query';
import { toObservationSet } from '../../api/observations/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import type { CsvVariant } from '../../components/export/csv-variant.ts';
import { downloadCsv } from '../../components/export/download.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PeriodSelect } from '../../components/period-select.tsx';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatIndicatorPeriod, formatIndicatorValue } from '../../domain/format-indicator.ts';
import { formatNumber } from '../../domain/format.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { parsePeriod, periodEnd, periodKey, periodsFrom, yearPeriod } from '../../domain/period.ts';
import { unitNameAt, type AdminUnit } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { missingKey, useIndicatorFigures } from '../figures/index.tsx';
import { breakdownCsvContent, breakdownCsvName } from './province-exports.ts';
import { latestPeriodForEra } from './select-profile.ts';

/**
 * For a merged unit and a period before July 2025: the figures of the former units it absorbed, and
 * the unit's own figure re-aggregated from them by the indicator's rule (or "not comparable").
 */
export function FormerBreakdown({
  unit,
  units63,
  indicator,
  catalog,
  firstPeriod,
  latest,
  period: asked,
  onPeriod,
}: {
  unit: AdminUnit;
  units63: readonly AdminUnit[];
  indicator: Indicator;
  catalog: readonly Indicator[];
  firstPeriod: string;
  latest: LatestPeriods;
  period: string | null;
  onPeriod: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  const frequency = indicator.frequencies[0] ?? 'month';
  const last = latestPeriodForEra(frequency, '63', latest);
  const first = parsePeriod(firstPeriod);
  const periods = last && first ? periodsFrom(first, last) : [];
  const requested = asked ? parsePeriod(asked) : null;
  const period = periods.find((p) => requested && periodKey(p) === periodKey(requested)) ?? last;
  const latestYear = parsePeriod(latest.year)?.year ?? period?.year ?? 0;

  const observations = useQuery({
    ...feedQueries.observations({
      indicator: indicator.id,
      period: period ? periodKey(period) : '',
      scope: 'province',
    }),
    select: toObservationSet,
    enabled: period !== null,
  });
  const total = useIndicatorFigures({
    indicator,
    // Disabled without a period; the stand-in only keeps the hook's arguments well-formed.
    period: period ?? yearPeriod(latestYear),
    era: '34',
    catalog,
    latestYear,
    enabled: period !== null,
  });
  if (!period) return null;

  const formers = (unit.formerCodes ?? []).flatMap((c) => units63.find((u) => u.code === c) ?? []);
  const totalFigure = total.status === 'success' ? total.data.figures.byCode.get(unit.code) : undefined;
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const sum = indicator.aggregation.kind === 'sum' && totalFigure?.value ? totalFigure.value : null;
  const unitName = unitNameAt(unit, unit.validFrom, locale);

  const exportCsv = (variant: CsvVariant) => {
    if (!observations.data) return;
    const { byCode, updatedAt } = observations.data;
    downloadCsv(
      breakdownCsvContent(
        { indicator, unit, formers, period, byCode, total: totalFigure, updatedAt },
        { variant, t, locale },
      ),
      breakdownCsvName(unit, indicator, period, variant),
    );
  };

  return (
    <Panel
      id="breakdown"
      title={t('province.breakdown')}
      subtitle={`${indicator.name[locale]} · ${periodText}`}
      actions={
        <>
          <PeriodSelect periods={periods} value={period} indicator={indicator} onChange={onPeriod} />
          {observations.data && <ExportButtons onCsv={exportCsv} />}
        </>
      }
    >
      <p className="panel__note">{t('province.breakdown.note')}</p>
      {observations.isError && (
        <PanelError
          error={observations.error}
          onRetry={() => void observations.refetch()}
          othersKeepWorking
        />
      )}
      {observations.isPending && <Skeleton className="skeleton--row" />}
      {observations.data && (
        <table className="data-table">
          <caption className="visually-hidden">{`${t('province.breakdown')}: ${indicator.name[locale]}, ${periodText}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t('province.col.formerUnit')}</th>
              <th scope="col" className="num">
                {t('ranking.col.value')}
              </th>
              {sum !== null && (
                <th scope="col" className="num">
                  {t('province.col.share')}
                </th>
              )}
              <th scope="col">{t('ranking.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {formers.map((f) => {
              const o = observations.data.byCode.get(f.code);
              return (
                <tr key={f.code}>
                  <th scope="row">{unitNameAt(f, periodEnd(period), locale)}</th>
                  <td className="num">
                    {o?.value != null ? (
                      formatIndicatorValue(indicator, o.value, locale).text
                    ) : (
                      <span className="muted">{t(missingKey(o ?? {}))}</span>
                    )}
                  </td>
                  {sum !== null && (
                    <td className="num">
                      {o?.value != null ? `${formatNumber((o.value / sum) * 100, locale, 1)}%` : '–'}
                    </td>
                  )}
                  <td>
                    <StatusBadge status={o?.status ?? 'missing'} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('province.breakdown.total', { name: unitName })}</th>
              <td className="num">
                {totalFigure?.state === 'value' && totalFigure.value !== null ? (
                  formatIndicatorValue(indicator, totalFigure.value, locale).text
                ) : totalFigure?.state === 'not-comparable' ? (
                  <span className="muted">{t('missing.not-comparable')}</span>
                ) : (
                  <span className="muted">
                    {total.status === 'pending' ? t('app.loading') : t('status.missing')}
                  </span>
                )}
              </td>
              {sum !== null && <td className="num">100%</td>}
              <td>{totalFigure && <StatusBadge status={totalFigure.status} />}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Panel>
  );
}
