import { useEffect, useEffectEvent, useId, useState } from 'react';
import { formatIndicatorPeriod } from '../domain/format-indicator.ts';
import type { Indicator } from '../domain/indicators.ts';
import { periodKey, type Period } from '../domain/period.ts';
import { useI18n } from '../i18n/i18n.tsx';

const STEP_MS = 1500;

/**
 * A slider over the periods with a play button, so a presenter can show how a year unfolded. While
 * playing, steps replace the history entry instead of adding one per period.
 */
export function PeriodPlayer({
  periods,
  period,
  indicator,
  onPeriod,
}: {
  periods: readonly Period[];
  period: Period;
  /** Whose figures the periods hold: how they accumulate names each period. */
  indicator: Pick<Indicator, 'cumulative' | 'accumulation'>;
  onPeriod: (key: string, options?: { replace?: boolean }) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const index = Math.max(
    0,
    periods.findIndex((p) => periodKey(p) === periodKey(period)),
  );
  const label = formatIndicatorPeriod(indicator, period, locale);

  // The parent's callback changes with every URL change; the timer should not restart because of it.
  const step = useEffectEvent(() => {
    const next = periods[index + 1];
    if (next) onPeriod(periodKey(next), { replace: true });
    else setPlaying(false);
  });
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(step, STEP_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [playing, index]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // From the last period, replay the year it belongs to from its first period.
    if (index === periods.length - 1) {
      const start = periods.findIndex((p) => p.year === period.year);
      const first = periods[start];
      if (first && start < index) onPeriod(periodKey(first));
    }
    setPlaying(true);
  };

  return (
    <div className="player">
      <button
        type="button"
        className="button player__toggle"
        aria-pressed={playing}
        aria-label={playing ? t('player.pause') : t('player.play')}
        title={playing ? t('player.pause') : t('player.play')}
        onClick={toggle}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label className="visually-hidden" htmlFor={`${id}-range`}>
        {t('player.label')}
      </label>
      <input
        id={`${id}-range`}
        className="player__range"
        type="range"
        min={0}
        max={Math.max(0, periods.length - 1)}
        step={1}
        value={index}
        aria-valuetext={label}
        onChange={(e) => {
          const next = periods[Number(e.target.value)];
          if (next) onPeriod(periodKey(next));
        }}
      />
      <output className="player__label" htmlFor={`${id}-range`}>
        {label}
      </output>
    </div>
  );
}
