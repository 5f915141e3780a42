import { useId } from 'react';
import { formatPeriod, periodKey, type Period } from '../domain/period.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A labelled select over periods, newest first, written as reports write them ("10 tháng năm 2026"). */
export function PeriodSelect({
  periods,
  value,
  cumulative,
  onChange,
}: {
  periods: readonly Period[];
  value: Period;
  /** The indicator accumulates from January: label months as "10 tháng năm 2026". */
  cumulative: boolean;
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
            {formatPeriod(p, locale, { cumulative })}
          </option>
        ))}
      </select>
    </div>
  );
}
