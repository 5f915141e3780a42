import { useId } from 'react';
import { formatIndicatorPeriod } from '../domain/format-indicator.ts';
import type { Indicator } from '../domain/indicators.ts';
import { periodKey, type Period } from '../domain/period.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A labelled select over periods, newest first, written as reports write the indicator's figures ("10
 * tháng năm 2026", "Quý III/2026 (lũy kế từ 2022)").
 */
export function PeriodSelect({
  periods,
  value,
  indicator,
  onChange,
}: {
  periods: readonly Period[];
  value: Period;
  /** Whose figures the periods hold: how they accumulate names each period. */
  indicator: Pick<Indicator, 'cumulative' | 'accumulation'>;
  onChange: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.period')}</label>
      <select
        id={id}
        value={periodKey(value)}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        {[...periods].reverse().map((p) => (
          <option key={periodKey(p)} value={periodKey(p)}>
            {formatIndicatorPeriod(indicator, p, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
