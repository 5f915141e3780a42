import { useEffect, useEffectEvent, useId } from 'react';
import { formatIndicatorPeriod } from '../domain/format-indicator.ts';
import type { Indicator } from '../domain/indicators.ts';
import { periodKey, type Period } from '../domain/period.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Playback } from './use-period-playback.ts';

/** How long each period stays on screen while playing. */
export const STEP_MS = 1500;

/**
 * A slider over the periods with a play button, so a presenter can show how a year unfolded. The state is
 * `playback` (`usePeriodPlayback`, kept by the panel, which colours every period of the range alike); the
 * player runs the timer, and holds it while `holding` (the panel is still fetching the range), so the first
 * step waits for the fixed scale rather than changing it mid-play.
 */
export function PeriodPlayer({
  periods,
  period,
  indicator,
  onPeriod,
  playback,
  holding = false,
}: {
  periods: readonly Period[];
  period: Period;
  /** Whose figures the periods hold: how they accumulate names each period. */
  indicator: Pick<Indicator, 'cumulative' | 'accumulation'>;
  onPeriod: (key: string, options?: { replace?: boolean }) => void;
  playback: Playback;
  holding?: boolean;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const { playing, index } = playback;
  const label = formatIndicatorPeriod(indicator, period, locale);

  // The playback's callbacks change with every URL change; the timer should not restart because of them.
  const step = useEffectEvent(() => {
    playback.advance();
  });
  useEffect(() => {
    if (!playing || holding) return;
    const timer = window.setTimeout(step, STEP_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [playing, holding, index]);

  return (
    <div className="player" aria-busy={playing && holding}>
      <button
        type="button"
        className="button player__toggle"
        aria-pressed={playing}
        aria-label={playing ? t('player.pause') : t('player.play')}
        title={playing ? t('player.pause') : t('player.play')}
        onClick={playback.toggle}
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
          // Moving the slider by hand ends a playback.
          playback.stop();
          if (next) onPeriod(periodKey(next));
        }}
      />
      <output className="player__label" htmlFor={`${id}-range`}>
        {label}
      </output>
    </div>
  );
}
