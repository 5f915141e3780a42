import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { PanelError } from '../../components/panel-error.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { INDICATOR_GROUPS, type IndicatorGroup } from '../../domain/indicators.ts';
import { parsePeriod } from '../../domain/period.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { KpiTile } from './kpi-tile.tsx';
import { selectTileIndicators } from './tiles.ts';

function parseGroup(value: string | null): IndicatorGroup | null {
  return INDICATOR_GROUPS.find((g) => g === value) ?? null;
}

export function OverviewPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const group = parseGroup(search.get('group'));
  const catalog = useQuery(feedQueries.indicators());
  const metadata = useQuery(feedQueries.metadata());

  return (
    <div className="overview">
      <h1 className="visually-hidden">{group ? t(`group.${group}`) : t('overview.heading')}</h1>
      <section className="kpi-strip" aria-label={t('kpi.region')}>
        {catalog.isError || metadata.isError ? (
          <PanelError
            error={catalog.error ?? metadata.error}
            onRetry={() => {
              void catalog.refetch();
              void metadata.refetch();
            }}
          />
        ) : catalog.data && metadata.data ? (
          selectTileIndicators(catalog.data.indicators, group).map((indicator) => {
            const frequency = indicator.frequencies[0] ?? 'month';
            const period = parsePeriod(metadata.data.latest[frequency]);
            return period ? <KpiTile key={indicator.id} indicator={indicator} period={period} /> : null;
          })
        ) : (
          Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="kpi-tile" aria-hidden="true">
              <Skeleton className="kpi-tile__title-skeleton" />
              <Skeleton className="kpi-tile__value-skeleton" />
              <Skeleton className="kpi-tile__line-skeleton" />
            </div>
          ))
        )}
      </section>
    </div>
  );
}
