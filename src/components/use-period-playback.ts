import { useCallback, useState } from 'react';
import { periodKey, type Period } from '../domain/period.ts';

/** The periods a playback runs over: indices into the player's periods, both included. */
export interface PlaybackRange {
  readonly from: number;
  readonly to: number;
}

export interface Playback {
  readonly playing: boolean;
  /** While playing, the range played (from where it started to the last period); null when stopped. */
  readonly range: PlaybackRange | null;
  /** The index of the current period among the player's periods. */
  readonly index: number;
  /** Play, or pause when playing. */
  readonly toggle: () => void;
  /** One step on: the next period, or stop at the last. */
  readonly advance: () => void;
  readonly stop: () => void;
}

/**
 * Where a playback starts from period `index` of `count`: from there to the last period, or, from the last
 * period, from the first period of its year (`yearStart`), so pressing play on the latest month replays the
 * year so far.
 */
export function playbackStart(index: number, count: number, yearStart: number): PlaybackRange {
  const last = Math.max(0, count - 1);
  const from = index >= last && yearStart >= 0 && yearStart < last ? yearStart : Math.min(index, last);
  return { from, to: last };
}

/**
 * The period player's state: whether it plays, the range it plays over and its steps. Steps replace the
 * history entry (one per period would flood the back button); the first move of a replay adds one. The timer
 * lives with the player (`PeriodPlayer`), which holds it while the board prepares the range (its fixed colour
 * classes).
 */
export function usePeriodPlayback({
  periods,
  period,
  onPeriod,
}: {
  periods: readonly Period[];
  period: Period;
  onPeriod: (key: string, options?: { replace?: boolean }) => void;
}): Playback {
  const [range, setRange] = useState<PlaybackRange | null>(null);
  const index = Math.max(
    0,
    periods.findIndex((p) => periodKey(p) === periodKey(period)),
  );
  const stop = useCallback(() => {
    setRange(null);
  }, []);
  const toggle = () => {
    if (range) {
      setRange(null);
      return;
    }
    const start = playbackStart(
      index,
      periods.length,
      periods.findIndex((p) => p.year === period.year),
    );
    const first = periods[start.from];
    if (first && start.from !== index) onPeriod(periodKey(first));
    setRange(start);
  };
  const advance = () => {
    const next = periods[index + 1];
    if (range && next && index < range.to) onPeriod(periodKey(next), { replace: true });
    else setRange(null);
  };
  return { playing: range !== null, range, index, toggle, advance, stop };
}
