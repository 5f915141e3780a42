/**
 * The wall's watchdog: a pure verdict on whether the page is still doing its job, from facts the page
 * records as it runs (when the rotation last moved, when a frame was last painted, when errors happened).
 * The wall reloads itself on a verdict other than 'ok', so a rotation that stopped (grafana#15465: a
 * playlist found stuck on one board after a day) or a page that keeps failing cannot go unnoticed.
 */

export interface WatchdogFacts {
  readonly now: number;
  /** When the current view started showing or the rotation resumed (ms epoch). */
  readonly shownAt: number;
  /** The current view's dwell (ms). */
  readonly dwellMs: number;
  readonly paused: boolean;
  /** When the page last painted a frame (requestAnimationFrame), or null if it cannot tell. */
  readonly lastFrameAt: number | null;
  /** Whether the page is visible: hidden pages get no frames, which is no fault. */
  readonly visible: boolean;
  /** Times (ms epoch) of uncaught errors and failed renders, oldest first. */
  readonly errorTimes: readonly number[];
}

export type WatchdogVerdict = 'ok' | 'rotation-stalled' | 'rendering-stalled' | 'errors';

/** The rotation is late when a view has outstayed its dwell by this much (timers are never that late). */
export const ROTATION_SLACK_MS = 30_000;
/** No frame for this long on a visible page: the main thread is blocked or the renderer hung. */
export const FRAME_STALL_MS = 30_000;
/** This many errors within {@link ERROR_WINDOW_MS}: the page is broken, a fresh one may not be. */
export const ERROR_LIMIT = 10;
export const ERROR_WINDOW_MS = 10 * 60 * 1000;

export function watchdogVerdict(facts: WatchdogFacts): WatchdogVerdict {
  const { now } = facts;
  if (!facts.paused && now - facts.shownAt > facts.dwellMs + ROTATION_SLACK_MS) return 'rotation-stalled';
  if (facts.visible && facts.lastFrameAt !== null && now - facts.lastFrameAt > FRAME_STALL_MS) {
    return 'rendering-stalled';
  }
  const recent = facts.errorTimes.filter((t) => now - t <= ERROR_WINDOW_MS);
  if (recent.length >= ERROR_LIMIT) return 'errors';
  return 'ok';
}

/** Keeps only the error times the verdict can still count, so the list cannot grow all day. */
export function pruneErrorTimes(times: readonly number[], now: number): number[] {
  return times.filter((t) => now - t <= ERROR_WINDOW_MS).slice(-ERROR_LIMIT * 2);
}
