import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { monthPeriod, periodKey, type Period } from '../domain/period.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { PeriodPlayer, STEP_MS } from './period-player.tsx';
import { playbackStart, usePeriodPlayback } from './use-period-playback.ts';
import { usePrefersReducedMotion } from './use-reduced-motion.ts';

// January 2025 to October 2026.
const PERIODS: Period[] = Array.from({ length: 22 }, (_, i) =>
  monthPeriod(2025 + Math.floor(i / 12), (i % 12) + 1),
);

/** The hook on a board that follows the period it asks for, as the overview's URL does. */
function usePlayingBoard(start: Period) {
  const [period, setPeriod] = useState(start);
  const moves: { key: string; replace: boolean }[] = [];
  const playback = usePeriodPlayback({
    periods: PERIODS,
    period,
    onPeriod: (key, options) => {
      moves.push({ key, replace: options?.replace ?? false });
      const next = PERIODS.find((p) => periodKey(p) === key);
      if (next) setPeriod(next);
    },
  });
  return { playback, period, moves };
}

describe('playbackStart', () => {
  it('plays from the current period to the last, or replays the year from the last period', () => {
    expect(playbackStart(3, 22, 0)).toEqual({ from: 3, to: 21 });
    expect(playbackStart(21, 22, 12)).toEqual({ from: 12, to: 21 });
    // A January that is also the latest period has no year to replay.
    expect(playbackStart(12, 13, 12)).toEqual({ from: 12, to: 12 });
  });
});

describe('usePeriodPlayback', () => {
  it('plays over the range from where it starts to the last period, stepping without new history entries', () => {
    const { result } = renderHook(() => usePlayingBoard(PERIODS[18]!));
    expect(result.current.playback.range).toBeNull();
    act(() => {
      result.current.playback.toggle();
    });
    expect(result.current.playback.playing).toBe(true);
    expect(result.current.playback.range).toEqual({ from: 18, to: 21 });
    for (const expected of ['2026-08', '2026-09', '2026-10']) {
      act(() => {
        result.current.playback.advance();
      });
      expect(periodKey(result.current.period)).toBe(expected);
    }
    expect(result.current.playback.playing).toBe(true);
    // At the last period the next step stops the playback, and the range (and its fixed scale) goes.
    act(() => {
      result.current.playback.advance();
    });
    expect(result.current.playback.playing).toBe(false);
    expect(result.current.playback.range).toBeNull();
  });

  it('replays the year from its first month when started on the latest period', () => {
    const { result } = renderHook(() => usePlayingBoard(PERIODS[21]!));
    act(() => {
      result.current.playback.toggle();
    });
    expect(periodKey(result.current.period)).toBe('2026-01');
    expect(result.current.playback.range).toEqual({ from: 12, to: 21 });
    act(() => {
      result.current.playback.toggle();
    });
    expect(result.current.playback.playing).toBe(false);
  });
});

describe('PeriodPlayer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function Board({ holding }: { holding: boolean }) {
    const { playback, period } = usePlayingBoard(PERIODS[19]!);
    return (
      <I18nProvider locale="vi">
        <PeriodPlayer
          periods={PERIODS}
          period={period}
          indicator={{ cumulative: false, accumulation: undefined }}
          onPeriod={() => {}}
          playback={playback}
          holding={holding}
        />
        <output data-testid="period">{periodKey(period)}</output>
      </I18nProvider>
    );
  }

  it('steps every interval while playing, and holds while the range is being prepared', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Board holding />);
    fireEvent.click(screen.getByRole('button', { name: 'Phát diễn biến các kỳ' }));
    act(() => {
      vi.advanceTimersByTime(3 * STEP_MS);
    });
    // Held: still on the first period, the player busy.
    expect(screen.getByTestId('period').textContent).toBe('2026-08');
    expect(
      screen.getByRole('button', { name: 'Tạm dừng' }).closest('.player')?.getAttribute('aria-busy'),
    ).toBe('true');
    rerender(<Board holding={false} />);
    act(() => {
      vi.advanceTimersByTime(STEP_MS);
    });
    expect(screen.getByTestId('period').textContent).toBe('2026-09');
  });
});

describe('usePrefersReducedMotion', () => {
  it('follows the reader’s system setting, also when it changes', () => {
    let matches = true;
    const listeners = new Set<() => void>();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(prefers-reduced-motion: reduce)' && matches;
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }));
    try {
      const { result } = renderHook(() => usePrefersReducedMotion());
      expect(result.current).toBe(true);
      act(() => {
        matches = false;
        for (const listener of listeners) listener();
      });
      expect(result.current).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
