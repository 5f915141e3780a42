import { describe, expect, it } from 'vitest';
import {
  PAUSE_RESUMES_AFTER_MS,
  progress,
  remainingMs,
  rotate,
  shouldReloadForLoops,
  startRotation,
  type RotationEvent,
  type RotationState,
} from './rotation.ts';

const DWELLS = [10_000, 20_000, 5_000];
const dwellOf = (i: number) => DWELLS[i] ?? 0;

function run(state: RotationState, ...events: RotationEvent[]): RotationState {
  return events.reduce((s, e) => rotate(s, e, dwellOf), state);
}

describe('rotation', () => {
  it('stays on a view for its dwell, then advances', () => {
    const s0 = startRotation(3, 0, 0);
    expect(run(s0, { type: 'tick', now: 9_999 }).index).toBe(0);
    const s1 = run(s0, { type: 'tick', now: 10_000 });
    expect(s1).toMatchObject({ index: 1, shownAt: 10_000, loops: 0 });
    expect(run(s1, { type: 'tick', now: 29_999 }).index).toBe(1);
    expect(run(s1, { type: 'tick', now: 30_000 }).index).toBe(2);
  });

  it('wraps from the last view to the first and counts the loop', () => {
    const s = run(
      startRotation(3, 0, 0),
      { type: 'tick', now: 10_000 },
      { type: 'tick', now: 30_000 },
      { type: 'tick', now: 35_000 },
    );
    expect(s).toMatchObject({ index: 0, loops: 1, steps: 3 });
    expect(shouldReloadForLoops(s, 1)).toBe(true);
    expect(shouldReloadForLoops(s, 2)).toBe(false);
    expect(shouldReloadForLoops(s, 0)).toBe(false);
  });

  it('advances one view per tick, however late the tick', () => {
    expect(run(startRotation(3, 0, 0), { type: 'tick', now: 3_600_000 }).index).toBe(1);
  });

  it('steps forward and back by key, wrapping both ways', () => {
    const s0 = startRotation(3, 0, 0);
    expect(run(s0, { type: 'previous', now: 1 })).toMatchObject({ index: 2, loops: 0, shownAt: 1 });
    expect(
      run(s0, { type: 'next', now: 1 }, { type: 'next', now: 2 }, { type: 'next', now: 3 }),
    ).toMatchObject({
      index: 0,
      loops: 1,
    });
  });

  it('pauses with the elapsed time kept and resumes where it was', () => {
    const paused = run(
      startRotation(3, 0, 0),
      { type: 'tick', now: 4_000 },
      { type: 'toggle-pause', now: 4_000 },
    );
    expect(progress(paused, 10_000, 60_000)).toBeCloseTo(0.4);
    expect(remainingMs(paused, 10_000, 60_000)).toBeNull();
    expect(run(paused, { type: 'tick', now: 60_000 }).index).toBe(0);
    const resumed = run(paused, { type: 'toggle-pause', now: 60_000 });
    expect(remainingMs(resumed, 10_000, 60_000)).toBe(6_000);
    expect(run(resumed, { type: 'tick', now: 65_999 }).index).toBe(0);
    expect(run(resumed, { type: 'tick', now: 66_000 }).index).toBe(1);
  });

  it('steps while paused and stays paused on the new view', () => {
    const paused = run(
      startRotation(3, 0, 0),
      { type: 'toggle-pause', now: 1_000 },
      { type: 'next', now: 2_000 },
    );
    expect(paused).toMatchObject({ index: 1, pausedAt: 2_000 });
    expect(progress(paused, 20_000, 50_000)).toBe(0);
  });

  it('resumes a forgotten pause by itself', () => {
    const paused = run(startRotation(3, 0, 0), { type: 'toggle-pause', now: 0 });
    expect(run(paused, { type: 'tick', now: PAUSE_RESUMES_AFTER_MS - 1 }).pausedAt).toBe(0);
    expect(run(paused, { type: 'tick', now: PAUSE_RESUMES_AFTER_MS }).pausedAt).toBeNull();
  });

  it('starts at a given place, wrapped, and refuses an empty playlist', () => {
    expect(startRotation(3, 5, 0).index).toBe(2);
    expect(() => startRotation(0, 0, 0)).toThrow(RangeError);
  });
});
