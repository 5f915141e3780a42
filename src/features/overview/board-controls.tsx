import { useId, type ReactNode } from 'react';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import { PeriodSelect } from '../../components/period-select.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { INDICATOR_GROUPS, type Indicator } from '../../domain/indicators.ts';
import type { Frequency } from '../../domain/period.ts';
import type { ProvinceEraId, RegionId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardAgencies, useBoard } from '../board/index.ts';
import type { OverviewState } from './overview-state.ts';

/**
 * Indicator, period, era and region: the four choices that define what every panel below shows (read
 * from the board, written with `update`). Native selects, so they work with keyboard, screen readers and
 * touch without extra code.
 */
export function BoardControls({
  choices,
  latest,
  update,
  before,
}: {
  /** The indicators this board offers. */
  choices: readonly Indicator[];
  latest: LatestPeriods;
  update: (patch: Partial<OverviewState>) => void;
  /** Choices that come first in the same bar (a board's agency switch). */
  before?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const board = useBoard();
  const { indicator, frequency, period, periods, era, region, regions, panels } = board;
  // The era and the region are the provinces': a board of ministries has neither.
  const provinces = boardAgencies(board) === 'province';
  // A new indicator opens at its latest period with the same compared units; a new era drops them, as
  // their codes mean other units there.
  const onIndicator = (id: string) => {
    update({ indicator: id, period: null, compare: panels.compare, trendMode: null });
  };
  const onPeriod = (key: string) => {
    update({ period: key });
  };
  const onEra = (next: ProvinceEraId) => {
    update({ era: next, compare: [] });
  };
  const onRegion = (next: RegionId | null) => {
    update({ region: next });
  };
  const id = useId();
  const groups = INDICATOR_GROUPS.map((group) => ({
    group,
    items: choices.filter((i) => i.group === group),
  })).filter((g) => g.items.length > 0);
  return (
    <div className="board-controls" role="group" aria-label={t('controls.label')}>
      {before}
      <div className="field field--wide">
        <label htmlFor={`${id}-indicator`}>{t('controls.indicator')}</label>
        <select
          id={`${id}-indicator`}
          value={indicator.id}
          onChange={(e) => {
            onIndicator(e.target.value);
          }}
        >
          {groups.map(({ group, items }) => (
            <optgroup key={group} label={t(`group.${group}`)}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name[locale]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {indicator.frequencies.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-frequency`}>{t('controls.frequency')}</label>
          <select
            id={`${id}-frequency`}
            value={frequency}
            onChange={(e) => {
              onPeriod(latest[e.target.value as Frequency]);
            }}
          >
            {indicator.frequencies.map((f) => (
              <option key={f} value={f}>
                {t(`frequency.${f}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <PeriodSelect periods={periods} value={period} indicator={indicator} onChange={onPeriod} />
      {provinces && (
        <>
          <div className="field">
            <span className="field__label" id={`${id}-era`}>
              {t('controls.era')}
            </span>
            <Segmented
              label={t('controls.era')}
              value={era}
              options={[
                { value: '34', label: t('controls.era.34') },
                { value: '63', label: t('controls.era.63') },
              ]}
              onChange={onEra}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-region`}>{t('controls.region')}</label>
            <select
              id={`${id}-region`}
              value={region ?? ''}
              onChange={(e) => {
                onRegion(regions.find((r) => r.id === e.target.value)?.id ?? null);
              }}
            >
              <option value="">{t('controls.region.all')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name[locale]}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </div>
  );
}
