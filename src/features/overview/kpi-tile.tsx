import { useQuery } from '@tanstack/react-query';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import { toObservationSet } from '../../api/observations/to-domain.ts';
import { toSeriesSet } from '../../api/series/to-domain.ts';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { Sparkline } from '../../components/sparkline.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { coverageLabelKey, indicatorTitle, type Indicator } from '../../domain/indicators.ts';
import { periodKey, type Frequency, type Period } from '../../domain/period.ts';
import type { Scope } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CHANGE_ARROW, missingKey } from '../figures/index.tsx';
import { selectKpiTile, trendStart } from './select-kpi-tile.ts';

/**
 * One national headline figure, read from the feed through the whole chain; with `scope` 'ministry', the
 * ministries' total of the figure (a board of ministries). `latestOf`: the tile shows the latest period of
 * that frequency up to the board's chosen one, and says so beside its period.
 */
export function KpiTile({
  indicator,
  period,
  latestOf = null,
  scope = 'province',
}: {
  indicator: Indicator;
  period: Period;
  latestOf?: Frequency | null;
  scope?: Scope;
}) {
  const { t, locale } = useI18n();
  const key = periodKey(period);
  const observations = useQuery({
    ...feedQueries.observations({ indicator: indicator.id, period: key, scope }),
    select: toObservationSet,
  });
  const trend = useQuery({
    ...feedQueries.series({
      indicator: indicator.id,
      frequency: period.frequency,
      from: periodKey(trendStart(indicator, period)),
      to: key,
      scope,
      units: 'none',
    }),
    select: toSeriesSet,
  });

  const titleId = `kpi-${indicator.id}`;
  if (observations.isPending) {
    return (
      <article className="kpi-tile" aria-labelledby={titleId} aria-busy="true">
        <h2 id={titleId} className="kpi-tile__title">
          {indicatorTitle(indicator, 'nation', locale)}
        </h2>
        <PanelPending compact reconnecting={reconnectingOf([observations])}>
          <Skeleton className="kpi-tile__value-skeleton" />
          <Skeleton className="kpi-tile__line-skeleton" />
        </PanelPending>
      </article>
    );
  }
  // A failed refresh keeps the figure on the tile; only a tile with nothing to show says it failed.
  if (observations.data === undefined) {
    return (
      <article className="kpi-tile kpi-tile--error" aria-labelledby={titleId}>
        <h2 id={titleId} className="kpi-tile__title">
          {indicatorTitle(indicator, 'nation', locale)}
        </h2>
        <PanelError compact error={observations.error} onRetry={() => void observations.refetch()} />
      </article>
    );
  }

  const tile = selectKpiTile(indicator, observations.data, trend.data, locale);
  return (
    <article className="kpi-tile" aria-labelledby={titleId} data-indicator={indicator.id}>
      <h2 id={titleId} className="kpi-tile__title">
        {tile.title}
      </h2>
      <div className="kpi-tile__main">
        {tile.value ? (
          <p className="kpi-tile__value">
            <span className="kpi-tile__number">{tile.value.number}</span>
            <span
              className={`kpi-tile__unit${tile.value.unit.startsWith('%') ? ' kpi-tile__unit--attached' : ''}`}
            >
              {tile.value.unit}
            </span>
          </p>
        ) : (
          <p className="kpi-tile__value kpi-tile__value--missing">{t(missingKey(tile))}</p>
        )}
        {tile.trend.length > 1 && (
          <span
            className="kpi-tile__trend"
            title={
              tile.trendFrom && tile.trendTo
                ? t('kpi.trend', { from: tile.trendFrom, to: tile.trendTo })
                : undefined
            }
          >
            <Sparkline points={tile.trend} />
          </span>
        )}
      </div>
      <p className={`kpi-tile__change kpi-tile__change--${tile.change?.tone ?? 'none'}`}>
        {tile.change ? (
          <>
            <span aria-hidden="true">{CHANGE_ARROW[tile.change.direction]} </span>
            {tile.change.direction === 'flat' ? t('change.flat') : t(`change.${tile.change.direction}`)}{' '}
            {tile.change.direction !== 'flat' && <span className="numeric">{tile.change.text} </span>}
            {t('change.vsLastYear')}
          </>
        ) : (
          t('change.noComparison')
        )}
      </p>
      {tile.target && (
        <p className="kpi-tile__target">
          {tile.target.mode === 'share'
            ? t('target.share', { share: tile.target.text, kind: t(`target.${tile.target.kind}`) })
            : t('target.of', { kind: capitalize(t(`target.${tile.target.kind}`)), value: tile.target.text })}
        </p>
      )}
      {/* Period and stage together at the foot, as a briefing writes them: "10 tháng năm 2026 · Ước tính". */}
      <div className="kpi-tile__footer">
        <p className="kpi-tile__period">
          {tile.period}
          {tile.coverage !== 'nation' && (
            <span className="kpi-tile__coverage"> · {t(coverageLabelKey(tile.coverage))}</span>
          )}
          {latestOf && <span className="kpi-tile__period-note"> · {t(`kpi.latestOf.${latestOf}`)}</span>}
        </p>
        <StatusBadge status={tile.status} />
      </div>
    </article>
  );
}

/** A headline with no period to show for the board's chosen one (before its first figure). */
export function KpiTileEmpty({ indicator }: { indicator: Indicator }) {
  const { t, locale } = useI18n();
  const titleId = `kpi-${indicator.id}`;
  return (
    <article className="kpi-tile" aria-labelledby={titleId} data-indicator={indicator.id}>
      <h2 id={titleId} className="kpi-tile__title">
        {indicatorTitle(indicator, 'nation', locale)}
      </h2>
      <p className="kpi-tile__value kpi-tile__value--missing">{t('empty.noData')}</p>
    </article>
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
