/**
 * The wall's rotation as a pure state machine: which view shows, since when, paused or not, and how many
 * loops it has run. Timers and keys only feed it events with the current time, so every rule (advance
 * after the dwell, wrap around and count a loop, pause keeps the elapsed time, a forgotten pause resumes by
 * itself) is tested without a clock.
 */

export interface RotationState {
  readonly index: number;
  readonly count: number;
  /** When the current view started showing, or resumed (ms epoch). */
  readonly shownAt: number;
  /** Time the current view had already shown before the last pause. */
  readonly elapsedBefore: number;
  /** When the rotation was paused, or null while it runs. */
  readonly pausedAt: number | null;
  /** Loops completed since the page loaded (the last view gave way to the first). */
  readonly loops: number;
  /** Changes of view since the page loaded, by time or by key: what a soak test counts. */
  readonly steps: number;
}

export type RotationEvent =
  | { readonly type: 'tick'; readonly now: number }
  | { readonly type: 'next'; readonly now: number }
  | { readonly type: 'previous'; readonly now: number }
  | { readonly type: 'toggle-pause'; readonly now: number };

/**
 * A pause nobody ends lasts this long: someone paused the wall to talk about a view and left the room. The
 * wall must not stay on one view for the rest of the day (grafana#15465: a playlist stuck on one board).
 */
export const PAUSE_RESUMES_AFTER_MS = 10 * 60 * 1000;

export function startRotation(count: number, start: number, now: number): RotationState {
  if (count < 1) throw new RangeError('A playlist has at least one view');
  return {
    index: wrap(start, count),
    count,
    shownAt: now,
    elapsedBefore: 0,
    pausedAt: null,
    loops: 0,
    steps: 0,
  };
}

function wrap(index: number, count: number): number {
  return ((index % count) + count) % count;
}

function show(state: RotationState, index: number, now: number): RotationState {
  const forwardWrap = index >= state.count;
  return {
    ...state,
    index: wrap(index, state.count),
    shownAt: now,
    elapsedBefore: 0,
    loops: state.loops + (forwardWrap ? 1 : 0),
    steps: state.steps + 1,
  };
}

/** How long the current view has shown (pauses excluded). */
export function elapsedMs(state: RotationState, now: number): number {
  const running = state.pausedAt === null ? Math.max(0, now - state.shownAt) : 0;
  return state.elapsedBefore + running;
}

/** Share of the current view's dwell already shown, 0–1: the progress mark. */
export function progress(state: RotationState, dwellMs: number, now: number): number {
  return Math.min(1, Math.max(0, elapsedMs(state, now) / dwellMs));
}

/**
 * The next state. `dwellOf(i)` is view i's dwell in ms. A tick advances at most one view: a wall that was
 * asleep for an hour shows the next view, not the one an hour of rotation would have reached.
 */
export function rotate(
  state: RotationState,
  event: RotationEvent,
  dwellOf: (index: number) => number,
): RotationState {
  const { now } = event;
  switch (event.type) {
    case 'tick':
      if (state.pausedAt !== null) {
        return now - state.pausedAt >= PAUSE_RESUMES_AFTER_MS
          ? { ...state, pausedAt: null, shownAt: now }
          : state;
      }
      return elapsedMs(state, now) >= dwellOf(state.index) ? show(state, state.index + 1, now) : state;
    case 'next': {
      const next = show(state, state.index + 1, now);
      // Stepping while paused stays paused, on the new view, from its start.
      return state.pausedAt === null ? next : { ...next, pausedAt: now };
    }
    case 'previous': {
      const previous = show(state, state.index - 1, now);
      return state.pausedAt === null ? previous : { ...previous, pausedAt: now };
    }
    case 'toggle-pause':
      return state.pausedAt === null
        ? { ...state, elapsedBefore: elapsedMs(state, now), pausedAt: now }
        : { ...state, pausedAt: null, shownAt: now };
  }
}

/** Milliseconds until the current view's dwell ends, or null while paused. */
export function remainingMs(state: RotationState, dwellMs: number, now: number): number | null {
  if (state.pausedAt !== null) return null;
  return Math.max(0, dwellMs - elapsedMs(state, now));
}

/**
 * Whether the page should reload itself now, at the start of a loop: every `reloadEveryLoops` loops
 * (0 never). A fresh page is the one sure way to give back what a day of rotations holds on to (the
 * Grafana walls whose playlists ran the browser out of memory in hours: grafana#1497, #3794, #15731).
 */
export function shouldReloadForLoops(state: RotationState, reloadEveryLoops: number): boolean {
  return reloadEveryLoops > 0 && state.index === 0 && state.loops >= reloadEveryLoops;
}
